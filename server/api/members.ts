import 'server-only';
import type { z } from '@/lib/validation/zod';
import { isoDayOrNull } from '@/lib/api/common';
import { ApiError } from '@/lib/api/errors';
import type { MemberJson, MemberSummaryJson, memberPageSchema } from '@/lib/api/member';
import type { memberListParams } from '@/lib/api/params';
import { departmentPath, memberPath } from '@/lib/routes';
import { prisma } from '@/server/db';
import { keyset, withoutPaging } from './keyset';
import { apiPaths } from './paths';

const SELECT = {
  id: true,
  parliamentId: true,
  slug: true,
  displayName: true,
  listName: true,
  house: true,
  constituency: true,
  source: true,
  party: { select: { name: true, abbreviation: true, colour: true } },
} as const;

type MemberFields = { id: number; parliamentId: number | null; slug: string; displayName: string; listName: string; house: 'COMMONS' | 'LORDS'; constituency: string | null; source: MemberSummaryJson['source']; party: MemberSummaryJson['party'] };

function toMemberSummary(m: MemberFields): MemberSummaryJson {
  return { ...m, path: memberPath(m), apiPath: apiPaths.member(m.slug), isDemo: m.source === 'DEMO' };
}

/** GET /api/v1/members: every member in id order (house filter optional). */
export async function listMembersForApi(params: z.output<typeof memberListParams>): Promise<z.input<typeof memberPageSchema>> {
  const page = keyset(withoutPaging(params), params.limit, params.cursor);
  const house = params.house === 'commons' ? 'COMMONS' : params.house === 'lords' ? 'LORDS' : undefined;
  const rows = await prisma.member.findMany({ where: { id: { gt: page.after }, ...(house ? { house } : {}) }, orderBy: { id: 'asc' }, take: page.take, select: SELECT });
  return page.page(rows.map(toMemberSummary) as (MemberSummaryJson & { id: number })[]);
}

/** GET /api/v1/members/{slug}: a member with every post they held, earliest first. */
export async function getMemberForApi(slug: string): Promise<MemberJson> {
  const m = await prisma.member.findUnique({
    where: { slug },
    select: {
      ...SELECT,
      roles: {
        select: { id: true, title: true, startDate: true, endDate: true, source: true, department: { select: { slug: true, name: true, shortName: true } } },
        orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
      },
    },
  });
  if (!m) throw new ApiError('not_found', `There is no member with the address “${slug}”.`);
  return {
    ...toMemberSummary(m),
    roles: m.roles.map((r) => ({
      id: r.id,
      title: r.title,
      department: r.department ? { ...r.department, path: departmentPath(r.department), apiPath: apiPaths.department(r.department.slug) } : null,
      startDate: isoDayOrNull(r.startDate),
      endDate: isoDayOrNull(r.endDate),
      source: r.source,
    })),
  };
}
