/**
 * What the alert outbox does in SQL only one database understands, chosen by the client's dialect:
 * inserting a run's deliveries in one statement, and matching saved searches' words against the new
 * questions only.
 */
import type { Prisma } from '@/generated/prisma/client';
import { byDialect, type DatabaseTarget } from '@/lib/db/database-url';
import { clientTarget, type PrismaClient } from '@/lib/db/prisma-client';
import type { ParsedSearch } from '@/lib/search/parse-query';
import type { PlannedDelivery } from './match';
import { PostgresNewQuestionText } from './postgres/postgres-alert-text';
import { insertDeliveries as postgresInsert } from './postgres/postgres-delivery-insert';
import { NewQuestionText } from './sqlite/sqlite-alert-text';
import { insertDeliveries as sqliteInsert } from './sqlite/sqlite-delivery-insert';

/** The new questions' text, for saved searches with words. */
export interface QuestionText {
  /** The new questions whose text matches the search's words, as the table search would match them. */
  matching(text: ParsedSearch): Set<number> | Promise<Set<number>>;
  close(): void | Promise<void>;
}

export interface AlertDialect {
  insertDeliveries(tx: Prisma.TransactionClient, rows: readonly PlannedDelivery[]): Promise<void>;
  /** Each dialect reads the documents through a connection of its own to `database`. */
  questionText(database: DatabaseTarget, questionIds: readonly number[]): QuestionText;
}

const sqlite: AlertDialect = {
  insertDeliveries: sqliteInsert,
  questionText(database, questionIds) {
    return byDialect(database, {
      sqlite: ({ file }) => new NewQuestionText(file, questionIds),
      postgresql: () => {
        throw new Error('Matching saved searches on SQLite needs the SQLite database file.');
      },
    });
  },
};

const postgresql: AlertDialect = {
  insertDeliveries: postgresInsert,
  questionText(database, questionIds) {
    return byDialect<QuestionText>(database, {
      sqlite: () => {
        throw new Error('Matching saved searches on PostgreSQL needs its postgres:// URL.');
      },
      postgresql: ({ url }) => new PostgresNewQuestionText(url, questionIds),
    });
  },
};

export function alertDialect(db: PrismaClient): AlertDialect {
  return byDialect(clientTarget(db), { sqlite: () => sqlite, postgresql: () => postgresql });
}
