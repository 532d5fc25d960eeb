/**
 * Small builders for unit tests on a temp database: each fills in the required fields so a test states
 * only what it is about.
 */
import type { PrismaClient } from '@/lib/db/prisma-client';
import type { House, QuestionState, RecordSource } from '@/generated/prisma/enums';
import { parseCalendarDate } from '@/lib/dates';

let counter = 0;
const next = () => ++counter;

/** `2025-03-13` → UTC midnight; throws on a typo so a test cannot silently use a wrong date. */
export function day(iso: string): Date {
  const date = parseCalendarDate(iso);
  if (!date) throw new Error(`Not a calendar date: ${iso}`);
  return date;
}

export async function createParty(db: PrismaClient, data: { name?: string; abbreviation?: string; colour?: string | null } = {}) {
  const n = next();
  return db.party.create({ data: { name: data.name ?? `Party ${n}`, abbreviation: data.abbreviation ?? `P${n}`, colour: data.colour ?? null } });
}

export async function createMember(
  db: PrismaClient,
  data: { displayName?: string; listName?: string; partyId?: number | null; house?: House; source?: RecordSource } = {},
) {
  const n = next();
  const displayName = data.displayName ?? `Member ${n}`;
  return db.member.create({
    data: {
      displayName,
      listName: data.listName ?? displayName.split(' ').reverse().join(', '),
      slug: `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${n}`,
      house: data.house ?? 'COMMONS',
      partyId: data.partyId ?? null,
      source: data.source ?? 'DEMO',
    },
  });
}

export async function createDepartment(db: PrismaClient, data: { name?: string; shortName?: string } = {}) {
  const n = next();
  const name = data.name ?? `Department ${n}`;
  return db.department.create({
    data: { name, shortName: data.shortName ?? name, slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${n}` },
  });
}

export interface QuestionInput {
  askingMemberId: number;
  departmentId: number;
  uin?: string;
  house?: House;
  dateTabled?: string;
  dateDue?: string;
  state?: QuestionState;
  dateAnswered?: string | null;
  daysToAnswer?: number | null;
  heading?: string;
  text?: string;
  source?: RecordSource;
  unreportedFields?: string | null;
  isNamedDay?: boolean;
}

export async function createQuestion(db: PrismaClient, input: QuestionInput) {
  const n = next();
  return db.question.create({
    data: {
      askingMemberId: input.askingMemberId,
      departmentId: input.departmentId,
      house: input.house ?? 'COMMONS',
      uin: input.uin ?? `T${String(n).padStart(5, '0')}`,
      dateTabled: day(input.dateTabled ?? '2025-03-01'),
      dateDue: day(input.dateDue ?? input.dateTabled ?? '2025-03-08'),
      state: input.state ?? 'AWAITING',
      dateAnswered: input.dateAnswered ? day(input.dateAnswered) : null,
      daysToAnswer: input.daysToAnswer ?? null,
      heading: input.heading ?? `Heading ${n}`,
      text: input.text ?? `Question text ${n}`,
      source: input.source ?? 'DEMO',
      unreportedFields: input.unreportedFields ?? null,
      isNamedDay: input.isNamedDay ?? false,
    },
  });
}
