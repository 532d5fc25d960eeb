/**
 * `DATABASE_URL`, read and validated in one place, decides the database dialect for the app, the scripts
 * and the tests: `file:…` (or a plain path) is an embedded SQLite file, `postgres://…` or
 * `postgresql://…` a PostgreSQL database. Unset means SQLite at data/answerable.db. Any other scheme is
 * refused with a message rather than opened as a file of that odd name.
 */
import path from 'node:path';
import { z } from '../validation/zod';

export type DialectName = 'sqlite' | 'postgresql';

export type DatabaseTarget =
  /** `file` is absolute (or `:memory:`); `url` is the same as `file:<file>`. */
  | { dialect: 'sqlite'; file: string; url: string }
  | { dialect: 'postgresql'; url: string };

export type SqliteTarget = Extract<DatabaseTarget, { dialect: 'sqlite' }>;
export type PostgresTarget = Extract<DatabaseTarget, { dialect: 'postgresql' }>;

/** What each dialect does at one place where they part, given the database narrowed to its dialect. */
export interface DialectChoices<T> {
  sqlite(target: SqliteTarget): T;
  postgresql(target: PostgresTarget): T;
}

/**
 * Where the dialects part: the choice for `target`'s dialect. Every choice between SQLite and PostgreSQL
 * in the app (lib/, server/, app/) is made through here, from the DATABASE_URL parsed above or the
 * database a client was made on (lib/db/prisma-client.ts's clientTarget); eslint.config.mjs refuses a
 * comparison with a dialect's name anywhere else there. Each choice names every dialect, so a third
 * would be a type error at each one rather than quietly taking SQLite's branch.
 */
export function byDialect<T>(target: DatabaseTarget, choices: DialectChoices<T>): T {
  switch (target.dialect) {
    case 'sqlite':
      return choices.sqlite(target);
    case 'postgresql':
      return choices.postgresql(target);
  }
}

/** Default location of the embedded SQLite database, relative to the project root. */
export const DEFAULT_DATABASE_FILE = 'data/answerable.db';

const POSTGRES = /^postgres(ql)?:\/\//i;
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.hostname !== '' && url.pathname.length > 1;
  } catch {
    return false;
  }
}, 'DATABASE_URL must name a host and a database: postgres://user:password@host:5432/database');

/** Parses one `DATABASE_URL` value. Relative SQLite paths resolve against `cwd` (the project root for npm scripts). */
export function parseDatabaseUrl(raw: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  const value = raw?.trim() || DEFAULT_DATABASE_FILE;
  if (POSTGRES.test(value)) {
    const parsed = postgresUrl.safeParse(value);
    if (!parsed.success) throw new Error(`Invalid setting: ${parsed.error.issues.map((i) => i.message).join('; ')}.`);
    return { dialect: 'postgresql', url: parsed.data };
  }
  if (OTHER_SCHEME.test(value)) {
    throw new Error('Invalid setting: DATABASE_URL must be file:<path> (SQLite) or postgres://user:password@host:5432/database (PostgreSQL).');
  }
  const file = value.replace(/^file:/, '');
  if (file === ':memory:') return { dialect: 'sqlite', file, url: file };
  // turbopackIgnore: the path is data, not a source file to trace into the build output.
  const absolute = path.resolve(/*turbopackIgnore: true*/ cwd, file);
  return { dialect: 'sqlite', file: absolute, url: `file:${absolute}` };
}

/** The database the app, the scripts and the tests use, from `DATABASE_URL`. */
export function databaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  return parseDatabaseUrl(env.DATABASE_URL);
}

/** The database as a person reads it in a script's output: the SQLite file, or the URL with its password hidden. */
export function databaseLabel(target: DatabaseTarget = databaseTarget()): string {
  return byDialect(target, {
    sqlite: ({ file }) => file,
    postgresql: ({ url }) => {
      const shown = new URL(url);
      if (shown.password) shown.password = '***';
      return `${shown.toString()} (PostgreSQL)`;
    },
  });
}
