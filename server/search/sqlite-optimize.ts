import { openSqlite } from '@/lib/db/sqlite-pragmas';

/**
 * Merges the index into one b-tree and drops deleted entries (FTS5 'optimize'), then refreshes the
 * planner's statistics. For after a bulk load: day to day, FTS5's automerge keeps the index in shape.
 */
export function optimizeQuestionSearch(file: string): void {
  const db = openSqlite(file, { fileMustExist: true });
  try {
    db.exec("INSERT INTO question_search (question_search) VALUES ('optimize')");
    db.exec('ANALYZE');
  } finally {
    db.close();
  }
}
