// Runs `prisma generate` with no download. Prisma 7's CLI wants a native schema engine before it
// generates, although generation itself uses the wasm bundled in `prisma`; a stub that exits 1
// satisfies the check (see ../shared/notes/prisma-offline.md). Runs at `npm install`.
// Generates two clients: SQLite's (generated/prisma, whose types the data layer uses) and PostgreSQL's
// (generated/prisma-postgres): Prisma 7 compiles queries for one provider per client, and a client
// refuses a driver adapter of another provider, so lib/db/prisma-client.ts picks one by DATABASE_URL.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stubDir = path.join(root, 'node_modules', '.cache', 'answerable');
const stub = path.join(stubDir, 'schema-engine-stub');
if (!existsSync(stub)) {
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(stub, '#!/bin/sh\necho "native schema engine not available: use npm run db:*" >&2\nexit 1\n');
  chmodSync(stub, 0o755);
}

const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
for (const schema of ['prisma/schema.prisma', 'prisma/postgresql/schema.prisma']) {
  const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', schema], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub,
      CHECKPOINT_DISABLE: '1',
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
