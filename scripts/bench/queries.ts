/**
 * The fixed benchmark searches, from a rare word to a word in about half of all questions, with and
 * without filters. Words come from the demo vocabulary (lib/demo/vocabulary.ts); `matches` in the
 * output shows how selective each one is on the benchmark database. Each has the app's URL parameters
 * and the hand-written FTS5 query the direct yardstick runs (scripts/bench/sqlite/sqlite-direct-search.ts).
 */
import type Database from 'better-sqlite3';
import { londonToday } from '../../lib/dates';
import { statement, type DirectQuery } from './sqlite/sqlite-direct-search';
import type { PostgresDirectQuery } from './postgres/postgres-direct-search';

export const TABLE_DEPARTMENT = 'home-office';


export interface BenchQuery {
  label: string;
  params: string;
  /** The hand-written query; a function when it needs an id from the database (filter tags). */
  direct: DirectQuery | ((db: Database.Database) => DirectQuery);
  /** The hand-written PostgreSQL query for the same work (scripts/bench/postgres/postgres-direct-search.ts). */
  postgres: PostgresDirectQuery;
}

const departmentId = (db: Database.Database) => (db.prepare('SELECT "id" FROM "Department" WHERE "slug" = ?').get(TABLE_DEPARTMENT) as { id: number }).id;

/**
 * The status tags (prisma/migrations/*_question_search_status_tags) for awaiting questions due from
 * today on: one due<day> token per distinct due day, found by seeking the (state, dateDue) index
 * from one day to the next. Run for every search, as the app must (today moves).
 */
function dueTags(db: Database.Database): string {
  const today = londonToday().getTime();
  const days = statement(
    db,
    `WITH RECURSIVE due(v) AS (SELECT min("dateDue") FROM "Question" WHERE "state" = 'AWAITING' AND "dateDue" >= ?
       UNION ALL SELECT (SELECT min("dateDue") FROM "Question" WHERE "state" = 'AWAITING' AND "dateDue" > due.v) FROM due WHERE due.v IS NOT NULL)
     SELECT v / 86400000 AS day FROM due WHERE v IS NOT NULL`,
  ).all(today) as { day: number }[];
  return days.map((d) => `"due${d.day}"`).join(' OR ') || '"snone"';
}

const q = (
  label: string,
  search: string,
  direct: string,
  extra = '',
  filter?: Pick<DirectQuery, 'where' | 'params'>,
  order: DirectQuery['order'] = 'rank',
  withTags?: (words: string, db: Database.Database) => string,
): Omit<BenchQuery, 'postgres'> => ({
  label,
  params: `q=${encodeURIComponent(search)}${extra ? `&${extra}` : ''}`,
  direct: { match: withTags ? (db) => withTags(`(${direct})`, db) : direct, order, ...filter },
});

/** Adds the hand-written PostgreSQL form: `tsquery` as to_tsquery reads it, `where` on Question q. */
const pg = (query: Omit<BenchQuery, 'postgres'>, tsquery: string, where?: string, order?: PostgresDirectQuery['order']): BenchQuery => {
  const sqliteOrder = typeof query.direct === 'function' ? 'rank' : query.direct.order;
  return { ...query, postgres: { tsquery, order: order ?? sqliteOrder, ...(where ? { where, params: where.includes('$2') ? [TODAY] : [] } : {}) } };
};

/** heading: (question:) words matched in the headings' (texts') own index (postgres_search_heading, _question), as the app does. */
const pgField = (query: BenchQuery, column: 'heading' | 'text', tsquery: string): BenchQuery => ({ ...query, postgres: { ...query.postgres, field: { column, tsquery } } });

/** Today in London as PostgreSQL compares it with a timestamp(3) column (UTC without a zone), for $2. */
const TODAY = londonToday().toISOString().slice(0, 23);
/**
 * TABLE_DEPARTMENT's id, written into the statement (postgres-bench-search.ts looks it up once and puts it
 * for `{department}`), as the app resolves the slug before it builds its SQL: the planner then knows how
 * many questions the department holds. Looked up by a subquery instead, the planner guessed, ANDed the
 * word's bitmap with a whole department's and took 24 ms for "cholera" in one department (the app 4 ms).
 */
export const PG_DEPARTMENT_ID = '{department}';
const PG_DEPARTMENT = `q."departmentId" = ${PG_DEPARTMENT_ID}`;
const PG_OVERDUE = `q."state" = 'AWAITING' AND q."dateDue" < $2::timestamp`;
/** SQLite's direct form of "tabled in 2024": the search table's rowids of those days (day number in the high bits). */
const TABLED_2024 = {
  where: 'f."rowid" BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER)',
  params: [(Date.UTC(2024, 0, 1) / 86_400_000 + 100_000) * 4294967296, (Date.UTC(2024, 11, 31) / 86_400_000 + 100_000) * 4294967296 + 4294967295],
};
const PG_2024 = `q."dateTabled" BETWEEN '2024-01-01' AND '2024-12-31'`;

export const BENCH_QUERIES: BenchQuery[] = [
  pg(q('rare word: pryorden', 'pryorden', '"pryorden"'), "'pryorden'"),
  pg(q('rare word: quillfeather (a member)', 'quillfeather', '"quillfeather"'), "'quillfeather'"),
  pg(q('uncommon word: cholera', 'cholera', '"cholera"'), "'cholera'"),
  pg(q('mid word: broadband', 'broadband', '"broadband"'), "'broadband'"),
  pg(q('common word: funding', 'funding', '"funding"'), "'funding'"),
  pg(q('very common word: support', 'support', '"support"'), "'support'"),
  pg(q('phrase: "rural broadband"', '"rural broadband"', '"rural broadband"'), "'rural' <-> 'broadband'"),
  pg(q('phrase: "local authorities"', '"local authorities"', '"local authorities"'), "'local' <-> 'authorities'"),
  pg(q('OR: drones OR satellites', 'drones OR satellites', '("drones" OR "satellites")'), "'drones' | 'satellites'"),
  pg(q('prefix: vaccin*', 'vaccin*', '"vaccin"*'), "'vaccin':*"),
  pg(q('prefix: modern*', 'modern*', '"modern"*'), "'modern':*"),
  pg(q('two words: housing damp', 'housing damp', '"housing" AND "damp"'), "'housing' & 'damp'"),
  pg(q('exclusion: flooding -rivers', 'flooding -rivers', '"flooding" NOT "rivers"'), "'flooding' & !'rivers'"),
  pgField(pg(q('field word: heading:housing', 'heading:housing', '{heading} : "housing"'), "'housing':A"), 'heading', "'housing'"),
  pgField(pg(q('field word: question:housing', 'question:housing', '{question} : "housing"'), "'housing':B"), 'text', "'housing'"),
  pg(q('field word: answer:housing', 'answer:housing', '{answer} : "housing"'), "'housing':C"),
  pgField(
    pg(q('field phrase: heading:"mental health"', 'heading:"mental health"', '{heading} : "mental health"'), "'mental':A <-> 'health':A"),
    'heading',
    "'mental' <-> 'health'",
  ),
  pg(q('date order: support, newest first', 'support', '"support"', 'sort=dateTabled', undefined, 'date'), "'support'"),
  pg(
    {
      label: 'filter: funding + department',
      params: `q=funding&department=${TABLE_DEPARTMENT}`,
      direct: (db) => ({ match: `("funding") AND {tags} : ("d${departmentId(db)}")`, order: 'rank' }),
    },
    "'funding'",
    PG_DEPARTMENT,
  ),
  pg(
    q('filter: support + status overdue', 'support', '"support"', 'status=overdue', undefined, 'rank', (words, db) => `(${words} AND {tags} : "sawaiting") NOT {tags} : (${dueTags(db)})`),
    "'support'",
    PG_OVERDUE,
  ),
  pg(q('filter: support + status answered', 'support', '("support") AND {tags} : ("sanswered" OR "scorrected")', 'status=answered'), "'support'", `q."state" IN ('ANSWERED', 'CORRECTED')`),
  pg(
    q('filter: support + status awaiting (not yet due)', 'support', '"support"', 'status=awaiting', undefined, 'rank', (words, db) => `${words} AND {tags} : (${dueTags(db)})`),
    "'support'",
    `q."state" = 'AWAITING' AND q."dateDue" >= $2::timestamp`,
  ),
  pg(
    {
      ...q('filter: cholera + status overdue', 'cholera', '"cholera"', 'status=overdue', undefined, 'rank', (words, db) => `(${words} AND {tags} : "sawaiting") NOT {tags} : (${dueTags(db)})`),
      direct: { match: (db) => `(("cholera") AND {tags} : "sawaiting") NOT {tags} : (${dueTags(db)})`, rankWords: '"cholera"', order: 'rank' },
    },
    "'cholera'",
    PG_OVERDUE,
  ),
  pg(q('filter: support + house lords', 'support', '("support") AND {tags} : ("hlords")', 'house=lords'), "'support'", `q."house" = 'LORDS'`),
  pg(
    q('filter: broadband + tabled in 2024', 'broadband', '"broadband"', 'tabledFrom=2024-01-01&tabledTo=2024-12-31', TABLED_2024),
    "'broadband'",
    PG_2024,
  ),
  pg(
    q('filter: support + tabled in 2024', 'support', '"support"', 'tabledFrom=2024-01-01&tabledTo=2024-12-31', TABLED_2024),
    "'support'",
    PG_2024,
  ),
  pg(
    {
      label: 'filter: cholera + department, by date',
      params: `q=cholera&department=${TABLE_DEPARTMENT}&sort=dateTabled`,
      direct: (db) => ({ match: `("cholera") AND {tags} : ("d${departmentId(db)}")`, order: 'date' }),
    },
    "'cholera'",
    PG_DEPARTMENT,
    'date',
  ),
];
