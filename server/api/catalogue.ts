import 'server-only';
import type { z } from '@/lib/validation/zod';
import type { DepartmentJson, departmentPageSchema } from '@/lib/api/department';
import { ApiError } from '@/lib/api/errors';
import type { plainListParams } from '@/lib/api/params';
import type { TopicJson, topicPageSchema } from '@/lib/api/topic';
import { departmentPath, topicPath } from '@/lib/routes';
import { prisma } from '@/server/db';
import { keyset } from './keyset';
import { apiPaths } from './paths';

/** Departments and topics: short lists, paged in id order like every record list. */
const DEPARTMENT = { id: true, parliamentId: true, slug: true, name: true, shortName: true, source: true } as const;
const TOPIC = { id: true, slug: true, name: true, description: true, source: true } as const;

const toDepartment = (d: Omit<DepartmentJson, 'path' | 'apiPath' | 'isDemo'>): DepartmentJson => ({ ...d, path: departmentPath(d), apiPath: apiPaths.department(d.slug), isDemo: d.source === 'DEMO' });
const toTopic = (t: Omit<TopicJson, 'path' | 'apiPath' | 'isDemo'>): TopicJson => ({ ...t, path: topicPath(t), apiPath: apiPaths.topic(t.slug), isDemo: t.source === 'DEMO' });

export async function listDepartmentsForApi(params: z.output<typeof plainListParams>): Promise<z.input<typeof departmentPageSchema>> {
  const page = keyset({}, params.limit, params.cursor);
  const rows = await prisma.department.findMany({ where: { id: { gt: page.after } }, orderBy: { id: 'asc' }, take: page.take, select: DEPARTMENT });
  return page.page(rows.map(toDepartment));
}

export async function getDepartmentForApi(slug: string): Promise<DepartmentJson> {
  const d = await prisma.department.findUnique({ where: { slug }, select: DEPARTMENT });
  if (!d) throw new ApiError('not_found', `There is no department with the address “${slug}”.`);
  return toDepartment(d);
}

export async function listTopicsForApi(params: z.output<typeof plainListParams>): Promise<z.input<typeof topicPageSchema>> {
  const page = keyset({}, params.limit, params.cursor);
  const rows = await prisma.topic.findMany({ where: { id: { gt: page.after } }, orderBy: { id: 'asc' }, take: page.take, select: TOPIC });
  return page.page(rows.map(toTopic));
}

export async function getTopicForApi(slug: string): Promise<TopicJson> {
  const t = await prisma.topic.findUnique({ where: { slug }, select: TOPIC });
  if (!t) throw new ApiError('not_found', `There is no topic with the address “${slug}”.`);
  return toTopic(t);
}
