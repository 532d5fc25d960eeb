/**
 * The staff write path apart from the request: validation with the entity's shared schema, one
 * transaction that takes the write lock first, the business step, mandatory history, and refusals that
 * keep what was typed. server/actions/staff-action.ts puts the request checks (cross-site, role) in
 * front of it; tests and `npm run bench:write` run it directly on their own database. No `server-only`
 * or Next import, so scripts and child processes can run it under tsx.
 */
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import type { Role } from '@/lib/auth/roles';
import type { ActionState, FieldErrors } from '@/lib/forms/action-state';
import type { z } from '@/lib/validation/zod';
import { ConflictError } from '@/server/history/concurrency';
import { recordChange, type Actor, type ChangeInput } from '@/server/history/record-change';
import { isWriteLockBusy, writeLockFor } from './write-lock';

/** The signed-in user a write is made for (server/auth/session.ts's CurrentUser). */
export interface WriteUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface StaffContext {
  tx: Prisma.TransactionClient;
  user: WriteUser;
  actor: Actor;
  /** Records a change in the history (inside this transaction); returns the entry id. */
  record: (change: ChangeInput) => Promise<number>;
}

export interface StaffOutcome {
  message?: string;
  /** Where to send the editor after saving (the record's page); otherwise the current page refreshes. */
  redirectTo?: string;
}

/** An expected refusal with a message for the form and, optionally, errors per field. */
export class FormError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}

/** The record the action names does not exist (or no longer does). */
export class NotFoundError extends FormError {}

export interface StaffWriteOptions<S extends z.ZodType> {
  role: Role;
  schema: S;
  run: (input: z.output<S>, ctx: StaffContext) => Promise<StaffOutcome | void>;
}

export type WriteResult = { state: ActionState; redirectTo?: string };

/**
 * Steps 3–4 for a user whose role has been checked: validation, the transaction, the history. Kept apart
 * from the request so tests and `npm run bench:write` run the exact write path on their own database.
 */
export async function executeStaffWrite<S extends z.ZodType>(db: PrismaClient, options: StaffWriteOptions<S>, raw: unknown, user: WriteUser): Promise<WriteResult> {
  const values = (raw && typeof raw === 'object' ? raw : {}) as ActionState['values'];
  const parsed = options.schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.length ? String(issue.path[0]) : '_form';
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { state: { status: 'error', message: 'Check the highlighted fields: nothing was saved.', fieldErrors, values } };
  }
  const actor: Actor = { id: user.id, name: user.name };
  try {
    let recorded = 0;
    const lock = writeLockFor(db);
    const outcome = await lock.retry(() => {
      recorded = 0;
      return db.$transaction(
        async (tx) => {
          // The write lock first, so concurrent saves queue and each reads fresh values for its
          // conflict check (server/writes/write-lock.ts says why, and how each database takes it).
          await lock.take(tx);
          const result = await options.run(parsed.data, {
            tx,
            user,
            actor,
            record: (change) => {
              recorded++;
              return recordChange(tx, actor, change);
            },
          });
          if (recorded === 0) throw new Error('A staff write recorded no history: refused.');
          return result;
        },
        { maxWait: 10_000, timeout: 30_000 },
      );
    });
    return { state: { status: 'ok', message: outcome?.message ?? 'Saved.' }, redirectTo: outcome?.redirectTo };
  } catch (error) {
    // Next's own interrupts (redirect, notFound, forbidden) are not failures of the write: pass them on.
    if (isNextInterrupt(error)) throw error;
    if (error instanceof ConflictError) {
      return {
        state: {
          status: 'conflict',
          message: `Not saved: ${error.details.by} saved a newer version at ${error.details.at}. Compare it with yours below; save again to replace it.`,
          conflict: error.details,
          values,
        },
      };
    }
    if (error instanceof FormError) return { state: { status: 'error', message: error.message, fieldErrors: error.fieldErrors, values } };
    if (isWriteLockBusy(error)) {
      return { state: { status: 'error', message: 'Someone else was saving at the same moment: nothing was saved. Save again.', values } };
    }
    console.error('Staff write failed:', error);
    return { state: { status: 'error', message: 'The server could not save this: nothing was changed. Try again, or tell an admin if it keeps happening.', values } };
  }
}

/** Next's redirect/notFound/forbidden/unauthorized errors carry a digest starting NEXT_. */
function isNextInterrupt(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && digest.startsWith('NEXT_');
}
