import 'server-only';
import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import type { z } from '@/lib/validation/zod';
import type { ActionState } from '@/lib/forms/action-state';
import { formDataToObject } from '@/lib/forms/form-data';
import { isCrossSite } from '@/lib/http/same-origin';
import { requireRole } from '@/server/auth/session';
import { prisma } from '@/server/db';
import { executeStaffWrite, type StaffWriteOptions, type WriteResult } from '@/server/writes/execute-staff-write';

// The names every action file uses, from one place.
export { FormError, NotFoundError, executeStaffWrite, type StaffContext, type StaffOutcome, type StaffWriteOptions } from '@/server/writes/execute-staff-write';

/**
 * The one path every staff write takes (Server Actions and mutating route handlers alike):
 *   1. refuse cross-site requests (403);
 *   2. check the role on the server (401 signed out, 403 without the role): the proxy is never trusted;
 *   3. validate the input with the entity's shared zod schema (field errors, typed values kept);
 *   4. run the business step in one transaction, with a history recorder: the change and its history
 *      commit together, and a write that records no history is a bug and is rolled back.
 * Expected refusals (FormError, ConflictError, NotFoundError) come back as an ActionState; anything else is
 * logged and reported as "nothing was saved", never a 500 with a stack trace. Steps 3–4 live in
 * server/writes/execute-staff-write.ts.
 */

/** Steps 1–4 for an already-parsed body: shared by Server Actions and route handlers. */
export async function runStaffWrite<S extends z.ZodType>(options: StaffWriteOptions<S>, raw: unknown): Promise<WriteResult> {
  const h = await headers();
  if (isCrossSite((name) => h.get(name))) forbidden();
  const user = await requireRole(options.role);
  return executeStaffWrite(prisma, options, raw, user);
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
