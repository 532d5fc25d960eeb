/**
 * From the API's raw records to what a batch writes, before its transaction: each record validated (a
 * malformed one is rejected with its id and reason, alone), hashed as the list gives it, and, when new or
 * changed since the stored copy, fetched again in full where the list truncates it, with its answer versions
 * sanitised and its payload serialised. Runs on the sync's worker thread (server/parliament/sync-worker.ts).
 */
import { looksTruncated, recordHash } from '@/lib/parliament/map-question';
import { apiQuestionSchema, describeIssues } from '@/lib/parliament/schemas';
import { completePrepared, type PreparedRecord } from './batch-records';
import type { SyncRunError } from './runs';

export interface PreparedBatch {
  items: PreparedRecord[];
  rejected: SyncRunError[];
}

/** A record reduced for the unchanged check: texts cut short, as the list endpoint and a re-poll agree on. */
function hashView(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  for (const field of ['questionText', 'answerText', 'originalAnswerText', 'comparableAnswerText']) {
    const v = out[field];
    if (typeof v === 'string' && v.length > 200) out[field] = v.slice(0, 200);
  }
  for (const field of ['askingMember', 'answeringMember', 'correctingMember']) delete out[field];
  return out;
}
export const listHashOf = (record: unknown) => recordHash(record && typeof record === 'object' ? hashView(record as Record<string, unknown>) : record);

export interface PrepareSources {
  /** The per-question endpoint (null: the API no longer has the question). */
  getQuestion(id: number): Promise<unknown>;
  /** The stored list hashes of those of `ids` already imported. */
  storedHashes(ids: number[]): Promise<Map<number, string>>;
}

/** `raws` as listed (`base`: the list position of the first, for naming a record without an id). */
export async function prepareRecords(raws: unknown[], base: number, sources: PrepareSources): Promise<PreparedBatch> {
  const rejected: SyncRunError[] = [];
  const parsed: PreparedRecord[] = [];
  raws.forEach((raw, i) => {
    const result = apiQuestionSchema.safeParse(raw);
    const rawId = (raw as { id?: unknown } | null)?.id;
    if (result.success) parsed.push({ record: result.data, listHash: listHashOf(raw) });
    else rejected.push({ id: typeof rawId === 'number' || typeof rawId === 'string' ? String(rawId) : `record ${base + i + 1} of the list`, reason: describeIssues(result.error) });
  });
  // Only new or changed records need their full text: an unchanged list record means nothing to write.
  const stored = await sources.storedHashes(parsed.map((p) => p.record.id));
  const changed = parsed.filter((p) => stored.get(p.record.id) !== p.listHash);
  const items: PreparedRecord[] = parsed.filter((p) => stored.get(p.record.id) === p.listHash);
  await Promise.all(
    changed.map(async (p) => {
      if (!looksTruncated(p.record)) return items.push(completePrepared(p));
      const full = await sources.getQuestion(p.record.id);
      if (full === null) return rejected.push({ id: String(p.record.id), reason: 'listed, but the per-question endpoint no longer has it (404)' });
      const result = apiQuestionSchema.safeParse(full);
      if (!result.success) return rejected.push({ id: String(p.record.id), reason: `full record: ${describeIssues(result.error)}` });
      items.push(completePrepared({ record: result.data, listHash: p.listHash }));
    }),
  );
  return { items, rejected };
}
