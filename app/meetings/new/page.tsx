import type { Metadata } from 'next';
import Link from 'next/link';
import { MeetingForm } from '@/components/meetings/meeting-form';
import { requireRole } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Log a meeting' };

export default async function NewMeetingPage() {
  await requireRole('editor');
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/meetings">Meetings</Link>
      </p>
      <h1>Log a meeting</h1>
      <MeetingForm />
    </>
  );
}
