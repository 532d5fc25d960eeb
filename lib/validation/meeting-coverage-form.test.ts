import { describe, expect, it } from 'vitest';
import { createCoverageSchema, coverageQuestionSchema } from './coverage-form';
import { createMeetingSchema, participantRowKey } from './meeting-form';

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('meeting form schema', () => {
  const base = { date: '11/03/2025', title: 'Bilateral in Paris', kind: 'BILATERAL' };

  it('reads a UK date, the pickers and the participant rows', () => {
    const parsed = createMeetingSchema.parse({
      ...base,
      place: ' Paris ',
      members: ['maria-eagle', 'maria-eagle'],
      topics: 'defence',
      participantName: ['Jean Dupont', ''],
      participantRole: ['', 'Defence minister'],
      participantOrganisation: ['', ''],
      participantCountry: ['France', 'Germany'],
    });
    expect(parsed.date.toISOString()).toBe('2025-03-11T00:00:00.000Z');
    expect(parsed.place).toBe('Paris');
    expect(parsed.members).toEqual(['maria-eagle']);
    expect(parsed.topics).toEqual(['defence']);
    expect(parsed.participants).toEqual([
      { name: 'Jean Dupont', role: null, organisation: null, country: 'France' },
      { name: null, role: 'Defence minister', organisation: null, country: 'Germany' },
    ]);
  });

  it('refuses a participant row with nothing in it, naming the row', () => {
    const result = createMeetingSchema.safeParse({ ...base, participantName: ['A', ' '], participantRole: ['', ''], participantOrganisation: ['', ''], participantCountry: ['', ''] });
    expect(result.success).toBe(false);
    expect(errorsOf(result)).toEqual({ [participantRowKey(1)]: 'Other participant 2: give a name, role, organisation or country, or remove the row' });
  });

  it('names an empty row even when another field is wrong too, so every error shows at once', () => {
    const result = createMeetingSchema.safeParse({ ...base, date: '31/02/2025', participantName: [''], participantRole: [''], participantOrganisation: [''], participantCountry: [''] });
    expect(Object.keys(errorsOf(result)).sort()).toEqual(['date', participantRowKey(0)]);
  });

  it('refuses a month-first or impossible date, an unknown kind and a missing title', () => {
    const result = createMeetingSchema.safeParse({ date: '31/02/2025', title: ' ', kind: 'SECRET' });
    expect(errorsOf(result)).toMatchObject({
      date: expect.stringMatching(/real date, day first/),
      title: 'Title is required',
      kind: 'Choose the kind of meeting',
    });
  });

  it('refuses a javascript: source address', () => {
    const result = createMeetingSchema.safeParse({ ...base, sourceUrl: 'javascript:alert(1)' });
    expect(errorsOf(result)).toEqual({ sourceUrl: 'Source web address must be a full web address starting with http:// or https://' });
  });
});

describe('coverage form schema', () => {
  const base = { url: 'https://News.example.com/story/?utm_source=x#c', outlet: 'Example News', headline: 'A story' };

  it('stores the address normalised, with an optional UK date and picked questions', () => {
    const parsed = createCoverageSchema.parse({ ...base, publishedOn: '12 March 2025', questions: ['4', '4', '7'] });
    expect(parsed.url).toBe('https://news.example.com/story');
    expect(parsed.publishedOn?.toISOString()).toBe('2025-03-12T00:00:00.000Z');
    expect(parsed.questions).toEqual([4, 7]);
    expect(createCoverageSchema.parse(base).publishedOn).toBeNull();
  });

  it('refuses javascript: and data: addresses and a missing outlet', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      expect(errorsOf(createCoverageSchema.safeParse({ ...base, url }))).toEqual({ url: 'Web address must be a full web address starting with http:// or https://' });
    }
    expect(errorsOf(createCoverageSchema.safeParse({ ...base, outlet: '' }))).toEqual({ outlet: 'Outlet is required' });
  });

  it('only lets a link go on to the article or stay where it is (no open redirect)', () => {
    expect(coverageQuestionSchema.parse({ coverageId: '1', questionId: '2' }).then).toBe('stay');
    expect(coverageQuestionSchema.safeParse({ coverageId: '1', questionId: '2', then: 'https://evil.example' }).success).toBe(false);
  });
});
