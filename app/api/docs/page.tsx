import type { Metadata } from 'next';
import { ApiReference, type OpenApiDoc } from '@/components/api-docs/api-reference';
import { openApiDocument } from '@/lib/api/openapi';
import { requireReader } from '@/server/auth/reader-gate';

export const metadata: Metadata = {
  title: 'API reference',
  description: 'The Answerable JSON API: questions, answers, members, departments, meetings, coverage, topics and timelines.',
};

/** /api/docs: the reference for /api/v1, rendered from the generated OpenAPI document. */
export default async function ApiDocsPage() {
  await requireReader();
  return <ApiReference doc={openApiDocument() as unknown as OpenApiDoc} />;
}
