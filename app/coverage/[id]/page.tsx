import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CoverageDetailView } from '@/components/coverage/coverage-detail';
import { recordIdParam } from '@/lib/validation/search-params';
import { getCoverage } from '@/server/coverage';
import { requireReader } from '@/server/auth/reader-gate';

async function load(id: string) {
  const parsed = recordIdParam.safeParse(id);
  return parsed.success ? getCoverage(parsed.data) : null;
}

export async function generateMetadata(props: PageProps<'/coverage/[id]'>): Promise<Metadata> {
  await requireReader();
  const article = await load((await props.params).id);
  return { title: article ? article.headline : 'Article not found' };
}

export default async function CoveragePage(props: PageProps<'/coverage/[id]'>) {
  await requireReader();
  const article = await load((await props.params).id);
  if (!article) notFound();
  return <CoverageDetailView article={article} />;
}
