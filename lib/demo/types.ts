/**
 * Shapes of generated demo data. Entities refer to each other by index into the world's arrays
 * (members, departments, topics, meetings) or by the question/answer/coverage sequence number the
 * generator assigns; the writer turns those into database ids.
 */
import type { AnswerKind, House, MeetingKind, QuestionState } from '@/generated/prisma/enums';

export interface DemoParty {
  name: string;
  abbreviation: string;
  colour: string;
}

export interface DemoMember {
  slug: string;
  displayName: string;
  listName: string;
  house: House;
  party: string;
  constituency: string | null;
  /** For "he"/"she" in questions addressed to a Secretary of State. */
  pronoun: 'he' | 'she';
  /** Lords: how colleagues refer to them ("the noble Baroness"). */
  honorific: string;
}

/**
 * A post a real record (the seed case, Parliament, staff) says someone holds in a department. The demo
 * never gives such a post to a generated member while it is held: the demo must not contradict the record.
 */
export interface HeldPost {
  /** Parliament's answering-body id of the department (DemoDepartmentSpec.parliamentId). */
  departmentParliamentId: number;
  title: string;
  /** Null when not reported: the post then counts as held on every day. */
  startDate: Date | null;
  endDate: Date | null;
}

export interface DemoRole {
  member: number;
  title: string;
  department: number;
  startDate: Date;
  endDate: Date | null;
  /** SECRETARY_OF_STATE, JUNIOR or LORDS: who answers what. */
  level: 'SECRETARY_OF_STATE' | 'JUNIOR' | 'LORDS';
}

export interface DemoTopic {
  slug: string;
  name: string;
  description: string;
  department: number;
  subjects: string[];
}

export interface DemoMeetingParticipant {
  member?: number;
  name?: string | null;
  role?: string | null;
  organisation?: string | null;
  country?: string | null;
}

export interface DemoMeeting {
  date: Date;
  title: string;
  place: string | null;
  kind: MeetingKind;
  description: string;
  department: number;
  topic: number | null;
  subject: string;
  participants: DemoMeetingParticipant[];
}

export interface DemoQuestion {
  /** 0, 1, 2… in generation (tabling) order. */
  seq: number;
  house: House;
  uin: string;
  dateTabled: Date;
  dateDue: Date;
  isNamedDay: boolean;
  askingMember: number;
  department: number;
  heading: string;
  text: string;
  memberHasInterest: boolean;
  withdrawnAt: Date | null;
  state: QuestionState;
  dateAnswered: Date | null;
  daysToAnswer: number | null;
}

export interface DemoAnswer {
  seq: number;
  question: number;
  sequence: number;
  kind: AnswerKind;
  answeringMember: number;
  answeredOn: Date;
  textHtml: string;
  textPlain: string;
}

export interface DemoCoverage {
  seq: number;
  outlet: string;
  headline: string;
  url: string;
  publishedOn: Date;
  author: string;
  summary: string;
  questions: number[];
  members: number[];
  topics: number[];
}

/** One slice of the question stream; every reference points at this batch or an earlier one. */
export interface DemoBatch {
  questions: DemoQuestion[];
  answers: DemoAnswer[];
  answerMeetings: { answer: number; meeting: number }[];
  questionTopics: { question: number; topic: number }[];
  followUps: { followUp: number; earlier: number; earlierAnswer: number | null }[];
  groupLinks: { from: number; to: number }[];
  coverage: DemoCoverage[];
}
