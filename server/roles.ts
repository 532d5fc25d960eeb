import 'server-only';
import type { RecordSource } from '@/generated/prisma/enums';

/** A post held over a period, as member and department pages show it. */
export interface RoleDto {
  id: number;
  title: string;
  member: { displayName: string; slug: string };
  department: { name: string; slug: string } | null;
  /** null when the source did not report it. */
  startDate: Date | null;
  /** null while the post is held, or when unreported (see isCurrent). */
  endDate: Date | null;
  isDemo: boolean;
  /** True for a post that has not ended. */
  isCurrent: boolean;
  /** True when the source gave neither date (e.g. an article naming someone's post). */
  datesUnreported: boolean;
}

export const ROLE_SELECT = {
  id: true, title: true, startDate: true, endDate: true, source: true,
  member: { select: { displayName: true, slug: true } },
  department: { select: { name: true, slug: true } },
} as const;

export function toRoleDto(r: {
  id: number; title: string; startDate: Date | null; endDate: Date | null; source: RecordSource;
  member: { displayName: string; slug: string }; department: { name: string; slug: string } | null;
}): RoleDto {
  return {
    id: r.id,
    title: r.title,
    member: r.member,
    department: r.department,
    startDate: r.startDate,
    endDate: r.endDate,
    isDemo: r.source === 'DEMO',
    isCurrent: r.endDate === null,
    datesUnreported: r.startDate === null && r.endDate === null && r.source !== 'DEMO',
  };
}

/** Most recent first: current posts, then by start date descending, undated last. */
export function sortRoles(roles: RoleDto[]): RoleDto[] {
  const time = (d: Date | null) => (d ? d.getTime() : Number.NEGATIVE_INFINITY);
  return [...roles].sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent) || time(b.startDate) - time(a.startDate) || a.title.localeCompare(b.title));
}
