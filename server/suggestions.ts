import 'server-only';
import { formatShortDate } from '@/lib/dates';
import { formatMeetingDate } from '@/lib/meeting-dates';
import { slugify } from '@/lib/search/slugify';
import type { SuggestKind, Suggestion } from '@/lib/validation/suggest';
import type { PrismaClient } from '@/lib/db/prisma-client';
import { textMatchFor } from '@/lib/db/text-match';
import { HOUSE_SHORT_LABELS } from '@/lib/labels';

const LIMIT = 10;

/**
 * Up to ten records whose names contain `text` (case-insensitive), best first: names that start with
 * it, then the rest alphabetically. An empty `text` lists the first ten.
 */
export async function suggest(prisma: PrismaClient, kind: SuggestKind, text: string): Promise<Suggestion[]> {
  // Prisma passes `contains` to LIKE unescaped; no name has these characters anyway.
  if (/[%_\\]/.test(text)) return [];
  const textMatch = textMatchFor(prisma);
  const rank = (label: string) => (label.toLowerCase().startsWith(text.toLowerCase()) ? 0 : 1);
  const ordered = (items: Suggestion[]) => items.sort((a, b) => rank(a.label) - rank(b.label) || a.label.localeCompare(b.label, 'en-GB')).slice(0, LIMIT);
  switch (kind) {
    case 'member': {
      const rows = await prisma.member.findMany({
        where: text ? { OR: [{ displayName: textMatch.contains(text) }, { listName: textMatch.contains(text) }] } : {},
        select: { slug: true, displayName: true, house: true, party: { select: { name: true } } },
        orderBy: { listName: 'asc' },
        take: 50,
      });
      return ordered(rows.map((m) => ({ value: m.slug, label: m.displayName, detail: [m.party?.name, HOUSE_SHORT_LABELS[m.house]].filter(Boolean).join(', ') })));
    }
    case 'department': {
      const rows = await prisma.department.findMany({
        where: text ? { OR: [{ name: textMatch.contains(text) }, { shortName: textMatch.contains(text) }] } : {},
        select: { slug: true, name: true, shortName: true },
        orderBy: { name: 'asc' },
        take: 50,
      });
      return ordered(rows.map((d) => ({ value: d.slug, label: d.name, detail: d.shortName !== d.name ? d.shortName : null })));
    }
    case 'topic': {
      const rows = await prisma.topic.findMany({ where: text ? { name: textMatch.contains(text) } : {}, select: { slug: true, name: true }, orderBy: { name: 'asc' }, take: 50 });
      return ordered(rows.map((t) => ({ value: t.slug, label: t.name, detail: null })));
    }
    case 'party': {
      const rows = await prisma.party.findMany({ where: text ? { name: textMatch.contains(text) } : {}, select: { name: true, abbreviation: true }, orderBy: { name: 'asc' } });
      return ordered(rows.map((p) => ({ value: slugify(p.name), label: p.name, detail: p.abbreviation })));
    }
    case 'question': {
      // A UIN from its start (indexed), or words of the heading; newest first.
      const rows = await prisma.question.findMany({
        where: text ? { OR: [{ uin: textMatch.startsWith(text) }, { heading: textMatch.contains(text) }] } : {},
        select: { id: true, house: true, uin: true, heading: true, dateTabled: true },
        orderBy: { dateTabled: 'desc' },
        take: LIMIT,
      });
      return rows.map((q) => ({ ...questionOption(q), detail: `tabled ${formatShortDate(q.dateTabled)}` }));
    }
    case 'meeting': {
      const rows = await prisma.meeting.findMany({
        where: text ? { OR: [{ title: textMatch.contains(text) }, { place: textMatch.contains(text) }] } : {},
        select: { id: true, title: true, date: true, datePrecision: true, endDate: true, place: true },
        orderBy: { date: 'desc' },
        take: LIMIT,
      });
      return rows.map((m) => ({ value: String(m.id), label: m.title, detail: [formatMeetingDate({ date: m.date, precision: m.datePrecision, endDate: m.endDate }, true), m.place].filter(Boolean).join(', ') }));
    }
    case 'coverage': {
      // Words of the headline, the outlet, or the article's address (pasting the link finds it); newest first (undated last).
      const rows = await prisma.coverage.findMany({
        where: text ? { OR: [{ headline: textMatch.contains(text) }, { outlet: textMatch.contains(text) }, { url: textMatch.contains(text) }] } : {},
        select: { id: true, outlet: true, headline: true, publishedOn: true },
        orderBy: [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
        take: LIMIT,
      });
      return rows.map((c) => ({ value: String(c.id), label: c.headline, detail: [c.outlet, c.publishedOn ? formatShortDate(c.publishedOn) : null].filter(Boolean).join(', ') }));
    }
  }
}

/** How a question is named in pickers: "Commons 8024: Defence: Procurement" (its id as the value). */
export function questionOption(q: { id: number; house: 'COMMONS' | 'LORDS'; uin: string; heading: string }): { value: string; label: string } {
  return { value: String(q.id), label: `${q.house === 'LORDS' ? 'Lords' : 'Commons'} ${q.uin}: ${q.heading}` };
}
