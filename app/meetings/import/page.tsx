import type { Metadata } from 'next';
import Link from 'next/link';
import { MeetingsImportForm } from '@/components/meetings/meetings-import-form';
import { requireRole } from '@/server/auth/session';
import { listDepartmentOptions } from '@/server/departments';

export const metadata: Metadata = { title: 'Import ministers’ meetings' };

export default async function ImportMeetingsPage() {
  await requireRole('editor');
  const departments = (await listDepartmentOptions()).map((d) => ({ value: d.slug, label: d.name }));
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/meetings">Meetings</Link>
      </p>
      <h1>Import ministers’ meetings</h1>
      <p>
        Departments publish their ministers’ meetings and overseas travel on GOV.UK every quarter as CSV files. Choose one to see what it
        would add; nothing is written until you confirm. Importing the same file again adds nothing.
      </p>
      <MeetingsImportForm departments={departments} />
    </>
  );
}
