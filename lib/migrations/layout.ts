import path from 'node:path';
import type { DialectName } from '../db/database-url';

/** Where one dialect's Prisma schema and migrations folder live. */
export interface DialectLayout {
  schemaPath: string;
  migrationsDir: string;
}

export type PrismaLayout = Record<DialectName, DialectLayout>;

/**
 * The project's two schemas and migrations folders, in Prisma's standard layout: SQLite's at the top of
 * prisma/ (where it has always been), PostgreSQL's under prisma/postgresql/. `root` is the folder that
 * holds prisma/ (the project, or a test's copy of it).
 */
export function prismaLayout(root: string): PrismaLayout {
  return {
    sqlite: { schemaPath: path.join(root, 'prisma', 'schema.prisma'), migrationsDir: path.join(root, 'prisma', 'migrations') },
    postgresql: {
      schemaPath: path.join(root, 'prisma', 'postgresql', 'schema.prisma'),
      migrationsDir: path.join(root, 'prisma', 'postgresql', 'migrations'),
    },
  };
}

/** The project's own layout. */
export function projectLayout(): PrismaLayout {
  return prismaLayout(path.resolve(import.meta.dirname, '..', '..'));
}
