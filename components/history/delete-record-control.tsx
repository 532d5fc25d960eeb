import { prisma } from '@/server/db';
import { canEdit } from '@/server/auth/session';
import { describeContents, readSnapshot, type DeletableEntity } from '@/server/history/snapshots';
import { DeleteRecordButton } from './delete-record-button';

const BUTTON: Record<DeletableEntity, string> = {
  Question: 'Delete question',
  AnswerVersion: 'Delete this version',
  Meeting: 'Delete meeting',
  Coverage: 'Delete article',
  Topic: 'Delete topic',
};

/**
 * The Delete control for a record, for editors only (nothing at all for readers, so cached pages never
 * hold it): the confirmation names what the delete takes with it, read the same way the delete reads it.
 */
export async function DeleteRecordControl({ entityType, id }: { entityType: DeletableEntity; id: number }) {
  if (!(await canEdit())) return null;
  const snapshot = await readSnapshot(prisma, entityType, id);
  if (!snapshot) return null;
  return <DeleteRecordButton entityType={entityType} id={id} label={snapshot.label} contents={describeContents(snapshot)} buttonLabel={BUTTON[entityType]} />;
}
