import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MeetingDetailView } from '@/components/meetings/meeting-detail';
import { recordIdParam } from '@/lib/validation/search-params';
import { getMeeting } from '@/server/meetings';
import { requireReader } from '@/server/auth/reader-gate';

async function load(id: string) {
  const parsed = recordIdParam.safeParse(id);
  return parsed.success ? getMeeting(parsed.data) : null;
}

export async function generateMetadata(props: PageProps<'/meetings/[id]'>): Promise<Metadata> {
  await requireReader();
  const meeting = await load((await props.params).id);
  return { title: meeting ? meeting.title : 'Meeting not found' };
}

export default async function MeetingPage(props: PageProps<'/meetings/[id]'>) {
  await requireReader();
  const meeting = await load((await props.params).id);
  if (!meeting) notFound();
  return <MeetingDetailView meeting={meeting} />;
}
