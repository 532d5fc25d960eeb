import 'server-only';
import type { House } from '@/generated/prisma/enums';
import type { RecordSource } from '@/generated/prisma/enums';
import { questionPath } from '@/lib/routes';
import { unreportedSet } from '@/lib/unreported-fields';

/** The fields every compact question row on these pages needs (select with QUESTION_ROW_SELECT). */
export const QUESTION_ROW_SELECT = {
  id: true,
  house: true,
  uin: true,
  heading: true,
  dateTabled: true,
  dateDue: true,
  isNamedDay: true,
  source: true,
  unreportedFields: true,
  askingMember: { select: { displayName: true, slug: true } },
  department: { select: { name: true, shortName: true, slug: true } },
} as const;

export interface QuestionRowRecord {
  id: number;
  house: House;
  uin: string;
  heading: string;
  dateTabled: Date;
  dateDue: Date;
  isNamedDay: boolean;
  source: RecordSource;
  unreportedFields: string | null;
  askingMember: { displayName: string; slug: string };
  department: { name: string; shortName: string; slug: string };
}

/** A question as a compact row: enough to list it and link to it. */
export interface QuestionRow {
  id: number;
  href: string;
  house: House;
  uin: string;
  heading: string;
  dateTabled: Date;
  dateDue: Date;
  isNamedDay: boolean;
  isDemo: boolean;
  /** Fields whose stored values are placeholders (shown as "not reported"). */
  unreported: string[];
  askingMember: { displayName: string; slug: string };
  department: { name: string; shortName: string; slug: string };
}

export function toQuestionRow(q: QuestionRowRecord): QuestionRow {
  return {
    id: q.id,
    href: questionPath(q),
    house: q.house,
    uin: q.uin,
    heading: q.heading,
    dateTabled: q.dateTabled,
    dateDue: q.dateDue,
    isNamedDay: q.isNamedDay,
    isDemo: q.source === 'DEMO',
    unreported: [...unreportedSet(q.unreportedFields)],
    askingMember: q.askingMember,
    department: q.department,
  };
}
