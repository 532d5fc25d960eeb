/**
 * The seed case: one written question, its answer, the two meetings the answer cites and the article
 * that reported it, exactly as London Pulse News reported them (/work/shared/seed-article.txt) and
 * nothing more. Where the article is silent the stored value is a labelled placeholder and the field is
 * named in `unreportedFields`, so the UI says "not reported" instead of presenting it as fact.
 */
import type { House, MeetingKind } from '@/generated/prisma/enums';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const SEED_ARTICLE_HEADLINE = 'UK Deepens Defence Collaboration with Europe on Joint Weapons Production';
export const SEED_OUTLET = 'London Pulse News';
const SOURCE_NOTE =
  `Reported by ${SEED_OUTLET}, "${SEED_ARTICLE_HEADLINE}" (publication date and web address not reported). ` +
  'The article does not give the UIN, the dates, the heading or the wording of the question: those stored values are labelled placeholders.';

export const SEED_PARTY = { name: 'Liberal Democrat', abbreviation: 'LD', colour: '#FAA61A' } as const;

export const SEED_DEPARTMENT = {
  parliamentId: 11,
  name: 'Ministry of Defence',
  shortName: 'MoD',
  slug: 'ministry-of-defence',
} as const;

interface SeedMember {
  slug: string;
  displayName: string;
  listName: string;
  house: House;
  /** Party as reported; null when the article does not say. */
  party: typeof SEED_PARTY | null;
  /** Post as reported; its start and end dates are not reported (stored as null). */
  role: string | null;
}

export const SEED_MEMBERS = {
  morello: {
    slug: 'edward-morello',
    displayName: 'Edward Morello',
    listName: 'Morello, Edward',
    house: 'COMMONS',
    party: SEED_PARTY,
    role: null,
  },
  eagle: {
    slug: 'maria-eagle',
    displayName: 'Maria Eagle',
    listName: 'Eagle, Maria',
    house: 'COMMONS',
    party: null,
    role: 'Defence Minister',
  },
  healey: {
    slug: 'john-healey',
    displayName: 'John Healey',
    listName: 'Healey, John',
    house: 'COMMONS',
    party: null,
    role: 'Secretary of State for Defence',
  },
} as const satisfies Record<string, SeedMember>;

export const SEED_QUESTION = {
  house: 'COMMONS',
  uin: 'DEMO-0001',
  dateTabled: utc('2025-03-13'),
  dateDue: utc('2025-03-20'),
  isNamedDay: false,
  memberHasInterest: false,
  heading: '[Heading not reported] Defence: cooperation with European partners',
  text:
    '[Wording not reported] Paraphrase of what London Pulse News reported: Edward Morello asked the Ministry of Defence ' +
    'about work with European partners on the joint production, procurement and future development of defence capabilities.',
  unreportedFields: 'uin,dateTabled,dateDue,isNamedDay,memberHasInterest,heading,text',
  sourceNote: SOURCE_NOTE,
} as const satisfies { house: House } & Record<string, unknown>;

export const SEED_ANSWER = {
  sequence: 1,
  kind: 'SUBSTANTIVE',
  answeredOn: utc('2025-03-20'),
  textHtml:
    '<p>[Full text not reported] As reported by London Pulse News: the Defence Secretary, John Healey, is in “regular” talks ' +
    'with European partners on “joint production, procurement and future development” of defence capabilities.</p>' +
    '<p>The answer cited recent engagements in March: a bilateral meeting with the Minister’s French counterpart in Paris on ' +
    '11 March, and the E5 defence ministers’ meeting on 12 March, where broader industrial collaboration was discussed.</p>',
  unreportedFields: 'answeredOn,textHtml,textPlain',
} as const;

interface SeedMeeting {
  key: 'paris' | 'e5';
  date: Date;
  title: string;
  place: string | null;
  kind: MeetingKind;
  description: string;
  unreportedFields: string | null;
  participants: { member?: keyof typeof SEED_MEMBERS; name?: null; role?: string; country?: string }[];
}

export const SEED_MEETINGS: readonly SeedMeeting[] = [
  {
    key: 'paris',
    date: utc('2025-03-11'),
    title: 'Bilateral meeting with the French counterpart',
    place: 'Paris',
    kind: 'BILATERAL',
    description: 'Maria Eagle met her French counterpart in Paris (name not reported). Cited in the answer to Edward Morello.',
    unreportedFields: null,
    participants: [{ member: 'eagle' }, { name: null, role: 'French counterpart', country: 'France' }],
  },
  {
    key: 'e5',
    date: utc('2025-03-12'),
    title: 'E5 defence ministers’ meeting',
    place: null,
    kind: 'MULTILATERAL',
    description:
      'Meeting of the E5 group of the UK, France, Germany, Italy and Spain, where broader industrial collaboration was discussed. ' +
      'Cited in the answer to Edward Morello.',
    unreportedFields: 'place',
    participants: ['United Kingdom', 'France', 'Germany', 'Italy', 'Spain'].map((country) => ({ country })),
  },
];

export const SEED_COVERAGE = {
  outlet: SEED_OUTLET,
  headline: SEED_ARTICLE_HEADLINE,
  url: 'https://london-pulse-news.invalid/not-reported/uk-deepens-defence-collaboration-with-europe-on-joint-weapons-production',
  publishedOn: utc('2025-03-21'),
  summary:
    'Defence Minister Maria Eagle, answering a written question from Liberal Democrat MP Edward Morello, said Defence Secretary ' +
    'John Healey is in “regular” talks with European partners on joint production, procurement and future development of ' +
    'defence capabilities, citing a bilateral meeting in Paris on 11 March and the E5 defence ministers’ meeting on 12 March.',
  unreportedFields: 'url,publishedOn',
} as const;

export const SEED_TOPIC = {
  slug: 'european-defence-cooperation',
  name: 'European defence cooperation',
  description:
    'UK cooperation with European partners on the joint production, procurement and future development of defence capabilities.',
} as const;
