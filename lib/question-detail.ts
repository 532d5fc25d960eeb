/**
 * The shape of one question's page, as the data layer (server/question-detail.ts) returns it and the
 * page, the question timeline and any export read it. Plain objects only: no Prisma types leak out.
 */
import type { AnswerKind, FollowUpOrigin, House, MeetingKind, RecordSource } from '@/generated/prisma/enums';
import type { QuestionStatus } from './question-status';

/** A member as linked from another record. */
export interface MemberRef {
  name: string;
  slug: string;
  path: string;
}

export interface AskingMember extends MemberRef {
  house: House;
  /** Null when the source did not report it. */
  party: { name: string; abbreviation: string } | null;
  /** Null for peers and where the source did not report it. */
  constituency: string | null;
}

export interface AnsweringMember extends MemberRef {
  /** The post they held on the answer's date ("Defence Minister"), when known. */
  roleTitle: string | null;
}

export interface AttachmentDetail {
  title: string;
  url: string;
  fileType: string | null;
  sizeBytes: number | null;
}

export interface AnswerVersionDetail {
  id: number;
  /** 1, 2, 3… in the order the versions were given. */
  sequence: number;
  kind: AnswerKind;
  answeringMember: AnsweringMember | null;
  /** Calendar date (UTC midnight). */
  answeredOn: Date;
  /** Sanitised when it was stored: safe to render as HTML. */
  textHtml: string;
  textPlain: string;
  attachments: AttachmentDetail[];
  /** Ids of the meetings this version cites (details in QuestionDetail.meetings). */
  citedMeetingIds: number[];
  isDemo: boolean;
  unreportedFields: string[];
}

export interface MeetingParticipantDetail {
  /** Set when the participant is a member we hold; the other fields then describe nothing extra. */
  member: MemberRef | null;
  /** A non-member's name; null when not reported. */
  name: string | null;
  role: string | null;
  organisation: string | null;
  country: string | null;
}

export interface CitedMeeting {
  id: number;
  path: string;
  date: Date;
  /** MONTH when the source gave only the month (lib/meeting-dates.ts). */
  datePrecision: 'DAY' | 'MONTH';
  endDate: Date | null;
  title: string;
  place: string | null;
  kind: MeetingKind;
  description: string | null;
  sourceUrl: string | null;
  participants: MeetingParticipantDetail[];
  /** Sequences of the answer versions that cite it. */
  citedBySequences: number[];
  isDemo: boolean;
  unreportedFields: string[];
}

export interface CoverageItem {
  id: number;
  /** This app's page for the article. */
  path: string;
  outlet: string;
  headline: string;
  /** The article on the outlet's site. A placeholder when `url` is in unreportedFields. */
  url: string;
  publishedOn: Date | null;
  author: string | null;
  summary: string | null;
  isDemo: boolean;
  unreportedFields: string[];
}

/** Another question, as linked from this one. */
export interface QuestionRef {
  id: number;
  path: string;
  house: House;
  uin: string;
  dateTabled: Date;
  heading: string;
  askingMember: MemberRef;
  status: QuestionStatus;
  isDemo: boolean;
  unreportedFields: string[];
}

export interface FollowUpLink {
  question: QuestionRef;
  /** The answer followed up, when known: a version of the earlier question. */
  answer: { sequence: number; kind: AnswerKind; answeredOn: Date; answeringMemberName: string | null } | null;
  origin: FollowUpOrigin;
}

export interface TopicRef {
  name: string;
  slug: string;
  path: string;
}

export interface QuestionDetail {
  id: number;
  path: string;
  house: House;
  uin: string;
  dateTabled: Date;
  dateDue: Date;
  isNamedDay: boolean;
  heading: string;
  text: string;
  memberHasInterest: boolean;
  /** Calendar date (London) the question was withdrawn. */
  dateWithdrawn: Date | null;
  status: QuestionStatus;
  dateAnswered: Date | null;
  daysToAnswer: number | null;
  askingMember: AskingMember;
  department: { name: string; shortName: string; slug: string; path: string };
  /** Every version, in the order given (holding → substantive → correction). */
  answers: AnswerVersionDetail[];
  /** Meetings cited by any version, in date order. */
  meetings: CitedMeeting[];
  /** Articles covering the question, in publication order (undated last). */
  coverage: CoverageItem[];
  /** The questions this one follows up. */
  followsUp: FollowUpLink[];
  /** Questions that follow this one up, in the order they were tabled. */
  followedUpBy: FollowUpLink[];
  grouped: QuestionRef[];
  topics: TopicRef[];
  source: RecordSource;
  isDemo: boolean;
  /** Fields whose stored values are labelled placeholders (e.g. "uin", "dateTabled", "heading"). */
  unreportedFields: string[];
  sourceNote: string | null;
  /** Parliament's own page, only for records imported from Parliament. */
  parliamentUrl: string | null;
}
