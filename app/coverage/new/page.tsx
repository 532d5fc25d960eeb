import type { Metadata } from 'next';
import Link from 'next/link';
import { CoverageForm } from '@/components/coverage/coverage-form';
import { recordIdParam } from '@/lib/validation/search-params';
import { requireRole } from '@/server/auth/session';
import { getQuestionOption } from '@/server/coverage-edit';

export const metadata: Metadata = { title: 'Log coverage' };

/** /coverage/new, or /coverage/new?question=<id> from a question's page: that question is preselected. */
export default async function NewCoveragePage(props: PageProps<'/coverage/new'>) {
  await requireRole('editor');
  const raw = (await props.searchParams).question;
  const id = recordIdParam.safeParse(Array.isArray(raw) ? raw[0] : raw);
  const question = id.success ? await getQuestionOption(id.data) : null;
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/coverage">Coverage</Link>
      </p>
      <h1>Log coverage</h1>
      {raw !== undefined && !question ? <p role="note">The question this form was opened for was not found: choose the questions below.</p> : null}
      <CoverageForm question={question ?? undefined} />
    </>
  );
}
