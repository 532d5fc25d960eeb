// Lives in the (question) route group, outside app/questions/, on purpose: app/questions/loading.tsx would
// wrap this page in Suspense, streaming would start before the lookup, and an unknown question would be
// served as 200 instead of 404. Keep this route free of loading.tsx for the same reason.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { FollowBar } from '@/components/alerts/follow-bar';
import { QuestionPage } from '@/components/question/question-page';
import { feedAlternates } from '@/lib/feeds/feed-links';
import { londonToday } from '@/lib/dates';
import { HOUSE_LABELS } from '@/lib/labels';
import { parseQuestionKeyParams, type QuestionKeyParams } from '@/lib/validation/question';
import { canEdit } from '@/server/auth/session';
import { getQuestionDetail } from '@/server/question-detail';
import { requireReader } from '@/server/auth/reader-gate';

// One database read per request, shared by generateMetadata and the page.
const loadQuestion = cache(async (house: string, date: string, uin: string) => {
  const key = parseQuestionKeyParams({ house, date, uin: safeDecode(uin) });
  return key ? getQuestionDetail(key) : null;
});

// Next 16 hands this segment to generateMetadata and the page in different forms, one still percent-encoded
// ("HL%2F123"), one decoded; UINs never contain "%", so decoding both is safe. A malformed escape is simply not a UIN.
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}

async function load(params: Promise<QuestionKeyParams>) {
  const { house, date, uin } = await params;
  const question = await loadQuestion(house, date, uin);
  if (!question) notFound();
  return question;
}

export async function generateMetadata({ params }: PageProps<'/questions/[house]/[date]/[uin]'>): Promise<Metadata> {
  await requireReader();
  const q = await load(params);
  return {
    title: `${q.heading} (${q.uin})`,
    alternates: { canonical: q.path, types: feedAlternates(`${q.path}/feed`) },
    description: `Written question ${q.uin} in the ${HOUSE_LABELS[q.house]}, asked by ${q.askingMember.name} of the ${q.department.name}.`,
  };
}

export default async function QuestionRoute({ params }: PageProps<'/questions/[house]/[date]/[uin]'>) {
  await requireReader();
  const question = await load(params);
  const follow = <FollowBar kind="question" target={String(question.id)} targetId={String(question.id)} what="this question" feed={{ pathname: `${question.path}/feed`, search: '' }} returnTo={question.path} />;
  return <QuestionPage question={question} today={londonToday()} editable={await canEdit()} follow={follow} />;
}
