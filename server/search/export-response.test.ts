import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '@/lib/export/question-export';
import { loadSearchFixture } from '@/test/search-fixtures';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';

// /questions/export.csv and .json as the app serves them, on the app's own database of each dialect:
// SQLite's exports run on a thread (sqlite-export-thread.ts), PostgreSQL's in the request's process
// (search-deps.ts); a reader gets the same file either way.
let db: TestDatabase;

type Handler = (request: Request) => Promise<Response>;

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createServerTestDatabase(dialect);
    await loadSearchFixture(db.prisma);
  });
  afterAll(() => db.cleanup());

  async function get(format: 'csv' | 'json', params: string): Promise<Response> {
    const { GET } = (await (format === 'csv' ? import('@/app/questions/export.csv/route') : import('@/app/questions/export.json/route'))) as { GET: Handler };
    return GET(new Request(`http://localhost/questions/export.${format}?${params}`));
  }

  it('streams the view as CSV, in the table’s order, as a download', async () => {
    const response = await get('csv', 'department=ministry-of-defence&page=2&size=25');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="questions-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.body).toBeInstanceOf(ReadableStream);
    const rows = parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS]);
    // Paging is ignored: an export is the whole view.
    expect(rows.map((r) => r.uin)).toEqual(['700', '100', '400', '500']);
    expect(rows[1]).toMatchObject({ heading: 'Defence: Europe', asking_member: 'Edward Morello', url: 'http://localhost/questions/commons/2025-03-13/100' });
  });

  it('exports a search’s matches as JSON, sorted as asked', async () => {
    const response = await get('json', `q=${encodeURIComponent('"joint production" OR drones')}&sort=dateTabled&dir=asc`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await response.json()) as { rows: { uin: string }[]; count: number };
    expect(body.rows.map((r) => r.uin)).toEqual(['400', '100']); // tabled 1 February and 13 March
    expect(body.count).toBe(2);
  });

  it('refuses a bad view with a 400 and a message, never a 500', async () => {
    const csv = await get('csv', 'status=lost');
    expect(csv.status).toBe(400);
    expect(await csv.text()).toMatch(/Status/);
    const json = await get('json', `q=${encodeURIComponent('a'.repeat(600))}`);
    expect(json.status).toBe(400);
    expect(((await json.json()) as { error: string }).error.length).toBeGreaterThan(10);
  });
});
