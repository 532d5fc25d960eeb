import 'server-only';
import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { forbidden, redirect, unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import type { Role } from '@/lib/auth/roles';
import type { ActionState, FieldErrors } from '@/lib/forms/action-state';
import { formDataToObject } from '@/lib/forms/form-data';
import { requireRole, type CurrentUser } from '@/server/auth/session';
import { prisma } from '@/server/db';
import { ConflictError } from '@/server/history/concurrency';
import { recordChange, type Actor, type ChangeInput } from '@/server/history/record-change';
import { isCrossSite } from '@/lib/http/same-origin';

/**
 * The one path every staff write takes (Server Actions and mutating route handlers alike):
 *   1. refuse cross-site requests (403);
 *   2. check the role on the server (401 signed out, 403 without the role): the proxy is never trusted;
 *   3. validate the input with the entity's shared zod schema (field errors, typed values kept);
 *   4. run the business step in one transaction, with a history recorder: the change and its history
 *      commit together, and a write that records no history is a bug and is rolled back.
 * Expected refusals (FormError, ConflictError, NotFoundError) come back as an ActionState; anything else is
 * logged and reported as "nothing was saved", never a 500 with a stack trace.
 */
export interface StaffContext {
  tx: Prisma.TransactionClient;
  user: CurrentUser;
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

/** Steps 1–4 for an already-parsed body: shared by Server Actions and route handlers. */
export async function runStaffWrite<S extends z.ZodType>(options: StaffWriteOptions<S>, raw: unknown): Promise<WriteResult> {
  const h = await headers();
  if (isCrossSite((name) => h.get(name))) forbidden();
  const user = await requireRole(options.role);
  return executeStaffWrite(prisma, options, raw, user);
}

/**
 * Steps 3–4 for a user whose role has been checked: validation, the transaction, the history. Kept apart
 * from the request so tests and `npm run bench:write` run the exact write path on their own database.
 */
export async function executeStaffWrite<S extends z.ZodType>(db: PrismaClient, options: StaffWriteOptions<S>, raw: unknown, user: CurrentUser): Promise<WriteResult> {
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
    const outcome = await db.$transaction(
      async (tx) => {
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
    return { state: { status: 'ok', message: outcome?.message ?? 'Saved.' }, redirectTo: outcome?.redirectTo };
  } catch (error) {
    unstable_rethrow(error);
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
    if (isBusy(error)) {
      return { state: { status: 'error', message: 'Someone else was saving at the same moment: nothing was saved. Save again.', values } };
    }
    console.error('Staff write failed:', error);
    return { state: { status: 'error', message: 'The server could not save this: nothing was changed. Try again, or tell an admin if it keeps happening.', values } };
  }
}

function isBusy(error: unknown): boolean {
  const text = String((error as { message?: unknown })?.message ?? '');
  return /SQLITE_BUSY|database is locked|could not serialize/i.test(text);
}

/**
 * A Server Action for a form (`useActionState(action, IDLE_STATE)`): the form's fields are read into a
 * plain object and go through runStaffWrite. On success it redirects (when the step names a page) or
 * refreshes the current page so every view shows the change at once.
 */
export function staffAction<S extends z.ZodType>(options: StaffWriteOptions<S>) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const { state, redirectTo } = await runStaffWrite(options, formDataToObject(formData));
    if (state.status === 'ok') {
      if (redirectTo) redirect(redirectTo);
      refresh();
    }
    return state;
  };
}
