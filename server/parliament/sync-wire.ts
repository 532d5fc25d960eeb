/**
 * What crosses between the sync's main thread (server/parliament/sync-source.ts) and its worker
 * (server/parliament/sync-worker.ts): requests, replies, and prepared records in their wire form. Kept apart
 * so the worker loads only what it uses.
 */
import type { DatabaseTarget } from '@/lib/db/database-url';
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
 * A prepared record as it crosses between the threads. A new or changed one travels as its JSON payload,
 * which the main thread parses (about twice as fast as deserialising a structured clone of the same object,
 * and the main thread's time is what sets the pace of a first import) and stores as it is; an unchanged one
 * (most of a later run, when the worker's time sets the pace) as the record itself, a cheaper clone to make.
 */
export type WireRecord = { listHash: string } & ({ payload: string; versions: PreparedVersion[] | undefined } | { record: ApiQuestion });
export interface WireBatch {
  items: WireRecord[];
  rejected: PreparedBatch['rejected'];
}

export const toWire = (batch: PreparedBatch): WireBatch => ({
  rejected: batch.rejected,
  items: batch.items.map((item) => (item.versions ? { payload: payloadOf(item), listHash: item.listHash, versions: item.versions } : { record: item.record, listHash: item.listHash })),
});
export const fromWire = <T extends WireBatch>(batch: T): Omit<T, 'items'> & PreparedBatch => ({
  ...batch,
  items: batch.items.map((w) => ('record' in w ? w : { record: JSON.parse(w.payload) as ApiQuestion, listHash: w.listHash, payload: w.payload, versions: w.versions })),
});

/** The database the worker reads stored hashes from, on a connection of its own (never through the main thread's). */
export type StoreAddress = DatabaseTarget;

/** Parliament id → list hash, for those of `ids` already stored (sqlite-stored-hashes.ts, postgres-stored-hashes.ts). */
export interface StoredHashes {
  get(ids: readonly number[]): Map<number, string> | Promise<Map<number, string>>;
  close(): void | Promise<void>;
}

export interface WorkerData {
  client: Omit<ClientOptions, 'onRetry'>;
  store: StoreAddress;
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

