import type { Metadata } from 'next';
import { connection } from 'next/server';
import { OverdueDashboard } from '@/components/overdue/overdue-dashboard';
import { getOverdueOverview } from '@/server/overdue';
import { requireReader } from '@/server/auth/reader-gate';

export const metadata: Metadata = {
  title: 'Overdue questions',
  description: 'Written questions past their due date with no answer, by department, oldest first.',
};

export default async function OverduePage() {
  await requireReader();
  await connection();
  return <OverdueDashboard overview={await getOverdueOverview()} />;
}
