import { EditorOnly } from '@/components/staff/editor-only';
import { PickLinkForm, UnlinkButton } from '@/components/staff/link-controls';
import { DeleteRecordControl } from '@/components/history/delete-record-control';
import { RecordToolbar } from '@/components/staff/record-toolbar';
import { TopicTagsPanel } from '@/components/staff/topic-tags-panel';
import { coveragePath } from '@/lib/routes';
import { linkCoverageMember, linkCoverageQuestion, tagCoverageTopic, unlinkCoverageMember, unlinkCoverageQuestion, untagCoverageTopic } from '@/server/actions/coverage';

/**
 * Editors' controls on an article's page (readers see none of them): Edit and History with its topic tags
 * at the top, a picker under each list to add a question or a member, and an Unlink beside each entry.
 */
export function CoverageEditing({ article }: { article: { id: number; topics: { name: string; slug: string }[] } }) {
  return (
    <>
      <RecordToolbar entityType="Coverage" entityId={article.id} editHref={`${coveragePath(article)}/edit`}>
        <DeleteRecordControl entityType="Coverage" id={article.id} />
      </RecordToolbar>
      <EditorOnly>
        <TopicTagsPanel record={{ coverageId: article.id }} topics={article.topics} tag={tagCoverageTopic} untag={untagCoverageTopic} />
      </EditorOnly>
    </>
  );
}

export function LinkQuestionControl({ coverageId }: { coverageId: number }) {
  return (
    <EditorOnly>
      <PickLinkForm action={linkCoverageQuestion} hidden={{ coverageId }} name="questionId" label="Link a question this article covers" kind="question" submitLabel="Link question" hint="Type a UIN or words of the heading" />
    </EditorOnly>
  );
}

export function UnlinkQuestionControl({ coverageId, question }: { coverageId: number; question: { id: number; heading: string } }) {
  return (
    <EditorOnly>
      <UnlinkButton action={unlinkCoverageQuestion} hidden={{ coverageId, questionId: question.id }} label="Unlink" accessibleLabel={`the question “${question.heading}”`} />
    </EditorOnly>
  );
}

export function LinkMemberControl({ coverageId }: { coverageId: number }) {
  return (
    <EditorOnly>
      <PickLinkForm action={linkCoverageMember} hidden={{ coverageId }} name="member" label="Link a member this article mentions" kind="member" submitLabel="Link member" />
    </EditorOnly>
  );
}

export function UnlinkMemberControl({ coverageId, member }: { coverageId: number; member: { slug: string; displayName: string } }) {
  return (
    <EditorOnly>
      <UnlinkButton action={unlinkCoverageMember} hidden={{ coverageId, member: member.slug }} label="Unlink" accessibleLabel={member.displayName} />
    </EditorOnly>
  );
}
