/**
 * The review queue's filters and keyset cursor (issue #3), parsed with zod from the query string. Keyset, not
 * OFFSET: a page deep in a million events costs what the first page costs.
 */
import { z } from 'zod';
import { PII_TYPES } from '../../utils/classifier/types';

export const OUTCOMES = ['blocked', 'warned', 'overridden'] as const;
export const REVIEW_STATES = ['open', 'claimed', 'reviewed'] as const;

const CursorSchema = z.tuple([z.iso.datetime(), z.guid(), z.number().int().min(1)]);
export type QueueCursor = z.infer<typeof CursorSchema>;

export function encodeCursor(cursor: QueueCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

const cursorField = z
  .string()
  .max(200)
  .transform((value, context) => {
    try {
      return CursorSchema.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    } catch {
      context.addIssue({ code: 'custom', message: 'cursor is not one this endpoint issued' });
      return z.NEVER;
    }
  });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? undefined : value))
    .optional();
const optionalUuid = z.union([z.literal('').transform(() => undefined), z.guid()]).optional();
const optionalTime = z.union([z.literal('').transform(() => undefined), z.iso.datetime({ offset: true }), z.iso.date()]).optional();

export const QueueFilterSchema = z.strictObject({
  broker: optionalUuid,
  group: optionalUuid,
  findingType: z.union([z.literal('').transform(() => undefined), z.enum(PII_TYPES)]).optional(),
  site: optionalText(300).transform((value) => value?.toLowerCase()),
  action: z.union([z.literal('').transform(() => undefined), z.enum(OUTCOMES)]).optional(),
  /** Received at or after (inclusive); a bare date means its start (UTC). */
  from: optionalTime,
  /** Received before (exclusive); a bare date means the start of that day (UTC). */
  to: optionalTime,
  state: z.union([z.literal('').transform(() => undefined), z.enum(REVIEW_STATES)]).optional(),
  /** E-mail of the reviewer (reviewed items) or the claim holder (claimed items). */
  reviewer: optionalText(254).transform((value) => value?.toLowerCase()),
  cursor: cursorField.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  format: z.enum(['json', 'csv']).default('json'),
});
export type QueueFilter = z.infer<typeof QueueFilterSchema>;
