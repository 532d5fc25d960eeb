import type { Metadata } from 'next';
import { DepartmentsList } from '@/components/departments/departments-list';
import { parseDepartmentListParams } from '@/lib/validation/departments-table';
import { listDepartments } from '@/server/departments';
import { requireReader } from '@/server/auth/reader-gate';

export const metadata: Metadata = { title: 'Departments', description: 'Departments that answer written questions, with awaiting and overdue counts.' };

export default async function DepartmentsPage(props: PageProps<'/departments'>) {
  await requireReader();
  const { state, filters, problems } = parseDepartmentListParams(await props.searchParams);
  const { rows, total } = await listDepartments({ q: filters.q, sort: state.sort, dir: state.dir, page: state.page, pageSize: state.size });
  return <DepartmentsList rows={rows} total={total} state={state} filters={filters} problems={problems} />;
}
