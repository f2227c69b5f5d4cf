/**
 * The device side of the wire contract (server/README.md): enroll, signed event batches, signed policy GET,
 * signed heartbeat. Every answer is parsed with the shared zod schemas (STYLE.md §10) before it is believed.
 */
import * as z from 'zod/mini';
import type { DeviceIdentity, Enrollment } from '../db';
import type { LocalRecord } from '../db';
import {
  ChainConflictSchema,
  EnrollResponseSchema,
  PolicyResponseSchema,
  ReceiptSchema,
  type ChainConflict,
  type Heartbeat,
  type PolicyResponse,
  type Receipt,
} from '../wire/device-api';
import { DEVICE_HEADER, policyRequestSigningText, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../wire/headers';
import { signText } from './device-key';
import { describeResponse, jsonBody, request, type FetchLike } from './http';
import { classifyStatus, retryAfterMs } from './retry';

/** Every failure says whether to retry it (network, 5xx, 408, 429) and, if the endpoint said so, when. */
export type Failure = { ok: false; retry: boolean; retryAfterMs: number | null; status: number | null; message: string };
type Result<T> = { ok: true; value: T } | Failure;

function failure(outcome: Awaited<ReturnType<typeof request>>): Failure {
  if (outcome.kind === 'network') return { ok: false, retry: true, retryAfterMs: null, status: null, message: `endpoint unreachable: ${outcome.error}` };
  return {
    ok: false,
    retry: classifyStatus(outcome.status) === 'retry',
    retryAfterMs: retryAfterMs(outcome.headers.get('retry-after')),
    status: outcome.status,
    message: describeResponse(outcome.status, outcome.body),
  };
}

function parsed<S extends z.ZodMiniType>(schema: S, status: number, body: string): Result<z.infer<S>> {
  const result = schema.safeParse(jsonBody(body));
  // A 2xx we cannot read is the endpoint's (or a proxy's) fault, not the batch's: retry later.
  return result.success ? { ok: true, value: result.data } : { ok: false, retry: true, retryAfterMs: null, status, message: `HTTP ${status}: unreadable answer` };
}

export interface ApiContext {
  fetch: FetchLike;
  endpointUrl: string;
}

export async function enroll(api: ApiContext, identity: DeviceIdentity, token: string, extensionVersion: string, now = new Date()): Promise<Result<Enrollment>> {
  const body = JSON.stringify({ token, publicKey: identity.publicJwk, name: 'Channel Guard browser', extensionVersion });
  const outcome = await request(api.fetch, `${api.endpointUrl}/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  if (outcome.kind !== 'response' || outcome.status !== 201) return failure(outcome);
  const answer = parsed(EnrollResponseSchema, outcome.status, outcome.body);
  if (!answer.ok) return answer;
  return { ok: true, value: { endpointUrl: api.endpointUrl, deviceId: answer.value.deviceId, serverPublicKey: answer.value.serverPublicKey, enrolledAt: now.toISOString() } };
}

async function signedPost(api: ApiContext, identity: DeviceIdentity, enrollment: Enrollment, path: string, payload: unknown) {
  const body = JSON.stringify(payload);
  const headers = { 'content-type': 'application/json', [DEVICE_HEADER]: enrollment.deviceId, [SIGNATURE_HEADER]: await signText(identity.keyPair.privateKey, body) };
  return request(api.fetch, `${api.endpointUrl}${path}`, { method: 'POST', headers, body });
}

export type BatchAnswer = { ok: true; receipt: Receipt } | { ok: true; conflict: ChainConflict } | Failure;

export async function postBatch(api: ApiContext, identity: DeviceIdentity, enrollment: Enrollment, records: readonly LocalRecord[]): Promise<BatchAnswer> {
  const outcome = await signedPost(api, identity, enrollment, '/v1/events', { deviceId: enrollment.deviceId, records });
  if (outcome.kind === 'response' && outcome.status === 200) {
    const answer = parsed(ReceiptSchema, outcome.status, outcome.body);
    return answer.ok ? { ok: true, receipt: answer.value } : answer;
  }
  if (outcome.kind === 'response' && outcome.status === 409) {
    const answer = parsed(ChainConflictSchema, outcome.status, outcome.body);
    return answer.ok ? { ok: true, conflict: answer.value } : answer;
  }
  return failure(outcome);
}

export async function postHeartbeat(api: ApiContext, identity: DeviceIdentity, enrollment: Enrollment, heartbeat: Heartbeat): Promise<Result<null>> {
  const outcome = await signedPost(api, identity, enrollment, '/v1/heartbeat', heartbeat);
  return outcome.kind === 'response' && outcome.status === 200 ? { ok: true, value: null } : failure(outcome);
}

/** 'unchanged' on 304; null when the endpoint has no policy published (404). */
export async function fetchPolicy(
  api: ApiContext,
  identity: DeviceIdentity,
  enrollment: Enrollment,
  etag: string | null,
): Promise<Result<{ policy: PolicyResponse; etag: string | null } | 'unchanged' | null>> {
  const timestamp = String(Date.now());
  const headers: Record<string, string> = {
    [DEVICE_HEADER]: enrollment.deviceId,
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: await signText(identity.keyPair.privateKey, policyRequestSigningText(enrollment.deviceId, timestamp)),
  };
  if (etag !== null) headers['if-none-match'] = etag;
  const outcome = await request(api.fetch, `${api.endpointUrl}/v1/policy`, { method: 'GET', headers });
  if (outcome.kind === 'response' && outcome.status === 304) return { ok: true, value: 'unchanged' };
  if (outcome.kind === 'response' && outcome.status === 404) return { ok: true, value: null };
  if (outcome.kind !== 'response' || outcome.status !== 200) return failure(outcome);
  const answer = parsed(PolicyResponseSchema, outcome.status, outcome.body);
  return answer.ok ? { ok: true, value: { policy: answer.value, etag: outcome.headers.get('etag') } } : answer;
}
