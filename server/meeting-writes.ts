import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { formatDate, toIsoDate } from '@/lib/dates';
import { meetingPath } from '@/lib/routes';
import { unreportedSet } from '@/lib/unreported-fields';
import type { MeetingInput } from '@/lib/validation/meeting-form';
import { FormError, NotFoundError, type StaffContext, type StaffOutcome } from '@/server/actions/staff-action';
import { assertUnchangedSince } from '@/server/history/concurrency';
import { CHECK_FIELDS, diffIds, keptUnreported, resolveMembers, resolveTopics } from './staff-links';

/**
 * The meeting writes' business steps, run inside staffAction (server/actions/meetings.ts) and tested on a
 * real database through executeStaffWrite. A meeting's history keeps its fields with its participants and
 * topics as readable lists; each topic tagged or untagged is recorded on the topic as well.
 */
type Tx = Prisma.TransactionClient;

const SNAPSHOT_SELECT = {
  id: true, date: true, title: true, place: true, kind: true, description: true, sourceUrl: true, unreportedFields: true,
  participants: { select: { memberId: true, name: true, role: true, organisation: true, country: true, member: { select: { displayName: true } } }, orderBy: { id: 'asc' } },
  topics: { select: { topic: { select: { id: true, name: true, slug: true } } }, orderBy: { topic: { name: 'asc' } } },
} as const satisfies Prisma.MeetingSelect;
type MeetingRecord = Prisma.MeetingGetPayload<{ select: typeof SNAPSHOT_SELECT }>;

function participantText(p: MeetingRecord['participants'][number]): string {
  return p.member ? p.member.displayName : [p.name, p.role, p.organisation, p.country].filter(Boolean).join(' · ');
}

/** The meeting as its history shows it. */
function snapshot(m: MeetingRecord) {
  return {
    date: toIsoDate(m.date),
    title: m.title,
    place: m.place,
    kind: m.kind,
    description: m.description,
    sourceUrl: m.sourceUrl,
    memberParticipants: m.participants.filter((p) => p.member).map(participantText),
    otherParticipants: m.participants.filter((p) => !p.member).map(participantText),
    topics: m.topics.map((t) => t.topic.name),
  };
}

async function loadMeeting(tx: Tx, id: number): Promise<MeetingRecord> {
  const meeting = await tx.meeting.findUnique({ where: { id }, select: SNAPSHOT_SELECT });
  if (!meeting) throw new NotFoundError('This meeting no longer exists: it may have been deleted.');
  return meeting;
}

const meetingSummary = (m: { title: string; date: Date }) => `${m.title} (${formatDate(m.date)})`;

async function recordTopicLinks(ctx: StaffContext, meeting: { title: string; date: Date }, topics: { id: number; name: string }[], action: 'link' | 'unlink') {
  for (const topic of topics) {
    await ctx.record({ entityType: 'Topic', entityId: topic.id, action, summary: topic.name, [action === 'link' ? 'after' : 'before']: { meeting: meetingSummary(meeting) } });
  }
}

/** Logs a new meeting with its participants and topics. */
export async function createMeetingStep(input: MeetingInput, ctx: StaffContext): Promise<StaffOutcome> {
  const { tx, record } = ctx;
  const members = await resolveMembers(tx, input.members, 'members');
  const topics = await resolveTopics(tx, input.topics, 'topics');
  const created = await tx.meeting.create({
    data: {
      date: input.date, title: input.title, place: input.place, kind: input.kind, description: input.description, sourceUrl: input.sourceUrl, source: 'STAFF',
      participants: { create: [...members.map((m) => ({ memberId: m.id })), ...input.participants] },
      topics: { create: topics.map((t) => ({ topicId: t.id })) },
    },
    select: { id: true },
  });
  const meeting = await loadMeeting(tx, created.id);
  await record({ entityType: 'Meeting', entityId: meeting.id, action: 'create', summary: meetingSummary(meeting), after: snapshot(meeting) });
  await recordTopicLinks(ctx, meeting, topics, 'link');
  return { redirectTo: meetingPath(meeting), message: 'Meeting logged.' };
}

/** Saves an edited meeting, refusing it when someone saved a newer version since the form was loaded. */
export async function updateMeetingStep(input: MeetingInput & { id: number; baseChangeId: number }, ctx: StaffContext): Promise<StaffOutcome> {
  const { tx, record } = ctx;
  const before = await loadMeeting(tx, input.id);
  await assertUnchangedSince(tx, 'Meeting', input.id, input.baseChangeId, async () => describeMeeting(before));
  const members = await resolveMembers(tx, input.members, 'members');
  const topics = await resolveTopics(tx, input.topics, 'topics');
  const flags = unreportedSet(before.unreportedFields);
  const unreportedFields = keptUnreported(flags, {
    date: input.date.getTime() === before.date.getTime(),
    title: input.title === before.title,
    place: input.place === before.place,
    description: input.description === before.description,
    sourceUrl: input.sourceUrl === before.sourceUrl,
  });
  await tx.meeting.update({
    where: { id: input.id },
    // A date typed anew is a day: a month-only date (an imported release's) stays so only while untouched.
    data: { date: input.date, ...(input.date.getTime() === before.date.getTime() ? {} : { datePrecision: 'DAY' as const }), title: input.title, place: input.place, kind: input.kind, description: input.description, sourceUrl: input.sourceUrl, unreportedFields },
  });
  // Participants have no identity of their own beyond the meeting: the list is replaced as a whole.
  await tx.meetingParticipant.deleteMany({ where: { meetingId: input.id } });
  // A member who stays keeps the post recorded beside their name (an imported meeting's minister's post).
  const postOf = (memberId: number) => before.participants.find((p) => p.memberId === memberId)?.role ?? null;
  await tx.meetingParticipant.createMany({ data: [...members.map((m) => ({ meetingId: input.id, memberId: m.id, role: postOf(m.id) })), ...input.participants.map((p) => ({ meetingId: input.id, ...p }))] });
  const { added, removed } = diffIds(before.topics.map((t) => t.topic.id), topics.map((t) => t.id));
  if (removed.length) await tx.meetingTopic.deleteMany({ where: { meetingId: input.id, topicId: { in: removed } } });
  if (added.length) await tx.meetingTopic.createMany({ data: added.map((topicId) => ({ meetingId: input.id, topicId })) });
  const after = await loadMeeting(tx, input.id);
  await record({ entityType: 'Meeting', entityId: input.id, action: 'update', summary: meetingSummary(after), before: snapshot(before), after: snapshot(after) });
  await recordTopicLinks(ctx, after, topics.filter((t) => added.includes(t.id)), 'link');
  await recordTopicLinks(ctx, after, before.topics.map((t) => t.topic).filter((t) => removed.includes(t.id)), 'unlink');
  return { redirectTo: meetingPath(after), message: 'Meeting saved.' };
}

/** The meeting as it is now, for the editor whose save was refused as out of date. */
function describeMeeting(m: MeetingRecord): { label: string; value: string }[] {
  const s = snapshot(m);
  return [
    { label: 'Date', value: formatDate(m.date) },
    { label: 'Title', value: s.title },
    { label: 'Place', value: s.place ?? '' },
    { label: 'Kind', value: s.kind },
    { label: 'Description', value: s.description ?? '' },
    { label: 'Source web address', value: s.sourceUrl ?? '' },
    { label: 'Member participants', value: s.memberParticipants.join('; ') },
    { label: 'Other participants', value: s.otherParticipants.join('; ') },
    { label: 'Topics', value: s.topics.join('; ') },
  ];
}

/** Tags a meeting with a topic (from the meeting's page); recorded on both. */
export async function tagMeetingStep(input: { meetingId: number; topic: string }, ctx: StaffContext): Promise<StaffOutcome> {
  const meeting = await loadMeeting(ctx.tx, input.meetingId);
  const [topic] = await resolveTopics(ctx.tx, [input.topic], 'topic');
  if (meeting.topics.some((t) => t.topic.id === topic!.id)) throw new FormError(CHECK_FIELDS, { topic: [`This meeting is already tagged “${topic!.name}”`] });
  await ctx.tx.meetingTopic.create({ data: { meetingId: meeting.id, topicId: topic!.id } });
  await ctx.record({ entityType: 'Meeting', entityId: meeting.id, action: 'link', summary: meetingSummary(meeting), after: { topic: topic!.name } });
  await recordTopicLinks(ctx, meeting, [topic!], 'link');
  return { message: `Tagged “${topic!.name}”.` };
}

/** Removes a topic tag from a meeting (from the meeting's page); recorded on both. */
export async function untagMeetingStep(input: { meetingId: number; topic: string }, ctx: StaffContext): Promise<StaffOutcome> {
  const meeting = await loadMeeting(ctx.tx, input.meetingId);
  const topic = meeting.topics.map((t) => t.topic).find((t) => t.slug === input.topic);
  if (!topic) throw new NotFoundError('This meeting is not tagged with that topic (it may have been removed already).');
  await ctx.tx.meetingTopic.delete({ where: { meetingId_topicId: { meetingId: meeting.id, topicId: topic.id } } });
  await ctx.record({ entityType: 'Meeting', entityId: meeting.id, action: 'unlink', summary: meetingSummary(meeting), before: { topic: topic.name } });
  await recordTopicLinks(ctx, meeting, [topic], 'unlink');
  return { message: `Removed the tag “${topic.name}”.` };
}
