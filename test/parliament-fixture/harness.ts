/**
 * The fixture server plus a sync against it, for tests: short timeouts and back-off so a scripted hang or
 * 500 costs milliseconds, a silent reporter, and the members the fixture questions use by default.
 */
import type { PrismaClient } from '@/lib/db/prisma-client';
import type { SyncParamsInput } from '@/lib/parliament/sync-params';
import { syncParamsSchema } from '@/lib/parliament/sync-params';
import { ParliamentClient } from '@/server/parliament/client';
import { runSync, type SyncOutcome, type SyncReporter } from '@/server/parliament/sync';
import { fixtureMember } from './records';
import { ParliamentFixture, type FixtureUrls } from './server';

export interface Harness {
  fixture: ParliamentFixture;
  urls: FixtureUrls;
  sync(db: PrismaClient, params?: SyncParamsInput): Promise<Extract<SyncOutcome, { runId: number }>>;
  syncOutcome(db: PrismaClient, params?: SyncParamsInput): Promise<SyncOutcome>;
  logs: string[];
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const fixture = new ParliamentFixture();
  fixture.setMembers([fixtureMember(4001, { name: 'Asking Fixture' }), fixtureMember(4002, { name: 'Second Asker' }), fixtureMember(4101, { name: 'Answering Minister' }), fixtureMember(4102, { name: 'Correcting Minister' }), fixtureMember(5001, { house: 2, name: 'Baroness Fixture' })]);
  const urls = await fixture.start();
  const logs: string[] = [];
  const reporter: SyncReporter = { step: () => {}, progress: () => {}, log: (m) => logs.push(m) };
  const syncOutcome = (db: PrismaClient, params: SyncParamsInput = {}) => {
    const client = new ParliamentClient({ questionsUrl: urls.questionsUrl, membersUrl: urls.membersUrl, concurrency: 4, timeoutMs: 1_500, minRetryMs: 5, retries: 3, onRetry: (m) => logs.push(m) });
    return runSync({ db, client, params: syncParamsSchema.parse(params), reporter });
  };
  return {
    fixture,
    urls,
    logs,
    syncOutcome,
    async sync(db, params) {
      const outcome = await syncOutcome(db, params);
      if (!('runId' in outcome)) throw new Error(`sync ${outcome.status}: ${outcome.message}`);
      return outcome;
    },
    close: () => fixture.close(),
  };
}
