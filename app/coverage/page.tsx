import type { Metadata } from 'next';
import { NewRecordLink } from '@/components/staff/new-record-link';
import { CoverageListView } from '@/components/coverage/coverage-list';
import { parseCoverageTableParams } from '@/lib/validation/coverage-table';
import { coverageFilterSchema } from '@/lib/validation/lists';
import { parseSearchParams } from '@/lib/validation/search-params';
import { listCoverage, listOutlets } from '@/server/coverage';
import { resolveScope } from '@/server/scope-refs';
import { requireReader } from '@/server/auth/reader-gate';

export const metadata: Metadata = { title: 'Coverage', description: 'News articles about written questions, the questions they cover and the members they mention.' };

export default async function CoveragePage(props: PageProps<'/coverage'>) {
  await requireReader();
  const raw = await props.searchParams;
  const table = parseCoverageTableParams(raw);
  const { values: filters, problems } = parseSearchParams(coverageFilterSchema, raw);
  const scope = await resolveScope(filters);
  const { state } = table;
  const [{ rows, total }, outlets] = await Promise.all([
    listCoverage({ q: filters.q, outlet: filters.outlet, from: filters.from, to: filters.to, ...scope.ids, sort: state.sort, dir: state.dir, page: state.page, pageSize: state.size }),
    listOutlets(),
  ]);
  return <CoverageListView rows={rows} total={total} state={state} filters={filters} outlets={outlets} scope={scope.labels} problems={[...table.problems, ...problems, ...scope.problems]} actions={<NewRecordLink href="/coverage/new">New coverage</NewRecordLink>} />;
}
