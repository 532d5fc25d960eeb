/**
 * The fixed cast of the demo: parties, departments, members (Commons and Lords), ministers' posts over
 * two years with a reshuffle, topics and ministers' meetings. Deterministic for a seed and a "today";
 * independent of how many questions are generated, apart from how many meetings there are.
 */
import { nextWeekday } from '../due-date';
import { daysBetween } from '../dates';
import { DEMO_DEPARTMENTS, JUNIOR_POSTS, LORDS_POST, secretaryOfStateTitle, type DemoDepartmentSpec } from './departments';
import { Random, WeightedPicker, zipfWeights } from './random';
import type { DemoMeeting, DemoMember, DemoParty, DemoRole, DemoTopic, HeldPost } from './types';
import { FIRST_NAMES, PLACES, SURNAMES } from './vocabulary';
import { generateMeetings } from './meetings';
import { subjectInText } from './text';

export const DEMO_PARTIES: DemoParty[] = [
  { name: 'Labour', abbreviation: 'Lab', colour: '#E4003B' },
  { name: 'Conservative', abbreviation: 'Con', colour: '#0087DC' },
  { name: 'Liberal Democrat', abbreviation: 'LD', colour: '#FAA61A' },
  { name: 'Scottish National Party', abbreviation: 'SNP', colour: '#FDF38E' },
  { name: 'Reform UK', abbreviation: 'RUK', colour: '#12B6CF' },
  { name: 'Green Party', abbreviation: 'Green', colour: '#02A95B' },
  { name: 'Plaid Cymru', abbreviation: 'PC', colour: '#005B54' },
  { name: 'Independent', abbreviation: 'Ind', colour: '#909090' },
  { name: 'Crossbench', abbreviation: 'XB', colour: '#A99B7E' },
];
const GOVERNMENT = 'Labour';
const COMMONS_PARTY_MIX: [string, number][] = [
  ['Labour', 72], ['Conservative', 26], ['Liberal Democrat', 16], ['Scottish National Party', 6], ['Reform UK', 6],
  ['Green Party', 5], ['Plaid Cymru', 4], ['Independent', 5],
];
const LORDS_PARTY_MIX: [string, number][] = [['Labour', 14], ['Conservative', 12], ['Liberal Democrat', 5], ['Crossbench', 9]];

export interface DemoWorld {
  seed: string;
  /** Last day of the demo ("today" in London when generated). */
  today: Date;
  /** First tabling day: two years before today. */
  start: Date;
  /** Day of the reshuffle that changes some ministers halfway through. */
  reshuffle: Date;
  parties: DemoParty[];
  departments: DemoDepartmentSpec[];
  members: DemoMember[];
  roles: DemoRole[];
  topics: DemoTopic[];
  meetings: DemoMeeting[];
  /** Members who ask questions (never ministers), per house, busiest first (Zipf). */
  askers: Record<'COMMONS' | 'LORDS', WeightedPicker<number>>;
  /** Department weights (Zipf): health gets many more questions than the Cabinet Office. */
  departmentPicker: WeightedPicker<number>;
}

export interface WorldOptions {
  seed: string;
  today: Date;
  /** Scales how many meetings there are (a few per department per month at most). */
  questions: number;
  /** Posts real records already fill (the seed case's Secretary of State for Defence): left to them. */
  heldPosts?: HeldPost[];
}

export function buildWorld({ seed, today, questions, heldPosts = [] }: WorldOptions): DemoWorld {
  if (today.getTime() % 86_400_000 !== 0) throw new Error('today must be a calendar date (UTC midnight), e.g. londonToday()');
  const random = new Random(seed).fork('world');
  const start = addCalendarDays(today, -730);
  const reshuffle = nextWeekday(new Date(start.getTime() + Math.round(daysBetween(start, today) * 0.55) * 86_400_000));
  const rolesFrom = new Date(Date.UTC(start.getUTCFullYear() - 1, start.getUTCMonth(), 1));

  const members = buildMembers(random.fork('members'));
  const { roles, ministers } = buildRoles(random.fork('roles'), members, rolesFrom, reshuffle, heldElsewhere(heldPosts, rolesFrom, today));
  const topics = DEMO_DEPARTMENTS.flatMap((spec, department) =>
    spec.topics.map(([name, subjects]) => ({
      slug: slugify(name),
      name,
      description: `Questions to the ${spec.name} about ${subjects.map(subjectInText).join(', ')}.`,
      department,
      subjects,
    })),
  );

  const askers = (house: 'COMMONS' | 'LORDS') => {
    const pool = random.fork(`askers-${house}`).shuffle(members.map((_, i) => i).filter((i) => members[i]!.house === house && !ministers.has(i)));
    return new WeightedPicker(pool, zipfWeights(pool.length, 0.9));
  };
  const world: DemoWorld = {
    seed,
    today,
    start,
    reshuffle,
    parties: DEMO_PARTIES,
    departments: DEMO_DEPARTMENTS,
    members,
    roles,
    topics,
    meetings: [],
    askers: { COMMONS: askers('COMMONS'), LORDS: askers('LORDS') },
    departmentPicker: new WeightedPicker(DEMO_DEPARTMENTS.map((_, i) => i), zipfWeights(DEMO_DEPARTMENTS.length, 0.8)),
  };
  world.meetings = generateMeetings(world, random.fork('meetings'), Math.min(2, Math.max(0.2, questions / 4000)));
  return world;
}

function buildMembers(random: Random): DemoMember[] {
  const members: DemoMember[] = [];
  const usedSlugs = new Set<string>();
  const places = random.shuffle(PLACES);
  let place = 0;
  const partyMix = (mix: [string, number][]) => mix.flatMap(([party, count]) => Array.from({ length: count }, () => party));

  for (const party of random.shuffle(partyMix(COMMONS_PARTY_MIX))) {
    const pronoun = random.chance(0.45) ? 'she' : 'he';
    let first: string, last: string, slug: string;
    do {
      first = random.pick(FIRST_NAMES[pronoun === 'she' ? 'f' : 'm']);
      last = random.pick(SURNAMES);
      slug = slugify(`${first} ${last}`);
    } while (usedSlugs.has(slug));
    usedSlugs.add(slug);
    const seat = random.chance(0.3) ? `${places[place++]} and ${places[place++]}` : `${places[place++]}`;
    members.push({
      slug,
      displayName: `${first} ${last}`,
      listName: `${last}, ${first}`,
      house: 'COMMONS',
      party,
      constituency: seat,
      pronoun,
      honorific: party === GOVERNMENT ? 'my hon. Friend' : `the hon. Member for ${seat}`,
    });
  }
  for (const party of random.shuffle(partyMix(LORDS_PARTY_MIX))) {
    const pronoun = random.chance(0.45) ? 'she' : 'he';
    const title = pronoun === 'she' ? 'Baroness' : 'Lord';
    const name = places[place++]!.replace(/^(North|South|Upper|Lower|Great|Little|East|West) /, '');
    const territorial = random.chance(0.35) ? ` of ${places[place++]}` : '';
    const slug = slugify(`${title} ${name}${territorial}`);
    if (usedSlugs.has(slug)) continue;
    usedSlugs.add(slug);
    members.push({
      slug,
      displayName: `${title} ${name}${territorial}`,
      listName: `${name}${territorial}, ${title}`,
      house: 'LORDS',
      party,
      constituency: null,
      pronoun,
      honorific: `the noble ${title}`,
    });
  }
  return members;
}

/**
 * The posts ("department index|title") a real record holds at some time in the demo's span. A generated
 * member holding one of them would make a department show two holders of a single-holder post at once
 * (two Secretaries of State for Defence), so the demo leaves the whole post to the record.
 */
function heldElsewhere(heldPosts: HeldPost[], from: Date, to: Date): Set<string> {
  const held = new Set<string>();
  for (const post of heldPosts) {
    const department = DEMO_DEPARTMENTS.findIndex((spec) => spec.parliamentId === post.departmentParliamentId);
    const overlaps = (!post.startDate || post.startDate.getTime() <= to.getTime()) && (!post.endDate || post.endDate.getTime() >= from.getTime());
    if (department >= 0 && overlaps) held.add(postKey(department, post.title));
  }
  return held;
}

const postKey = (department: number, title: string) => `${department}|${title}`;

/**
 * Every department has a Secretary of State and two junior ministers in the Commons; Lords ministers
 * each cover two departments. At the reshuffle about a third of posts change hands. A post in `held` is
 * a real record's: no generated member gets it.
 */
function buildRoles(random: Random, members: DemoMember[], from: Date, reshuffle: Date, held: Set<string>) {
  const roles: DemoRole[] = [];
  const ministers = new Set<number>();
  const pool = (house: 'COMMONS' | 'LORDS') => random.shuffle(members.map((m, i) => ({ m, i })).filter(({ m }) => m.house === house && m.party === GOVERNMENT).map(({ i }) => i));
  const commons = pool('COMMONS');
  const lords = pool('LORDS');
  const take = (list: number[]) => {
    const member = list.shift();
    if (member === undefined) throw new Error('Not enough government members for the demo ministers');
    ministers.add(member);
    return member;
  };
  const post = (member: number, title: string, department: number, level: DemoRole['level'], startDate: Date, endDate: Date | null) =>
    roles.push({ member, title, department, level, startDate, endDate });
  const holdPost = (list: number[], title: string, department: number, level: DemoRole['level']) => {
    if (held.has(postKey(department, title))) return;
    const first = take(list);
    if (random.chance(0.35) && list.length > 8) {
      const dayBefore = new Date(reshuffle.getTime() - 86_400_000);
      post(first, title, department, level, from, dayBefore);
      post(take(list), title, department, level, reshuffle, null);
    } else {
      post(first, title, department, level, from, null);
    }
  };

  DEMO_DEPARTMENTS.forEach((spec, department) => {
    holdPost(commons, secretaryOfStateTitle(spec), department, 'SECRETARY_OF_STATE');
    for (const junior of JUNIOR_POSTS) holdPost(commons, `${junior} (${spec.shortName})`, department, 'JUNIOR');
  });
  for (let department = 0; department < DEMO_DEPARTMENTS.length; department += 2) {
    const covered = [department, department + 1].filter((d) => d < DEMO_DEPARTMENTS.length && !held.has(postKey(d, `${LORDS_POST} (${DEMO_DEPARTMENTS[d]!.shortName})`)));
    if (!covered.length) continue;
    const first = take(lords);
    const changes = random.chance(0.35);
    const second = changes ? take(lords) : null;
    for (const d of covered) {
      const title = `${LORDS_POST} (${DEMO_DEPARTMENTS[d]!.shortName})`;
      post(first, title, d, 'LORDS', from, changes ? new Date(reshuffle.getTime() - 86_400_000) : null);
      if (second !== null) post(second, title, d, 'LORDS', reshuffle, null);
    }
  }
  return { roles, ministers };
}

/** Ministers in a department on a date, by level. */
export function ministersOn(world: DemoWorld, department: number, date: Date): DemoRole[] {
  const t = date.getTime();
  return world.roles.filter((r) => r.department === department && r.startDate.getTime() <= t && (r.endDate === null || r.endDate.getTime() >= t));
}

/** Who answers: Lords questions the Lords minister; Commons mostly junior ministers, sometimes the Secretary of State. */
export function answeringMinister(world: DemoWorld, random: Random, department: number, house: 'COMMONS' | 'LORDS', date: Date): number {
  const inPost = ministersOn(world, department, date);
  if (house === 'LORDS') {
    const lords = inPost.filter((r) => r.level === 'LORDS');
    if (lords.length) return random.pick(lords).member;
  }
  const secretary = inPost.filter((r) => r.level === 'SECRETARY_OF_STATE');
  const juniors = inPost.filter((r) => r.level === 'JUNIOR');
  const pickFrom = random.chance(0.15) && secretary.length ? secretary : juniors.length ? juniors : secretary;
  if (!pickFrom.length) throw new Error(`No minister in post for department ${department} on ${date.toISOString()}`);
  return random.pick(pickFrom).member;
}

/** The generated Secretary of State in post; null where a real record holds the post (HeldPost). */
export function secretaryOfStateOn(world: DemoWorld, department: number, date: Date): DemoMember | null {
  const role = ministersOn(world, department, date).find((r) => r.level === 'SECRETARY_OF_STATE');
  return role ? world.members[role.member]! : null;
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f’']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * `date` plus whole days. Calendar dates are UTC midnight and UTC has no clock changes, so this is exact;
 * it is plain arithmetic because the generator calls it millions of times (date-fns' UTCDate is slower).
 */
export const addCalendarDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
