import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { loadSearchFixture } from '@/test/search-fixtures';
import { suggest } from './suggestions';

let temp: TestDatabase;
describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    temp = await createTestDatabase(dialect);
    await loadSearchFixture(temp.prisma);
  });
  afterAll(() => temp.cleanup());

  describe('type-ahead suggestions', () => {
    it('finds members by any part of their name, names starting with the text first', async () => {
      const results = await suggest(temp.prisma, 'member', 'mor');
      expect(results.map((r) => r.value)).toEqual(['edward-morello']);
      expect(results[0]).toMatchObject({ label: 'Edward Morello', detail: 'Liberal Democrat, Commons' });
      expect((await suggest(temp.prisma, 'member', 'e')).length).toBeGreaterThan(2);
      expect((await suggest(temp.prisma, 'member', 'MORELLO'))[0]?.value).toBe('edward-morello');
    });

    it('finds departments by name or short name, topics and parties', async () => {
      expect((await suggest(temp.prisma, 'department', 'mod')).map((r) => r.value)).toEqual(['ministry-of-defence']);
      expect((await suggest(temp.prisma, 'department', 'defence')).map((r) => r.value)).toEqual(['ministry-of-defence']);
      expect((await suggest(temp.prisma, 'topic', 'europe')).map((r) => r.value)).toEqual(['european-defence-cooperation']);
      expect(await suggest(temp.prisma, 'party', 'lib')).toEqual([{ value: 'liberal-democrat', label: 'Liberal Democrat', detail: 'LD' }]);
    });

    it('finds coverage by headline, outlet or address, suggesting the article id', async () => {
      const article = await temp.prisma.coverage.findFirstOrThrow({ select: { id: true } });
      const expected = [{ value: String(article.id), label: 'UK Deepens Defence Collaboration', detail: 'London Pulse News' }];
      expect(await suggest(temp.prisma, 'coverage', 'deepens')).toEqual(expected);
      expect(await suggest(temp.prisma, 'coverage', 'london pulse')).toEqual(expected);
      expect(await suggest(temp.prisma, 'coverage', 'example.invalid/a')).toEqual(expected);
      expect(await suggest(temp.prisma, 'coverage', 'no such article')).toEqual([]);
    });

    it('finds logged articles by headline or outlet, offering their ids for the link pickers', async () => {
      const article = await temp.prisma.coverage.create({ data: { url: 'https://example.org/suggest-me', outlet: 'Suggest Gazette', headline: 'Ministers questioned on drones' } });
      const expected = [{ value: String(article.id), label: 'Ministers questioned on drones', detail: 'Suggest Gazette' }];
      expect(await suggest(temp.prisma, 'coverage', 'drones')).toEqual(expected);
      expect(await suggest(temp.prisma, 'coverage', 'gazette')).toEqual(expected);
    });

    it('treats LIKE wildcards as text', async () => {
      expect(await suggest(temp.prisma, 'member', '%')).toEqual([]);
      expect(await suggest(temp.prisma, 'member', '_')).toEqual([]);
    });
  });
});
