import { beforeAll, describe, expect, it } from 'vitest';
import { toIsoDate } from '../dates';
import { dueDate } from '../due-date';
import { detectFollowUps } from '../follow-ups/detect-follow-up';
import { deriveQuestionState } from '../question-state';
import { effectiveStatus, QUESTION_STATUSES } from '../question-status';
import { htmlToPlainText, sanitizeAnswerHtml } from '../sanitize-html';
import { generateQuestionBatches } from './questions';
import { SEED_DEPARTMENT, SEED_MEMBERS } from '@/server/seed/seed-case-data';
import { overlappingHolders } from '@/test/post-overlaps';
import { DEMO_DEPARTMENTS } from './departments';
import type { DemoBatch, HeldPost } from './types';
import { buildWorld, ministersOn, type DemoWorld } from './world';
import { flatten, generate, groupBy, TODAY } from './generator-fixture';

let world: DemoWorld;
let all: DemoBatch;
beforeAll(() => {
  const g = generate('test-seed');
  world = g.world;
  all = flatten(g.batches);
});

describe('the world', () => {
  it('has 40+ members in both Houses, several parties with colours, 8+ departments with real answering-body ids', () => {
    expect(world.members.length).toBeGreaterThanOrEqual(40);
    expect(world.members.some((m) => m.house === 'LORDS')).toBe(true);
    expect(new Set(world.members.map((m) => m.party)).size).toBeGreaterThanOrEqual(5);
    for (const p of world.parties) expect(p.colour).toMatch(/^#[0-9A-F]{6}$/i);
    expect(world.departments.length).toBeGreaterThanOrEqual(8);
    expect(world.departments.find((d) => d.slug === 'ministry-of-defence')?.parliamentId).toBe(11);
    expect(new Set(world.members.map((m) => m.slug)).size).toBe(world.members.length);
  });

  it('has a Secretary of State and a Lords minister in post in every department on every day of the two years', () => {
    for (let t = world.start.getTime(); t <= TODAY.getTime(); t += 7 * 86_400_000) {
      world.departments.forEach((_, d) => {
        const inPost = ministersOn(world, d, new Date(t));
        expect(inPost.filter((r) => r.level === 'SECRETARY_OF_STATE')).toHaveLength(1);
        expect(inPost.some((r) => r.level === 'LORDS')).toBe(true);
      });
    }
    expect(world.roles.some((r) => r.endDate !== null)).toBe(true);
  });

  it('never has two people in one post of one department on the same day', () => {
    const spans = world.roles.map((r) => ({ holder: world.members[r.member]!.slug, department: r.department, title: r.title, startDate: r.startDate, endDate: r.endDate }));
    expect(overlappingHolders(spans)).toEqual([]);
  });
});

describe('posts the seed case holds', () => {
  // The seed case's posts as the seed stores them: reported without dates, so held on every day.
  const seedPosts: HeldPost[] = Object.values(SEED_MEMBERS).flatMap((m) =>
    m.role ? [{ departmentParliamentId: SEED_DEPARTMENT.parliamentId, title: m.role, startDate: null, endDate: null }] : [],
  );
  const defence = DEMO_DEPARTMENTS.findIndex((d) => d.parliamentId === SEED_DEPARTMENT.parliamentId);
  let held: { world: DemoWorld; all: DemoBatch };
  beforeAll(() => {
    const heldWorld = buildWorld({ seed: 'test-seed', today: TODAY, questions: 1000, heldPosts: seedPosts });
    held = { world: heldWorld, all: flatten([...generateQuestionBatches(heldWorld, { questions: 1000, batchSize: 500 })]) };
  });

  it('go to no generated member: the Ministry of Defence has one Secretary of State, John Healey', () => {
    expect(seedPosts.map((p) => p.title)).toContain('Secretary of State for Defence');
    const spans = [
      ...held.world.roles.map((r) => ({ holder: held.world.members[r.member]!.slug, department: DEMO_DEPARTMENTS[r.department]!.parliamentId, title: r.title, startDate: r.startDate, endDate: r.endDate })),
      ...seedPosts.map((p) => ({ holder: 'seed case', department: p.departmentParliamentId, title: p.title, startDate: p.startDate, endDate: p.endDate })),
    ];
    expect(overlappingHolders(spans)).toEqual([]);
    expect(held.world.roles.filter((r) => r.department === defence && r.level === 'SECRETARY_OF_STATE')).toEqual([]);
    // Every other department keeps its generated Secretary of State.
    world.departments.forEach((_, d) => {
      if (d !== defence) expect(ministersOn(held.world, d, TODAY).some((r) => r.level === 'SECRETARY_OF_STATE')).toBe(true);
    });
  });

  it('still lets generated junior ministers answer Defence questions, in neutral words for the unknown Secretary of State', () => {
    const defenceQuestions = held.all.questions.filter((q) => q.department === defence && q.house === 'COMMONS');
    expect(defenceQuestions.length).toBeGreaterThan(0);
    const seqs = new Set(defenceQuestions.map((q) => q.seq));
    const answers = held.all.answers.filter((a) => seqs.has(a.question));
    expect(answers.length).toBeGreaterThan(0);
    for (const a of answers) expect(held.world.roles.some((r) => r.member === a.answeringMember && r.department === defence)).toBe(true);
    for (const q of defenceQuestions) expect(q.text).not.toMatch(/\b(he|she) (has|is|plans)\b/);
  });
});

describe('questions', () => {
  it('has every status, named-day questions and about a third unanswered', () => {
    const statuses = new Set(all.questions.map((q) => effectiveStatus(q, TODAY)));
    expect([...statuses].sort()).toEqual([...QUESTION_STATUSES].sort());
    expect(all.questions.some((q) => q.isNamedDay)).toBe(true);
    const unanswered = all.questions.filter((q) => q.dateAnswered === null).length / all.questions.length;
    expect(unanswered).toBeGreaterThan(0.25);
    expect(unanswered).toBeLessThan(0.42);
  });

  it('uses visibly demo UINs, unique per house and date tabled, and follows the due-date rules', () => {
    const keys = new Set<string>();
    for (const q of all.questions) {
      expect(q.uin).toMatch(q.house === 'COMMONS' ? /^D\d{6,}$/ : /^HL-D\d{4,}$/);
      keys.add(`${q.house}|${toIsoDate(q.dateTabled)}|${q.uin}`);
      expect(q.dateTabled.getTime()).toBeGreaterThanOrEqual(world.start.getTime());
      expect(q.dateTabled.getTime()).toBeLessThanOrEqual(TODAY.getTime());
      if (!q.isNamedDay) expect(q.dateDue).toEqual(dueDate(q.house, q.dateTabled));
      else expect(q.dateDue.getTime()).toBeGreaterThan(q.dateTabled.getTime());
      if (q.house === 'LORDS') expect(q.isNamedDay).toBe(false);
    }
    expect(keys.size).toBe(all.questions.length);
  });

  it('stores the state the answer versions imply, and versions in order holding → substantive → correction', () => {
    const byQuestion = groupBy(all.answers, (a) => a.question);
    for (const q of all.questions) {
      const versions = byQuestion.get(q.seq) ?? [];
      expect(deriveQuestionState({ dateTabled: q.dateTabled, withdrawnAt: q.withdrawnAt, answers: versions })).toEqual({
        state: q.state,
        dateAnswered: q.dateAnswered,
        daysToAnswer: q.daysToAnswer,
      });
      expect(versions.map((v) => v.sequence)).toEqual(versions.map((_, i) => i + 1));
      const order = ['HOLDING', 'SUBSTANTIVE', 'CORRECTION'];
      expect(versions.map((v) => order.indexOf(v.kind))).toEqual([...versions.map((v) => order.indexOf(v.kind))].sort());
      for (let i = 1; i < versions.length; i++) expect(versions[i]!.answeredOn.getTime()).toBeGreaterThan(versions[i - 1]!.answeredOn.getTime());
      for (const v of versions) expect(v.answeredOn.getTime()).toBeLessThanOrEqual(TODAY.getTime());
    }
    expect(all.answers.some((a) => a.kind === 'HOLDING')).toBe(true);
    expect(all.answers.some((a) => a.kind === 'CORRECTION')).toBe(true);
  });

  it('has each answer given by a minister of the department in post that day, from the right House', () => {
    const questions = new Map(all.questions.map((q) => [q.seq, q]));
    for (const a of all.answers) {
      const q = questions.get(a.question)!;
      const inPost = ministersOn(world, q.department, a.answeredOn).map((r) => r.member);
      expect(inPost).toContain(a.answeringMember);
      if (q.house === 'LORDS') expect(world.members[a.answeringMember]!.house).toBe('LORDS');
    }
  });

  it('writes answer HTML that is already clean, with a plain text equal to its parsed text, some with tables and lists', () => {
    for (const a of all.answers.slice(0, 400)) {
      expect(sanitizeAnswerHtml(a.textHtml)).toBe(a.textHtml);
      expect(a.textPlain).toBe(htmlToPlainText(a.textHtml));
    }
    expect(all.answers.some((a) => a.textHtml.includes('<table>'))).toBe(true);
    expect(all.answers.some((a) => a.textHtml.includes('<ul>'))).toBe(true);
    expect(all.answers.some((a) => a.textHtml.includes('.invalid/'))).toBe(true);
  });

  it('has realistic lengths: headings short, question text and answers of a paragraph or more', () => {
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(Math.max(...all.questions.map((q) => q.heading.length))).toBeLessThan(80);
    expect(avg(all.questions.map((q) => q.text.length))).toBeGreaterThan(120);
    expect(avg(all.answers.filter((a) => a.kind === 'SUBSTANTIVE').map((a) => a.textPlain.length))).toBeGreaterThan(150);
  });

  it('has skewed word frequencies: a few words in a third of questions, many words in almost none', () => {
    const documentFrequency = new Map<string, number>();
    for (const q of all.questions) {
      for (const w of new Set(`${q.heading} ${q.text}`.toLowerCase().match(/[a-z][a-z-]+/g))) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
    }
    const boilerplate = new Set(['to', 'ask', 'the', 'of', 'state', 'secretary', 'for', 'what', 'in', 'and', 'he', 'she', 'has', 'made', 'on', 'his', 'her', 'majesty', 'government', 'they', 'have', 'if', 'will', 'a']);
    const counts = [...documentFrequency].filter(([w]) => !boilerplate.has(w)).map(([, n]) => n);
    const frequent = counts.filter((n) => n >= all.questions.length / 3).length;
    const rare = counts.filter((n) => n <= 3).length;
    expect(frequent).toBeGreaterThanOrEqual(1);
    expect(frequent).toBeLessThan(15);
    expect(rare).toBeGreaterThan(counts.length / 3);
  });

  it('skews members and departments: the busiest asker asks many times more than the median', () => {
    const perMember = [...groupBy(all.questions, (q) => q.askingMember).values()].map((qs) => qs.length).sort((a, b) => b - a);
    expect(perMember[0]! / perMember[Math.floor(perMember.length / 2)]!).toBeGreaterThan(4);
    const perDepartment = [...groupBy(all.questions, (q) => q.department).values()].map((qs) => qs.length).sort((a, b) => b - a);
    expect(perDepartment[0]! / perDepartment.at(-1)!).toBeGreaterThan(2);
  });
});

describe('links between records', () => {
  it('links follow-ups whose wording cites the earlier answer’s date and UIN, with chains', () => {
    expect(all.followUps.length).toBeGreaterThan(20);
    const questions = new Map(all.questions.map((q) => [q.seq, q]));
    const answers = new Map(all.answers.map((a) => [a.seq, a]));
    for (const f of all.followUps) {
      const later = questions.get(f.followUp)!;
      const earlier = questions.get(f.earlier)!;
      const cited = answers.get(f.earlierAnswer!)!;
      expect(cited.question).toBe(earlier.seq);
      expect(cited.kind).toBe('SUBSTANTIVE');
      expect(detectFollowUps(later.text)).toContainEqual({ date: cited.answeredOn, uins: [earlier.uin] });
      expect(later.askingMember).toBe(earlier.askingMember);
      expect(later.dateTabled.getTime()).toBeGreaterThan(cited.answeredOn.getTime());
    }
    const earlierOf = new Map(all.followUps.map((f) => [f.followUp, f.earlier]));
    const chainLength = (seq: number): number => (earlierOf.has(seq) ? 1 + chainLength(earlierOf.get(seq)!) : 1);
    expect(Math.max(...all.followUps.map((f) => chainLength(f.followUp)))).toBeGreaterThanOrEqual(3);
  });

  it('keeps finding follow-ups at scale, where busy members ask many questions a day', () => {
    const { batches } = generate('scale', 20_000, 5000);
    const followUps = batches.reduce((n, b) => n + b.followUps.length, 0);
    expect(followUps / 20_000).toBeGreaterThan(0.03);
  });

  it('groups questions by one member to one department on one day, linked both ways, answered alike', () => {
    expect(all.groupLinks.length).toBeGreaterThan(0);
    const questions = new Map(all.questions.map((q) => [q.seq, q]));
    const links = new Set(all.groupLinks.map((l) => `${l.from}>${l.to}`));
    for (const l of all.groupLinks) {
      const [a, b] = [questions.get(l.from)!, questions.get(l.to)!];
      expect(links.has(`${l.to}>${l.from}`)).toBe(true);
      expect([b.askingMember, b.department, b.dateTabled.getTime(), b.state]).toEqual([a.askingMember, a.department, a.dateTabled.getTime(), a.state]);
    }
  });

  it('cites meetings held before the answer by a minister of the same department', () => {
    expect(all.answerMeetings.length).toBeGreaterThan(0);
    const answers = new Map(all.answers.map((a) => [a.seq, a]));
    const questions = new Map(all.questions.map((q) => [q.seq, q]));
    for (const link of all.answerMeetings) {
      const answer = answers.get(link.answer)!;
      const meeting = world.meetings[link.meeting]!;
      expect(meeting.date.getTime()).toBeLessThan(answer.answeredOn.getTime());
      expect(meeting.department).toBe(questions.get(answer.question)!.department);
      expect(answer.textPlain).toContain(world.members[meeting.participants[0]!.member!]!.displayName);
    }
    expect(world.meetings.some((m) => m.participants.some((p) => p.member === undefined))).toBe(true);
  });

  it('has coverage of answered questions on fictional .invalid outlets, mentioning the members', () => {
    expect(all.coverage.length).toBeGreaterThan(0);
    const questions = new Map(all.questions.map((q) => [q.seq, q]));
    for (const c of all.coverage) {
      expect(new URL(c.url).hostname).toMatch(/\.invalid$/);
      const q = questions.get(c.questions[0]!)!;
      expect(q.dateAnswered).not.toBeNull();
      expect(c.publishedOn.getTime()).toBeGreaterThanOrEqual(q.dateAnswered!.getTime());
      expect(c.members).toContain(q.askingMember);
    }
    expect(new Set(all.coverage.map((c) => c.url)).size).toBe(all.coverage.length);
  });

  it('puts questions in topics', () => {
    expect(all.questionTopics.length).toBeGreaterThan(all.questions.length / 10);
  });
});
