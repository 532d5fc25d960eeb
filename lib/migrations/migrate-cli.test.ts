import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgres, type EmptyPostgres } from '@/test/postgres-db';

// `npm run db:deploy` / `db:status` as a person runs them: DATABASE_URL alone says which database.
const ROOT = path.resolve(import.meta.dirname, '../..');
let postgres: EmptyPostgres;
beforeAll(async () => {
  postgres = await createEmptyPostgres('answerable_pg_cli');
});
afterAll(() => postgres.drop());

function run(command: 'deploy' | 'status', databaseUrl: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/db/migrate.ts', command], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('npm run db:deploy and db:status on PostgreSQL', () => {
  it('migrate the database a postgres:// DATABASE_URL names, from PostgreSQL\'s own folder, without printing the password', async () => {
    const before = await run('status', postgres.url);
    expect(before).toMatchObject({ code: 1, out: expect.stringMatching(/\(PostgreSQL\)[\s\S]*Not yet applied:\n {2}\d{14}_init/) });
    expect(before.out).not.toContain(':answerable@');

    expect(await run('deploy', postgres.url)).toMatchObject({ code: 0, out: expect.stringMatching(/Applied:\n {2}\d{14}_init/) });
    expect(await run('status', postgres.url)).toMatchObject({ code: 0, out: expect.stringContaining('Database schema is up to date.') });
    expect(await run('deploy', postgres.url)).toMatchObject({ code: 0, out: expect.stringContaining('No pending migrations.') });
  });

  it('say plainly when the URL is of no database they know, or the server cannot be reached', async () => {
    expect(await run('status', 'mysql://app@db/answerable')).toMatchObject({ code: 1, err: expect.stringMatching(/DATABASE_URL must be file:<path> \(SQLite\) or postgres:\/\//) });
    expect(await run('deploy', 'postgres://app:pw@127.0.0.1:1/answerable')).toMatchObject({ code: 1, err: expect.stringMatching(/Cannot reach the PostgreSQL database answerable at 127\.0\.0\.1:1/) });
  });
});
