/**
 * npm run db:migrate -- --name <name> [--create-only]   like `prisma migrate dev`
 * npm run db:deploy                                      like `prisma migrate deploy`
 * npm run db:status                                      like `prisma migrate status` (exit 1 unless clean)
 * All three use Prisma's wasm schema engine: nothing is downloaded.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { databasePath } from '../../lib/db/database-path';
import { createMigration, deployMigrations, migrationStatus, type MigrationPaths } from '../../lib/migrations/commands';

const root = path.resolve(import.meta.dirname, '..', '..');
const paths: MigrationPaths = {
  dbPath: databasePath(),
  schemaPath: path.join(root, 'prisma', 'schema.prisma'),
  migrationsDir: path.join(root, 'prisma', 'migrations'),
};

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, 'create-only': { type: 'boolean' } },
  });
  const command = positionals[0];
  mkdirSync(path.dirname(paths.dbPath), { recursive: true });
  console.log(`Database: ${paths.dbPath}`);

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
    const result = await createMigration(paths, name, { createOnly: values['create-only'] });
    for (const w of result.warnings) console.warn(`Warning: ${w}`);
    if (result.applied.length) console.log(`Applied: ${result.applied.join(', ')}`);
    console.log(result.created ? `Created prisma/migrations/${result.created}` : 'The schema and the migrations agree: no migration created.');
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
    report('Applied but missing from prisma/migrations', status.missingFromFolder);
    return 1;
  }
  console.error('Usage: migrate.ts deploy | status | dev --name <name> [--create-only]');
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
