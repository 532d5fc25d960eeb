import type { Metadata } from 'next';
import { TopicForm } from '@/components/topics/topic-form';
import { requireRole } from '@/server/auth/session';

export const metadata: Metadata = { title: 'New topic' };

export default async function NewTopicPage() {
  await requireRole('editor');
  return (
    <>
      <h1>New topic</h1>
      <TopicForm />
    </>
  );
}
