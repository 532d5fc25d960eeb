import Link from 'next/link';
import { topicPath } from '@/lib/routes';

/** The "Topics" entry of a record's details list (a `<dt>`/`<dd>` pair): nothing when it has no topics. */
export function TopicsField({ topics }: { topics: { slug: string; name: string }[] }) {
  if (topics.length === 0) return null;
  return (
    <>
      <dt>Topics</dt>
      <dd>
        {topics.map((t, i) => (
          <span key={t.slug}>
            {i > 0 ? ', ' : ''}
            <Link href={topicPath(t)}>{t.name}</Link>
          </span>
        ))}
      </dd>
    </>
  );
}
