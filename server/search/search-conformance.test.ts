import { describe, expect, it } from 'vitest';
import { loadSeedCase } from '@/server/seed/seed-case';
import { setUpDialectSearchDb, type DialectSearchDb } from '@/test/search-test-db';
import { searchQuestionsFromParams, type QuestionSearchResult } from './question-search';

// The same searches on SQLite and PostgreSQL over the same data (loaded through Prisma into each): the
// same matches, the same totals, the same order for every sort but relevance, and the same parts marked
// in the snippets. Relevance order is the one thing allowed to differ (bm25 in FTS5, ts_rank in
// PostgreSQL: docs/postgresql.md, "Search"); its matches and total may not.
const sqlite = setUpDialectSearchDb('sqlite');
const postgres = setUpDialectSearchDb('postgresql');

async function run(db: DialectSearchDb<unknown>, params: string): Promise<QuestionSearchResult | string> {
  const outcome = await searchQuestionsFromParams(new URLSearchParams(params), db.deps());
  return outcome.ok ? outcome.result : `${outcome.status}: ${outcome.message}`;
}

/** What must agree: the rows (in order unless relevance-ranked), the total, which parts are marked, and refusals. */
function comparable(result: QuestionSearchResult | string) {
  if (typeof result === 'string') return { refused: result };
  const rows = result.rows.map((r) => ({
    uin: r.uin,
    marked: r.match ? ['heading', 'question', 'answer'].filter((part) => r.match![part as 'heading'] !== null) : null,
  }));
  const ranked = result.searching && result.sort === 'relevance';
  return { total: result.total, rows: ranked ? rows.sort((a, b) => a.uin.localeCompare(b.uin)) : rows, notices: result.notices, rankedWithin: result.rankedWithin };
}

/** Every syntax form of lib/search/parse-query.ts, every filter, sort and combination the fixture can tell apart. */
const SEARCHES = [
  // words, stemming, case, accents
  'defence', 'Defence', 'DEFENCE', 'defend', 'produced', 'production', 'procurement', 'procure', 'housing', 'houses',
  'cost', 'costs', 'asylum', 'Europe', 'european', 'défence', 'the', 'will', 'E5', 'e5', '2024', 'seven',
  // phrases
  '"joint production"', '"produce jointly"', '"secretary of state"', '"nuclear deterrent"', '"deterrent cost seven"', '"per cent"',
  '"E5 meeting"', '“joint production”', '"joint production" defence',
  // OR, NOT, -
  'drones OR asylum', 'drones OR asylum OR police', 'defence -nuclear', 'defence -nuclear -drones', 'defence NOT nuclear', 'defence NOT "joint production"',
  'defence -heading:drones', '(drones OR asylum) -hotels', 'drones OR', 'NOT', 'defence AND europe',
  // prefixes
  'procure*', 'def*', 'nuc* OR asy*', '"joint produc"*', 'pr*', 'defence -proc*',
  // field words
  'heading:defence', 'title:defence', 'question:defence', 'answer:defence', 'answer:paris', 'question:paris',
  'member:morello', 'member:eagle', 'mp:healey', 'asker:morello', 'asker:eagle', 'askedby:jones', 'answerer:eagle', 'answeredby:healey',
  'minister:morello', 'department:defence', 'dept:treasury', 'department:"home office"', 'meeting:E5', 'meeting:paris', 'meeting:bilateral',
  'heading:defence OR member:jones', 'heading:"armed forces"', 'heading:arm*', 'member:"Maria Eagle"', 'department:defence -heading:drones',
  // heading: words in the headings' own index on PostgreSQL, alone and beside the other vectors' words
  'heading:defence OR drones', 'heading:defence heading:europe', 'heading:defence europe', 'defence -heading:defence', '"armed forces" -heading:"armed forces"',
  'heading:"defence europe"', 'heading:defence -member:jones', 'heading:défence', 'heading:"joint production"', 'heading:nuc* OR question:paris',
  'question:defence europe', 'question:defence OR heading:drones', 'question:proc* -question:nuclear', 'question:"joint production"', 'question:défence',
  'defence -question:defence', 'question:e5', 'question:defence heading:defence', 'question:"joint produc"*', 'heading:"armed for"*',
  'question:"joint production" OR heading:"armed forces"', 'question:"secretary of state" defence',
  // answer: single words in the answer versions' own index on PostgreSQL, phrases on the stored vector
  'answer:defence answer:europe', 'answer:defence OR answer:paris', 'answer:def* -answer:nuclear', 'answer:"joint production"', 'answer:défence',
  'answer:paris heading:defence', 'answer:paris OR heading:drones', 'defence -answer:defence', 'answer:"joint produc"*', 'answer:e5 OR member:jones',
  // filters typed in the box
  'house:lords', 'house:commons defence', 'status:overdue', 'status:awaiting', 'status:answered', 'status:answered -status:corrected',
  'status:holding OR status:withdrawn', 'uin:400', 'uin:100 uin:500', 'defence uin:HL300', 'house:lords -house:lords',
  // odd input, read leniently or refused
  '* defence OR', '"unclosed defence', 'defence:', '^defence$', 'NEAR(defence europe)', '-nuclear', 'e-mail', "Majesty's", 'it’s',
  'x'.repeat(3), '%', '***', 'defence'.padEnd(600, ' x'),
].map((q) => `q=${encodeURIComponent(q)}`);

const FILTERS = [
  '', 'house=lords', 'house=commons', 'member=edward-morello', 'answerer=maria-eagle', 'party=labour', 'department=ministry-of-defence',
  'department=home-office,hm-treasury', 'topic=european-defence-cooperation', 'status=overdue', 'status=awaiting', 'status=holding',
  'status=answered', 'status=corrected&status=withdrawn', 'namedDay=yes', 'namedDay=no', 'coverage=yes', 'coverage=no', 'meeting=yes', 'meeting=no',
  'tabledFrom=2025-03-13&tabledTo=2025-05-28', 'answeredFrom=2025-01-01&answeredTo=2025-01-31', 'dueFrom=2025-06-06', 'dueTo=2025-01-17',
  'member=nobody', 'status=lost',
];

const SORTS = ['relevance', 'dateTabled', 'dateAnswered', 'dateDue', 'uin', 'daysToAnswer', 'status', 'member', 'department'].flatMap((sort) => [`sort=${sort}&dir=asc`, `sort=${sort}&dir=desc`]);

async function expectSame(params: string) {
  const [a, b] = await Promise.all([run(sqlite, params), run(postgres, params)]);
  expect(comparable(b), params).toEqual(comparable(a));
}

describe('search conformance: SQLite and PostgreSQL give the same answers', () => {
  it('for every syntax form of the search box', async () => {
    for (const params of SEARCHES) await expectSame(params);
  });

  it('for every filter, with and without search words', async () => {
    for (const filter of FILTERS) {
      await expectSame(filter);
      await expectSame(`q=defence&${filter}`);
      await expectSame(`q=${encodeURIComponent('answer:* OR heading:defence OR member:morello')}&${filter}`);
    }
  });

  it('for every sort and direction, with and without search words and filters', async () => {
    for (const sort of SORTS) {
      for (const rest of ['', 'q=defence', 'q=defence&department=ministry-of-defence', 'status=awaiting&status=overdue&status=holding']) await expectSame(`${sort}&${rest}`);
    }
  });

  it('page by page', async () => {
    for (const params of ['q=defence&sort=dateTabled', 'sort=status', 'q=defence&sort=member&dir=desc']) {
      for (const page of [1, 2, 3, 4]) await expectSame(`${params}&size=25&page=${page}`);
    }
  });

  it('with a relevance window smaller than the matches (the same matches ranked, the same total)', async () => {
    const [a, b] = [sqlite.backendWith({ rankWindow: 2, countOnWorker: false }), postgres.backendWith({ rankWindow: 2 })];
    try {
      const [ra, rb] = await Promise.all([
        searchQuestionsFromParams(new URLSearchParams('q=defence'), { ...sqlite.deps(), backend: a }),
        searchQuestionsFromParams(new URLSearchParams('q=defence'), { ...postgres.deps(), backend: b }),
      ]);
      expect(comparable(rb.ok ? rb.result : '')).toEqual(comparable(ra.ok ? ra.result : ''));
      // The window is the newest two matches on both; the heading match ranks first on both.
      expect(rb.ok && rb.result.rows.map((r) => r.uin)).toEqual(ra.ok && ra.result.rows.map((r) => r.uin));
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('search conformance on the seed case', () => {
  const seedSqlite = setUpDialectSearchDb('sqlite', loadSeedCase);
  const seedPostgres = setUpDialectSearchDb('postgresql', loadSeedCase);
  it.each(['E5', '"joint production"', 'Paris', 'member:morello', 'department:defence', 'answerer:eagle', 'submarines', 'collaboration', 'defence', 'heading:europe', 'meeting:france'])(
    'finds the same for %s',
    async (q) => {
      const params = `q=${encodeURIComponent(q)}`;
      const [a, b] = await Promise.all([run(seedSqlite, params), run(seedPostgres, params)]);
      expect(comparable(b)).toEqual(comparable(a));
    },
  );
});
