/**
 * What a staff form's Server Action answers (React's useActionState): the outcome, a message for the
 * whole form, errors per field, and what was typed so a refused form keeps it. One shape for every form.
 */
export type FieldErrors = Record<string, string[]>;
export type FormValues = Record<string, string | string[]>;

export interface ConflictDetails {
  /** Who saved the newer version, and when (ISO). */
  by: string;
  at: string;
  /** The record's values as they are now, labelled, for the editor to compare with what they typed. */
  newer: { label: string; value: string }[];
  /** The newest change the editor has now seen: resubmitting with it saves over, deliberately. */
  baseChangeId: number;
}

export interface ActionState {
  status: 'idle' | 'ok' | 'error' | 'conflict';
  message?: string;
  fieldErrors?: FieldErrors;
  values?: FormValues;
  conflict?: ConflictDetails;
}

export const IDLE_STATE: ActionState = { status: 'idle' };

/** A field's typed value from a refused submission, else the record's stored value. */
export function valueOf(state: ActionState, name: string, fallback: string = ''): string {
  const v = state.values?.[name];
  if (v === undefined) return fallback;
  return Array.isArray(v) ? (v[0] ?? '') : v;
}

/** All typed values of a repeated field from a refused submission, else the stored ones. */
export function valuesOf(state: ActionState, name: string, fallback: string[] = []): string[] {
  const v = state.values?.[name];
  if (v === undefined) return fallback;
  return Array.isArray(v) ? v : [v];
}
