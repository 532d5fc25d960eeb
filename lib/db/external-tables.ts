/**
 * Tables Prisma's schema does not describe but migrations create by hand (full-text search indexes
 * and their shadow tables). Listed here once for prisma.config.ts and the offline migration engine,
 * so the differ never proposes to drop them.
 */

/** The contentless FTS5 question index (prisma/migrations/*_question_search) and every shadow table FTS5 keeps for it. */
export const QUESTION_SEARCH_TABLES = [
  'question_search',
  'question_search_data',
  'question_search_idx',
  'question_search_docsize',
  'question_search_config',
];

export const EXTERNAL_TABLES: string[] = [...QUESTION_SEARCH_TABLES];

/**
 * PostgreSQL's hand-made tables, kept out of its schema diffs the same way: `rate_limits`, the shared
 * counters of the API's rate limit and fair sharing (prisma/postgresql/migrations/*_postgres_shared_limits,
 * lib/db/postgres/postgres-rate-limiter.ts); `search_change`, the change counter behind the search's count
 * cache (*_postgres_search_change, server/search/postgres/postgres-count-cache.ts). Its full-text search (*_postgres_search) adds columns to
 * "Question" instead (POSTGRES_HAND_MADE). SQL of this kind goes in a hand-edited PostgreSQL migration
 * (`npm run db:migrate -- --name <x> --create-only` writes a draft in each dialect's folder to edit).
 */
export const POSTGRES_EXTERNAL_TABLES: string[] = ['rate_limits', 'search_change'];

/**
 * Everything PostgreSQL-only migrations add by hand to Prisma's own tables (a `tsvector` column as
 * "Table.column", its GIN index by name). PostgreSQL's migrations are written from schema-to-schema diffs,
 * which never see these, so no later migration drops them; the test that PostgreSQL's migrations build
 * exactly what its schema describes (lib/migrations/postgres/postgres-migrations.test.ts) leaves them out.
 */
export const POSTGRES_HAND_MADE = {
  /** The weighted search vectors, kept by triggers (server/search/postgres/ reads them). */
  columns: ['Question.searchDocument', 'Question.searchFields'] as string[],
  indexes: [
    'Question_searchDocument_idx',
    'Question_searchFields_idx',
    // heading: words, on to_tsvector of the heading (*_postgres_search_heading).
    'Question_searchHeading_idx',
    // question: single words, on to_tsvector of the text (*_postgres_search_question).
    'Question_searchQuestion_idx',
    // answer: single words, on to_tsvector of each answer version's text (*_postgres_search_answer).
    'AnswerVersion_searchAnswer_idx',
    'Question_undated_answers_idx',
    // The table's orders ending on "id" (*_postgres_table_order_indexes).
    'Question_dateTabled_id_idx',
    'Question_departmentId_dateTabled_id_idx',
    'Question_askingMemberId_dateTabled_id_idx',
    'Question_daysToAnswer_order_idx',
    'Question_dateAnswered_order_idx',
  ] as string[],
};
