import 'server-only';
/**
 * What each feed holds: the newest events (tabled, holding answer, answered, corrected, withdrawn) of one
 * question, a member, a department, a topic, or any questions-table view — read through the timeline
 * model (server/timeline.ts, lib/timeline/question-timeline.ts), so a feed item and a timeline entry are
 * the same event with the same id.
 */
import type { Prisma } from '@/generated/prisma/client';
import { formatDate, londonToday } from '@/lib/dates';
import type { FeedData, FeedItemData } from '@/lib/feeds/render-feed';
import { questionLabel } from '@/lib/question-label';
import { questionPath, departmentPath, memberPath, topicPath } from '@/lib/routes';
import { buildQuestionTimeline } from '@/lib/timeline/question-timeline';
import { TIMELINE_KIND_LABELS } from '@/lib/timeline/labels';
import type { TimelineEvent } from '@/lib/timeline/types';
import { parseQuestionQuery, questionQueryToSearchParams } from '@/lib/validation/question-query';
import { prisma } from '@/server/db';
import { getQuestionDetail, type QuestionKey } from '@/server/question-detail';
import { prepareView } from '@/server/search/question-search';
import { questionSearchDeps } from '@/server/search/search-deps';
import { listTimelineEvents, type TimelineScope } from '@/server/timeline';
import { canonicalSearch } from '@/server/alerts/follow-writes';
import { isSearchDeadlineError } from '@/server/search/search-deadline';

/** Items per feed: enough for a reader polling daily on a busy department. */
export const FEED_SIZE = 50;
const FEED_KINDS = ['tabled', 'holding-answer', 'answered', 'corrected'] as const;

/** 503: a view's search stopped at its deadline (SEARCH_DEADLINE_MS). */
export type FeedLoad = { ok: true; feed: FeedData } | { ok: false; status: 400 | 404 | 503; message: string };

const search = (params: URLSearchParams) => (params.size > 0 ? `?${params.toString()}` : '');

/** Combined-timeline events read as feed items: "Answered: <heading>". */
function scopedItem(e: TimelineEvent): FeedItemData {
  return { eventId: e.id, date: e.date, title: `${TIMELINE_KIND_LABELS[e.kind]}: ${e.title}`, summary: `${e.detail ?? ''}${e.isDemo ? ' (demo data)' : ''}`.trim(), path: e.href ?? '/' };
}

/** Withdrawals are not on the combined timeline (they are on a question's own): read them here. */
async function withdrawnItems(where: Prisma.QuestionWhereInput): Promise<FeedItemData[]> {
  const rows = await prisma.question.findMany({
    where: { ...where, withdrawnAt: { not: null } },
    orderBy: [{ withdrawnAt: 'desc' }, { id: 'desc' }],
    take: FEED_SIZE,
    select: { id: true, house: true, uin: true, dateTabled: true, heading: true, withdrawnAt: true, askingMember: { select: { displayName: true } } },
  });
  return rows.map((q) => ({
    eventId: `question-${q.id}-withdrawn`,
    date: q.withdrawnAt!,
    title: `Withdrawn: ${q.heading}`,
    summary: `${q.askingMember.displayName} withdrew ${questionLabel(q)} on ${formatDate(q.withdrawnAt!)}`,
    path: questionPath(q),
  }));
}

async function scopedItems(scope: TimelineScope, where: Prisma.QuestionWhereInput): Promise<FeedItemData[]> {
  const [page, withdrawn] = await Promise.all([listTimelineEvents({ ...scope, kinds: FEED_KINDS, order: 'newest', limit: FEED_SIZE }), withdrawnItems(where)]);
  return [...page.events.map(scopedItem), ...withdrawn].sort((a, b) => b.date.getTime() - a.date.getTime() || b.eventId.localeCompare(a.eventId)).slice(0, FEED_SIZE);
}

export async function questionFeed(key: QuestionKey): Promise<FeedLoad> {
  const q = await getQuestionDetail(key);
  if (!q) return { ok: false, status: 404, message: 'No such question.' };
  const path = questionPath(q);
  const events = buildQuestionTimeline(q, londonToday()).filter((e) => (['tabled', 'holding-answer', 'answered', 'corrected', 'withdrawn'] as const).includes(e.kind as never));
  const items = events.reverse().map((e) => ({ eventId: e.id, date: e.date, title: e.title, summary: `${e.detail ?? ''}${e.isDemo ? ' (demo data)' : ''}`.trim(), path: e.href ?? path }));
  return {
    ok: true,
    feed: { title: `${q.heading} (${questionLabel(q)})`, description: `When this question is answered, corrected or withdrawn: ${q.heading}`, pagePath: path, feedPath: { pathname: `${path}/feed`, search: '' }, items },
  };
}

export async function memberFeed(slug: string): Promise<FeedLoad> {
  const m = await prisma.member.findUnique({ where: { slug }, select: { id: true, slug: true, displayName: true } });
  if (!m) return { ok: false, status: 404, message: 'No such member.' };
  return { ok: true, feed: { title: `${m.displayName}: questions and answers`, description: `Questions ${m.displayName} tables and the answers to them, and answers they give.`, pagePath: memberPath(m), feedPath: { pathname: `${memberPath(m)}/feed`, search: '' }, items: await scopedItems({ memberId: m.id }, { askingMemberId: m.id }) } };
}

export async function departmentFeed(slug: string): Promise<FeedLoad> {
  const d = await prisma.department.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!d) return { ok: false, status: 404, message: 'No such department.' };
  return { ok: true, feed: { title: `${d.name}: questions and answers`, description: `Questions to the ${d.name} and its answers.`, pagePath: departmentPath(d), feedPath: { pathname: `${departmentPath(d)}/feed`, search: '' }, items: await scopedItems({ departmentId: d.id }, { departmentId: d.id }) } };
}

export async function topicFeed(slug: string): Promise<FeedLoad> {
  const t = await prisma.topic.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!t) return { ok: false, status: 404, message: 'No such topic.' };
  return { ok: true, feed: { title: `${t.name}: questions and answers`, description: `Questions on ${t.name} and their answers.`, pagePath: topicPath(t), feedPath: { pathname: `${topicPath(t)}/feed`, search: '' }, items: await scopedItems({ topicId: t.id }, { topics: { some: { topicId: t.id } } }) } };
}

/**
 * A questions-table view's feed (the table's own parser and search): events on the view's most recently
 * tabled and most recently answered questions. Paging, sorting and hidden columns do not change a feed.
 */
export async function viewFeed(params: URLSearchParams): Promise<FeedLoad> {
  const filters = new URLSearchParams(params);
  for (const name of ['page', 'size', 'sort', 'dir', 'hide']) filters.delete(name);
  const parsed = parseQuestionQuery(filters);
  if (!parsed.ok) return { ok: false, status: 400, message: parsed.message };
  const deps = questionSearchDeps();
  const prepared = await prepareView(parsed.query, deps);
  if (!prepared.ok) return { ok: false, status: 400, message: prepared.message };
  const { plan, impossible } = prepared.view;
  const ids = new Set<number>();
  if (!impossible) {
    try {
      for (const sort of ['dateTabled', 'dateAnswered'] as const) {
        const page = await deps.backend.search({ ...plan, sort, dir: 'desc', offset: 0, limit: FEED_SIZE });
        for (const r of page.records) ids.add(r.id);
      }
    } catch (error) {
      if (isSearchDeadlineError(error)) return { ok: false, status: 503, message: error.message };
      throw error;
    }
  }
  const canonical = search(questionQueryToSearchParams({ ...parsed.query, sort: undefined, dir: undefined, page: 1, size: undefined }));
  const named = canonicalSearch(canonical.slice(1));
  const scope = { questionIds: [...ids] };
  return {
    ok: true,
    feed: {
      title: `Answerable: ${named.ok ? named.label : 'all questions'}`,
      description: `New questions and answers in this view of the questions table${named.ok ? `: ${named.label}` : ''}.`,
      pagePath: `/questions${canonical}`,
      feedPath: { pathname: '/questions/feed', search: canonical },
      items: ids.size === 0 ? [] : await scopedItems(scope, { id: { in: scope.questionIds } }),
    },
  };
}
