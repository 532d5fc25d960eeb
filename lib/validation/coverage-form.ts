/**
 * The coverage form's schema, shared by the form, its Server Actions and the data layer's tests. The
 * address is stored normalised (lib/coverage-url.ts) so an article logged twice is noticed and refused.
 */
import { z } from '@/lib/validation/zod';
import { MAX_RECORD_ID, wholeNumberParam } from './number-param';
import { normaliseArticleUrl } from '@/lib/coverage-url';
import { baseChangeId, optionalText, optionalUkDate, recordId, recordIds, requiredText, webUrl } from './form-fields';
import { slugList } from './form-lists';

const coverageFields = {
  url: webUrl('Web address').transform((v) => normaliseArticleUrl(v) ?? v),
  outlet: requiredText('Outlet', 200),
  headline: requiredText('Headline', 500),
  publishedOn: optionalUkDate('Date published'),
  author: optionalText('Author', 200),
  summary: optionalText('Summary', 5000),
  questions: recordIds('Questions it covers'),
  members: slugList('Members it mentions'),
  topics: slugList('Topics'),
};

export const createCoverageSchema = z.object(coverageFields);
export const updateCoverageSchema = z.object({ ...coverageFields, id: recordId('Article'), baseChangeId });
export type CoverageInput = z.output<typeof createCoverageSchema>;

/**
 * Linking an article and a question, from either end. `then` says which page to open afterwards:
 * the article's (when the coverage form offered an article already logged), else the page it came from.
 */
export const coverageQuestionSchema = z.object({
  coverageId: recordId('Article'),
  questionId: recordId('Question'),
  then: z.enum(['coverage', 'stay']).optional().default('stay'),
});

/** An article mentioning a member (picked by address) or tagged with a topic, from the article's page. */
export const coverageMemberSchema = z.object({ coverageId: recordId('Article'), member: requiredText('Member', 200) });
export const coverageTopicSchema = z.object({ coverageId: recordId('Article'), topic: requiredText('Topic', 200) });

/** The query of the "already logged?" look-up the coverage form makes as the editor types an address. */
export const coverageLookupSchema = z.object({
  url: z.string().trim().max(2000),
  /** The article being edited, which is not a duplicate of itself. */
  except: wholeNumberParam({ label: 'except', min: 1, max: MAX_RECORD_ID }).optional(),
});
