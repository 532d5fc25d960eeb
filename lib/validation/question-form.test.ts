import { describe, expect, it } from 'vitest';
import { createQuestionSchema, followUpLinkSchema, normaliseUinInput, uinFormatProblem, updateQuestionSchema, withdrawQuestionSchema } from './question-form';

const valid = {
  house: 'COMMONS',
  uin: '8024',
  dateTabled: '11/03/2025',
  dateDue: '18 March 2025',
  askingMember: 'edward-morello',
  department: 'ministry-of-defence',
  heading: 'Defence: Procurement',
  text: 'To ask the Secretary of State for Defence, …',
};

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const out: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (out[String(issue.path[0] ?? '_form')] ??= []).push(issue.message);
  return out;
}

describe('question form schema', () => {
  it('accepts a Commons question with UK dates, unticked checkboxes and no topics', () => {
    const parsed = createQuestionSchema.parse(valid);
    expect(parsed.dateTabled.toISOString()).toBe('2025-03-11T00:00:00.000Z');
    expect(parsed.dateDue.toISOString()).toBe('2025-03-18T00:00:00.000Z');
    expect(parsed).toMatchObject({ isNamedDay: false, memberHasInterest: false, topics: [] });
  });

  it('reads ticked checkboxes and several topics from the pickers', () => {
    const parsed = createQuestionSchema.parse({ ...valid, isNamedDay: 'on', memberHasInterest: 'on', topics: ['defence', 'europe', 'defence'] });
    expect(parsed).toMatchObject({ isNamedDay: true, memberHasInterest: true, topics: ['defence', 'europe'] });
  });

  it('normalises Lords UINs as Parliament writes them', () => {
    expect(normaliseUinInput(' hl 1234 ')).toBe('HL1234');
    expect(createQuestionSchema.parse({ ...valid, house: 'LORDS', uin: 'hl1234' }).uin).toBe('HL1234');
  });

  it('checks the UIN against the House', () => {
    expect(uinFormatProblem('COMMONS', '8024')).toBeNull();
    expect(uinFormatProblem('LORDS', 'HL1234')).toBeNull();
    expect(errorsOf(createQuestionSchema.safeParse({ ...valid, uin: 'HL1234' })).uin).toEqual(['A Commons UIN is a number of up to seven digits, for example 8024']);
    expect(errorsOf(createQuestionSchema.safeParse({ ...valid, house: 'LORDS', uin: '1234' })).uin).toEqual(['A Lords UIN is HL followed by up to seven digits, for example HL1234']);
    expect(errorsOf(createQuestionSchema.safeParse({ ...valid, uin: '' })).uin).toEqual(['UIN is required']);
  });

  it('an edit keeps a demo UIN (checked against the record on the server) but not an unsafe one', () => {
    const edit = { ...valid, id: '5', baseChangeId: '0' };
    expect(updateQuestionSchema.safeParse({ ...edit, uin: 'D104233' }).success).toBe(true);
    expect(errorsOf(updateQuestionSchema.safeParse({ ...edit, uin: '../x' })).uin).toBeDefined();
  });

  it('refuses a due date before the date tabled, and a date tabled after today', () => {
    expect(errorsOf(createQuestionSchema.safeParse({ ...valid, dateDue: '10/03/2025' })).dateDue).toEqual(['Date due cannot be before the date tabled (11 March 2025)']);
    expect(errorsOf(createQuestionSchema.safeParse({ ...valid, dateTabled: '01/01/2199', dateDue: '02/01/2199' })).dateTabled?.[0]).toMatch(/cannot be after today/);
  });

  it('wants dates day first and real', () => {
    expect(errorsOf(createQuestionSchema.safeParse({ ...valid, dateTabled: '31/02/2025' })).dateTabled?.[0]).toMatch(/real date, day first/);
  });

  it('names every missing required field', () => {
    const errors = errorsOf(createQuestionSchema.safeParse({}));
    expect(Object.keys(errors).sort()).toEqual(['askingMember', 'dateDue', 'dateTabled', 'department', 'heading', 'house', 'text', 'uin']);
    expect(errors.askingMember).toEqual(['Choose the asking member']);
  });

  it('withdrawal dates and link pickers', () => {
    expect(errorsOf(withdrawQuestionSchema.safeParse({ id: '1', withdrawnOn: '01/01/2199' })).withdrawnOn?.[0]).toMatch(/after today/);
    expect(followUpLinkSchema.parse({ id: '1', direction: 'earlier', other: '42' }).other).toBe(42);
    expect(errorsOf(followUpLinkSchema.safeParse({ id: '1', direction: 'earlier' })).other).toEqual(['Choose the question']);
  });
});
