/**
 * What the alert outbox does in SQL only one database understands, chosen by the client's dialect:
 * inserting a run's deliveries in one statement, and matching saved searches' words against the new
 * questions only.
 */
import type { Prisma } from '@/generated/prisma/client';
import { clientDialect, type PrismaClient } from '@/lib/db/prisma-client';
import type { ParsedSearch } from '@/lib/search/parse-query';
import type { PlannedDelivery } from './match';
import { insertDeliveries as postgresInsert } from './postgres-delivery-insert';
import { NewQuestionText } from './sqlite-alert-text';
import { insertDeliveries as sqliteInsert } from './sqlite-delivery-insert';

/** The new questions' text, for saved searches with words. */
export interface QuestionText {
  /** The new questions whose text matches the search's words, as the table search would match them. */
  matching(text: ParsedSearch): Set<number> | Promise<Set<number>>;
  close(): void;
}

export interface AlertDialect {
  insertDeliveries(tx: Prisma.TransactionClient, rows: readonly PlannedDelivery[]): Promise<void>;
  /** `dbFile`: SQLite reads the documents through a connection of its own. */
  questionText(dbFile: string | null, questionIds: readonly number[]): QuestionText;
}

const sqlite: AlertDialect = {
  insertDeliveries: sqliteInsert,
  questionText(dbFile, questionIds) {
    if (!dbFile) throw new Error('Matching saved searches on SQLite needs the database file.');
    return new NewQuestionText(dbFile, questionIds);
  },
};

const postgresql: AlertDialect = {
  insertDeliveries: postgresInsert,
  questionText() {
    // Words mean what the table search makes of them, and PostgreSQL's full-text search (issue 13,
    // server/search) is not there yet: refuse plainly rather than alert on a different reading.
    throw new Error('Saved searches with words need the PostgreSQL search, which is not built yet: only filter-only searches and follows are matched on PostgreSQL.');
  },
};

export function alertDialect(db: PrismaClient): AlertDialect {
  return clientDialect(db) === 'postgresql' ? postgresql : sqlite;
}
