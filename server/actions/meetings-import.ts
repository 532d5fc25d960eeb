'use server';
/**
 * The meetings import form's two steps (app/meetings/import): preview, which reads the uploaded file and
 * writes nothing, and import, which writes exactly what was previewed through the staff write path.
 */
import type { ActionState } from '@/lib/forms/action-state';
import { confirmImportSchema, MAX_IMPORT_BYTES, MAX_IMPORT_LABEL, previewImportSchema } from '@/lib/validation/meetings-import-form';
import { importMeetingsStep } from '@/server/meetings-import/import-step';
import { planMeetingsImport } from '@/server/meetings-import/plan';
import type { ImportPreview } from '@/server/meetings-import/preview';
import { staffAction } from './staff-action';
import { staffReadAction } from './staff-read-action';

const CHECK = 'Check the highlighted fields: nothing was read.';

/** The form's fields, with the chosen file read into base64 (what the confirmation sends back). */
async function readUpload(formData: FormData): Promise<{ input: Record<string, unknown> } | { refused: ActionState }> {
  const file = formData.get('file');
  const fields = Object.fromEntries(['department', 'kind', 'quarter'].map((name) => [name, String(formData.get(name) ?? '')]));
  const refuse = (message: string): { refused: ActionState } => ({ refused: { status: 'error', message: CHECK, fieldErrors: { file: [message] }, values: fields } });
  if (!(file instanceof File) || file.size === 0) return refuse(file instanceof File && file.name ? `“${file.name}” is empty: choose the release’s CSV file` : 'Choose a CSV file');
  if (file.size > MAX_IMPORT_BYTES) return refuse(`“${file.name}” is larger than ${MAX_IMPORT_LABEL}: a quarterly release is much smaller. Check it is the right file.`);
  return { input: { ...fields, fileName: file.name, file: Buffer.from(await file.arrayBuffer()).toString('base64') } };
}

export const previewMeetingsImport = staffReadAction({
  role: 'editor',
  schema: previewImportSchema,
  toInput: readUpload,
  read: async (input, { db }): Promise<ImportPreview> => {
    const plan = await planMeetingsImport(db, input.file, { kind: input.kind, department: input.department, quarter: input.quarter, fileName: input.fileName });
    return {
      plan,
      confirm: {
        file: Buffer.from(input.file).toString('base64'),
        fileName: input.fileName ?? '',
        department: input.department ?? '',
        kind: input.kind ?? '',
        quarter: input.quarter ? `${input.quarter.year}-Q${input.quarter.quarter}` : '',
      },
    };
  },
});

export const importMeetings = staffAction({ role: 'editor', schema: confirmImportSchema, run: importMeetingsStep });
