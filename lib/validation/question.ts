/**
 * The address of a question, parsed once: `/questions/<house>/<yyyy-mm-dd>/<uin>`. Anything that is
 * not a house, a real calendar date and a plausible UIN is rejected, so the page can answer 404
 * instead of querying with nonsense.
 */
import { z } from './zod';
import { parseCalendarDate } from '../dates';
import { houseFromSlug } from '../routes';

export const questionKeyParamsSchema = z.object({
  house: z.string().transform((value, ctx) => {
    const house = houseFromSlug(value);
    if (house) return house;
    ctx.addIssue({ code: 'custom', message: 'House must be "commons" or "lords".' });
    return z.NEVER;
  }),
  date: z.string().transform((value, ctx) => {
    const date = parseCalendarDate(value);
    if (date) return date;
    ctx.addIssue({ code: 'custom', message: 'Date tabled must be a real date written yyyy-mm-dd.' });
    return z.NEVER;
  }),
  // Parliament's UINs are short ("8024", "HL1234"); demo ones read "DEMO-0001".
  uin: z.string().trim().min(1).max(40).regex(/^[\p{L}\p{N}][\p{L}\p{N}./ -]*$/u, 'UIN has unexpected characters.'),
});

export type QuestionKeyParams = z.input<typeof questionKeyParamsSchema>;

/** The question's key from route params (already URL-decoded by Next), or null when malformed. */
export function parseQuestionKeyParams(params: QuestionKeyParams) {
  const result = questionKeyParamsSchema.safeParse(params);
  if (!result.success) return null;
  return { house: result.data.house, dateTabled: result.data.date, uin: result.data.uin };
}
