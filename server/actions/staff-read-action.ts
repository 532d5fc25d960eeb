import 'server-only';
import { headers } from 'next/headers';
import { forbidden } from 'next/navigation';
import type { Role } from '@/lib/auth/roles';
import type { ActionState, FieldErrors } from '@/lib/forms/action-state';
import { formDataToObject } from '@/lib/forms/form-data';
import { isCrossSite } from '@/lib/http/same-origin';
import type { z } from '@/lib/validation/zod';
import { requireRole, type CurrentUser } from '@/server/auth/session';
import { prisma } from '@/server/db';
import { FormError } from '@/server/writes/execute-staff-write';

/** A read-only staff step's answer: the usual form state, and its result when it worked. */
export interface ReadState<R> extends ActionState {
  result?: R;
}

export interface StaffReadOptions<S extends z.ZodType, R> {
  role: Role;
  schema: S;
  /** Reads the form into the object the schema validates (files are read here); a state refuses early. */
  toInput: (formData: FormData) => Promise<{ input: Record<string, unknown> } | { refused: ActionState }>;
  read: (input: z.output<S>, ctx: { db: typeof prisma; user: CurrentUser }) => Promise<R>;
}

/**
 * A Server Action that looks before anyone writes (the meetings import's preview): the same request
 * checks as staffAction — cross-site refused, the role checked on the server (401/403), the input
 * validated with the shared schema — but no transaction and no history, because nothing is written.
 * Writes never come this way: they go through staffAction, which refuses a write that records no history.
 */
export function staffReadAction<S extends z.ZodType, R>(options: StaffReadOptions<S, R>) {
  return async (_previous: ReadState<R>, formData: FormData): Promise<ReadState<R>> => {
    const h = await headers();
    if (isCrossSite((name) => h.get(name))) forbidden();
    const user = await requireRole(options.role);
    const read = await options.toInput(formData);
    if ('refused' in read) return read.refused;
    // What was typed, kept after a refusal (files are not: a browser cannot be given one back).
    const values = formDataToObject(formData);
    const parsed = options.schema.safeParse(read.input);
    if (!parsed.success) {
      const fieldErrors: FieldErrors = {};
      for (const issue of parsed.error.issues) (fieldErrors[issue.path.length ? String(issue.path[0]) : '_form'] ??= []).push(issue.message);
      return { status: 'error', message: 'Check the highlighted fields: nothing was read.', fieldErrors, values };
    }
    try {
      return { status: 'ok', result: await options.read(parsed.data, { db: prisma, user }) };
    } catch (error) {
      if (error instanceof FormError) return { status: 'error', message: error.message, fieldErrors: error.fieldErrors, values };
      console.error('Staff read failed:', error);
      return { status: 'error', message: 'The server could not read this. Try again, or tell an admin if it keeps happening.', values };
    }
  };
}
