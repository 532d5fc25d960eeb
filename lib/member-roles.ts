/**
 * Which post a member held on a given day. Roles come from Parliament, staff or a source article; an
 * article often names a post without its dates ("Defence Minister"), so an undated role counts as held.
 */
export interface DatedRole {
  title: string;
  departmentId: number | null;
  startDate: Date | null;
  endDate: Date | null;
}

/**
 * The title of the role held on `date`, preferring one in `departmentId` (the answering department),
 * then a dated role over an undated one, then the most recently started. Null when none was held.
 */
export function roleOnDate(roles: DatedRole[], date: Date, departmentId?: number | null): string | null {
  const time = date.getTime();
  const held = roles.filter(
    (role) => (!role.startDate || role.startDate.getTime() <= time) && (!role.endDate || role.endDate.getTime() >= time),
  );
  const score = (role: DatedRole) => [
    departmentId != null && role.departmentId === departmentId ? 1 : 0,
    role.startDate ? 1 : 0,
    role.startDate?.getTime() ?? 0,
  ];
  const best = held.sort((a, b) => {
    const [sa, sb] = [score(a), score(b)];
    for (let i = 0; i < sa.length; i++) {
      const diff = (sb[i] ?? 0) - (sa[i] ?? 0);
      if (diff !== 0) return diff;
    }
    return 0;
  })[0];
  return best?.title ?? null;
}
