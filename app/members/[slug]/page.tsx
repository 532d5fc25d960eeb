import { FollowBar } from '@/components/alerts/follow-bar';
import { feedAlternates } from '@/lib/feeds/feed-links';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from '@/lib/validation/zod';
import { MemberView } from '@/components/members/member-view';
import { QuestionsTable } from '@/components/questions/questions-table';
import { RecentTimeline } from '@/components/stories/recent-timeline';
import { hrefWith } from '@/lib/url-params';
import { parseQuestionTableParams } from '@/lib/validation/questions';
import { pageParam, parseSearchParams, slugParam } from '@/lib/validation/search-params';
import { listCoverage } from '@/server/coverage';
import { listMeetings } from '@/server/meetings';
import { getMember, getMemberQuestionStats, listAnswersGiven } from '@/server/members';
import { listQuestions } from '@/server/questions/list';
import { listTimelineEvents } from '@/server/timeline';
import { requireReader } from '@/server/auth/reader-gate';

const ANSWERS_PAGE_SIZE = 20;
const paramsSchema = z.object({ answersPage: pageParam.optional() });

async function load(slug: string) {
  const parsed = slugParam.safeParse(slug);
  return parsed.success ? getMember(parsed.data) : null;
}

export async function generateMetadata(props: PageProps<'/members/[slug]'>): Promise<Metadata> {
  await requireReader();
  const member = await load((await props.params).slug);
  return { title: member ? member.displayName : 'Member not found', alternates: member ? { types: feedAlternates(`/members/${member.slug}/feed`) } : undefined };
}

export default async function MemberPage(props: PageProps<'/members/[slug]'>) {
  await requireReader();
  const member = await load((await props.params).slug);
  if (!member) notFound();
  const raw = await props.searchParams;
  const { values, problems } = parseSearchParams(paramsSchema, raw);
  const table = parseQuestionTableParams(raw);
  const page = values.answersPage ?? 1;
  const [questions, stats, answers, meetings, coverage, timeline] = await Promise.all([
    listQuestions({ ...table.state, where: { askingMemberId: member.id } }),
    getMemberQuestionStats(member.id),
    listAnswersGiven(member.id, page, ANSWERS_PAGE_SIZE),
    listMeetings({ memberId: member.id, pageSize: 10 }),
    listCoverage({ memberId: member.id, pageSize: 10 }),
    listTimelineEvents({ memberId: member.id, order: 'newest', limit: 15 }),
  ]);
  return (
    <MemberView
      follow={<FollowBar kind="member" target={member.slug} targetId={String(member.id)} what={member.displayName} feed={{ pathname: `/members/${member.slug}/feed`, search: '' }} returnTo={`/members/${member.slug}`} />}
      member={member}
      stats={stats}
      answers={{ ...answers, page, pageSize: ANSWERS_PAGE_SIZE }}
      meetings={meetings}
      coverage={coverage}
      problems={[...problems, ...table.problems]}
      questions={<QuestionsTable rows={questions.rows} total={questions.total} state={table.state} />}
      timeline={<RecentTimeline page={timeline} label={`Timeline of ${member.displayName}`} name={member.displayName} fullHref={hrefWith('/timeline', { member: member.slug })} />}
    />
  );
}
