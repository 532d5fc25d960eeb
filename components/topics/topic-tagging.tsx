import Link from 'next/link';
import { Pager } from '@/components/lists/pager';
import { hrefWith } from '@/lib/url-params';
import { TAGGABLE_KINDS, TAGGABLE_LABELS, TAGGED_PAGE_PARAMS, type TaggableKind } from '@/lib/validation/topic-tags';
import { TAGGED_PAGE_SIZE, type TaggedRecords } from '@/server/topic-tagged';
import type { TopicRow } from '@/server/topics';
import { TopicTagForm, UntagButton } from './topic-tag-forms';
import styles from './topic-staff.module.css';

const TOTAL: Record<TaggableKind, keyof Pick<TopicRow, 'questions' | 'meetings' | 'coverage'>> = { question: 'questions', meeting: 'meetings', coverage: 'coverage' };

/**
 * Editors only: tag questions, meetings and articles with this topic (type-ahead pickers) and untag them,
 * each kind a page at a time, newest first. Rendered by the topic page only for editors.
 */
export function TopicTagging({ topic, tagged, params, path }: { topic: TopicRow; tagged: TaggedRecords; params: Record<string, string | string[] | undefined>; path: string }) {
  return (
    <section id="tagging" aria-labelledby="tagging-heading" className={styles.panel}>
      <h2 id="tagging-heading">Tagged records</h2>
      <p className="muted">Tag a question, meeting or article with “{topic.name}”, or untag it. Each change is kept in the history of the topic and of the record.</p>
      <div className={styles.kinds}>
        {TAGGABLE_KINDS.map((kind) => {
          const noun = TAGGABLE_LABELS[kind];
          const total = topic[TOTAL[kind]];
          const { rows, page } = tagged[kind];
          const headingId = `tagged-${kind}-heading`;
          return (
            <div key={kind} className={styles.kind}>
              <h3 id={headingId}>
                {noun.many[0]!.toUpperCase() + noun.many.slice(1)} ({total.toLocaleString('en-GB')})
              </h3>
              <TopicTagForm topicSlug={topic.slug} kind={kind} />
              {rows.length === 0 ? (
                <p className="muted">{total === 0 ? `No ${noun.many} have this topic yet.` : 'Nothing on this page.'}</p>
              ) : (
                <ul className={styles.tagged} aria-labelledby={headingId}>
                  {rows.map((r) => (
                    <li key={r.id}>
                      <span>
                        <Link href={r.href}>{r.label}</Link>
                        {r.detail ? <span className="muted"> · {r.detail}</span> : null}
                      </span>
                      <UntagButton topicSlug={topic.slug} kind={kind} recordId={r.id} label={r.label} />
                    </li>
                  ))}
                </ul>
              )}
              <Pager
                page={page}
                pageSize={TAGGED_PAGE_SIZE}
                total={total}
                label={`Pages of tagged ${noun.many}`}
                hrefFor={(p) => hrefWith(path, { ...params, [TAGGED_PAGE_PARAMS[kind]]: p > 1 ? p : undefined }, 'tagging')}
              />
            </div>
          );
        })}
      </div>
    </section>
  );
}
