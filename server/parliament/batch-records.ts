/** What the sync's batch writers share: the actor, a prepared record, and the rows of an answer version. */
import type { ApiAnswerVersion } from '@/lib/parliament/map-question';
import { HOLDING_TEXT_NOT_GIVEN, ORIGINAL_TEXT_NOT_GIVEN } from '@/lib/parliament/map-question';
import type { ApiQuestion } from '@/lib/parliament/schemas';
import { htmlToPlainText, sanitizeAnswerHtml } from '@/lib/sanitize-html';
import type { Actor } from '@/server/history/record-change';

export const SYNC_ACTOR: Actor = { id: null, name: 'Parliament sync' };

export interface PreparedRecord {
  record: ApiQuestion;
  listHash: string;
}

export interface Existing {
  questionId: number;
  previous: ApiQuestion | null;
}

export interface Resolved {
  member: (id: number) => number;
  department: (id: number) => number;
}

export function versionData(v: ApiAnswerVersion, questionId: number, sequence: number, resolved: Resolved) {
  const missingText = v.html === null;
  const textHtml = sanitizeAnswerHtml(v.html ?? (v.kind === 'HOLDING' ? HOLDING_TEXT_NOT_GIVEN : ORIGINAL_TEXT_NOT_GIVEN));
  return {
    questionId,
    sequence,
    kind: v.kind,
    answeredOn: v.answeredOn,
    answeringMemberId: v.answeringMemberParliamentId ? resolved.member(v.answeringMemberParliamentId) : null,
    textHtml,
    textPlain: htmlToPlainText(textHtml),
    source: 'PARLIAMENT' as const,
    unreportedFields: missingText ? 'textHtml' : null,
  };
}

export const attachmentData = (record: ApiQuestion, answerId: number) =>
  (record.attachments ?? []).map((a) => ({ answerId, title: a.title?.trim() || a.url, url: a.url, fileType: a.fileType ?? null, sizeBytes: a.fileSizeBytes ?? null }));

