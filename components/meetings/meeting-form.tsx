'use client';
import { useActionState } from 'react';
import { BaseChangeInput, DateField, FormStatus, SelectField, SubmitButton, TextAreaField, TextField, formStyles } from '@/components/forms/fields';
import type { PickerOption } from '@/components/question-search/picker';
import { PickerField } from '@/components/staff/picker-field';
import { IDLE_STATE } from '@/lib/forms/action-state';
import { MEETING_KINDS, meetingKindName } from '@/lib/labels';
import type { OtherParticipant } from '@/lib/validation/meeting-form';
import { createMeeting, updateMeeting } from '@/server/actions/meetings';
import { ParticipantRows, participantsFrom } from './participant-rows';

const KIND_OPTIONS = MEETING_KINDS.map((kind) => ({ value: kind, label: meetingKindName(kind) }));

/** A meeting as the edit form starts from it, with the change it was loaded at. */
export interface MeetingFormValues {
  id: number;
  baseChangeId: number;
  date: string;
  title: string;
  place: string;
  kind: string;
  description: string;
  sourceUrl: string;
  members: PickerOption[];
  participants: OtherParticipant[];
  topics: PickerOption[];
  /** Fields whose stored values are placeholders the source did not report. */
  unreported: string[];
  /** The month the source gave when it gave no day ("October 2026"); the date field holds its first day. */
  monthOnly?: string | null;
}

const PLACEHOLDER_HINT = 'Not reported by the source: the stored value is a placeholder. Change it only when you know the real one.';

/** Logs a meeting, or edits one (`meeting` given). */
export function MeetingForm({ meeting }: { meeting?: MeetingFormValues }) {
  const [state, action] = useActionState(meeting ? updateMeeting : createMeeting, IDLE_STATE);
  const participants = participantsFrom(state, meeting?.participants ?? []);
  const hint = (field: string) => (meeting?.unreported.includes(field) ? PLACEHOLDER_HINT : undefined);
  return (
    <form action={action} className={formStyles.form} noValidate>
      <FormStatus state={state} />
      {meeting ? (
        <>
          <input type="hidden" name="id" value={meeting.id} />
          <BaseChangeInput state={state} baseChangeId={meeting.baseChangeId} />
        </>
      ) : null}
      <DateField state={state} name="date" label="Date" defaultValue={meeting?.date} required hint={hint('date') ?? (meeting?.monthOnly ? `The source gives the month only (${meeting.monthOnly}): leave this date as it is to keep it so, or type the day if you know it` : undefined)} />
      <SelectField state={state} name="kind" label="Kind" defaultValue={meeting?.kind ?? 'OTHER'} required options={KIND_OPTIONS} />
      <TextField state={state} name="title" label="Title" defaultValue={meeting?.title} required hint={hint('title')} />
      <TextField state={state} name="place" label="Place" defaultValue={meeting?.place} hint={hint('place') ?? 'City or building, e.g. Paris'} />
      <TextAreaField state={state} name="description" label="Description" defaultValue={meeting?.description} rows={4} />
      <TextField state={state} name="sourceUrl" label="Source web address" type="url" inputMode="url" defaultValue={meeting?.sourceUrl} hint={hint('sourceUrl') ?? 'Where the meeting is reported, starting with https://'} />
      <PickerField state={state} name="members" label="Member participants" kind="member" initial={meeting?.members} hint="Members of either House who took part: type part of a name" />
      <ParticipantRows key={JSON.stringify(participants)} state={state} initial={participants} />
      <PickerField state={state} name="topics" label="Topics" kind="topic" initial={meeting?.topics} />
      <div className={formStyles.actions}>
        <SubmitButton>{meeting ? 'Save meeting' : 'Log meeting'}</SubmitButton>
      </div>
    </form>
  );
}
