// No `server-only` import: the write path (server/writes) runs under tsx in scripts and tests too.
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { formatDateTime } from '@/lib/dates';
import type { ConflictDetails } from '@/lib/forms/action-state';
import type { HistoryEntity } from './record-change';

type Tx = Prisma.TransactionClient;

/**
 * The newest change-log entry for a record (0 when it was never edited here): the token an edit form
 * carries as `baseChangeId`. Every staff write records history in its own transaction, so a newer entry
 * means someone else saved since the form was loaded.
 */
export async function latestChangeId(tx: Tx | PrismaClient, entityType: HistoryEntity, entityId: number | string): Promise<number> {
  const last = await tx.changeLog.findFirst({ where: { entityType, entityId: String(entityId) }, orderBy: { id: 'desc' }, select: { id: true } });
  return last?.id ?? 0;
}

/** A save refused because the record changed after the form was loaded; carries the newer values. */
export class ConflictError extends Error {
  constructor(readonly details: ConflictDetails) {
    super(`${details.by} saved a newer version at ${details.at}`);
  }
}

/**
 * Refuses the save (ConflictError) when the record has a change newer than `baseChangeId`, describing the
 * record as it is now with `describe`, so the editor sees the newer values instead of overwriting them.
 */
export async function assertUnchangedSince(
  tx: Tx,
  entityType: HistoryEntity,
  entityId: number | string,
  baseChangeId: number,
  describe: () => Promise<{ label: string; value: string }[]>,
): Promise<void> {
  const last = await tx.changeLog.findFirst({
    where: { entityType, entityId: String(entityId) },
    orderBy: { id: 'desc' },
    select: { id: true, actor: true, at: true },
  });
  if (!last || last.id <= baseChangeId) return;
  throw new ConflictError({ by: last.actor, at: formatDateTime(last.at), newer: await describe(), baseChangeId: last.id });
}
