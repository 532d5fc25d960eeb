/**
 * Every internal URL is built here, so links stay stable and shareable. A question's address carries
 * what identifies it in Parliament: house, date tabled and UIN (UIN alone is not unique).
 */
import type { House } from '@/generated/prisma/enums';
import { toIsoDate } from './dates';
import { slugify } from './search/slugify';

export const HOUSE_SLUGS = { COMMONS: 'commons', LORDS: 'lords' } as const satisfies Record<House, string>;

export function houseFromSlug(slug: string): House | null {
  if (slug === 'commons') return 'COMMONS';
  if (slug === 'lords') return 'LORDS';
  return null;
}

export function questionPath(q: { house: House; dateTabled: Date; uin: string }): string {
  return questionPathOn(q.house, toIsoDate(q.dateTabled), q.uin);
}

/** questionPath with the date tabled already in ISO 8601 (`2025-03-13`): exports write a million. */
export function questionPathOn(house: House, isoDateTabled: string, uin: string): string {
  return `/questions/${HOUSE_SLUGS[house]}/${isoDateTabled}/${encodeURIComponent(uin)}`;
}

/** The id of one answer version on its question's page, and a link straight to it. */
export const answerAnchor = (sequence: number) => `answer-${sequence}`;
export function answerPath(q: { house: House; dateTabled: Date; uin: string }, sequence: number): string {
  return `${questionPath(q)}#${answerAnchor(sequence)}`;
}

export const memberPath = (m: { slug: string }) => `/members/${encodeURIComponent(m.slug)}`;
export const departmentPath = (d: { slug: string }) => `/departments/${encodeURIComponent(d.slug)}`;
export const topicPath = (t: { slug: string }) => `/topics/${encodeURIComponent(t.slug)}`;
export const meetingPath = (m: { id: number }) => `/meetings/${m.id}`;
export const coveragePath = (c: { id: number }) => `/coverage/${c.id}`;

/** The question's page on Parliament's own site (only meaningful for real, imported questions). */
export function parliamentQuestionUrl(q: { dateTabled: Date; uin: string }): string {
  return `https://questions-statements.parliament.uk/written-questions/detail/${toIsoDate(q.dateTabled)}/${encodeURIComponent(q.uin)}`;
}

/**
 * A party's address in list filters (`?party=liberal-democrat`): parties have no stored slug, so it is
 * derived from the name, by the one slug rule the questions table's party filter uses too.
 */
export function partySlug(name: string): string {
  return slugify(name);
}
