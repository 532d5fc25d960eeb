/**
 * The meetings import's schemas, shared by the upload form's Server Actions and `npm run import:meetings`.
 * The file travels as base64 text: the preview reads the uploaded file into it, and the confirmation sends
 * back exactly those bytes with the file's hash and the plan's hash, so what is imported is what was
 * previewed (server/meetings-import/import-step.ts refuses anything else).
 */
import { z } from '@/lib/validation/zod';
import { parseQuarter } from '@/lib/meetings-import/release-dates';
import { optionalText } from './form-fields';

/** The largest file accepted: a quarter's release is tens of kilobytes; this leaves room for any department. */
export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_LABEL = '1 MB';

export const IMPORT_KINDS = ['meetings', 'travel'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_KIND_LABELS: Record<ImportKind, string> = { meetings: 'Ministers’ meetings', travel: 'Ministerial overseas travel' };

const content = z
  .string({ message: 'Choose a CSV file' })
  .transform((value, ctx) => {
    const bytes = new Uint8Array(Buffer.from(value, 'base64'));
    if (bytes.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'Choose a CSV file (the file chosen is empty)' });
      return z.NEVER;
    }
    if (bytes.length > MAX_IMPORT_BYTES) {
      ctx.addIssue({ code: 'custom', message: `The file is larger than ${MAX_IMPORT_LABEL}: a quarterly release is much smaller. Check it is the right file, or split it.` });
      return z.NEVER;
    }
    return bytes;
  });

const hash = (label: string) => z.string({ message: `${label} is missing: preview the file again` }).regex(/^[0-9a-f]{64}$/, `${label} is not valid: preview the file again`);

export const previewImportSchema = z.object({
  file: content,
  fileName: optionalText('File name', 300),
  department: optionalText('Department', 200),
  kind: z
    .enum(['', ...IMPORT_KINDS], { message: 'Choose meetings, overseas travel, or leave it to be detected' })
    .optional()
    .transform((v) => (v ? v : undefined)),
  quarter: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value?.trim()) return undefined;
      const quarter = parseQuarter(value);
      if (!quarter) {
        ctx.addIssue({ code: 'custom', message: 'Quarter must be a year and quarter, e.g. 2025-Q3 (July to September 2025)' });
        return z.NEVER;
      }
      return quarter;
    }),
});
export type PreviewImportInput = z.output<typeof previewImportSchema>;

export const confirmImportSchema = previewImportSchema.extend({ fileHash: hash('The file’s fingerprint'), planHash: hash('The preview’s fingerprint') });
export type ConfirmImportInput = z.output<typeof confirmImportSchema>;
