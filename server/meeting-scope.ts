import 'server-only';
import { prisma } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';

/**
 * Which meetings belong to a topic, a member or a department. A department's meetings are those of
 * its ministers while they held a post there: each role gives (member, from, to), and a meeting
 * counts when that member took part within those dates (an unreported start or end leaves that side
 * open). Returns null when the scope matches no meeting at all.
 */
export async function meetingScopeWhere(scope: { topicId?: number; memberId?: number; departmentId?: number }): Promise<Prisma.MeetingWhereInput | null> {
  const and: Prisma.MeetingWhereInput[] = [];
  if (scope.topicId !== undefined) and.push({ topics: { some: { topicId: scope.topicId } } });
  if (scope.memberId !== undefined) and.push({ participants: { some: { memberId: scope.memberId } } });
  if (scope.departmentId !== undefined) {
    const roles = await prisma.memberRole.findMany({
      where: { departmentId: scope.departmentId },
      select: { memberId: true, startDate: true, endDate: true },
    });
    if (roles.length === 0) return null;
    and.push({
      OR: roles.map((r) => ({
        participants: { some: { memberId: r.memberId } },
        ...(r.startDate || r.endDate ? { date: { ...(r.startDate ? { gte: r.startDate } : {}), ...(r.endDate ? { lte: r.endDate } : {}) } } : {}),
      })),
    });
  }
  return and.length === 0 ? {} : { AND: and };
}
