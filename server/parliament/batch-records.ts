/** What the sync's batch writers share: the actor, a prepared record, and the rows of an answer version. */
import type { ApiAnswerVersion } from '@/lib/parliament/map-question';
import { answerVersionsOf, HOLDING_TEXT_NOT_GIVEN, ORIGINAL_TEXT_NOT_GIVEN } from '@/lib/parliament/map-question';
import type { ApiQuestion } from '@/lib/parliament/schemas';
import { htmlToPlainText, sanitizeAnswerHtml } from '@/lib/sanitize-html';
import type { Actor } from '@/server/history/record-change';

export const SYNC_ACTOR: Actor = { id: null, name: 'Parliament sync' };

/** An answer version the record implies, its HTML sanitised and its plain text derived. */
export interface PreparedVersion extends ApiAnswerVersion {
  textHtml: string;
  textPlain: string;
  /** 'textHtml' when Parliament's record does not give the text (a stand-in sentence is stored). */
  unreportedFields: string | null;
}

export interface PreparedRecord {
  record: ApiQuestion;
  listHash: string;
  /**
   * Worked out ahead of the write by the preparing thread (server/parliament/sync-worker.ts) for new and
   * changed records: the versions (answerVersionsOf, sanitised) and the stored payload (the record as JSON).
   * Left out for unchanged ones; preparedVersions and payloadOf work them out when missing.
   */
  versions?: PreparedVersion[];
  payload?: string;
}

export interface Existing {
  questionId: number;
  previous: ApiQuestion | null;
}

export interface Resolved {
  member: (id: number) => number;
  department: (id: number) => number;
}

export function prepareVersion(v: ApiAnswerVersion): PreparedVersion {
  const textHtml = sanitizeAnswerHtml(v.html ?? (v.kind === 'HOLDING' ? HOLDING_TEXT_NOT_GIVEN : ORIGINAL_TEXT_NOT_GIVEN));
  return { ...v, textHtml, textPlain: htmlToPlainText(textHtml), unreportedFields: v.html === null ? 'textHtml' : null };
}

/** Sets the fields a write needs that can be worked out before it (on the preparing thread). */
export function completePrepared(item: PreparedRecord): PreparedRecord {
  item.versions = answerVersionsOf(item.record).map(prepareVersion);
  item.payload = JSON.stringify(item.record);
  return item;
}

export const preparedVersions = (item: PreparedRecord): PreparedVersion[] => (item.versions ??= answerVersionsOf(item.record).map(prepareVersion));
export const payloadOf = (item: PreparedRecord): string => (item.payload ??= JSON.stringify(item.record));

export function versionData(v: PreparedVersion, questionId: number, sequence: number, resolved: Resolved) {
  return {
    questionId,
    sequence,
    kind: v.kind,
    answeredOn: v.answeredOn,
    answeringMemberId: v.answeringMemberParliamentId ? resolved.member(v.answeringMemberParliamentId) : null,
    textHtml: v.textHtml,
    textPlain: v.textPlain,
    source: 'PARLIAMENT' as const,
    unreportedFields: v.unreportedFields,
  };
}

export const attachmentData = (record: ApiQuestion, answerId: number) =>
  (record.attachments ?? []).map((a) => ({ answerId, title: a.title?.trim() || a.url, url: a.url, fileType: a.fileType ?? null, sizeBytes: a.fileSizeBytes ?? null }));
