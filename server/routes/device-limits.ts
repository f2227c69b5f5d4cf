/**
 * Rate limits of the signed device routes. The per-address limit applies before any work; the per-device limit
 * only after the signature verified — counting unsigned requests against the device id they name would let
 * anyone who knows a device id use up that device's allowance and silence it.
 */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context';
import { enforceRateLimits } from '../rate-limit';

export async function limitAddress(context: AppContext, request: FastifyRequest): Promise<void> {
  const { config } = context;
  await enforceRateLimits(context.db, config.RATE_LIMIT_WINDOW_SECONDS, [{ key: `address:${request.ip}`, max: config.RATE_LIMIT_PER_ADDRESS }]);
}

export async function limitDevice(context: AppContext, deviceId: string): Promise<void> {
  const { config } = context;
  await enforceRateLimits(context.db, config.RATE_LIMIT_WINDOW_SECONDS, [{ key: `device:${deviceId}`, max: config.RATE_LIMIT_PER_DEVICE }]);
}
