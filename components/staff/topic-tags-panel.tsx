import type { ActionState } from '@/lib/forms/action-state';
import { PickLinkForm, UnlinkButton } from './link-controls';
import styles from './editing-panel.module.css';

type StaffFormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

interface TopicTagsPanelProps {
  /** The record's field (meetingId, coverageId) and id, sent with each tag or untag. */
  record: Record<string, number>;
  topics: { name: string; slug: string }[];
  tag: StaffFormAction;
  untag: StaffFormAction;
}

/** Tagging a record with topics and removing tags, in place on its page (render inside EditorOnly). */
export function TopicTagsPanel({ record, topics, tag, untag }: TopicTagsPanelProps) {
  return (
    <section className={styles.panel} aria-labelledby="topic-tags-editing">
      <h2 id="topic-tags-editing" className={styles.heading}>
        Topic tags
      </h2>
      {topics.length === 0 ? <p className="muted">Not tagged with any topic.</p> : null}
      <ul className={styles.tags}>
        {topics.map((t) => (
          <li key={t.slug}>
            {t.name}
            <UnlinkButton action={untag} hidden={{ ...record, topic: t.slug }} label="Remove" accessibleLabel={`the tag “${t.name}”`} />
          </li>
        ))}
      </ul>
      <PickLinkForm action={tag} hidden={record} name="topic" label="Tag with a topic" kind="topic" submitLabel="Add tag" />
    </section>
  );
}
