/** What the worker answers; the shapes are the protocol's (utils/messages.ts, utils/page-api.ts). */
import type * as z from 'zod/mini';
import type { ErrorResponseSchema, GuardEventResponseSchema, PolicyResponseSchema } from '../messages';
import type { NoticeAcknowledgedResponse, RecordsResponse, SettingsResponse, StatusResponse } from '../page-api';

export type PolicyResponse = z.infer<typeof PolicyResponseSchema>;
export type GuardEventResponse = z.infer<typeof GuardEventResponseSchema>;
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
export type WorkerResponse =
  | PolicyResponse
  | GuardEventResponse
  | ErrorResponse
  | StatusResponse
  | RecordsResponse
  | SettingsResponse
  | NoticeAcknowledgedResponse;
