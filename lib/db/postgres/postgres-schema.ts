/**
 * PostgreSQL's Prisma schema is rendered from SQLite's (prisma/schema.prisma, the one source of truth for
 * the model), never edited by hand. A datasource provider is a literal in Prisma, so each provider needs a
 * file of its own; rendering one from the other keeps the two from drifting apart. The rendered file is
 * checked in (prisma/postgresql/schema.prisma) as the state PostgreSQL's migrations produce: `npm run
 * db:migrate` rewrites it together with the migration that gets there, and a unit test fails when the
 * checked-in file differs from what this function makes of prisma/schema.prisma.
 */

export const POSTGRES_SCHEMA_HEADER =
  '// GENERATED from prisma/schema.prisma by `npm run db:migrate` (lib/db/postgres/postgres-schema.ts): do not edit.\n' +
  "// Edit prisma/schema.prisma and run `npm run db:migrate -- --name <change>`: it writes SQLite's and PostgreSQL's migrations.\n\n";

/** Where the PostgreSQL client is generated, relative to prisma/postgresql/. */
export const POSTGRES_CLIENT_OUTPUT = '../../generated/prisma-postgres';

/**
 * Replaces exactly one match of `pattern` in `text`, or says what the SQLite schema was expected to hold,
 * so a reshaped schema fails loudly here rather than rendering something half-converted.
 */
function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`));
  if (matches?.length !== 1) throw new Error(`prisma/schema.prisma must contain exactly one ${what} (found ${matches?.length ?? 0}).`);
  return text.replace(pattern, replacement);
}

/** PostgreSQL's schema text for SQLite's `sqliteSchema`. */
export function renderPostgresSchema(sqliteSchema: string): string {
  // Native type attributes (`@db.…`) are provider-specific: SQLite's have no PostgreSQL meaning. None are
  // used today; refuse them until someone decides what each becomes.
  const native = /@db\.\w+/.exec(sqliteSchema);
  if (native) throw new Error(`prisma/schema.prisma uses the SQLite-only attribute ${native[0]}: give it a PostgreSQL counterpart in lib/db/postgres/postgres-schema.ts.`);
  let text = replaceOnce(sqliteSchema, /(datasource\s+\w+\s*\{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'datasource with provider = "sqlite"');
  text = replaceOnce(text, /(generator\s+client\s*\{[^}]*output\s*=\s*)"[^"]*"/, `$1"${POSTGRES_CLIENT_OUTPUT}"`, 'client generator with an output');
  return POSTGRES_SCHEMA_HEADER + text;
}
