/**
 * npm run db:copy -- --from file:data/answerable.db --to postgres://user:password@host:5432/answerable
 * Copies every row of a SQLite database into a migrated, empty PostgreSQL database, in one transaction,
 * and checks that every row arrived (lib/db/copy/copy-database.ts). Migrate the target first:
 * DATABASE_URL=postgres://… npm run db:deploy. --from defaults to DATABASE_URL when that is SQLite.
 */
import { parseArgs } from 'node:util';
import { parseDatabaseUrl } from '../../lib/db/database-url';
import { copySqliteToPostgres } from '../../lib/db/copy/copy-database';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, 'batch-size': { type: 'string' } } });
  const usage = 'Usage: npm run db:copy -- --from file:data/answerable.db --to postgres://user:password@host:5432/database';
  const from = parseDatabaseUrl(values.from ?? process.env.DATABASE_URL);
  if (!values.to) {
    console.error(usage);
    return 2;
  }
  const to = parseDatabaseUrl(values.to);
  if (from.dialect !== 'sqlite' || from.file === ':memory:') {
    console.error(`--from must be a SQLite file (file:…).\n${usage}`);
    return 2;
  }
  if (to.dialect !== 'postgresql') {
    console.error(`--to must be a PostgreSQL database (postgres://…).\n${usage}`);
    return 2;
  }
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 50_000)) {
    console.error('--batch-size must be a whole number from 1 to 50000.');
    return 2;
  }
  const started = performance.now();
  console.log(`Copying ${from.file} to ${to.url.replace(/:[^:@/]*@/, ':***@')}`);
  const reports = await copySqliteToPostgres({
    from: from.file,
    to: to.url,
    batchSize,
    onTable: (r) => console.log(`  ${r.table.padEnd(26)} ${String(r.rows).padStart(9)} rows  checksum ${r.checksum}`),
  });
  const total = reports.reduce((sum, r) => sum + r.rows, 0);
  console.log(`Copied ${total} rows in ${reports.length} tables, each checked, in ${Math.round(performance.now() - started)} ms.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
