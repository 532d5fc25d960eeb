import Link from 'next/link';
import { EditorOnly } from '@/components/staff/editor-only';
import { PickLinkForm, UnlinkButton } from '@/components/staff/link-controls';
import { linkCoverageQuestion, unlinkCoverageQuestion } from '@/server/actions/coverage';

/**
 * The question page's end of "an article covers a question", for editors: link an article already
 * logged, or log a new one with this question preselected.
 */
export function QuestionCoverageControls({ questionId }: { questionId: number }) {
  return (
    <EditorOnly>
      <PickLinkForm action={linkCoverageQuestion} hidden={{ questionId }} name="coverageId" label="Link coverage already logged" kind="coverage" submitLabel="Link coverage" hint="Type words of the headline or the outlet" />
      <p>
        <Link href={`/coverage/new?question=${questionId}`} className="button secondary">
          Log new coverage
        </Link>
      </p>
    </EditorOnly>
  );
}

/** Removes one article's link to the question, beside the article. */
export function UnlinkCoverageControl({ questionId, coverage }: { questionId: number; coverage: { id: number; headline: string } }) {
  return (
    <EditorOnly>
      <p>
        <UnlinkButton action={unlinkCoverageQuestion} hidden={{ questionId, coverageId: coverage.id }} label="Unlink" accessibleLabel={`the article “${coverage.headline}” from this question`} />
      </p>
    </EditorOnly>
  );
}
