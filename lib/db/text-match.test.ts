import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { textMatchFor } from './text-match';

describe.each(DIALECTS)('case-insensitive name lookups on %s', (dialect) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    for (const [name, slug] of [['Ministry of Defence', 'mod'], ['HM Treasury', 'hmt'], ['Department for Education', 'dfe']]) {
      await db.prisma.department.create({ data: { name: name!, shortName: slug!.toUpperCase(), slug: slug! } });
    }
  });
  afterAll(() => db.cleanup());

  const names = async (where: object) => (await db.prisma.department.findMany({ where, orderBy: { slug: 'asc' } })).map((d) => d.slug);

  it('finds a name whatever the case typed, the same on both databases', async () => {
    const text = textMatchFor(db.prisma);
    expect(await names({ name: text.contains('defence') })).toEqual(['mod']);
    expect(await names({ name: text.contains('DEFENCE') })).toEqual(['mod']);
    expect(await names({ name: text.contains('tReAsUrY') })).toEqual(['hmt']);
    expect(await names({ OR: [{ name: text.contains('of') }, { shortName: text.contains('dfe') }] })).toEqual(['dfe', 'mod']);
    expect(await names({ name: text.startsWith('ministry') })).toEqual(['mod']);
    expect(await names({ name: text.startsWith('defence') })).toEqual([]);
  });
});
