/**
 * The question stream: questions in tabling order with their answer versions, cited meetings, topics,
 * follow-up links (found by reading the wording with lib/follow-ups), groups and coverage, yielded in
 * batches. Only small rolling state is kept between batches (recent answers per member), so a million
 * questions stream in constant memory.
 */
import { addBusinessDays } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import type { AnswerKind } from '@/generated/prisma/enums';
import { detectFollowUps } from '../follow-ups/detect-follow-up';
import { dueDate } from '../due-date';
import { deriveQuestionState } from '../question-state';
import { tablingDays } from './calendar';
import { coverageArticle } from './coverage';
import { decideFate, type Fate } from './fate';
import { MeetingIndex } from './meetings';
import { Random, zipfPicker } from './random';
import { correctionAnswer, holdingAnswer, pickAspect, pickPlace, questionHeading, questionText, renderBlocks, substantiveAnswer } from './text';
import type { DemoBatch, DemoQuestion } from './types';
import { answeringMinister, secretaryOfStateOn, type DemoWorld } from './world';

export interface QuestionStreamOptions {
  /** How many questions in all. */
  questions: number;
  /** Questions per batch (group members stay in one batch, so a batch can be a few larger). */
  batchSize?: number;
}

/** An answered question a later one can follow up. */
interface Answered {
  seq: number;
  uin: string;
  house: 'COMMONS' | 'LORDS';
  department: number;
  answeredOn: Date;
  answerSeq: number;
  minister: number;
  isFollowUp: boolean;
}

const FOLLOW_UP = 0.06;
const GROUPED = 0.03;
const COVERED = 0.025;
const CITES_MEETING = 0.08;
/** Answered questions remembered per member and department, as follow-up candidates. */
const REMEMBERED_PER_DEPARTMENT = 48;

const emptyBatch = (): DemoBatch => ({ questions: [], answers: [], answerMeetings: [], questionTopics: [], followUps: [], groupLinks: [], coverage: [] });

export function* generateQuestionBatches(world: DemoWorld, options: QuestionStreamOptions): Generator<DemoBatch, void, undefined> {
  const random = new Random(world.seed).fork('questions');
  const batchSize = Math.max(1, options.batchSize ?? 2000);
  const meetings = new MeetingIndex(world.meetings);
  const subjects = world.departments.map((d) => zipfPicker(d.subjects, 1));
  const topicOfSubject = new Map<string, number>();
  world.topics.forEach((t, i) => t.subjects.forEach((s) => topicOfSubject.set(`${t.department}|${s}`, i)));
  const favourites = world.members.map(() => [world.departmentPicker.pick(random), world.departmentPicker.pick(random)]);
  // Follow-up candidates per member and department, and the same entries by UIN (the index a question's
  // wording is resolved against). Bounded, so memory stays flat however many questions are generated.
  const remembered = new Map<string, Answered[]>();
  const byUin = new Map<string, Answered>();
  const counters = { question: 0, answer: 0, coverage: 0, commons: 0, lords: 0 };
  let batch = emptyBatch();

  // A group can take more questions than its day was allotted; the excess comes off the next days.
  let owed = 0;
  for (const day of tablingDays(world.start, world.today, options.questions)) {
    let left = day.count - owed;
    owed = left < 0 ? -left : 0;
    while (left > 0 && counters.question < options.questions) {
      const remaining = options.questions - counters.question;
      const groupSize = remaining >= 2 && random.chance(GROUPED) ? Math.min(remaining, random.int(2, 3)) : 1;
      addQuestionGroup(day.date, groupSize);
      left -= groupSize;
      if (left < 0) owed = -left;
      if (batch.questions.length >= batchSize) {
        yield batch;
        batch = emptyBatch();
      }
    }
  }
  if (batch.questions.length) yield batch;

  /** One question, or a group asked together by one member of one department and answered together. */
  function addQuestionGroup(dateTabled: Date, size: number) {
    const house = random.chance(0.1) ? 'LORDS' : 'COMMONS';
    const asker = world.askers[house].pick(random);
    const department = random.chance(0.5) ? random.pick(favourites[asker]!) : world.departmentPicker.pick(random);
    const spec = world.departments[department]!;
    const subject = subjects[department]!.pick(random);
    const aspect = random.chance(0.55) ? pickAspect(random) : null;
    const namedDay = house === 'COMMONS' && random.chance(0.05) ? new Date(addBusinessDays(new UTCDate(dateTabled), random.int(3, 6)).getTime()) : null;
    const dateDue = dueDate(house, dateTabled, namedDay);
    const fate = decideFate(random, house, dateTabled, dateDue, world.today);
    const topic = topicOfSubject.get(`${department}|${subject}`);
    const linkTopic = topic !== undefined && random.chance(0.8);
    const secretary = secretaryOfStateOn(world, department, dateTabled);
    const versions = answerVersions(fate, house, department, asker, subject, spec);

    const seqs: number[] = [];
    for (let g = 0; g < size; g++) {
      const seq = counters.question++;
      seqs.push(seq);
      const uin = house === 'COMMONS' ? `D${100000 + counters.commons++}` : `HL-D${1000 + counters.lords++}`;
      const place = random.chance(0.35) ? pickPlace(random) : null;
      const earlier = g === 0 && random.chance(FOLLOW_UP) ? followUpCandidate(asker, department, dateTabled) : null;
      const text = questionText(random, {
        subject,
        aspect,
        place,
        secretaryOfState: secretary,
        addressee: spec.addressee,
        house,
        followUp: earlier ? { answeredOn: earlier.answeredOn, uin: earlier.uin, minister: world.members[earlier.minister]! } : null,
      });
      const derived = deriveQuestionState({ dateTabled, withdrawnAt: fate.withdrawnAt, answers: versions });
      const question: DemoQuestion = {
        seq,
        house,
        uin,
        dateTabled,
        dateDue,
        isNamedDay: namedDay !== null,
        askingMember: asker,
        department,
        heading: questionHeading(subject, aspect),
        text,
        memberHasInterest: random.chance(0.03),
        withdrawnAt: fate.withdrawnAt,
        ...derived,
      };
      batch.questions.push(question);
      if (linkTopic) batch.questionTopics.push({ question: seq, topic: topic! });
      const linked = linkFollowUps(seq, house, text);

      let substantiveSeq: number | null = null;
      let substantiveMinister = 0;
      for (const v of versions) {
        const answerSeq = counters.answer++;
        batch.answers.push({ seq: answerSeq, question: seq, sequence: v.sequence, kind: v.kind, answeringMember: v.minister, answeredOn: v.answeredOn, textHtml: v.html, textPlain: v.plain });
        for (const meeting of v.meetings) batch.answerMeetings.push({ answer: answerSeq, meeting });
        if (v.kind === 'SUBSTANTIVE' && substantiveSeq === null) {
          substantiveSeq = answerSeq;
          substantiveMinister = v.minister;
        }
      }
      if (substantiveSeq !== null && fate.substantive && !fate.withdrawnAt) {
        remember(asker, { seq, uin, house, department, answeredOn: fate.substantive, answerSeq: substantiveSeq, minister: substantiveMinister, isFollowUp: linked > 0 });
        if (g === 0 && random.chance(linked > 0 ? COVERED * 4 : COVERED)) addCoverage(seq, fate.substantive, subject, spec.shortName, asker, substantiveMinister, linkTopic ? [topic!] : []);
      }
    }
    for (const from of seqs) for (const to of seqs) if (from !== to) batch.groupLinks.push({ from, to });
  }

  /** The holding, substantive and correction versions a fate implies, each answered by a minister in post that day. */
  function answerVersions(fate: Fate, house: 'COMMONS' | 'LORDS', department: number, asker: number, subject: string, spec: DemoWorld['departments'][number]) {
    const versions: { sequence: number; kind: AnswerKind; answeredOn: Date; minister: number; html: string; plain: string; meetings: number[] }[] = [];
    const add = (kind: AnswerKind, answeredOn: Date, blocks: ReturnType<typeof holdingAnswer>, minister: number, cited: number[] = []) =>
      versions.push({ sequence: versions.length + 1, kind, answeredOn, minister, ...renderBlocks(blocks), meetings: cited });
    const context = (answeredOn: Date, cited: number[]) => ({
      subject,
      place: random.chance(0.3) ? pickPlace(random) : null,
      departmentName: spec.name,
      departmentSlug: spec.slug,
      citedMeetings: cited.map((i) => {
        const meeting = world.meetings[i]!;
        return { meeting, minister: world.members[meeting.participants[0]!.member!]! };
      }),
      year: answeredOn.getUTCFullYear(),
    });
    if (fate.holding) add('HOLDING', fate.holding, holdingAnswer(world.members[asker]!), answeringMinister(world, random, department, house, fate.holding));
    if (fate.substantive) {
      const candidates = random.chance(CITES_MEETING) ? meetings.recent(department, fate.substantive, 60) : [];
      const cited = candidates.length ? random.sample(candidates, random.chance(0.2) ? 2 : 1).sort((a, b) => a - b) : [];
      add('SUBSTANTIVE', fate.substantive, substantiveAnswer(random, context(fate.substantive, cited)), answeringMinister(world, random, department, house, fate.substantive), cited);
      if (fate.correction) {
        add('CORRECTION', fate.correction, correctionAnswer(random, fate.substantive, context(fate.correction, [])), answeringMinister(world, random, department, house, fate.correction));
      }
    }
    return versions;
  }

  /** A recent answered question by the same member to the same department, answered before `date`; follow-ups preferred, so chains form. */
  function followUpCandidate(member: number, department: number, date: Date): Answered | null {
    const eligible = (remembered.get(`${member}|${department}`) ?? []).filter((a) => a.answeredOn.getTime() < date.getTime());
    if (!eligible.length) return null;
    return eligible.filter((a) => a.isFollowUp).at(-1) ?? eligible.at(-1)!;
  }

  /** Reads the wording as any imported question would be read and links the references it can resolve. */
  function linkFollowUps(seq: number, house: 'COMMONS' | 'LORDS', text: string): number {
    let linked = 0;
    for (const ref of detectFollowUps(text)) {
      for (const uin of ref.uins) {
        const earlier = byUin.get(`${house}|${uin}`);
        if (!earlier || (ref.date && ref.date.getTime() !== earlier.answeredOn.getTime())) continue;
        batch.followUps.push({ followUp: seq, earlier: earlier.seq, earlierAnswer: earlier.answerSeq });
        linked++;
      }
    }
    return linked;
  }

  function remember(member: number, a: Answered) {
    const key = `${member}|${a.department}`;
    const list = remembered.get(key) ?? [];
    list.push(a);
    if (list.length > REMEMBERED_PER_DEPARTMENT) {
      const dropped = list.shift()!;
      byUin.delete(`${dropped.house}|${dropped.uin}`);
    }
    remembered.set(key, list);
    byUin.set(`${a.house}|${a.uin}`, a);
  }

  function addCoverage(question: number, answeredOn: Date, subject: string, departmentShortName: string, asker: number, minister: number, topics: number[]) {
    const publishedOn = new Date(answeredOn.getTime() + random.int(0, 6) * 86_400_000);
    if (publishedOn.getTime() > world.today.getTime()) return;
    const seq = counters.coverage++;
    batch.coverage.push(
      coverageArticle(random, {
        seq,
        publishedOn,
        subject,
        departmentShortName,
        asker: world.members[asker]!,
        minister: world.members[minister]!,
        questions: [question],
        members: asker === minister ? [asker] : [asker, minister],
        topics,
      }),
    );
  }
}
