import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '@/lib/demo/write-demo-data';
import type { PrismaClient } from '@/lib/db/prisma-client';
import { parseQuestionQuery, SORT_KEYS } from '@/lib/validation/question-query';
import { setUpDialectSearchDb } from '@/test/search-test-db';
import { DIALECTS } from '@/test/test-database';
import { exportStream } from './question-export';
import { prepareView } from './question-search';

// "Download this view": an export lists the view's questions in the order the table shows them,
// for every sort, both directions, with and without search words and filters. Checked against the
// table itself, page after page, over generated data, on both databases.
const TODAY = new Date(Date.UTC(2026, 10, 25));
const PAGE = 25;

describe.each(DIALECTS)('on %s', (dialect) => {
  // A small relevance window, so common words rank only the newest matches (and the rest follow by
  // date): the export must follow that too.
  const db = setUpDialectSearchDb(dialect, (prisma: PrismaClient) => generateDemoData(prisma, { questions: 600, seed: 'export-order', today: TODAY }), { rankWindow: 40, countOnWorker: false });
  const backend = () => db.backend;

  async function viewOf(params: string) {
    const parsed = parseQuestionQuery(new URLSearchParams(params));
    if (!parsed.ok) throw new Error(parsed.message);
    const prepared = await prepareView(parsed.query, { backend: backend(), names: db.names, today: TODAY });
    if (!prepared.ok) throw new Error(prepared.message);
    return prepared.view;
  }

  /** The table's rows, page after page, as House/UIN/date keys (what an export row identifies a question by). */
  async function tableOrder(params: string): Promise<string[]> {
    const { plan } = await viewOf(params);
    const keys: string[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await backend().search({ ...plan, offset, limit: PAGE });
      keys.push(...page.records.map((r) => `${r.house.toLowerCase()}/${r.uin}/${r.dateTabled.toISOString().slice(0, 10)}`));
      if (offset + PAGE >= page.total) return keys;
    }
  }

  /** The CSV export of the same address, as the same keys, read in small batches. */
  async function exportOrder(params: string): Promise<string[]> {
    const view = await viewOf(params);
    const stream = exportStream(view, backend(), 'csv', { origin: 'https://answerable.example', batchSize: 37 });
    const text = await new Response(stream).text();
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    return rows.map((r) => `${r.house}/${r.uin}/${r.date_tabled}`);
  }

  const SORTS = SORT_KEYS.filter((s) => s !== 'relevance');

  describe('exports follow the table', () => {
    it.each(SORTS.flatMap((sort) => (['asc', 'desc'] as const).map((dir) => [sort, dir] as const)))('sorted by %s %s, with no search words', async (sort, dir) => {
      const params = `sort=${sort}&dir=${dir}`;
      const want = await tableOrder(params);
      expect(want.length).toBeGreaterThan(PAGE * 10); // the whole record, many pages
      expect(await exportOrder(params)).toEqual(want);
    });

    it.each(SORTS.flatMap((sort) => (['asc', 'desc'] as const).map((dir) => [sort, dir] as const)))('sorted by %s %s, with search words and filters', async (sort, dir) => {
      const params = `q=support&status=answered&status=overdue&sort=${sort}&dir=${dir}`;
      const want = await tableOrder(params);
      expect(want.length).toBeGreaterThan(PAGE); // several pages
      expect(await exportOrder(params)).toEqual(want);
    });

    it.each(['support', 'funding', 'local authorities'])('in relevance order for “%s”, ranked window and all', async (words) => {
      const params = `q=${encodeURIComponent(words)}`;
      const want = await tableOrder(params);
      expect(want.length).toBeGreaterThan(0);
      expect(await exportOrder(params)).toEqual(want);
    });

    it('still exports newest tabled first by default, and changes order when the table does', async () => {
      const byDate = await exportOrder('');
      const byMember = await exportOrder('sort=member&dir=asc');
      expect(byDate).toEqual(await tableOrder(''));
      expect([...byMember].sort()).toEqual([...byDate].sort());
      expect(byMember).not.toEqual(byDate);
    });
  });
});
