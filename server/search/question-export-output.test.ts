import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '@/lib/export/question-export';
import { parseQuestionQuery } from '@/lib/validation/question-query';
import type { PrismaClient } from '@/lib/db/prisma-client';
import { searchBackendFor } from '@/test/search-test-db';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { EXPORT_BATCH_ROWS, exportStream, type ExportFormat, type ExportOptions } from './question-export';
import { prepareView } from './question-search';
import { prismaNameResolver } from './resolve-filters';
import type { QuestionSearchBackend } from './types';

/**
 * The exact bytes of an export: values spreadsheets and parsers trip over, and exports longer than
 * one database batch. The rows here are the only ones in their database, so whole files can be pinned.
 * The same bytes from either database, each through its own search backend (in this process: the way
 * PostgreSQL's exports are always made, and SQLite's export thread's fallback).
 */
const TODAY = new Date(Date.UTC(2025, 5, 1));
const ORIGIN = 'https://answerable.example';
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let awkward: TestDatabase;
let awkwardBackend: QuestionSearchBackend;
let many: TestDatabase;
let manyBackend: QuestionSearchBackend;
/** More rows than one batch, and many sharing a date, so keyset cursors must break ties by id. */
const MANY = EXPORT_BATCH_ROWS.max * 2 + 7;
const MANY_DATES = 9;

async function loadAwkwardRows(prisma: PrismaClient): Promise<void> {
  const labour = await prisma.party.create({ data: { name: 'Labour', abbreviation: 'Lab' } });
  const dept = await prisma.department.create({ data: { name: 'Department for Culture, Media & Sport', shortName: 'DCMS', slug: 'dcms' } });
  const zoe = await prisma.member.create({ data: { displayName: 'Zoë Ødegaard', listName: 'Ødegaard, Zoë', slug: 'zoe-odegaard', house: 'COMMONS' } });
  const jones = await prisma.member.create({ data: { displayName: 'Alice Jones', listName: 'Jones, Alice', slug: 'alice-jones', house: 'COMMONS', partyId: labour.id } });
  const base = { departmentId: dept.id, dateDue: day('2025-06-10') };
  const q1 = await prisma.question.create({
    data: {
      ...base, house: 'COMMONS', uin: 'Q1', dateTabled: day('2025-05-05'), dateDue: day('2025-05-12'), askingMemberId: zoe.id, state: 'ANSWERED',
      dateAnswered: day('2025-05-09'), daysToAnswer: 4, heading: 'He said "no", then left', text: 'Line one\nLine two\r\nLine three',
    },
  });
  await prisma.answerVersion.create({ data: { questionId: q1.id, sequence: 1, kind: 'SUBSTANTIVE', answeredOn: day('2025-05-09'), textHtml: '<p>x</p>', textPlain: "=cmd|' /C calc'!A0" } });
  await prisma.question.create({
    data: {
      ...base, house: 'COMMONS', uin: '=1+1', dateTabled: day('2025-05-04'), dateDue: day('2025-05-20'), askingMemberId: jones.id, isNamedDay: true,
      heading: '+44 20 7946 0000', text: '-5 degrees overnight', source: 'ARTICLE', unreportedFields: 'uin,dateTabled,text',
    },
  });
  const q3 = await prisma.question.create({
    data: { ...base, house: 'LORDS', uin: 'HL3', dateTabled: day('2025-05-03'), askingMemberId: zoe.id, state: 'HOLDING', heading: '@channel ping', text: 'Emoji 😀 and ’curly’ quotes — café' },
  });
  await prisma.answerVersion.create({ data: { questionId: q3.id, sequence: 1, kind: 'HOLDING', answeringMemberId: jones.id, answeredOn: day('2025-05-10'), textHtml: '', textPlain: '' } });
  await prisma.question.create({
    data: { ...base, house: 'COMMONS', uin: 'Q4', dateTabled: day('2025-05-02'), dateDue: day('2025-05-09'), askingMemberId: jones.id, state: 'WITHDRAWN', heading: '\tTabbed', text: '＝SUM(A1)' },
  });
  await prisma.question.create({
    data: { ...base, house: 'COMMONS', uin: 'Q5', dateTabled: day('2025-05-01'), askingMemberId: jones.id, heading: ' =not first', text: 'a "quoted" word, and a comma' },
  });
}

async function loadManyRows(prisma: PrismaClient): Promise<void> {
  const dept = await prisma.department.create({ data: { name: 'Home Office', shortName: 'Home Office', slug: 'home-office' } });
  const member = await prisma.member.create({ data: { displayName: 'Alice Jones', listName: 'Jones, Alice', slug: 'alice-jones', house: 'COMMONS' } });
  // Dates deliberately out of insertion order, so id order and date order differ.
  await prisma.question.createMany({
    data: Array.from({ length: MANY }, (_, i) => ({
      house: 'COMMONS' as const,
      uin: `M${i}`,
      dateTabled: day(`2025-04-${String(10 + ((i * 4) % MANY_DATES)).padStart(2, '0')}`),
      dateDue: day('2025-05-30'),
      askingMemberId: member.id,
      departmentId: dept.id,
      heading: `Lighthouses ${i}`,
      text: i % 3 === 0 ? `Lighthouse keepers, "row" ${i}\nsecond line` : `Harbours ${i}`,
    })),
  });
}

async function exportedChunks(backend: QuestionSearchBackend, db: TestDatabase, params: string, format: ExportFormat, options: Partial<ExportOptions> = {}): Promise<string[]> {
  const parsed = parseQuestionQuery(new URLSearchParams(params));
  if (!parsed.ok) throw new Error(parsed.message);
  const prepared = await prepareView(parsed.query, { backend, names: prismaNameResolver(db.prisma), today: TODAY });
  if (!prepared.ok) throw new Error(prepared.message);
  const reader = exportStream(prepared.view, backend, format, { origin: ORIGIN, ...options }).getReader();
  const chunks: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // Each chunk is whole rows, so it decodes on its own.
    chunks.push(new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(value));
  }
  return chunks;
}

async function exported(backend: QuestionSearchBackend, db: TestDatabase, params: string, format: ExportFormat, batchSize?: number): Promise<string> {
  return (await exportedChunks(backend, db, params, format, { batchSize })).join('');
}

const HEADER = EXPORT_COLUMNS.join(',');
const DCMS = '"Department for Culture, Media & Sport"';

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    awkward = await createTestDatabase(dialect);
    await loadAwkwardRows(awkward.prisma);
    awkwardBackend = searchBackendFor(awkward);
    many = await createTestDatabase(dialect);
    await loadManyRows(many.prisma);
    manyBackend = searchBackendFor(many);
  }, 60_000);
  afterAll(async () => {
    await awkwardBackend.close();
    await manyBackend.close();
    await awkward.cleanup();
    await many.cleanup();
  });

  describe('export output, byte for byte', () => {
    it('quotes commas, quotes and line breaks, defuses formulas, and keeps unicode and empty cells', async () => {
      const csv = await exported(awkwardBackend, awkward, '', 'csv');
      expect(csv).toBe(
        [
          `\uFEFF${HEADER}`,
          `Q1,commons,2025-05-05,2025-05-12,false,answered,2025-05-09,4,"He said ""no"", then left","Line one\nLine two\r\nLine three",Zoë Ødegaard,,${DCMS},,'=cmd|' /C calc'!A0,1,${ORIGIN}/questions/commons/2025-05-05/Q1,demo,`,
          `'=1+1,commons,2025-05-04,2025-05-20,true,overdue,,,'+44 20 7946 0000,'-5 degrees overnight,Alice Jones,Labour,${DCMS},,,0,${ORIGIN}/questions/commons/2025-05-04/%3D1%2B1,article,uin date_tabled question_text`,
          `HL3,lords,2025-05-03,2025-06-10,false,holding,,,'@channel ping,Emoji 😀 and ’curly’ quotes — café,Zoë Ødegaard,,${DCMS},Alice Jones,,1,${ORIGIN}/questions/lords/2025-05-03/HL3,demo,`,
          `Q4,commons,2025-05-02,2025-05-09,false,withdrawn,,,'\tTabbed,'＝SUM(A1),Alice Jones,Labour,${DCMS},,,0,${ORIGIN}/questions/commons/2025-05-02/Q4,demo,`,
          `Q5,commons,2025-05-01,2025-06-10,false,awaiting,,, =not first,"a ""quoted"" word, and a comma",Alice Jones,Labour,${DCMS},,,0,${ORIGIN}/questions/commons/2025-05-01/Q5,demo,`,
          '',
        ].join('\n'),
      );
      // What a CSV reader gets back: the text itself, behind the formula guard.
      const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows[0]!.question_text).toBe('Line one\nLine two\r\nLine three');
      expect(rows[0]!.heading).toBe('He said "no", then left');
    });

    it('writes the same values as typed JSON, escaped by JSON rules', async () => {
      const text = await exported(awkwardBackend, awkward, 'house=commons&status=answered,overdue', 'json');
      const generated = /^\{"generated":"([^"]+)"/.exec(text)?.[1];
      expect(new Date(generated!).toISOString()).toBe(generated);
      expect(text).toBe(
        `{"generated":"${generated}","today":"2025-06-01","columns":${JSON.stringify(EXPORT_COLUMNS)},"rows":[\n` +
          `{"uin":"Q1","house":"commons","date_tabled":"2025-05-05","date_due":"2025-05-12","named_day":false,"status":"answered","date_answered":"2025-05-09","days_to_answer":4,"heading":"He said \\"no\\", then left","question_text":"Line one\\nLine two\\r\\nLine three","asking_member":"Zoë Ødegaard","asking_member_party":null,"department":"Department for Culture, Media & Sport","answering_member":null,"answer_text":"=cmd|' /C calc'!A0","answer_versions":1,"url":"${ORIGIN}/questions/commons/2025-05-05/Q1","source":"demo","unreported_fields":null},\n` +
          `{"uin":"=1+1","house":"commons","date_tabled":"2025-05-04","date_due":"2025-05-20","named_day":true,"status":"overdue","date_answered":null,"days_to_answer":null,"heading":"+44 20 7946 0000","question_text":"-5 degrees overnight","asking_member":"Alice Jones","asking_member_party":"Labour","department":"Department for Culture, Media & Sport","answering_member":null,"answer_text":null,"answer_versions":0,"url":"${ORIGIN}/questions/commons/2025-05-04/%3D1%2B1","source":"article","unreported_fields":"uin date_tabled question_text"}` +
          `\n],\n"count":2}\n`,
      );
      const json = JSON.parse(await exported(awkwardBackend, awkward, '', 'json')) as { rows: Record<string, unknown>[] };
      expect(json.rows[2]).toMatchObject({ uin: 'HL3', question_text: 'Emoji 😀 and ’curly’ quotes — café', answering_member: 'Alice Jones', answer_text: '' });
    });
  });

  describe('exports longer than one batch', () => {
    /** Newest tabled first, ties newest id first: the order the table and the export promise. */
    function expectedUins(filter: (i: number) => boolean, dir: 'asc' | 'desc'): string[] {
      const rows = Array.from({ length: MANY }, (_, i) => ({ i, date: (i * 4) % MANY_DATES })).filter((r) => filter(r.i));
      rows.sort((a, b) => b.date - a.date || b.i - a.i);
      if (dir === 'asc') rows.reverse();
      return rows.map((r) => `M${r.i}`);
    }

    it('has every row exactly once, in order, as CSV', async () => {
      const csv = await exported(manyBackend, many, '', 'csv');
      const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.map((r) => r.uin)).toEqual(expectedUins(() => true, 'desc'));
      expect(rows.find((r) => r.uin === 'M3')!.question_text).toBe('Lighthouse keepers, "row" 3\nsecond line');
      const ascending = parse(await exported(manyBackend, many, 'sort=dateTabled&dir=asc', 'csv', 1000), { bom: true, columns: true }) as Record<string, string>[];
      expect(ascending.map((r) => r.uin)).toEqual(expectedUins(() => true, 'asc'));
    });

    it('has every row exactly once, in order, as JSON that parses', async () => {
      const json = JSON.parse(await exported(manyBackend, many, '', 'json')) as { rows: Record<string, unknown>[]; count: number };
      expect(json.count).toBe(MANY);
      expect(json.rows.map((r) => r.uin)).toEqual(expectedUins(() => true, 'desc'));
      expect(json.rows.at(-1)).toMatchObject({ uin: expectedUins(() => true, 'desc').at(-1), status: 'overdue', answer_versions: 0 });
    });

    it('sizes batches by bytes, so no chunk holds much more than asked however long the rows', async () => {
      const chunkBytes = 16 * 1024;
      const chunks = await exportedChunks(manyBackend, many, '', 'csv', { chunkBytes });
      // After the header and the first batch (a fixed few rows, to start the download at once).
      const sizes = chunks.slice(2).map((chunk) => new TextEncoder().encode(chunk).byteLength);
      expect(Math.max(...sizes)).toBeLessThan(chunkBytes * 1.5);
      expect(sizes.length).toBeGreaterThan(sizes.reduce((a, b) => a + b) / chunkBytes);
      const rows = parse(chunks.join(''), { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.map((r) => r.uin)).toEqual(expectedUins(() => true, 'desc'));
      const json = JSON.parse((await exportedChunks(manyBackend, many, '', 'json', { chunkBytes })).join('')) as { rows: { uin: string }[] };
      expect(json.rows.map((r) => r.uin)).toEqual(expectedUins(() => true, 'desc'));
    });

    it('pages a search across batches', async () => {
      const keepers = (i: number) => i % 3 === 0;
      const csv = parse(await exported(manyBackend, many, 'q=keepers', 'csv', 500), { bom: true, columns: true }) as Record<string, string>[];
      expect(csv.map((r) => r.uin)).toEqual(expectedUins(keepers, 'desc'));
      const json = JSON.parse(await exported(manyBackend, many, 'q=keepers&sort=dateTabled&dir=asc', 'json', 500)) as { rows: { uin: string }[] };
      expect(json.rows.map((r) => r.uin)).toEqual(expectedUins(keepers, 'asc'));
    });
  });

  describe('an export and the server around it', () => {
    /** The many-rows export as a stream, counting the batches it reads from the database. */
    async function countedStream(batchSize: number): Promise<{ stream: ReadableStream<Uint8Array>; reads: () => number }> {
      let reads = 0;
      const counting = Object.create(manyBackend) as QuestionSearchBackend;
      counting.exportReader = (plan) => {
        const inner = manyBackend.exportReader(plan);
        return { read: (limit) => (reads++, inner.read(limit)) };
      };
      const parsed = parseQuestionQuery(new URLSearchParams());
      if (!parsed.ok) throw new Error(parsed.message);
      const prepared = await prepareView(parsed.query, { backend: counting, names: prismaNameResolver(many.prisma), today: TODAY });
      if (!prepared.ok) throw new Error(prepared.message);
      return { stream: exportStream(prepared.view, counting, 'csv', { origin: ORIGIN, batchSize }), reads: () => reads };
    }
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

    it('reads the database only as fast as the client takes the file, and not at all once it has gone', async () => {
      const { stream, reads } = await countedStream(100);
      const reader = stream.getReader();
      for (let i = 0; i < 4; i++) await reader.read(); // the header, then three batches
      await settle();
      // At most one batch read ahead of the client (the stream's queue), however long it waits.
      expect(reads()).toBeLessThanOrEqual(4);
      await reader.cancel();
      const atCancel = reads();
      await settle();
      expect(reads()).toBe(atCancel);
      expect(atCancel).toBeLessThan(MANY / 100);
    });

    it('lets other requests in between batches, even when the client takes every chunk at once', async () => {
      const { stream, reads } = await countedStream(100);
      let readsWhenTimerRan = -1;
      setTimeout(() => (readsWhenTimerRan = reads()), 0);
      const reader = stream.getReader();
      while (!(await reader.read()).done);
      expect(reads()).toBeGreaterThan(MANY / 100);
      // The timer ran while the export was still going, not after it.
      expect(readsWhenTimerRan).toBeGreaterThanOrEqual(0);
      expect(readsWhenTimerRan).toBeLessThan(5);
    });
  });
});
