/**
 * npm run db:migrate -- --name <name> [--create-only]   like `prisma migrate dev`, for SQLite and PostgreSQL at once
 * npm run db:deploy                                      like `prisma migrate deploy`
 * npm run db:status                                      like `prisma migrate status` (exit 1 unless clean)
 * On the database DATABASE_URL names: file:… (SQLite, prisma/migrations) or postgres://… (PostgreSQL,
 * prisma/postgresql/migrations). Nothing is downloaded (lib/migrations/commands.ts says how).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { databaseTarget } from '../../lib/db/database-url';
import { deployMigrations, migrationPaths, migrationStatus } from '../../lib/migrations/commands';
import { createMigrations } from '../../lib/migrations/create-migrations';
import { projectLayout } from '../../lib/migrations/layout';

const folder = (dir: string) => path.relative(process.cwd(), dir);

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, 'create-only': { type: 'boolean' } },
  });
  const command = positionals[0];
  const target = databaseTarget();
  const layout = projectLayout();
  const paths = migrationPaths(layout, target);
  if (target.dialect === 'sqlite') {
    mkdirSync(path.dirname(target.file), { recursive: true });
    console.log(`Database: ${target.file} (SQLite)`);
  } else {
    console.log(`Database: ${redact(target.url)} (PostgreSQL)`);
  }

  if (command === 'deploy') {
    const applied = await deployMigrations(paths);
    console.log(applied.length ? `Applied:\n${applied.map((n) => `  ${n}`).join('\n')}` : 'No pending migrations.');
    return 0;
  }
  if (command === 'dev') {
    const name = values.name?.trim();
    if (!name || !/^[A-Za-z0-9_]+$/.test(name)) {
      console.error('Give the migration a name of letters, digits and underscores: npm run db:migrate -- --name add_x');
      return 2;
    }
    const result = await createMigrations(layout, target, name, { createOnly: values['create-only'] });
    for (const w of result.warnings) console.warn(`Warning: ${w}`);
    if (result.applied.length) console.log(`Applied: ${result.applied.join(', ')}`);
    const { sqlite, postgresql } = result.created;
    if (sqlite) console.log(`Created ${folder(layout.sqlite.migrationsDir)}/${sqlite}`);
    if (postgresql) console.log(`Created ${folder(layout.postgresql.migrationsDir)}/${postgresql}`);
    if (!sqlite && !postgresql) console.log('The schema and the migrations agree: no migration created.');
    return 0;
  }
  if (command === 'status') {
    const status = await migrationStatus(paths);
    if (status.upToDate) {
      console.log('Database schema is up to date.');
      return 0;
    }
    const report = (label: string, names: string[]) => names.length && console.log(`${label}:\n${names.map((n) => `  ${n}`).join('\n')}`);
    report('Not yet applied', status.pending);
    report('Edited after being applied (checksum differs)', status.edited);
    report('Failed', status.failed);
    report(`Applied but missing from ${folder(paths.migrationsDir)}`, status.missingFromFolder);
    return 1;
  }
  console.error('Usage: migrate.ts deploy | status | dev --name <name> [--create-only]');
  return 2;
}

/** The URL without its password, for printing. */
function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
