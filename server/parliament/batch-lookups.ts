/**
 * The reads a sync batch makes inside its transaction, after the write lock, to sort its records into new,
 * changed and unchanged (server/parliament/write-batch.ts). Each dialect has its own
 * (sqlite-batch-lookups.ts, postgres-batch-lookups.ts), chosen by server/parliament/sync-dialect.ts.
 */
import type { House } from '@/generated/prisma/enums';

export interface StoredRecord {
  parliamentId: number;
  questionId: number;
  listHash: string;
  payload: string;
}

/** The batch's three reads, on its transaction (server/parliament/sync-dialect.ts picks a dialect's). */
export interface BatchLookups {
  /** The stored API records of those of `parliamentIds` already imported. */
  storedRecords(parliamentIds: readonly number[]): StoredRecord[] | Promise<StoredRecord[]>;
  /** The questions (their ids) carrying these Parliament ids. */
  questionsByParliamentId(parliamentIds: readonly number[]): { id: number; parliamentId: number }[] | Promise<{ id: number; parliamentId: number }[]>;
  /** Every question with one of these UINs (either House, any date), with Parliament's key. */
  questionsByUin(uins: readonly string[]): KeyedQuestion[] | Promise<KeyedQuestion[]>;
}

export interface KeyedQuestion {
  id: number;
  house: House;
  uin: string;
  dateTabled: Date;
  parliamentId: number | null;
}
