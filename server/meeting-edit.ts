import 'server-only';
import { formatDate } from '@/lib/dates';
import { formatMeetingDate } from '@/lib/meeting-dates';
import { unreportedSet } from '@/lib/unreported-fields';
import type { MeetingFormValues } from '@/components/meetings/meeting-form';
import { prisma } from '@/server/db';
import { latestChangeId } from '@/server/history/concurrency';

/** A meeting as its edit form starts from it, with the change it was loaded at; null if there is none. */
export async function getMeetingForEdit(id: number): Promise<MeetingFormValues | null> {
  const m = await prisma.meeting.findUnique({
    where: { id },
    select: {
      id: true, date: true, datePrecision: true, title: true, place: true, kind: true, description: true, sourceUrl: true, unreportedFields: true,
      participants: { select: { name: true, role: true, organisation: true, country: true, member: { select: { slug: true, displayName: true } } }, orderBy: { id: 'asc' } },
      topics: { select: { topic: { select: { slug: true, name: true } } }, orderBy: { topic: { name: 'asc' } } },
    },
  });
  if (!m) return null;
  return {
    id: m.id,
    baseChangeId: await latestChangeId(prisma, 'Meeting', m.id),
    date: formatDate(m.date),
    title: m.title,
    place: m.place ?? '',
    kind: m.kind,
    description: m.description ?? '',
    sourceUrl: m.sourceUrl ?? '',
    members: m.participants.flatMap((p) => (p.member ? [{ value: p.member.slug, label: p.member.displayName }] : [])),
    participants: m.participants.filter((p) => !p.member).map(({ name, role, organisation, country }) => ({ name, role, organisation, country })),
    topics: m.topics.map((t) => ({ value: t.topic.slug, label: t.topic.name })),
    unreported: [...unreportedSet(m.unreportedFields)],
    monthOnly: m.datePrecision === 'MONTH' ? formatMeetingDate({ date: m.date, precision: 'MONTH' }) : null,
  };
}
