/** List-shaped form fields: a picker's hidden inputs, and repeatable rows sent as parallel arrays. */
import { z } from '@/lib/validation/zod';

/** Several addresses (slugs) from a multi-picker: none, one or many; blanks and duplicates removed. */
export const slugList = (label: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean))])
    .refine((values) => values.every((s) => s.length <= 200), `${label}: an address is too long`)
    .refine((values) => values.length <= 100, `${label}: choose 100 or fewer`);

/** One column of repeatable rows (`participantName[]`): always an array, each cell trimmed. */
export const textColumn = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()));
