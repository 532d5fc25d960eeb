/**
 * Ministers' meetings, as departments publish them: bilateral meetings with foreign counterparts,
 * multilateral ministerial meetings and meetings with organisations. Members of either House are
 * linked as participants; everyone else is a role, an organisation or a country.
 */
import { formatDate } from '../dates';
import { nextWeekday } from '../due-date';
import { Random, zipfPicker } from './random';
import { subjectInText } from './text';
import type { DemoMeeting, DemoMeetingParticipant } from './types';
import { CAPITALS, COUNTRIES, ORGANISATION_KINDS, ORGANISATION_SECTORS, PLACES } from './vocabulary';
import { ministersOn, type DemoWorld } from './world';

/** Meetings for every department between the world's start and today, sorted by date. */
export function generateMeetings(world: DemoWorld, random: Random, perDepartmentPerMonth: number): DemoMeeting[] {
  const months = 24;
  const meetings: DemoMeeting[] = [];
  const span = world.today.getTime() - world.start.getTime();
  world.departments.forEach((spec, department) => {
    const count = Math.max(2, Math.round(perDepartmentPerMonth * months));
    const subjects = zipfPicker(spec.subjects);
    const topics = world.topics.map((t, i) => ({ t, i })).filter(({ t }) => t.department === department);
    for (let n = 0; n < count; n++) {
      const date = nextWeekday(new Date(world.start.getTime() + Math.floor((random.next() * span) / 86_400_000) * 86_400_000));
      if (date.getTime() > world.today.getTime()) continue;
      const inPost = ministersOn(world, department, date).filter((r) => r.level !== 'LORDS');
      if (!inPost.length) continue;
      const minister = random.pick(inPost).member;
      const topic = topics.length && random.chance(0.6) ? random.pick(topics) : null;
      const subject = topic ? random.pick(topic.t.subjects) : subjects.pick(random);
      meetings.push({ ...describeMeeting(random, date, subject, minister), department, topic: topic?.i ?? null, subject });
    }
  });
  return meetings.sort((a, b) => a.date.getTime() - b.date.getTime() || a.department - b.department);
}

function describeMeeting(random: Random, date: Date, subject: string, minister: number): Omit<DemoMeeting, 'department' | 'topic' | 'subject'> {
  const topic = subjectInText(subject);
  const ministerParticipant: DemoMeetingParticipant = { member: minister };
  const roll = random.next();
  if (roll < 0.3) {
    const [country, adjective] = random.pick(COUNTRIES);
    const inCapital = random.chance(0.5);
    return {
      date,
      title: `Bilateral meeting with the ${adjective} counterpart`,
      place: inCapital ? CAPITALS[country]! : 'London',
      kind: 'BILATERAL',
      description: `Discussed ${topic} and closer cooperation with ${country}.`,
      participants: [ministerParticipant, { name: null, role: `${adjective} counterpart`, country }],
    };
  }
  if (roll < 0.45) {
    const countries = random.sample(COUNTRIES, random.int(3, 5));
    const host = countries[0]![0];
    return {
      date,
      title: `Ministerial meeting on ${topic}, ${CAPITALS[host]}`,
      place: CAPITALS[host]!,
      kind: 'MULTILATERAL',
      description: `Meeting of ministers from the UK, ${countries.map(([c]) => c).join(', ')} on ${topic}.`,
      participants: [ministerParticipant, ...countries.map(([country]) => ({ country, role: 'Minister' }))],
    };
  }
  const organisation = `${random.pick(PLACES)} ${random.pick(ORGANISATION_SECTORS)} ${random.pick(ORGANISATION_KINDS)}`;
  const withSecond = random.chance(0.3);
  return {
    date,
    title: `Meeting with ${organisation}`,
    place: random.chance(0.7) ? 'London' : null,
    kind: 'OTHER',
    description: `To discuss ${topic} (${formatDate(date)}).`,
    participants: [
      ministerParticipant,
      { name: null, role: 'Chief Executive', organisation },
      ...(withSecond ? [{ name: null, role: 'Chair', organisation: `${random.pick(PLACES)} ${random.pick(ORGANISATION_SECTORS)} ${random.pick(ORGANISATION_KINDS)}` }] : []),
    ],
  };
}

/** Index of meetings per department by date, for answers that cite a recent meeting. */
export class MeetingIndex {
  private readonly byDepartment = new Map<number, number[]>();

  constructor(private readonly meetings: readonly DemoMeeting[]) {
    meetings.forEach((m, i) => {
      const list = this.byDepartment.get(m.department) ?? [];
      list.push(i);
      this.byDepartment.set(m.department, list);
    });
  }

  /** Meetings of the department held in the `days` before `date` (exclusive of `date`). */
  recent(department: number, date: Date, days: number): number[] {
    const list = this.byDepartment.get(department) ?? [];
    const to = date.getTime();
    const from = to - days * 86_400_000;
    return list.filter((i) => {
      const t = this.meetings[i]!.date.getTime();
      return t >= from && t < to;
    });
  }
}
