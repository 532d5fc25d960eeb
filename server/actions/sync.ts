'use server';
/**
 * Starting a Parliament sync from the admin page. Not a record write: the sync itself writes the records,
 * each with history as "Parliament sync", and the run's own record (SyncRun) says who started it and with
 * what. So this takes staffAction's request checks (cross-site refused, admin role checked on the server,
 * the shared schema) without its transaction.
 */
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import type { ActionState, FieldErrors } from '@/lib/forms/action-state';
import { formDataToObject } from '@/lib/forms/form-data';
import { isCrossSite } from '@/lib/http/same-origin';
import { startSyncSchema } from '@/lib/validation/sync-form';
import { requireRole } from '@/server/auth/session';
import { startSyncInBackground } from '@/server/parliament/sync-admin';

export async function startSync(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const h = await headers();
  if (isCrossSite((name) => h.get(name))) forbidden();
  const user = await requireRole('admin');
  const values = formDataToObject(formData);
  const parsed = startSyncSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.length ? String(issue.path[0]) : '_form'] ??= []).push(issue.message);
    return { status: 'error', message: 'Check the highlighted fields: no sync was started.', fieldErrors, values };
  }
  const started = await startSyncInBackground(parsed.data, `${user.name} <${user.email}>`);
  if (!started.ok) return { status: 'error', message: started.message, values };
  redirect(`/admin/sync/${started.runId}`);
}
