import type { Metadata } from 'next';
import { WorkQueueView } from '@/components/work-queue/work-queue-view';
import { hasRole } from '@/lib/auth/roles';
import { parseWorkQueueParams } from '@/lib/validation/work-queue';
import { requireRole } from '@/server/auth/session';
import { listDepartmentOptions } from '@/server/departments';
import { listRecentChanges } from '@/server/recent-changes';
import { countAssignedOpen, listAssignableUsers, listWorkQueue, resolveWorkQueueDepartment } from '@/server/work-queue';

export const metadata: Metadata = { title: 'Work queue', robots: { index: false } };

export default async function WorkQueuePage(props: PageProps<'/work'>) {
  const user = await requireRole('editor');
  const { filters, problems } = parseWorkQueueParams(await props.searchParams);
  const { department, problem } = await resolveWorkQueueDepartment(filters);
  const [queue, mineCount, users, departments, recent] = await Promise.all([
    listWorkQueue({ userId: user.id, mine: filters.mine, departmentId: department?.id, page: filters.page }),
    countAssignedOpen(user.id),
    listAssignableUsers(),
    listDepartmentOptions(),
    listRecentChanges({ limit: 20, includeAccounts: hasRole(user.role, 'admin') }),
  ]);
  return (
    <WorkQueueView
      queue={queue}
      filters={filters}
      department={department}
      problems={problem ? [...problems, problem] : problems}
      mineCount={mineCount}
      me={{ id: user.id, name: user.name }}
      users={users}
      departments={departments}
      recent={recent}
    />
  );
}
