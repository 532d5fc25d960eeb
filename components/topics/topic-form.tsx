'use client';
import { useActionState } from 'react';
import { BaseChangeInput, FormStatus, SubmitButton, TextAreaField, TextField, formStyles } from '@/components/forms/fields';
import { IDLE_STATE } from '@/lib/forms/action-state';
import { createTopic, updateTopic } from '@/server/actions/topics';

interface TopicFormProps {
  /** The topic being edited, with the change it was loaded at; absent for a new topic. */
  topic?: { id: number; name: string; description: string | null; baseChangeId: number };
}

export function TopicForm({ topic }: TopicFormProps) {
  const [state, action] = useActionState(topic ? updateTopic : createTopic, IDLE_STATE);
  return (
    <form action={action} className={formStyles.form} noValidate>
      <FormStatus state={state} />
      {topic ? (
        <>
          <input type="hidden" name="id" value={topic.id} />
          <BaseChangeInput state={state} baseChangeId={topic.baseChangeId} />
        </>
      ) : null}
      <TextField state={state} name="name" label="Name" defaultValue={topic?.name} required />
      <TextAreaField state={state} name="description" label="Description" defaultValue={topic?.description ?? ''} rows={4} />
      <div className={formStyles.actions}>
        <SubmitButton>{topic ? 'Save topic' : 'Create topic'}</SubmitButton>
      </div>
    </form>
  );
}
