/**
 * npm run db:postgres-schema [-- --check]
 * Renders prisma/postgresql/schema.prisma from prisma/schema.prisma (lib/db/postgres/postgres-schema.ts).
 * `npm run db:migrate` already does this together with the migration; run it by hand only to repair the
 * file. `--check` changes nothing and exits 1 when the checked-in file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderPostgresSchema } from '../../lib/db/postgres/postgres-schema';
import { projectLayout } from '../../lib/migrations/layout';

const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
const layout = projectLayout();
const rendered = renderPostgresSchema(readFileSync(layout.sqlite.schemaPath, 'utf8'));
const current = readFileSync(layout.postgresql.schemaPath, 'utf8');
if (values.check) {
  if (current !== rendered) {
    console.error(`${layout.postgresql.schemaPath} differs from what prisma/schema.prisma renders: run npm run db:migrate -- --name <change>.`);
    process.exit(1);
  }
  console.log('prisma/postgresql/schema.prisma matches prisma/schema.prisma.');
} else {
  writeFileSync(layout.postgresql.schemaPath, rendered);
  console.log(`Wrote ${layout.postgresql.schemaPath}.`);
}
