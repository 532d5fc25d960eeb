// No `server-only` import: scripts (user:create, seed, sync) record history too, under tsx outside Next.
import type { Prisma } from '@/generated/prisma/client';

type Tx = Prisma.TransactionClient;

/** The kinds of record whose changes are kept (the history view's `entityType`). */
export const HISTORY_ENTITIES = ['Question', 'AnswerVersion', 'Meeting', 'Coverage', 'Topic', 'User'] as const;
export type HistoryEntity = (typeof HISTORY_ENTITIES)[number];

export const CHANGE_ACTIONS = ['create', 'update', 'delete', 'restore', 'link', 'unlink', 'withdraw', 'reinstate', 'merge', 'assign'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/** Who made a change: a signed-in user, or a script (sync, seed, import) named for the log. */
export interface Actor {
  id: string | null;
  name: string;
}

export interface ChangeInput {
  entityType: HistoryEntity;
  entityId: number | string;
  action: ChangeAction;
  /** A readable label of the record at the time ("Commons 8024 (11 March 2025)"). */
  summary?: string;
  before?: unknown;
  after?: unknown;
}

/** Values as stored in the log: JSON with dates as ISO strings and keys in a stable order. */
export function historyJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(sortedKeys(value, ''));
}

// The key order (localeCompare's, through one reused collator) per set of keys: the sync writes tens of
// thousands of entries with the same few shapes, and sorting each one's keys anew was most of their cost.
const collator = new Intl.Collator();
const keyOrders = new Map<string, string[]>();

/**
 * `value` as JSON.stringify would see it, with every object's keys sorted: toJSON applied first (dates
 * become ISO strings), arrays kept in order.
 */
function sortedKeys(value: unknown, key: string): unknown {
  let v = value;
  if (v && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON(key: string): unknown }).toJSON(key);
  if (!v || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((item, i) => sortedKeys(item, String(i)));
  const keys = Object.keys(v);
  const shape = keys.join('\u0000');
  let order = keyOrders.get(shape);
  if (!order) {
    order = keys.sort(collator.compare);
    if (keyOrders.size < 500) keyOrders.set(shape, order);
  }
  const out: Record<string, unknown> = {};
  for (const k of order) out[k] = sortedKeys((v as Record<string, unknown>)[k], k);
  return out;
}

/**
 * Appends one entry to the change log inside the write's own transaction, so a change and its history
 * commit together or not at all. Returns the entry's id (the record's new concurrency token).
 */
export async function recordChange(tx: Tx, actor: Actor, change: ChangeInput): Promise<number> {
  const entry = await tx.changeLog.create({
    data: {
      actor: actor.name,
      actorId: actor.id,
      entityType: change.entityType,
      entityId: String(change.entityId),
      action: change.action,
      summary: change.summary ?? null,
      before: historyJson(change.before),
      after: historyJson(change.after),
    },
    select: { id: true },
  });
  return entry.id;
}
