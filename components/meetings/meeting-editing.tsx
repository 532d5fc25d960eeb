import { EditorOnly } from '@/components/staff/editor-only';
import { DeleteRecordControl } from '@/components/history/delete-record-control';
import { RecordToolbar } from '@/components/staff/record-toolbar';
import { TopicTagsPanel } from '@/components/staff/topic-tags-panel';
import { meetingPath } from '@/lib/routes';
import { tagMeetingTopic, untagMeetingTopic } from '@/server/actions/meetings';

/** Editors' controls on a meeting's page: Edit and History, and its topic tags added and removed in place. */
export function MeetingEditing({ meeting }: { meeting: { id: number; topics: { name: string; slug: string }[] } }) {
  return (
    <>
      <RecordToolbar entityType="Meeting" entityId={meeting.id} editHref={`${meetingPath(meeting)}/edit`}>
        <DeleteRecordControl entityType="Meeting" id={meeting.id} />
      </RecordToolbar>
      <EditorOnly>
        <TopicTagsPanel record={{ meetingId: meeting.id }} topics={meeting.topics} tag={tagMeetingTopic} untag={untagMeetingTopic} />
      </EditorOnly>
    </>
  );
}
