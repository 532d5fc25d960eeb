import { databaseTarget, DEFAULT_DATABASE_FILE } from './database-url';

export { DEFAULT_DATABASE_FILE };

/**
 * The SQLite file the app, the scripts and the tests use: `DATABASE_URL` (`file:…` or a plain path)
 * or `data/answerable.db`. Relative paths resolve against the working directory, which is the
 * project root for every npm script, so the CLI, the server and Prisma's own CLI agree.
 * For SQLite-only code (the SQLite search, its change signal): on a PostgreSQL `DATABASE_URL` it says
 * so rather than treat the URL as a file name.
 */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
  const target = databaseTarget(env);
  if (target.dialect !== 'sqlite') throw new Error('DATABASE_URL names a PostgreSQL database, but this part of Answerable reads a SQLite file.');
  return target.file;
}

/** The database as a URL, the form Prisma's config and CLI expect: `file:<absolute path>` or the PostgreSQL URL as given. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return databaseTarget(env).url;
}
