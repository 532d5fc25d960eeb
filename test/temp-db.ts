import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/db/prisma-client';

export interface TempDb {
  file: string;
  prisma: PrismaClient;
  cleanup(): Promise<void>;
}

/** A fresh SQLite database with every migration applied (copied from the suite's template). */
export function createTempDb(): TempDb {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'answerable-db-'));
  const file = path.join(dir, 'test.db');
  copyFileSync(inject('templateDb'), file);
  const prisma = createPrismaClient(file);
  return {
    file,
    prisma,
    async cleanup() {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
