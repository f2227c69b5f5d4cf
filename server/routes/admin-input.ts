/** zod at the admin boundary: JSON bodies, route params and query strings parsed into 400s that name the path. */
import type { z } from 'zod';
import { describeZodIssues, HttpError } from '../http-error';
import { parseJsonBody } from '../json-body';

export function parseAdminBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(parseJsonBody(body));
  if (!parsed.success) throw new HttpError(400, 'invalid_body', describeZodIssues(parsed.error.issues));
  return parsed.data;
}

export function parseAdminInput<T extends z.ZodType>(schema: T, input: unknown, what: 'params' | 'query'): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new HttpError(400, `invalid_${what}`, describeZodIssues(parsed.error.issues));
  return parsed.data;
}
