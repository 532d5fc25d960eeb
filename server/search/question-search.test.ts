import { describe, expect, it } from 'vitest';
import { hasMark } from '@/lib/search/segments';
import { parseQuestionQuery } from '@/lib/validation/question-query';
import { setUpDialectSearchDb } from '@/test/search-test-db';
import { DIALECTS } from '@/test/test-database';
import { prepareView, searchQuestionsFromParams, type QuestionSearchResult } from './question-search';

describe.each(DIALECTS)('on %s', (dialect) => {
  // Every view on SQLite and on PostgreSQL, over the same fixture (the conformance suite compares the two directly).
  const db = setUpDialectSearchDb(dialect);

  async function view(params: string): Promise<QuestionSearchResult> {
    const outcome = await searchQuestionsFromParams(new URLSearchParams(params), db.deps());
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.result;
  }
  const uins = async (params: string) => (await view(params)).rows.map((r) => r.uin);
  const set = async (params: string) => (await uins(params)).sort();
  async function problem(params: string): Promise<string> {
    const outcome = await searchQuestionsFromParams(new URLSearchParams(params), db.deps());
    if (outcome.ok) throw new Error(`expected ${params} to be refused`);
    expect(outcome.status).toBe(400);
    return outcome.message;
  }

  describe('questions table: filters', () => {
    it('lists every question newest first by default, with the total', async () => {
      const result = await view('');
      expect(result.rows.map((r) => r.uin)).toEqual(['700', 'HL300', '200', '600', '100', '400', '500']);
      expect(result.total).toBe(7);
      expect(result.sort).toBe('dateTabled');
    });

    it('filters by house', async () => {
      expect(await set('house=lords')).toEqual(['HL300']);
      expect(await set('house=commons')).toHaveLength(6);
    });

    it('filters by asking member and answering member', async () => {
      expect(await set('member=edward-morello')).toEqual(['100', '400', '600', '700']);
      expect(await set('answerer=maria-eagle')).toEqual(['100', '400']);
      expect(await set('answerer=john-healey')).toEqual(['500']);
      expect(await set('member=edward-morello&member=alice-jones')).toEqual(['100', '200', '400', '500', '600', '700']);
    });

    it('filters by party of the asking member', async () => {
      expect(await set('party=liberal-democrat')).toEqual(['100', '400', '600', '700']);
      expect(await set('party=conservative')).toEqual(['HL300']);
    });

    it('filters by department', async () => {
      expect(await set('department=ministry-of-defence')).toEqual(['100', '400', '500', '700']);
      expect(await set('department=home-office,hm-treasury')).toEqual(['200', '600', 'HL300']);
    });

    it('filters by status, overdue included', async () => {
      expect(await set('status=overdue')).toEqual(['200']);
      expect(await set('status=awaiting')).toEqual(['700', 'HL300']);
      expect(await set('status=holding')).toEqual(['400']);
      // A corrected question was answered: "answered" includes it; "corrected" picks out just those.
      expect(await set('status=answered')).toEqual(['100', '500']);
      expect(await set('status=corrected')).toEqual(['500']);
      expect(await set('status=answered&status=corrected')).toEqual(['100', '500']);
      // The same meaning typed in the search box, and "answered but never corrected" with an exclusion.
      expect(await set('q=status:answered')).toEqual(['100', '500']);
      expect(await set('q=status:answered -status:corrected')).toEqual(['100']);
      expect(await set('q=status:corrected&status=answered')).toEqual(['500']);
      expect(await set('status=withdrawn')).toEqual(['600']);
      expect(await set('status=overdue&status=holding')).toEqual(['200', '400']);
    });

    it('filters by named day, coverage, cited meetings and topic', async () => {
      expect(await set('namedDay=yes')).toEqual(['HL300']);
      expect(await set('namedDay=no')).toHaveLength(6);
      expect(await set('coverage=yes')).toEqual(['100']);
      expect(await set('coverage=no')).toHaveLength(6);
      expect(await set('meeting=yes')).toEqual(['100']);
      expect(await set('topic=european-defence-cooperation')).toEqual(['100']);
    });

    it('filters by date ranges, bounds included', async () => {
      expect(await set('tabledFrom=2025-05-01&tabledTo=2025-05-28')).toEqual(['200', 'HL300']);
      expect(await set('answeredFrom=2025-01-01&answeredTo=2025-01-31')).toEqual(['500']);
      expect(await set('dueFrom=2025-06-06')).toEqual(['700', 'HL300']);
      expect(await set('dueTo=2025-01-17')).toEqual(['500']);
    });

    it('combines filters', async () => {
      expect(await set('department=ministry-of-defence&member=edward-morello&status=awaiting')).toEqual(['700']);
      expect(await set('department=ministry-of-defence&tabledFrom=2025-02-01&answerer=maria-eagle')).toEqual(['100', '400']);
      expect(await set('house=lords&status=answered')).toEqual([]);
    });
  });

  describe('questions table: sorts and pages', () => {
    it('sorts by each column in both directions', async () => {
      expect(await uins('sort=dateTabled&dir=asc')).toEqual(['500', '400', '100', '600', '200', 'HL300', '700']);
      expect(await uins('sort=dateDue&dir=asc')).toEqual(['500', '400', '100', '600', '200', '700', 'HL300']);
      expect(await uins('sort=dateAnswered&dir=desc')).toEqual(['100', '500', '700', 'HL300', '200', '600', '400']);
      expect((await uins('sort=dateAnswered&dir=asc')).slice(0, 2)).toEqual(['500', '100']);
      expect(await uins('sort=uin&dir=asc')).toEqual(['100', '200', '400', '500', '600', '700', 'HL300']);
      expect((await uins('sort=daysToAnswer&dir=asc')).slice(0, 2)).toEqual(['100', '500']);
      expect((await uins('sort=daysToAnswer&dir=desc')).slice(0, 2)).toEqual(['500', '100']);
      expect(await uins('sort=member&dir=asc')).toEqual(['200', '500', '700', '600', '100', '400', 'HL300']);
      expect((await uins('sort=department&dir=asc'))[0]).toBe('HL300');
      expect((await uins('sort=department&dir=desc')).slice(0, 4)).toEqual(['700', '100', '400', '500']);
    });

    it('sorts by status most urgent first, each group in its useful order, with or without search words', async () => {
      expect(await uins('sort=status&dir=asc')).toEqual(['200', '700', 'HL300', '400', '100', '500', '600']);
      expect((await view('sort=status&dir=asc')).rows.map((r) => r.status)).toEqual(['overdue', 'awaiting', 'awaiting', 'holding', 'answered', 'corrected', 'withdrawn']);
      expect(await uins('sort=status&dir=desc')).toEqual(['600', '500', '100', '400', '700', 'HL300', '200']);
      expect(await uins('q=defence&sort=status&dir=asc')).toEqual(['700', 'HL300', '400', '100', '500']);
      expect(await uins('q=defence&sort=status&dir=desc')).toEqual(['500', '100', '400', '700', 'HL300']);
      expect(await uins('sort=status&dir=asc&department=ministry-of-defence')).toEqual(['700', '400', '100', '500']);
    });

    it('cuts small pages across status groups and search results without overlap', async () => {
      for (const params of ['sort=status&dir=asc', 'sort=status&dir=desc', 'q=defence&sort=status', 'sort=member', 'q=defence&sort=dateTabled', 'q=defence']) {
        const parsed = parseQuestionQuery(new URLSearchParams(params));
        if (!parsed.ok) throw new Error(parsed.message);
        const prepared = await prepareView(parsed.query, db.deps());
        if (!prepared.ok) throw new Error(prepared.message);
        const whole = (await db.backend.search({ ...prepared.view.plan, offset: 0, limit: 100 })).records.map((r) => r.uin);
        const paged: string[] = [];
        for (let offset = 0; offset < whole.length + 2; offset += 2) paged.push(...(await db.backend.search({ ...prepared.view.plan, offset, limit: 2 })).records.map((r) => r.uin));
        expect(paged, params).toEqual(whole);
      }
    });

    it('pages with a stable total, and an empty page past the end', async () => {
      const all = await uins('sort=dateTabled');
      const first = await view('size=25&page=1');
      expect(first.pageCount).toBe(1);
      expect(first.rows.map((r) => r.uin)).toEqual(all);
      const beyond = await view('page=3');
      expect(beyond.rows).toEqual([]);
      expect(beyond.total).toBe(7);
    });

    it('returns rows the table can show: status, names, placeholders, demo flag', async () => {
      expect((await view('status=overdue')).rows[0]).toMatchObject({ uin: '200', status: 'overdue', daysOverdue: 24 });
      const [row] = (await view('member=edward-morello&status=answered')).rows;
      expect(row).toMatchObject({
        uin: '100',
        href: '/questions/commons/2025-03-13/100',
        status: 'answered',
        member: { name: 'Edward Morello', slug: 'edward-morello', href: '/members/edward-morello', party: { name: 'Liberal Democrat', abbreviation: 'LD', colour: null } },
        department: { name: 'Ministry of Defence', shortName: 'MoD', slug: 'ministry-of-defence', href: '/departments/ministry-of-defence' },
        daysToAnswer: 7,
        daysOverdue: null,
        isDemo: true,
        match: null,
      });
      expect(row!.dateTabled.toISOString()).toBe('2025-03-13T00:00:00.000Z');
    });
  });

  describe('questions table: full-text search', () => {
    it('finds the Morello question by E5, "joint production" and Paris', async () => {
      for (const q of ['E5', '"joint production"', 'Paris', 'member:morello paris', 'meeting:E5', 'department:defence "joint production"']) {
        expect(await uins(`q=${encodeURIComponent(q)}`), q).toEqual(['100']);
      }
    });

    it('ranks a heading match above a body match', async () => {
      // "defence" is in 100's heading, in HL300's heading and in the bodies of 400, 500 and 700.
      const ranked = await uins('q=defence');
      expect(ranked.slice(0, 2).sort()).toEqual(['100', 'HL300']);
      expect(ranked).toHaveLength(5);
    });

    it('sorts search results by date and by other columns, and counts them', async () => {
      const byDate = await view('q=defence&sort=dateTabled&dir=desc');
      expect(byDate.rows.map((r) => r.uin)).toEqual(['700', 'HL300', '100', '400', '500']);
      expect(byDate.total).toBe(5);
      expect(await uins('q=defence&sort=dateTabled&dir=asc')).toEqual(['500', '400', '100', 'HL300', '700']);
      expect(await uins('q=defence&sort=uin&dir=desc')).toEqual(['HL300', '700', '500', '400', '100']);
    });

    it('combines search with filters and a tabled-date range, and pages through them', async () => {
      expect(await set('q=defence&department=ministry-of-defence&status=awaiting')).toEqual(['700']);
      expect(await set('q=defence&tabledFrom=2025-03-13&tabledTo=2025-05-28')).toEqual(['100', 'HL300']);
      const page2 = await view('q=defence&sort=dateTabled&size=25&page=1');
      expect(page2.total).toBe(5);
    });

    it('applies house:, status: and uin: typed in the search box', async () => {
      expect(await set('q=defence%20house:lords')).toEqual(['HL300']);
      expect(await set(`q=${encodeURIComponent('status:overdue')}`)).toEqual(['200']);
      expect(await set(`q=${encodeURIComponent('uin:400')}`)).toEqual(['400']);
      expect(await set(`q=${encodeURIComponent('house:lords')}&house=commons`)).toEqual([]);
    });

    it('searches every answer version and excludes words', async () => {
      expect(await set('q=six')).toEqual(['500']);
      expect(await set('q=seven')).toEqual(['500']);
      expect(await set(`q=${encodeURIComponent('defence -nuclear -drones')}`)).toEqual(['100', '700', 'HL300']);
      expect(await set(`q=${encodeURIComponent('drones OR asylum')}`)).toEqual(['200', '400']);
      expect(await set(`q=${encodeURIComponent('procure*')}`)).toEqual(['100', '400']);
    });

    it('returns highlighted snippets saying whether the question or the answer matched', async () => {
      const [row] = (await view('q=paris')).rows;
      expect(hasMark(row!.match!.answer)).toBe(true);
      expect(row!.match!.question).toBeNull();
      expect(row!.match!.answer!.filter((s) => s.mark).map((s) => s.text)).toEqual(['Paris']);
      const [heading] = (await view('q=europe')).rows;
      expect(heading!.match!.heading!.find((s) => s.mark)?.text).toBe('Europe');
      const [both] = (await view(`q=${encodeURIComponent('"joint production"')}`)).rows;
      expect(hasMark(both!.match!.question)).toBe(true);
      expect(hasMark(both!.match!.answer)).toBe(true);
    });

    it('ranks only the newest matches of a very common word, and says so', async () => {
      const windowed = db.backendWith({ rankWindow: 2 });
      try {
        const outcome = await searchQuestionsFromParams(new URLSearchParams('q=defence'), { ...db.deps(), backend: windowed });
        if (!outcome.ok) throw new Error(outcome.message);
        expect(outcome.result.rankedWithin).toBe(2);
        expect(outcome.result.total).toBe(5);
        expect(outcome.result.rows.map((r) => r.uin)).toEqual(['HL300', '700']); // heading match first
        const byDate = await searchQuestionsFromParams(new URLSearchParams('q=defence&sort=dateTabled'), { ...db.deps(), backend: windowed });
        expect(byDate.ok && byDate.result.rows).toHaveLength(5);
        expect(byDate.ok && byDate.result.rankedWithin).toBeNull();
      } finally {
        await windowed.close();
      }
      expect((await view('q=defence')).rankedWithin).toBeNull();
    });

    it('ranks a search in the same order once its total is known, whether or not the window cuts it', async () => {
      // A repeated search reuses its total (PostgreSQL's count cache) and, when the window does not cut
      // the matches, ranks them without the window's newest-first cut: the same rows in the same order
      // as a backend that counts every time (and so always takes the window's form).
      for (const rankWindow of [2, 10]) {
        const kept = db.backendWith({ rankWindow });
        const counted = db.backendWith({ rankWindow, countCache: 0 });
        try {
          const run = async (backend: typeof kept, params: string) => {
            const outcome = await searchQuestionsFromParams(new URLSearchParams(params), { ...db.deps(), backend });
            if (!outcome.ok) throw new Error(outcome.message);
            return { total: outcome.result.total, rankedWithin: outcome.result.rankedWithin, uins: outcome.result.rows.map((r) => r.uin) };
          };
          for (const params of ['q=defence', `q=${encodeURIComponent('defence OR drones')}`, 'q=defence&house=commons']) {
            const want = await run(counted, params);
            expect(want.uins.length, params).toBeGreaterThan(1);
            expect(await run(kept, params), params).toEqual(want);
            expect(await run(kept, params), `${params}, total kept`).toEqual(want);
          }
        } finally {
          await Promise.all([kept.close(), counted.close()]);
        }
      }
    });

    it('reports what the parser ignored, and an empty search lists everything', async () => {
      const result = await view(`q=${encodeURIComponent('* defence OR')}`);
      expect(result.notices.length).toBeGreaterThan(0);
      expect(result.total).toBe(5);
      expect((await view(`q=${encodeURIComponent('*')}`)).total).toBe(7);
    });
  });

  describe('questions table: bad input', () => {
    it('refuses malformed parameters with a message naming them', async () => {
      expect(await problem('status=lost')).toMatch(/Status: use awaiting/);
      expect(await problem('tabledFrom=2025-02-30')).toMatch(/not a date/);
      expect(await problem('tabledFrom=2025-03-01&tabledTo=2025-02-01')).toMatch(/after/);
      expect(await problem('size=30')).toMatch(/25, 50, 100/);
      expect(await problem('page=0')).toMatch(/page must be a whole number from 1 to 100,000/);
      // One numeric parser (lib/validation/number-param.ts): no hex, no exponents, the schema's own limit.
      expect(await problem('page=0x10')).toMatch(/page must be a whole number from 1 to 100,000/);
      expect(await problem('page=1e3')).toMatch(/page must be a whole number from 1 to 100,000/);
      expect(await problem('page=1000000')).toMatch(/page must be a whole number from 1 to 100,000/);
      expect(await problem('size=0x19')).toMatch(/25, 50, 100/);
      expect(await problem('colour=red')).toMatch(/unknown parameter “colour”/);
      expect(await problem('sort=a&sort=b')).toMatch(/more than once/);
      expect(await problem('member=nobody')).toMatch(/no asking member has the address “nobody”/);
      expect(await problem(`q=${encodeURIComponent('-nuclear')}`)).toMatch(/at least one word/);
    });

    it('treats blank form fields as absent', () => {
      const parsed = parseQuestionQuery(new URLSearchParams('q=&house=&tabledFrom=&status='));
      expect(parsed.ok).toBe(true);
    });
  });
});
