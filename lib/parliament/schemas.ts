/**
 * The Written Questions and Members APIs' records, as zod schemas (facts: ../shared/notes/parliament-api.md).
 * Every record the sync reads is validated here first: a record that does not parse is reported with its id
 * and skipped, never half-written. Objects are `looseObject`s so a field the API adds later is kept in the
 * stored payload (ParliamentQuestionRecord) rather than dropped.
 */
import { z } from '@/lib/validation/zod';

/** "2024-01-05T00:00:00" (the API's local timestamps), with or without a zone or fraction. */
const apiDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, 'not an ISO date');
const nullableText = z.string().nullable().optional();

export const apiMemberSummarySchema = z.looseObject({
  id: z.number().int(),
  name: nullableText,
  listAs: nullableText,
  party: nullableText,
  partyAbbreviation: nullableText,
  partyColour: nullableText,
  memberFrom: nullableText,
  thumbnailUrl: nullableText,
});

export const apiAttachmentSchema = z.looseObject({
  title: nullableText,
  url: z.string().min(1),
  fileType: nullableText,
  fileSizeBytes: z.number().int().nonnegative().nullable().optional(),
});

export const apiQuestionSchema = z.looseObject({
  id: z.number().int().positive(),
  askingMemberId: z.number().int().positive(),
  askingMember: apiMemberSummarySchema.nullable().optional(),
  house: z.enum(['Commons', 'Lords']),
  memberHasInterest: z.boolean(),
  dateTabled: apiDateTime,
  dateForAnswer: apiDateTime.nullable(),
  uin: z.string().trim().min(1).max(20),
  questionText: z.string().min(1),
  answeringBodyId: z.number().int().positive(),
  answeringBodyName: z.string().min(1),
  isWithdrawn: z.boolean(),
  isNamedDay: z.boolean(),
  groupedQuestions: z.array(z.string()).nullable().optional(),
  answerIsHolding: z.boolean().nullable().optional(),
  answerIsCorrection: z.boolean().nullable().optional(),
  answeringMemberId: z.number().int().positive().nullable().optional(),
  answeringMember: apiMemberSummarySchema.nullable().optional(),
  correctingMemberId: z.number().int().positive().nullable().optional(),
  correctingMember: apiMemberSummarySchema.nullable().optional(),
  dateAnswered: apiDateTime.nullable().optional(),
  answerText: nullableText,
  originalAnswerText: nullableText,
  comparableAnswerText: nullableText,
  dateAnswerCorrected: apiDateTime.nullable().optional(),
  dateHoldingAnswer: apiDateTime.nullable().optional(),
  attachmentCount: z.number().int().nonnegative().nullable().optional(),
  heading: nullableText,
  attachments: z.array(apiAttachmentSchema).nullable().optional(),
  groupedQuestionsDates: z.array(z.looseObject({ questionUin: z.string(), dateTabled: apiDateTime })).nullable().optional(),
});
export type ApiQuestion = z.infer<typeof apiQuestionSchema>;

const apiLinkSchema = z.looseObject({ rel: z.string().optional(), href: z.string().optional(), method: z.string().optional() });

/** A list page. `value` is left unchecked here so one malformed record is rejected alone, not the page. */
export const apiQuestionPageSchema = z.looseObject({
  totalResults: z.number().int().nonnegative(),
  results: z.array(z.looseObject({ value: z.unknown(), links: z.array(apiLinkSchema).optional() })),
});

/** `GET /api/writtenquestions/questions/{id}` */
export const apiQuestionEnvelopeSchema = z.looseObject({ value: z.unknown() });

export const apiMemberSchema = z.looseObject({
  id: z.number().int().positive(),
  nameDisplayAs: z.string().min(1),
  nameListAs: z.string().min(1),
  nameFullTitle: nullableText,
  nameAddressAs: nullableText,
  gender: nullableText,
  thumbnailUrl: nullableText,
  latestParty: z
    .looseObject({
      id: z.number().int(),
      name: z.string().min(1),
      abbreviation: nullableText,
      backgroundColour: nullableText,
      foregroundColour: nullableText,
    })
    .nullable()
    .optional(),
  latestHouseMembership: z
    .looseObject({
      house: z.number().int(),
      membershipFrom: nullableText,
      membershipStartDate: apiDateTime.nullable().optional(),
      membershipEndDate: apiDateTime.nullable().optional(),
      membershipStatus: z.looseObject({ statusIsActive: z.boolean().optional() }).nullable().optional(),
    })
    .nullable()
    .optional(),
});
export type ApiMember = z.infer<typeof apiMemberSchema>;

export const apiMemberEnvelopeSchema = z.looseObject({ value: apiMemberSchema });

export const apiAnsweringBodySchema = z.looseObject({ id: z.number().int().positive(), name: z.string().min(1), shortName: nullableText });
export type ApiAnsweringBody = z.infer<typeof apiAnsweringBodySchema>;

/** `GET /api/Reference/AnsweringBodies`: either a bare array or wrapped as `{ value }` items. */
export const apiAnsweringBodiesSchema = z.array(z.union([apiAnsweringBodySchema, z.looseObject({ value: apiAnsweringBodySchema })]));

/** The zod issues of a rejected record as one line: "dateTabled: not an ISO date; uin: Required". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 4)
    .map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`)
    .join('; ');
}
