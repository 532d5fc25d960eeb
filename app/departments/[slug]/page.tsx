import { FollowBar } from '@/components/alerts/follow-bar';
import { feedAlternates } from '@/lib/feeds/feed-links';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from '@/lib/validation/zod';
import { DepartmentView } from '@/components/departments/department-view';
import { QuestionsTable } from '@/components/questions/questions-table';
import { RecentTimeline } from '@/components/stories/recent-timeline';
import { hrefWith } from '@/lib/url-params';
import { parseQuestionTableParams } from '@/lib/validation/questions';
import { parseSearchParams, pageParam, slugParam } from '@/lib/validation/search-params';
import { getDepartment, getDepartmentAnswerStats } from '@/server/departments';
import { listMeetings } from '@/server/meetings';
import { listOverdueQuestions } from '@/server/overdue';
import { listQuestions } from '@/server/questions/list';
import { listTimelineEvents } from '@/server/timeline';
import { requireReader } from '@/server/auth/reader-gate';

const OVERDUE_PAGE_SIZE = 25;
const paramsSchema = z.object({ overduePage: pageParam.optional() });

async function load(slug: string) {
  const parsed = slugParam.safeParse(slug);
  return parsed.success ? getDepartment(parsed.data) : null;
}

export async function generateMetadata(props: PageProps<'/departments/[slug]'>): Promise<Metadata> {
  await requireReader();
  const department = await load((await props.params).slug);
  return { title: department ? department.name : 'Department not found', alternates: department ? { types: feedAlternates(`/departments/${department.slug}/feed`) } : undefined };
}

export default async function DepartmentPage(props: PageProps<'/departments/[slug]'>) {
  await requireReader();
  const department = await load((await props.params).slug);
  if (!department) notFound();
  const raw = await props.searchParams;
  const { values, problems } = parseSearchParams(paramsSchema, raw);
  const table = parseQuestionTableParams(raw);
  const page = values.overduePage ?? 1;
  const [questions, overdue, stats, meetings, timeline] = await Promise.all([
    listQuestions({ ...table.state, where: { departmentId: department.id } }),
    listOverdueQuestions({ departmentId: department.id, page, pageSize: OVERDUE_PAGE_SIZE }),
    getDepartmentAnswerStats(department.id),
    listMeetings({ departmentId: department.id, pageSize: 10 }),
    listTimelineEvents({ departmentId: department.id, order: 'newest', limit: 15 }),
  ]);
  return (
    <DepartmentView
      follow={<FollowBar kind="department" target={department.slug} targetId={String(department.id)} what={department.name} feed={{ pathname: `/departments/${department.slug}/feed`, search: '' }} returnTo={`/departments/${department.slug}`} />}
      department={department}
      overdue={{ ...overdue, page, pageSize: OVERDUE_PAGE_SIZE }}
      stats={stats}
      meetings={meetings}
      problems={[...problems, ...table.problems]}
      questions={<QuestionsTable rows={questions.rows} total={questions.total} state={table.state} />}
      timeline={<RecentTimeline page={timeline} label={`Timeline of the ${department.name}`} name={`the ${department.name}`} fullHref={hrefWith('/timeline', { department: department.slug })} />}
    />
  );
}
