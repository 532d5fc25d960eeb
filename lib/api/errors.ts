/**
 * Errors of /api/v1: always JSON `{ "error": { "code", "message" } }`, with a code that stays the same
 * across releases (scripts branch on it) and a message for people.
 */
import { z } from '@/lib/validation/zod';

export const ERROR_CODES = {
  invalid_parameter: 400,
  invalid_cursor: 400,
  unauthorized: 401,
  not_found: 404,
  method_not_allowed: 405,
  rate_limited: 429,
  internal_error: 500,
  /** A search stopped at its deadline (SEARCH_DEADLINE_MS): narrow it, or try again later. */
  search_timeout: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]).meta({ description: 'Stable across releases: branch on this.' }),
      message: z.string().meta({ description: 'What went wrong and how to put it right, for people.' }),
    }),
  })
  .meta({ id: 'Error' });
export type ApiErrorBody = z.infer<typeof errorSchema>;

/** An expected refusal: thrown by the API's data functions, answered as JSON by server/api/respond.ts. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}
