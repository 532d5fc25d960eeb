import { defineConfig } from 'prisma/config';
import { databaseUrl } from './lib/db/database-path';
import { EXTERNAL_TABLES } from './lib/db/external-tables';

// Used by `prisma generate` (scripts/prisma-generate.mjs) and, on machines that have Prisma's native
// engine, by `npx prisma migrate deploy|status`, which read the same folder as scripts/db/migrate.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx scripts/seed.ts' },
  datasource: { url: databaseUrl() },
  tables: { external: EXTERNAL_TABLES },
  experimental: { externalTables: true },
});
