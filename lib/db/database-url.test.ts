import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { byDialect, databaseLabel, parseDatabaseUrl } from './database-url';

describe('DATABASE_URL', () => {
  it('names a SQLite file by file: URL or plain path, relative to the project, defaulting to data/answerable.db', () => {
    const root = '/srv/answerable';
    expect(parseDatabaseUrl(undefined, root)).toEqual({ dialect: 'sqlite', file: path.join(root, 'data/answerable.db'), url: `file:${path.join(root, 'data/answerable.db')}` });
    expect(parseDatabaseUrl('  ', root)).toMatchObject({ dialect: 'sqlite', file: path.join(root, 'data/answerable.db') });
    expect(parseDatabaseUrl('file:./data/e2e.db', root)).toMatchObject({ dialect: 'sqlite', file: path.join(root, 'data/e2e.db') });
    expect(parseDatabaseUrl('/var/lib/answerable.db', root)).toMatchObject({ dialect: 'sqlite', file: '/var/lib/answerable.db', url: 'file:/var/lib/answerable.db' });
    expect(parseDatabaseUrl('file::memory:', root)).toEqual({ dialect: 'sqlite', file: ':memory:', url: ':memory:' });
  });

  it('names a PostgreSQL database by postgres:// or postgresql:// URL, kept as given', () => {
    for (const url of ['postgres://app:secret@db.internal:5432/answerable', 'postgresql://app@10.0.0.5/answerable?sslmode=require', 'POSTGRES://h/db']) {
      expect(parseDatabaseUrl(url)).toEqual({ dialect: 'postgresql', url });
    }
  });

  it('refuses other schemes and PostgreSQL URLs without a host or database, with a message that shows the forms', () => {
    expect(() => parseDatabaseUrl('mysql://app@db/answerable')).toThrow(/must be file:<path> \(SQLite\) or postgres:\/\/user:password@host:5432\/database/);
    expect(() => parseDatabaseUrl('postgres://db.internal:5432')).toThrow(/must name a host and a database/);
    expect(() => parseDatabaseUrl('postgres://:5432/answerable')).toThrow(/must name a host and a database/);
  });

  it('is shown in scripts\' output without its password', () => {
    expect(databaseLabel(parseDatabaseUrl('postgres://app:s3cret@db.internal:5432/answerable'))).toBe('postgres://app:***@db.internal:5432/answerable (PostgreSQL)');
    expect(databaseLabel(parseDatabaseUrl('file:/var/lib/answerable.db'))).toBe('/var/lib/answerable.db');
  });

  it('parts the dialects in one place: byDialect runs the choice for the URL\'s dialect, given what that dialect needs', () => {
    const choices = { sqlite: ({ file }: { file: string }) => `file ${file}`, postgresql: ({ url }: { url: string }) => `server ${new URL(url).host}` };
    expect(byDialect(parseDatabaseUrl('file:/var/lib/answerable.db'), choices)).toBe('file /var/lib/answerable.db');
    expect(byDialect(parseDatabaseUrl('postgresql://app@db.internal:5432/answerable'), choices)).toBe('server db.internal:5432');
  });
});
