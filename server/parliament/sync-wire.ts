/**
 * What crosses between the sync's main thread (server/parliament/sync-source.ts) and its worker
 * (server/parliament/sync-worker.ts): requests, replies, and prepared records in their wire form. Kept apart
 * so the worker loads only what it uses.
 */
import type { ApiQuestion } from '@/lib/parliament/schemas';
import { payloadOf, type PreparedVersion } from './batch-records';
import type { ClientOptions, ListFilters } from './client';
import type { PreparedBatch } from './prepare-records';

export interface PreparedPage extends PreparedBatch {
  /** Records the list gave (valid or not). */
  count: number;
  totalResults: number;
}

/**
 * A prepared record as it crosses between the threads: the record as its JSON payload, which the main
 * thread parses (JSON.parse is about twice as fast as a structured clone's deserialising of the same
 * object, and the main thread's time is what sets the sync's pace) and stores as it is.
 */
export interface WireRecord {
  payload: string;
  listHash: string;
  versions?: PreparedVersion[];
}
export interface WireBatch {
  items: WireRecord[];
  rejected: PreparedBatch['rejected'];
}

export const toWire = (batch: PreparedBatch): WireBatch => ({
  rejected: batch.rejected,
  items: batch.items.map((item) => ({ payload: payloadOf(item), listHash: item.listHash, versions: item.versions })),
});
export const fromWire = <T extends WireBatch>(batch: T): Omit<T, 'items'> & PreparedBatch => ({
  ...batch,
  items: batch.items.map((w) => ({ record: JSON.parse(w.payload) as ApiQuestion, listHash: w.listHash, payload: w.payload, versions: w.versions })),
});

export interface WorkerData {
  client: Omit<ClientOptions, 'onRetry'>;
  databaseFile: string;
  jitless: boolean;
}

export type Op =
  | { op: 'page'; filters: ListFilters; skip: number; take: number }
  | { op: 'questions'; ids: number[] }
  | { op: 'member'; memberId: number }
  | { op: 'answeringBodies' }
  | { op: 'close' };
export type WorkerRequest = Op & { id: number };
export type WorkerReply = { id: number; value: unknown } | { id: number; error: string } | { log: string };

