/** Type-ahead lookups for the filter pickers: what is being looked for, and the typed text. */
import { z } from 'zod';

// member, department, topic and party suggest an address (slug), as the filters take; question, meeting and
// coverage (for the staff forms' link pickers) suggest the record's id.
export const SUGGEST_KINDS = ['member', 'department', 'topic', 'party', 'question', 'meeting', 'coverage'] as const;
export type SuggestKind = (typeof SUGGEST_KINDS)[number];

export const suggestQuerySchema = z.object({
  kind: z.enum(SUGGEST_KINDS, { message: `kind must be one of: ${SUGGEST_KINDS.join(', ')}` }),
  q: z.string().trim().max(100, 'q must be 100 characters or fewer').default(''),
});

export interface Suggestion {
  /** The value a filter takes (an address such as ministry-of-defence). */
  value: string;
  label: string;
  /** A second line: party and House for a member, short name for a department. */
  detail: string | null;
}
