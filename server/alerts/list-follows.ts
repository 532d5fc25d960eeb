import 'server-only';
import { toFollowFrequency, type FollowFrequency, type FollowKind } from '@/lib/alerts/follow';
import { departmentPath, memberPath, questionPath, topicPath } from '@/lib/routes';
import { prisma } from '@/server/db';

export interface FollowRow {
  id: number;
  kind: FollowKind;
  label: string;
  frequency: FollowFrequency;
  /** The followed page; null when the record has since been deleted. */
  href: string | null;
  createdAt: Date;
}

/** A user's alerts for the /alerts page, newest first, each with a link to what it follows. */
export async function listFollows(userId: string): Promise<FollowRow[]> {
  const rows = await prisma.follow.findMany({ where: { userId }, orderBy: { id: 'desc' } });
  const ids = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => Number(r.targetId)).filter(Number.isInteger);
  const [questions, members, departments, topics] = await Promise.all([
    prisma.question.findMany({ where: { id: { in: ids('question') } }, select: { id: true, house: true, uin: true, dateTabled: true } }),
    prisma.member.findMany({ where: { id: { in: ids('member') } }, select: { id: true, slug: true } }),
    prisma.department.findMany({ where: { id: { in: ids('department') } }, select: { id: true, slug: true } }),
    prisma.topic.findMany({ where: { id: { in: ids('topic') } }, select: { id: true, slug: true } }),
  ]);
  const paths = new Map<string, string>([
    ...questions.map((q): [string, string] => [`question:${q.id}`, questionPath(q)]),
    ...members.map((m): [string, string] => [`member:${m.id}`, memberPath(m)]),
    ...departments.map((d): [string, string] => [`department:${d.id}`, departmentPath(d)]),
    ...topics.map((t): [string, string] => [`topic:${t.id}`, topicPath(t)]),
  ]);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as FollowKind,
    label: r.label,
    frequency: toFollowFrequency(r.frequency),
    href: r.kind === 'search' ? `/questions?${r.targetId}` : (paths.get(`${r.kind}:${r.targetId}`) ?? null),
    createdAt: r.createdAt,
  }));
}
