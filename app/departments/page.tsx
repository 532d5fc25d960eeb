import type { Metadata } from 'next';
import { connection } from 'next/server';
import { DepartmentsList } from '@/components/departments/departments-list';
import { listDepartments } from '@/server/departments';

export const metadata: Metadata = { title: 'Departments', description: 'Departments that answer written questions, with awaiting and overdue counts.' };

export default async function DepartmentsPage() {
  await connection();
  return <DepartmentsList rows={await listDepartments()} />;
}
