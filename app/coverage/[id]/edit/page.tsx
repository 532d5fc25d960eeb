import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CoverageForm } from '@/components/coverage/coverage-form';
import { coveragePath } from '@/lib/routes';
import { recordIdParam } from '@/lib/validation/search-params';
import { requireRole } from '@/server/auth/session';
import { getCoverageForEdit } from '@/server/coverage-edit';

export const metadata: Metadata = { title: 'Edit coverage' };

export default async function EditCoveragePage(props: PageProps<'/coverage/[id]/edit'>) {
  await requireRole('editor');
  const id = recordIdParam.safeParse((await props.params).id);
  const article = id.success ? await getCoverageForEdit(id.data) : null;
  if (!article) notFound();
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/coverage">Coverage</Link> › <Link href={coveragePath(article)}>{article.headline}</Link>
      </p>
      <h1>Edit coverage: {article.headline}</h1>
      <CoverageForm article={article} />
    </>
  );
}
