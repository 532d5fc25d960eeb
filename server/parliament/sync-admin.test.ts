import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureMember, fixtureQuestion } from '@/test/parliament-fixture/records';
import { ParliamentFixture } from '@/test/parliament-fixture/server';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';

let db: TestDatabase;
let fixture: ParliamentFixture;

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createServerTestDatabase(dialect);
    fixture = new ParliamentFixture();
    fixture.setQuestions(Array.from({ length: 25 }, (_, i) => fixtureQuestion(3000 + i)));
    fixture.setMembers([fixtureMember(4001)]);
    const urls = await fixture.start();
    process.env.PARLIAMENT_QUESTIONS_API_URL = urls.questionsUrl;
    process.env.PARLIAMENT_MEMBERS_API_URL = urls.membersUrl;
  });
  afterAll(async () => {
    await fixture.close();
    await db.cleanup();
  });

  it('starts the sync in the background, refuses a second while it runs, and records the run for the admin page', async () => {
    const admin = await import('./sync-admin');
    expect(await admin.startSyncInBackground({ from: '2025-13-01' })).toMatchObject({ ok: false, message: expect.stringMatching(/real date/) });
    const started = await admin.startSyncInBackground({ from: '2025-01-01', pageSize: 10 });
    expect(started.ok).toBe(true);
    const runId = started.ok ? started.runId : 0;
    expect(await admin.startSyncInBackground({})).toMatchObject({ ok: false, message: expect.stringMatching(/already running/), runningRunId: runId });
    let run = await admin.getSyncRun(runId);
    for (let i = 0; i < 300 && run?.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      run = await admin.getSyncRun(runId);
    }
    expect(run).toMatchObject({ status: 'succeeded', created: 25, done: 25, errors: [], stale: false });
    expect(run!.pid).not.toBe(process.pid);
    expect((await admin.listSyncRuns()).map((r) => r.id)).toEqual([runId]);
    expect(await db.prisma.question.count()).toBe(25);
  }, 60_000);
});
