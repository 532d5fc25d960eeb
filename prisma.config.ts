import { defineConfig } from 'prisma/config';
import { databaseTarget } from './lib/db/database-url';
import { EXTERNAL_TABLES, POSTGRES_EXTERNAL_TABLES } from './lib/db/external-tables';

// Used by `prisma generate` (scripts/prisma-generate.mjs, which names each schema itself) and, on machines
// that have Prisma's native engine, by `npx prisma migrate deploy|status`, which read the same folder as
// scripts/db/migrate.ts: SQLite's or PostgreSQL's, by DATABASE_URL.
const target = databaseTarget();
const postgres = target.dialect === 'postgresql';

export default defineConfig({
  schema: postgres ? 'prisma/postgresql/schema.prisma' : 'prisma/schema.prisma',
  migrations: { path: postgres ? 'prisma/postgresql/migrations' : 'prisma/migrations', seed: 'tsx scripts/seed.ts' },
  datasource: { url: target.url },
  tables: { external: postgres ? POSTGRES_EXTERNAL_TABLES.map((t) => `public.${t}`) : EXTERNAL_TABLES },
  experimental: { externalTables: true },
});
