import 'server-only';
import type { z } from '@/lib/validation/zod';
import { decodeCursor, encodeCursor, fingerprint, timelineCursorSchema } from '@/lib/api/cursor';
import { ApiError } from '@/lib/api/errors';
import type { scopedTimelineParams, timelineParams } from '@/lib/api/params';
import type { timelinePageSchema } from '@/lib/api/timeline';
import { timelineCursor } from '@/lib/validation/timeline';
import { prisma } from '@/server/db';
import { listTimelineEvents, type TimelineScope } from '@/server/timeline';
import { toTimelineEventJson } from './question-resource';
import { withoutPaging } from './keyset';

type Params = z.output<typeof scopedTimelineParams> & Partial<Pick<z.output<typeof timelineParams>, 'member' | 'department' | 'topic'>>;

async function idOf(kind: 'member' | 'department' | 'topic', slug: string): Promise<number> {
  const where = { where: { slug }, select: { id: true } };
  const row = kind === 'member' ? await prisma.member.findUnique(where) : kind === 'department' ? await prisma.department.findUnique(where) : await prisma.topic.findUnique(where);
  if (!row) throw new ApiError('not_found', `There is no ${kind} with the address “${slug}”.`);
  return row.id;
}

/**
 * A combined timeline (server/timeline.ts, the one the site's timelines show), by its own keyset
 * cursor (a date and how many events of that date were shown), wrapped so that it is bound to the
 * filters. Events added on dates not yet reached appear in their place; one added on the very date a
 * page ended, before the events already shown, can shift that date's remaining events by one.
 */
export async function timelineForApi(params: Params, scope: { member?: string; department?: string; topic?: string } = {}): Promise<z.input<typeof timelinePageSchema>> {
  const f = fingerprint(JSON.stringify({ ...withoutPaging(params), ...scope }));
  const inner = params.cursor ? decodeCursor(params.cursor, timelineCursorSchema, f).t : undefined;
  const cursor = inner ? timelineCursor.safeParse(inner) : undefined;
  if (cursor && !cursor.success) throw new ApiError('invalid_cursor', 'cursor is not one this API gave out for this list.');
  if (params.from && params.to && params.from > params.to) throw new ApiError('invalid_parameter', 'The request’s parameters are not valid: “from” is after “to”.');
  const ids: TimelineScope = {};
  const member = scope.member ?? params.member;
  const department = scope.department ?? params.department;
  const topic = scope.topic ?? params.topic;
  if (member) ids.memberId = await idOf('member', member);
  if (department) ids.departmentId = await idOf('department', department);
  if (topic) ids.topicId = await idOf('topic', topic);
  const page = await listTimelineEvents({ ...ids, from: params.from, to: params.to, kinds: params.kind, order: params.order, cursor: cursor?.data, limit: params.limit });
  return { data: page.events.map(toTimelineEventJson), nextCursor: page.nextCursor ? encodeCursor({ t: page.nextCursor, f }) : null, limit: params.limit };
}
