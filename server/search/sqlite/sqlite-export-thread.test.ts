import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuestionQuery } from '@/lib/validation/question-query';
import { createTempDb, type TempDb } from '@/test/temp-db';
import { exportStream, type ExportFormat, type ExportOptions } from '../question-export';
import { prepareView, type PreparedView } from '../question-search';
import { prismaNameResolver } from '../resolve-filters';
import { SqliteExportThreads } from './sqlite-export-thread';
import { SqliteQuestionSearch } from './sqlite-search';

/** Exports made on a thread: the same bytes as in the request's process, at nice 19, stopped by a disconnect. */
const TODAY = new Date(Date.UTC(2025, 5, 1));
const ORIGIN = 'https://answerable.example';
const ROWS = 3000;

let temp: TempDb;
let backend: SqliteQuestionSearch;

beforeAll(async () => {
  temp = createTempDb();
  const { prisma } = temp;
  const dept = await prisma.department.create({ data: { name: 'Home Office', shortName: 'Home Office', slug: 'home-office' } });
  const member = await prisma.member.create({ data: { displayName: 'Zoë Ødegaard', listName: 'Ødegaard, Zoë', slug: 'zoe', house: 'COMMONS' } });
  await prisma.question.createMany({
    data: Array.from({ length: ROWS }, (_, i) => ({
      house: i % 5 === 0 ? ('LORDS' as const) : ('COMMONS' as const),
      uin: i % 7 === 0 ? `=${i}` : `T${i}`,
      dateTabled: new Date(Date.UTC(2025, 3, 1 + (i % 28))),
      dateDue: new Date(Date.UTC(2025, 4, 1 + (i % 20))),
      askingMemberId: member.id,
      departmentId: dept.id,
      heading: `Lighthouses ${i}`,
      text: i % 3 === 0 ? `Lighthouse keepers, "row" ${i}\nsecond line — café` : `Harbours ${i}`,
    })),
  });
  backend = new SqliteQuestionSearch(temp.file);
});
afterAll(async () => {
  backend.close();
  await temp.cleanup();
});

async function view(params: string): Promise<PreparedView> {
  const parsed = parseQuestionQuery(new URLSearchParams(params));
  if (!parsed.ok) throw new Error(parsed.message);
  const prepared = await prepareView(parsed.query, { backend, names: prismaNameResolver(temp.prisma), today: TODAY });
  if (!prepared.ok) throw new Error(prepared.message);
  return prepared.view;
}

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  // The JSON file says when it was made: the one thing two exports of a view may differ in.
  return (await new Response(stream).text()).replace(/"generated":"[^"]*"/, '"generated":"…"');
}

/** The threads running at nice 19 in this process now (/proc/<pid>/task/<tid>/stat, field 19). */
function niceThreads(): number[] {
  return readdirSync(`/proc/${process.pid}/task`).flatMap((tid) => {
    try {
      const stat = readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // from field 3 (state) on
      return Number(fields[16]) === 19 ? [Number(tid)] : [];
    } catch {
      return []; // the thread ended while being read
    }
  });
}

async function until(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!done()) throw new Error(`Still waiting: ${what}`);
}

describe('exports on a thread', () => {
  it.each<[string, ExportFormat, Partial<ExportOptions>]>([
    ['', 'csv', {}],
    ['', 'json', {}],
    ['q=lighthouse', 'csv', {}],
    ['q=lighthouse&sort=department&dir=asc', 'json', { batchSize: 37 }],
    ['house=lords&sort=dateDue&dir=desc', 'csv', { batchSize: 101 }],
    ['q=nothingmatchesthis', 'json', {}],
  ])('writes the same bytes as the request process would (%s, %s)', async (params, format, extra) => {
    const threads = new SqliteExportThreads(temp.file);
    try {
      const v = await view(params);
      const options = { origin: ORIGIN, ...extra };
      const onThread = await text(threads.stream(v, backend, format, options));
      expect(onThread).toBe(await text(exportStream(v, backend, format, options)));
      expect(onThread.length).toBeGreaterThan(100);
    } finally {
      await threads.close();
    }
  });

  it('reads and encodes at nice 19 while the export streams, and a cancelled export stops its thread', async () => {
    await until(() => niceThreads().length === 0, 'no export thread before');
    const threads = new SqliteExportThreads(temp.file);
    try {
      const reader = threads.stream(await view(''), backend, 'csv', { origin: ORIGIN, batchSize: 20 }).getReader();
      for (let i = 0; i < 3; i++) expect((await reader.read()).done).toBe(false);
      expect(niceThreads()).toHaveLength(1);
      await reader.cancel();
      await until(() => niceThreads().length === 0, 'the export thread to stop');
    } finally {
      await threads.close();
    }
  });

  it('stops the thread when the client disconnects mid-download', async () => {
    const threads = new SqliteExportThreads(temp.file);
    const v = await view('');
    const server = http.createServer((req, res) => {
      res.setHeader('Content-Type', 'text/csv');
      // As Next answers a route's Response: the body piped to the socket, the stream cancelled if the client goes.
      pipeline(Readable.fromWeb(threads.stream(v, backend, 'csv', { origin: ORIGIN, batchSize: 20 }) as never, { highWaterMark: 1 }), res).catch(() => {});
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const request = http.get({ host: '127.0.0.1', port, path: '/' });
      const response = await new Promise<http.IncomingMessage>((resolve) => request.on('response', resolve));
      response.pause(); // a client that stops reading: back-pressure, the thread waits
      await until(() => niceThreads().length === 1, 'the export thread to start');
      request.destroy();
      await until(() => niceThreads().length === 0, 'the export thread to stop after the disconnect');
    } finally {
      server.close();
      await threads.close();
    }
  });

  it('makes the export in this process when no thread can start', async () => {
    const threads = new SqliteExportThreads(temp.file, { root: '/nonexistent' });
    try {
      const v = await view('q=lighthouse');
      expect(await text(threads.stream(v, backend, 'csv', { origin: ORIGIN }))).toBe(await text(exportStream(v, backend, 'csv', { origin: ORIGIN })));
    } finally {
      await threads.close();
    }
  });
});
