/** The limits every signed device route applies before any signature work: per address and per named device. */
import type { FastifyRequest } from 'fastify';
import { DEVICE_HEADER } from '../../utils/wire/headers';
import type { AppContext } from '../context';
import { enforceRateLimits } from '../rate-limit';

export async function limitDeviceRequest(context: AppContext, request: FastifyRequest): Promise<void> {
  const { config } = context;
  const device = request.headers[DEVICE_HEADER];
  const limits = [{ key: `address:${request.ip}`, max: config.RATE_LIMIT_PER_ADDRESS }];
  if (typeof device === 'string' && device.length <= 64) {
    limits.push({ key: `device:${device.toLowerCase()}`, max: config.RATE_LIMIT_PER_DEVICE });
  }
  await enforceRateLimits(context.db, config.RATE_LIMIT_WINDOW_SECONDS, limits);
}
