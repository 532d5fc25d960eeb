import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '@/lib/export/question-export';
import { parseQuestionQuery } from '@/lib/validation/question-query';
import { setUpDialectSearchDb } from '@/test/search-test-db';
import { DIALECTS } from '@/test/test-database';
import { exportStream, type ExportFormat } from './question-export';
import { prepareView } from './question-search';

describe.each(DIALECTS)('on %s', (dialect) => {
  const db = setUpDialectSearchDb(dialect);

  async function exported(params: string, format: ExportFormat, limit?: number, batchSize?: number): Promise<{ text: string; chunks: number }> {
    const parsed = parseQuestionQuery(new URLSearchParams(params));
    if (!parsed.ok) throw new Error(parsed.message);
    const prepared = await prepareView(parsed.query, db.deps());
    if (!prepared.ok) throw new Error(prepared.message);
    const reader = exportStream(prepared.view, db.backend, format, { origin: 'https://answerable.example', limit, batchSize }).getReader();
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    let text = '';
    let chunks = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      text += decoder.decode(value, { stream: true });
    }
    return { text, chunks };
  }

  const csvRows = (text: string) => parse(text, { bom: true, columns: true }) as Record<string, string>[];

  describe('questions export', () => {
    it('streams every matching row as CSV with the documented columns and ISO dates', async () => {
      const { text } = await exported('department=ministry-of-defence&page=1&size=25', 'csv');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = csvRows(text);
      expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS]);
      expect(rows.map((r) => r.uin)).toEqual(['700', '100', '400', '500']);
      expect(rows[1]).toMatchObject({
        uin: '100',
        house: 'commons',
        date_tabled: '2025-03-13',
        date_due: '2025-03-20',
        named_day: 'false',
        status: 'answered',
        date_answered: '2025-03-20',
        days_to_answer: '7',
        heading: 'Defence: Europe',
        asking_member: 'Edward Morello',
        asking_member_party: 'Liberal Democrat',
        department: 'Ministry of Defence',
        answering_member: 'Maria Eagle',
        answer_versions: '1',
        url: 'https://answerable.example/questions/commons/2025-03-13/100',
        source: 'demo',
        unreported_fields: '',
      });
      expect(rows[1]!.answer_text).toContain('French counterpart in Paris');
      expect(rows[0]).toMatchObject({ status: 'awaiting', date_answered: '', answering_member: '' });
      expect(rows[3]).toMatchObject({ status: 'corrected', answer_versions: '2' });
      expect(rows[3]!.answer_text).toContain('seven per cent');
    });

    it('exports a search in the table\'s order: most relevant first, or by date when the view says so', async () => {
      const parsed = parseQuestionQuery(new URLSearchParams('q=defence'));
      if (!parsed.ok) throw new Error(parsed.message);
      const prepared = await prepareView(parsed.query, db.deps());
      if (!prepared.ok) throw new Error(prepared.message);
      const table = await db.backend.search({ ...prepared.view.plan, offset: 0, limit: 100 });
      expect(csvRows((await exported('q=defence', 'csv')).text).map((r) => r.uin)).toEqual(table.records.map((r) => r.uin));
      expect(csvRows((await exported('q=defence&sort=dateTabled', 'csv')).text).map((r) => r.uin)).toEqual(['700', 'HL300', '100', '400', '500']);
      expect(csvRows((await exported('q=defence&sort=dateTabled&dir=asc&status=awaiting', 'csv')).text).map((r) => r.uin)).toEqual(['HL300', '700']);
    });

    it('streams JSON with the same rows, typed values and a count', async () => {
      const json = JSON.parse((await exported('member=edward-morello', 'json')).text) as { columns: string[]; rows: Record<string, unknown>[]; count: number; today: string };
      expect(json.columns).toEqual([...EXPORT_COLUMNS]);
      expect(json.count).toBe(4);
      expect(json.today).toBe('2025-06-01');
      expect(json.rows.map((r) => r.uin)).toEqual(['700', '600', '100', '400']);
      expect(json.rows[2]).toMatchObject({ named_day: false, days_to_answer: 7, date_answered: '2025-03-20', answer_versions: 1 });
      expect(json.rows[0]).toMatchObject({ date_answered: null, days_to_answer: null, answering_member: null });
    });

    it('writes an empty export with a header when nothing matches', async () => {
      const { text } = await exported('q=zebra', 'csv');
      expect(csvRows(text)).toEqual([]);
      expect(text).toContain(EXPORT_COLUMNS.join(','));
      expect(JSON.parse((await exported('q=zebra', 'json')).text)).toMatchObject({ rows: [], count: 0 });
    });

    it('keeps formulas and markup inert', async () => {
      await db.prisma.question.update({ where: { id: (await db.prisma.question.findFirstOrThrow({ where: { uin: '200' } })).id }, data: { heading: '=HYPERLINK("http://x")' } });
      const row = csvRows((await exported('house=commons&status=overdue', 'csv')).text)[0]!;
      expect(row.heading).toBe(`'=HYPERLINK("http://x")`);
    });

    it('stops at a limit (for benchmarks) and pages by keyset across batches', async () => {
      expect(csvRows((await exported('', 'csv', 3)).text)).toHaveLength(3);
      const all = csvRows((await exported('', 'csv')).text).map((r) => r.uin);
      const small = await exported('', 'csv', undefined, 2);
      expect(small.chunks).toBeGreaterThanOrEqual(5);
      expect(csvRows(small.text).map((r) => r.uin)).toEqual(all);
      expect(csvRows((await exported('q=defence&sort=dateTabled', 'csv', undefined, 2)).text).map((r) => r.uin)).toEqual(['700', 'HL300', '100', '400', '500']);
      expect(csvRows((await exported('sort=uin&dir=desc', 'csv', undefined, 2)).text).map((r) => r.uin)).toEqual([...all].sort().reverse());
      expect(csvRows((await exported('sort=dateTabled&dir=asc', 'csv', undefined, 3)).text).map((r) => r.uin)).toEqual([...all].reverse());
    });
  });
});
