/** What the answer forms are given by their pages (plain data, client-safe). */
import type { AnswerKind } from '@/generated/prisma/enums';

export interface PickedRecord {
  value: string;
  label: string;
}

export interface AnswerFormQuestion {
  id: number;
  path: string;
  label: string;
  heading: string;
  dateTabled: string;
  withdrawn: boolean;
  /** The question's versions in order, for the form's summary of what is already logged. */
  versions: { sequence: number; kind: AnswerKind; answeredOn: string }[];
  /** The member to suggest as answering: who answered this question before, else the department's latest. */
  defaultMember: PickedRecord | null;
}

export interface AnswerVersionForEdit {
  id: number;
  sequence: number;
  kind: AnswerKind;
  answeredOn: string;
  member: PickedRecord | null;
  html: string;
  attachments: { title: string; url: string; fileType: string; size: string }[];
  meetings: PickedRecord[];
  baseChangeId: number;
}
