import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPostgresSchema } from './postgres-schema';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe("PostgreSQL's schema, rendered from SQLite's", () => {
  it('is checked in exactly as rendered from prisma/schema.prisma (run npm run db:migrate after editing the model)', () => {
    expect(read('prisma/postgresql/schema.prisma')).toBe(renderPostgresSchema(read('prisma/schema.prisma')));
  });

  it('changes only the provider and where the client is generated', () => {
    const sqlite = read('prisma/schema.prisma');
    const postgres = renderPostgresSchema(sqlite);
    expect(postgres).toContain('provider = "postgresql"');
    expect(postgres).toContain('output       = "../../generated/prisma-postgres"');
    expect(postgres).not.toContain('"sqlite"');
    const models = (text: string) => text.slice(text.indexOf('enum RecordSource'));
    expect(models(postgres)).toBe(models(sqlite));
  });

  it('refuses a SQLite-only native type rather than render it half-converted', () => {
    const sqlite = read('prisma/schema.prisma');
    expect(() => renderPostgresSchema(`${sqlite}\nmodel X {\n  id Int @id\n  body String @db.Text\n}\n`)).toThrow(/SQLite-only attribute @db\.Text/);
    expect(() => renderPostgresSchema('model X {\n  id Int @id\n}\n')).toThrow(/exactly one datasource/);
  });
});
