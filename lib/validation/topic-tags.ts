/**
 * Tagging records with topics, from either end: the topic page sends one topic and the records picked
 * (`records`, ids); a question, meeting or article page sends one record and the topics picked (`topics`,
 * addresses). Both are lists, so one schema and one pair of actions serve every page.
 */
import { z } from '@/lib/validation/zod';
import { recordIds } from './form-fields';
import { parseWholeNumber } from './number-param';
import { MAX_PAGE } from './table-state';

export const TAGGABLE_KINDS = ['question', 'meeting', 'coverage'] as const;
export type TaggableKind = (typeof TAGGABLE_KINDS)[number];

export const TAGGABLE_LABELS: Record<TaggableKind, { one: string; many: string }> = {
  question: { one: 'question', many: 'questions' },
  meeting: { one: 'meeting', many: 'meetings' },
  coverage: { one: 'article', many: 'articles' },
};

const SLUG = /^[a-z0-9][a-z0-9-]{0,120}$/;

/** Topic addresses from a topic picker's hidden inputs (or a hidden field): one or many, duplicates removed. */
export const topicSlugs = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim().toLowerCase()).filter(Boolean))
  .refine((slugs) => slugs.every((s) => SLUG.test(s)), 'Topics: one of them is not a topic address: choose from the list')
  .transform((slugs) => [...new Set(slugs)]);

export const topicTagSchema = z
  .object({
    kind: z.enum(TAGGABLE_KINDS, { message: `Kind must be one of: ${TAGGABLE_KINDS.join(', ')}` }),
    records: recordIds('Records'),
    topics: topicSlugs,
  })
  .superRefine((input, ctx) => {
    if (input.records.length === 0) ctx.addIssue({ code: 'custom', path: ['records'], message: `Choose at least one ${TAGGABLE_LABELS[input.kind].one}` });
    if (input.topics.length === 0) ctx.addIssue({ code: 'custom', path: ['topics'], message: 'Choose at least one topic' });
  });
export type TopicTagInput = z.output<typeof topicTagSchema>;

/** The URL parameter holding the page of each kind in a topic page's tagging panel. */
export const TAGGED_PAGE_PARAMS: Record<TaggableKind, string> = { question: 'questionsPage', meeting: 'meetingsPage', coverage: 'articlesPage' };

/** The tagging panel's pages from the URL: anything that is not a whole number from 1 up is page 1. */
export function parseTaggedPages(raw: Record<string, string | string[] | undefined>): Record<TaggableKind, number> {
  const page = (kind: TaggableKind) => {
    const value = raw[TAGGED_PAGE_PARAMS[kind]];
    const first = Array.isArray(value) ? value[0] : value;
    const parsed = first === undefined ? null : parseWholeNumber(first, { label: TAGGED_PAGE_PARAMS[kind], min: 1, max: MAX_PAGE });
    return parsed?.ok ? parsed.value : 1;
  };
  return { question: page('question'), meeting: page('meeting'), coverage: page('coverage') };
}
