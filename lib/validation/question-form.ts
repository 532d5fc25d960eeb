/**
 * The question forms' schemas (new, edit, withdraw, and the link controls on a question's page): shared by
 * the forms, their Server Actions and any import. The address rules (what a UIN in a URL may look like) stay
 * in ./question.ts; these are the stricter rules for what staff may enter.
 */
import { z } from '@/lib/validation/zod';
import type { House } from '@/generated/prisma/enums';
import { formatDate, londonToday } from '@/lib/dates';
import { baseChangeId, checkbox, recordId, requiredText, ukDate } from './form-fields';
import { questionKeyParamsSchema } from './question';

export const HOUSE_OPTIONS = [
  { value: 'COMMONS', label: 'House of Commons' },
  { value: 'LORDS', label: 'House of Lords' },
] as const;

/** "hl 1234" → "HL1234", " 8024 " → "8024": how Parliament writes UINs. */
export function normaliseUinInput(raw: string): string {
  return raw.trim().toUpperCase().replace(/\s+/g, '');
}

/**
 * Parliament's UIN shapes: the Commons numbers its questions ("8024"), the Lords prefixes "HL" ("HL1234").
 * Returns what is wrong, or null. (Demo data uses "D104233"/"HL-D1042" and the seed case "DEMO-0001": those
 * stay valid on records that already have them, see server/question-writes.ts, but staff cannot type new ones.)
 */
export function uinFormatProblem(house: House, uin: string): string | null {
  if (house === 'COMMONS') return /^\d{1,7}$/.test(uin) ? null : 'A Commons UIN is a number of up to seven digits, for example 8024';
  return /^HL\d{1,7}$/.test(uin) ? null : 'A Lords UIN is HL followed by up to seven digits, for example HL1234';
}

const house = z.enum(['COMMONS', 'LORDS'], { message: 'Choose the House the question was tabled in' });

/** A picker's one chosen value (its hidden input); a second value means the picker misbehaved: take the last. */
const pickedSlug = (label: string) =>
  z
    .union([z.string(), z.array(z.string())], { message: `Choose the ${label.toLowerCase()}` })
    .optional()
    .transform((v) => (Array.isArray(v) ? (v.at(-1) ?? '') : (v ?? '')).trim())
    .pipe(z.string().min(1, `Choose the ${label.toLowerCase()}`).max(200));

/** A record picker's one chosen id (question pickers submit ids, not slugs). */
const pickedId = (label: string) =>
  pickedSlug(label).transform((v, ctx) => {
    const id = Number(v);
    if (Number.isInteger(id) && id > 0) return id;
    ctx.addIssue({ code: 'custom', message: `Choose the ${label.toLowerCase()} from the suggestions` });
    return z.NEVER;
  });

/** A multi-picker's chosen values (slugs), none or many, duplicates dropped. */
const pickedSlugs = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean))]);

const questionFields = {
  house,
  uin: z.string({ message: 'UIN is required' }).transform(normaliseUinInput).pipe(z.string().min(1, 'UIN is required').max(40, 'UIN must be 40 characters or fewer')),
  dateTabled: ukDate('Date tabled'),
  dateDue: ukDate('Date due'),
  isNamedDay: checkbox,
  askingMember: pickedSlug('Asking member'),
  department: pickedSlug('Department'),
  heading: requiredText('Heading', 300),
  text: requiredText('Question text', 20_000),
  memberHasInterest: checkbox,
  topics: pickedSlugs,
};

interface DateRuleInput {
  dateTabled: Date;
  dateDue: Date;
}

/** Rules across fields: the due date is not before tabling, and nothing is tabled after today. */
function checkDates(value: DateRuleInput, ctx: z.RefinementCtx) {
  if (!(value.dateTabled instanceof Date) || !(value.dateDue instanceof Date)) return;
  const today = londonToday();
  if (value.dateTabled.getTime() > today.getTime()) {
    ctx.addIssue({ code: 'custom', path: ['dateTabled'], message: `Date tabled cannot be after today (${formatDate(today)})` });
  }
  if (value.dateDue.getTime() < value.dateTabled.getTime()) {
    ctx.addIssue({ code: 'custom', path: ['dateDue'], message: `Date due cannot be before the date tabled (${formatDate(value.dateTabled)})` });
  }
}

// Any UIN that stays on a safe address (the question page's own rule); the strict per-House shape is checked
// on top: always for a new question, and on an edit whenever the house or UIN changes.
const addressSafeUin = (value: { uin: string }, ctx: z.RefinementCtx) => {
  if (value.uin && !questionKeyParamsSchema.shape.uin.safeParse(value.uin).success) {
    ctx.addIssue({ code: 'custom', path: ['uin'], message: 'UIN may hold only letters, digits and hyphens' });
  }
};

export const createQuestionSchema = z.object(questionFields).superRefine((value, ctx) => {
  checkDates(value, ctx);
  const problem = value.uin ? uinFormatProblem(value.house, value.uin) : null;
  if (problem) ctx.addIssue({ code: 'custom', path: ['uin'], message: problem });
});

export const updateQuestionSchema = z.object({ ...questionFields, id: recordId('Question'), baseChangeId }).superRefine((value, ctx) => {
  checkDates(value, ctx);
  addressSafeUin(value, ctx);
});

export type QuestionFormInput = z.output<typeof createQuestionSchema>;
export type QuestionUpdateInput = z.output<typeof updateQuestionSchema>;

/** Withdrawing: the day the member withdrew it, not before tabling (checked against the record) nor after today. */
export const withdrawQuestionSchema = z.object({ id: recordId('Question'), withdrawnOn: ukDate('Date withdrawn') }).superRefine((value, ctx) => {
  const today = londonToday();
  if (value.withdrawnOn.getTime() > today.getTime()) {
    ctx.addIssue({ code: 'custom', path: ['withdrawnOn'], message: `Date withdrawn cannot be after today (${formatDate(today)})` });
  }
});

export const reinstateQuestionSchema = z.object({ id: recordId('Question') });

/** Linking another question to this one as a follow-up: `direction` says which of the two is the earlier. */
export const followUpLinkSchema = z.object({
  id: recordId('Question'),
  direction: z.enum(['earlier', 'later'], { message: 'Say whether the other question is earlier or later' }),
  other: pickedId('Question'),
});

/** One follow-up link, named by its two ends (remove, confirm or reject). */
export const followUpPairSchema = z.object({ id: recordId('Question'), followUpId: recordId('Follow-up question'), earlierId: recordId('Earlier question') });

export const groupLinkSchema = z.object({
  id: recordId('Question'),
  other: pickedId('Question'),
});

export const topicTagSchema = z.object({ id: recordId('Question'), topic: pickedSlug('Topic') });
