/**
 * The main thread's side of the sync's worker (server/parliament/sync-worker.ts): asks it for prepared
 * pages, re-polled questions, members and answering bodies, and hands back its answers as promises.
 * Every request to Parliament goes through the worker's one client, so the politeness limit (at most
 * `concurrency` requests in flight) holds for the whole run.
 *
 * Why a thread: the sync's CPU is about half preparation (HTTP, JSON, zod, hashing, sanitising) and half
 * the writes (SQLite with its indexes and search triggers); on one thread they queue behind each other, on
 * two they overlap, and the writes set the pace.
 */
import { Worker } from 'node:worker_threads';
import type { ApiAnsweringBody, ApiMember } from '@/lib/parliament/schemas';
import { z } from '@/lib/validation/zod';
import type { PrismaClient } from '@/generated/prisma/client';
import type { ListFilters, ParliamentClient } from './client';
import type { PreparedBatch } from './prepare-records';
import { clientTarget } from '@/lib/db/prisma-client';
import { fromWire, type Op, type PreparedPage, type WireBatch, type WorkerData, type WorkerReply, type WorkerRequest } from './sync-wire';

export type { PreparedPage } from './sync-wire';

export class SyncSource {
  private worker: Worker;
  private pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private failed: Error | null = null;

  constructor(db: PrismaClient, client: ParliamentClient) {
    const { onRetry, ...options } = client.options;
    const data: WorkerData = { client: options, store: clientTarget(db), jitless: z.config().jitless ?? true };
    this.worker = new Worker(new URL('./sync-worker-boot.mjs', import.meta.url), { workerData: data });
    this.worker.on('message', (reply: WorkerReply) => {
      if ('log' in reply) return onRetry?.(reply.log);
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.value);
    });
    const fail = (error: Error) => {
      this.failed = error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', (error) => fail(new Error(`the sync's worker thread failed: ${error.message}`)));
    this.worker.on('exit', (code) => fail(new Error(`the sync's worker thread stopped (exit code ${code})`)));
  }

  private ask<T>(op: Op): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...op, id } satisfies WorkerRequest);
    });
  }

  /** One page of the list endpoint, prepared. */
  async page(filters: ListFilters, skip: number, take: number): Promise<PreparedPage> {
    return fromWire(await this.ask<WireBatch & { count: number; totalResults: number }>({ op: 'page', filters, skip, take }));
  }

  /** These questions from the per-question endpoint (those it no longer has left out), prepared. */
  async questions(ids: number[]): Promise<PreparedBatch> {
    return fromWire(await this.ask<WireBatch>({ op: 'questions', ids }));
  }

  getMember(id: number): Promise<ApiMember | null> {
    return this.ask({ op: 'member', memberId: id });
  }

  answeringBodies(): Promise<ApiAnsweringBody[]> {
    return this.ask({ op: 'answeringBodies' });
  }

  /** Lets the worker close its database client and end; stops it outright if it has not within 2 s. */
  async close(): Promise<void> {
    if (this.failed) return;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage({ op: 'close', id: 0 } satisfies WorkerRequest);
    const timer = setTimeout(() => void this.worker.terminate(), 2_000);
    await exited;
    clearTimeout(timer);
  }
}
