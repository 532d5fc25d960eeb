import type { Metadata } from 'next';
import Link from 'next/link';
import { FollowBar } from '@/components/alerts/follow-bar';
import { feedAlternates } from '@/lib/feeds/feed-links';
import { canonicalSearch } from '@/server/alerts/follow-writes';
import { QuestionsResults } from '@/components/question-search/questions-results';
import { SearchRefusal } from '@/components/question-search/search-refusal';
import { canEdit } from '@/server/auth/session';
import { loadQuestionsView } from '@/server/search/questions-view';
import { questionSearchDeps } from '@/server/search/search-deps';
import { requireReader } from '@/server/auth/reader-gate';

const DESCRIPTION = 'Search every written parliamentary question and answer: who asked it, which department answers, when it is due and how long the answer took.';

/** The view's feeds, for feed readers that look for `<link rel="alternate">`. */
export async function generateMetadata(props: PageProps<'/questions'>): Promise<Metadata> {
  await requireReader();
  return { title: 'Questions', description: DESCRIPTION, alternates: { types: feedAlternates('/questions/feed', viewSearch(await props.searchParams)) } };
}

/** The table's address as a query string (`?q=…`), as the feeds and "Follow this search" take it. */
function viewSearch(raw: Record<string, string | string[] | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  const search = canonicalSearch(params.toString());
  return search.ok ? `?${search.query}` : '';
}

export default async function QuestionsPage(props: PageProps<'/questions'>) {
  await requireReader();
  const loaded = await loadQuestionsView(await props.searchParams, questionSearchDeps());
  if (!loaded.ok) return <SearchRefusal refusal={loaded} />;
  const raw = await props.searchParams;
  const search = viewSearch(raw);
  const follow = (
    <FollowBar
      kind="search"
      target={search.slice(1)}
      targetId={search.slice(1)}
      what="this search"
      feed={{ pathname: '/questions/feed', search }}
      returnTo={`/questions${search}`}
      noFollowReason={search ? undefined : 'Search or filter the table to follow what matches by email.'}
    />
  );
  return (
    <>
      {(await canEdit()) ? (
        <p>
          <Link href="/questions/new" className="button">
            New question
          </Link>
        </p>
      ) : null}
      {follow}
      <QuestionsResults view={loaded.view} />
    </>
  );
}
