import path from 'node:path';

/** Default location of the embedded SQLite database, relative to the project root. */
export const DEFAULT_DATABASE_FILE = 'data/answerable.db';

/**
 * The SQLite file the app, the scripts and the tests use: `DATABASE_URL` (`file:…` or a plain path)
 * or `data/answerable.db`. Relative paths resolve against the working directory, which is the
 * project root for every npm script, so the CLI, the server and Prisma's own CLI agree.
 */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_FILE;
  const file = raw.replace(/^file:/, '');
  if (file === ':memory:') return file;
  // turbopackIgnore: the path is data, not a source file to trace into the build output.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

/** The same location as a `file:` URL, the form Prisma's config and CLI expect. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const file = databasePath(env);
  return file === ':memory:' ? file : `file:${file}`;
}
