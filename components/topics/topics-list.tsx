import Link from 'next/link';
import { DemoBadge } from '@/components/badges/badges';
import { Pager } from '@/components/lists/pager';
import { ParamProblems } from '@/components/lists/param-problems';
import { topicPath } from '@/lib/routes';
import { hrefWith } from '@/lib/url-params';
import type { TopicRow } from '@/server/topics';

const n = (value: number) => value.toLocaleString('en-GB');

/** Topics with what each groups; each opens its merged timeline. */
export function TopicsList({ rows, total, page, pageSize, q, problems }: { rows: TopicRow[]; total: number; page: number; pageSize: number; q?: string; problems: string[] }) {
  return (
    <>
      <h1>Topics</h1>
      <p>
        A topic groups the questions, ministers’ meetings and news coverage about one subject. Each topic’s page tells its story in date order; the{' '}
        <Link href="/timeline">timeline</Link> does the same across everything.
      </p>
      <ParamProblems problems={problems} />
      <form className="filters" action="/topics" method="get" role="search" aria-label="Find topics">
        <div className="filters__field">
          <label htmlFor="topics-q">Topic name</label>
          <input id="topics-q" name="q" type="search" defaultValue={q ?? ''} maxLength={200} />
        </div>
        <div className="filters__actions">
          <button type="submit">Find topics</button>
          {q ? <Link href="/topics">Clear</Link> : null}
        </div>
      </form>
      <p role="status">
        {n(total)} {total === 1 ? 'topic' : 'topics'}
        {q ? ` matching “${q}”` : ''}
      </p>
      {rows.length > 0 ? (
        <ul className="list-plain">
          {rows.map((t) => (
            <li key={t.id}>
              <Link href={topicPath(t)}>{t.name}</Link> {t.isDemo ? <DemoBadge /> : null}
              {t.description ? <span className="list-note">{t.description}</span> : null}
              <span className="list-note">
                {n(t.questions)} {t.questions === 1 ? 'question' : 'questions'} · {n(t.meetings)} {t.meetings === 1 ? 'meeting' : 'meetings'} · {n(t.coverage)}{' '}
                {t.coverage === 1 ? 'article' : 'articles'}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <Pager page={page} pageSize={pageSize} total={total} label="Topics pages" hrefFor={(p) => hrefWith('/topics', { q, page: p > 1 ? p : undefined })} />
    </>
  );
}
