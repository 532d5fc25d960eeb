/**
 * Records in the exact shape of the Written Questions and Members APIs (../shared/notes/parliament-api.md),
 * for the fixture server: builders with defaults (each test states only what it is about) and a fast,
 * deterministic generator of synthetic questions for the benchmark.
 */

/** A question as the API's `value` (full text: the server truncates for the list endpoint itself). */
export type FixtureQuestion = Record<string, unknown> & { id: number; dateTabled: string; house: string; uin: string };

export interface FixtureMember {
  id: number;
  nameDisplayAs: string;
  nameListAs: string;
  nameFullTitle: string;
  nameAddressAs: string | null;
  gender: string;
  thumbnailUrl: string;
  latestParty: { id: number; name: string; abbreviation: string; backgroundColour: string; foregroundColour: string } | null;
  latestHouseMembership: {
    house: 1 | 2;
    membershipFrom: string;
    membershipStartDate: string;
    membershipEndDate: string | null;
    membershipStatus: { statusIsActive: boolean };
  };
}

export interface FixtureAnsweringBody {
  id: number;
  name: string;
  shortName: string;
}

export const FIXTURE_BODIES: FixtureAnsweringBody[] = [
  { id: 11, name: 'Ministry of Defence', shortName: 'Defence' },
  { id: 1, name: 'Home Office', shortName: 'Home Office' },
  { id: 14, name: 'HM Treasury', shortName: 'Treasury' },
  { id: 17, name: 'Department of Health and Social Care', shortName: 'Health and Social Care' },
  { id: 13, name: 'Department for Environment, Food and Rural Affairs', shortName: 'Environment, Food and Rural Affairs' },
  { id: 60, name: 'Department for Education', shortName: 'Education' },
];

const PARTIES = [
  { id: 15, name: 'Labour', abbreviation: 'Lab', backgroundColour: 'e4003b', foregroundColour: 'ffffff' },
  { id: 4, name: 'Conservative', abbreviation: 'Con', backgroundColour: '0087dc', foregroundColour: 'ffffff' },
  { id: 17, name: 'Liberal Democrat', abbreviation: 'LD', backgroundColour: 'faa61a', foregroundColour: 'ffffff' },
  { id: 49, name: 'Crossbench', abbreviation: 'XB', backgroundColour: 'a99b8c', foregroundColour: 'ffffff' },
];

/** A member of the Commons (house 1) or Lords (house 2) in the Members API's shape. */
export function fixtureMember(id: number, overrides: Partial<FixtureMember> & { house?: 1 | 2; name?: string } = {}): FixtureMember {
  const house = overrides.house ?? 1;
  const name = overrides.name ?? (house === 2 ? `Lord Fixture ${id}` : `Fixture Member ${id}`);
  const parts = name.split(' ');
  const party = PARTIES[id % (house === 2 ? 4 : 3)]!;
  return {
    id,
    nameDisplayAs: name,
    nameListAs: parts.length > 1 ? `${parts.at(-1)}, ${parts.slice(0, -1).join(' ')}` : name,
    nameFullTitle: name,
    nameAddressAs: null,
    gender: id % 2 ? 'F' : 'M',
    thumbnailUrl: `https://members-api.parliament.uk/api/Members/${id}/Thumbnail`,
    latestParty: party,
    latestHouseMembership: {
      house,
      membershipFrom: house === 2 ? 'Life peer' : `Fixtureton ${id}`,
      membershipStartDate: '2024-07-04T00:00:00',
      membershipEndDate: null,
      membershipStatus: { statusIsActive: true },
    },
    ...overrides,
  };
}

const at = (isoDate: string) => `${isoDate}T00:00:00`;

/** A question with every field the API gives, unanswered unless overridden. Dates are `yyyy-mm-dd`. */
export function fixtureQuestion(id: number, overrides: Record<string, unknown> = {}): FixtureQuestion {
  const dateTabled = String(overrides.dateTabled ?? '2025-03-03');
  const house = String(overrides.house ?? 'Commons');
  const body = FIXTURE_BODIES.find((b) => b.id === (overrides.answeringBodyId ?? 11)) ?? FIXTURE_BODIES[0]!;
  const base: FixtureQuestion = {
    id,
    askingMemberId: 4001,
    askingMember: null,
    house,
    memberHasInterest: false,
    dateTabled: at(dateTabled),
    dateForAnswer: at(dateTabled),
    uin: house === 'Lords' ? `HL${id}` : String(id),
    questionText: `To ask the Secretary of State for Defence, what steps his Department is taking on fixture question ${id}.`,
    answeringBodyId: body.id,
    answeringBodyName: body.name,
    isWithdrawn: false,
    isNamedDay: false,
    groupedQuestions: [],
    answerIsHolding: null,
    answerIsCorrection: false,
    answeringMemberId: null,
    answeringMember: null,
    correctingMemberId: null,
    correctingMember: null,
    dateAnswered: null,
    answerText: null,
    originalAnswerText: null,
    comparableAnswerText: null,
    dateAnswerCorrected: null,
    dateHoldingAnswer: null,
    attachmentCount: 0,
    heading: 'Armed Forces: Fixtures',
    attachments: [],
    groupedQuestionsDates: [],
  };
  const merged = { ...base, ...overrides } as FixtureQuestion;
  for (const key of ['dateTabled', 'dateForAnswer', 'dateAnswered', 'dateAnswerCorrected', 'dateHoldingAnswer']) {
    const v = merged[key];
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) merged[key] = at(v);
  }
  if (Array.isArray(merged.attachments)) merged.attachmentCount = merged.attachments.length;
  return merged;
}

/** The fields that make a fixture question answered substantively on `date`. */
export function answered(date: string, answerText: string, answeringMemberId = 4101): Record<string, unknown> {
  return { dateAnswered: date, answerText, answeringMemberId, answerIsHolding: false, comparableAnswerText: answerText.replace(/<[^>]+>/g, '') };
}

// ---- Synthetic data for the benchmark ----

const WORDS = 'defence procurement allies joint weapons production european partners budget schools hospitals waiting lists housing planning energy prices water quality rivers police recruitment prisons courts'.split(' ');

/** A deterministic pseudo-random stream (mulberry32): the same seed gives the same data. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function phrase(rand: () => number, words: number): string {
  let out = '';
  for (let i = 0; i < words; i++) out += (i ? ' ' : '') + WORDS[Math.floor(rand() * WORDS.length)];
  return out;
}

export const SYNTHETIC_MEMBER_IDS = { firstAsking: 10_000, askingCount: 600, firstAnswering: 20_000, answeringCount: 60 };

/**
 * `count` questions tabled from `fromDate` on, ~330 a day, about two thirds answered (some after a holding
 * answer, some corrected), one in ten long enough that the list truncates it. Fast: 100,000 in well under a
 * second.
 */
export function syntheticQuestions(count: number, options: { fromDate?: string; firstId?: number; seed?: number } = {}): FixtureQuestion[] {
  const rand = random(options.seed ?? 1);
  const start = Date.parse(`${options.fromDate ?? '2023-01-02'}T00:00:00Z`);
  const firstId = options.firstId ?? 1_000_000;
  const out: FixtureQuestion[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    const tabled = new Date(start + Math.floor(i / 330) * 86_400_000).toISOString().slice(0, 10);
    const lords = i % 12 === 0;
    const body = FIXTURE_BODIES[i % FIXTURE_BODIES.length]!;
    const long = i % 10 === 0;
    const text = `To ask ${body.name}, what assessment has been made of ${phrase(rand, long ? 50 : 12)}.`;
    const r = rand();
    const overrides: Record<string, unknown> = {
      house: lords ? 'Lords' : 'Commons',
      uin: lords ? `HL${id}` : String(id),
      dateTabled: tabled,
      dateForAnswer: new Date(Date.parse(`${tabled}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10),
      askingMemberId: SYNTHETIC_MEMBER_IDS.firstAsking + (i % SYNTHETIC_MEMBER_IDS.askingCount),
      answeringBodyId: body.id,
      answeringBodyName: body.name,
      heading: `${body.shortName}: ${phrase(rand, 2)}`,
      questionText: text,
      isNamedDay: i % 7 === 0,
    };
    if (r < 0.66) {
      const answeredOn = new Date(Date.parse(`${tabled}T00:00:00Z`) + (3 + Math.floor(rand() * 20)) * 86_400_000).toISOString().slice(0, 10);
      const answer = `<p>The Government ${phrase(rand, long ? 60 : 20)}.</p>`;
      Object.assign(overrides, answered(answeredOn, answer, SYNTHETIC_MEMBER_IDS.firstAnswering + (i % SYNTHETIC_MEMBER_IDS.answeringCount)));
      if (r < 0.1) overrides.dateHoldingAnswer = tabled;
      if (r > 0.64) {
        Object.assign(overrides, { answerIsCorrection: true, originalAnswerText: answer, answerText: `<p>Corrected: ${phrase(rand, 15)}.</p>`, dateAnswerCorrected: answeredOn });
      }
    }
    out[i] = fixtureQuestion(id, overrides);
  }
  return out;
}

/** Members for every id the synthetic questions use. */
export function syntheticMembers(): FixtureMember[] {
  const out: FixtureMember[] = [];
  const { firstAsking, askingCount, firstAnswering, answeringCount } = SYNTHETIC_MEMBER_IDS;
  for (let i = 0; i < askingCount; i++) out.push(fixtureMember(firstAsking + i, { house: i % 12 === 0 ? 2 : 1 }));
  for (let i = 0; i < answeringCount; i++) out.push(fixtureMember(firstAnswering + i, { name: `Minister Fixture ${i}` }));
  return out;
}
