/**
 * Opaque page cursors: base64url JSON, bound to the list's filters by a fingerprint so that a cursor
 * cannot be replayed against another view (which would silently page through the wrong list). Clients
 * pass them back unchanged; their content may change between releases.
 */
import { createHash } from 'node:crypto';
import { z } from '@/lib/validation/zod';
import { ApiError } from './errors';

/** A short hash of a list's filters (the parameters other than limit and cursor, in a normal form). */
export function fingerprint(normalised: string): string {
  return createHash('sha256').update(normalised).digest('base64url').slice(0, 12);
}

export function encodeCursor(value: object): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

const MESSAGE = 'cursor is not one this API gave out for this list: pass the nextCursor of the previous page unchanged, with the same filters';

/** Reads a cursor made by encodeCursor with the same `schema` and fingerprint; anything else is a 400. */
export function decodeCursor<S extends z.ZodType<{ f: string }>>(raw: string, schema: S, expected: string): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw new ApiError('invalid_cursor', MESSAGE);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success || parsed.data.f !== expected) throw new ApiError('invalid_cursor', MESSAGE);
  return parsed.data;
}

/** An offset into a view frozen at its highest question id when the walk began (server/api/questions.ts). */
export const offsetCursor = z.object({ o: z.number().int().min(0).max(10_000_000), c: z.number().int().min(0), f: z.string() }).strict();
/** After the record with this id, in id order. */
export const keysetCursor = z.object({ a: z.number().int().min(0), f: z.string() }).strict();
/** The combined timeline's own cursor (date and events of that date already shown). */
export const timelineCursorSchema = z.object({ t: z.string().regex(/^\d{4}-\d{2}-\d{2}\.\d{1,6}$/), f: z.string() }).strict();
