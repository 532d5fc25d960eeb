import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MeetingForm } from '@/components/meetings/meeting-form';
import { meetingPath } from '@/lib/routes';
import { recordIdParam } from '@/lib/validation/search-params';
import { requireRole } from '@/server/auth/session';
import { getMeetingForEdit } from '@/server/meeting-edit';

export const metadata: Metadata = { title: 'Edit meeting' };

export default async function EditMeetingPage(props: PageProps<'/meetings/[id]/edit'>) {
  await requireRole('editor');
  const id = recordIdParam.safeParse((await props.params).id);
  const meeting = id.success ? await getMeetingForEdit(id.data) : null;
  if (!meeting) notFound();
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/meetings">Meetings</Link> › <Link href={meetingPath(meeting)}>{meeting.title}</Link>
      </p>
      <h1>Edit meeting: {meeting.title}</h1>
      <MeetingForm meeting={meeting} />
    </>
  );
}
