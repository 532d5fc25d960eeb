'use client';
/**
 * Log an answer version, or correct one already logged: kind, answering member, date, the text (rich-text
 * editor), attachments and the meetings it cites. A refused save keeps everything typed, the text included.
 */
import { useActionState, useState } from 'react';
import { BaseChangeInput, DateField, FormStatus, SubmitButton, formStyles } from '@/components/forms/fields';
import { Picker, type PickerOption } from '@/components/question-search/picker';
import type { AnswerFormQuestion, AnswerVersionForEdit } from '@/lib/answers/answer-form-data';
import { IDLE_STATE, valueOf } from '@/lib/forms/action-state';
import { SLUG_OF_KIND, type AnswerKindSlug } from '@/lib/validation/answer-form';
import { editAnswer, logAnswer } from '@/server/actions/answers';
import { AttachmentRows } from './attachment-rows';
import { KindField } from './kind-field';
import { RichTextField } from './rich-text-field';
import styles from './answer-form.module.css';

interface AnswerFormProps {
  question: AnswerFormQuestion;
  /** The version being corrected; absent when logging a new one. */
  version?: AnswerVersionForEdit;
  /** A new version's kind (from `?kind=`), else the likely next one. */
  kind?: AnswerKindSlug;
  /** Today in London, UK form: a new answer is usually logged the day it is given. */
  today: string;
}

export function AnswerForm({ question, version, kind, today }: AnswerFormProps) {
  const [state, action] = useActionState(version ? editAnswer : logAnswer, IDLE_STATE);
  const [member, setMember] = useState<PickerOption[]>(() => {
    const chosen = version ? version.member : question.defaultMember;
    return chosen ? [chosen] : [];
  });
  const [meetings, setMeetings] = useState<PickerOption[]>(version?.meetings ?? []);
  const errors = (name: string) => state.fieldErrors?.[name] ?? [];
  const chosenKind = valueOf(state, 'kind', version ? SLUG_OF_KIND[version.kind] : (kind ?? 'substantive'));
  return (
    <form action={action} className={`${formStyles.form} ${styles.form}`} noValidate>
      <FormStatus state={state} />
      {version ? (
        <>
          <input type="hidden" name="answerId" value={version.id} />
          <BaseChangeInput state={state} baseChangeId={version.baseChangeId} />
        </>
      ) : (
        <input type="hidden" name="questionId" value={question.id} />
      )}
      <KindField key={`kind-${state.status}-${chosenKind}`} value={chosenKind} errors={errors('kind')} />
      <div className={styles.pickerField}>
        <Picker
          label="Answering member"
          kind="member"
          name="answeringMember"
          single
          selected={member}
          onChange={setMember}
          hint="The minister who gave the answer: type part of their name."
          errors={errors('answeringMember')}
        />
      </div>
      <DateField state={state} name="answeredOn" label="Date answered" defaultValue={version?.answeredOn ?? today} required />
      <RichTextField
        name="html"
        label="Answer text"
        hint="Paste from Parliament's site or a Word document: paragraphs, lists and tables are kept."
        value={valueOf(state, 'html', version?.html ?? '')}
        errors={errors('html')}
      />
      <AttachmentRows state={state} stored={version?.attachments.map((a) => ({ title: a.title, url: a.url, fileType: a.fileType, size: a.size })) ?? []} />
      <div className={styles.pickerField}>
        <Picker
          label="Meetings cited"
          kind="meeting"
          name="meetings"
          selected={meetings}
          onChange={setMeetings}
          hint="Meetings the answer mentions, such as a bilateral: type part of the title or place."
          errors={errors('meetings')}
        />
      </div>
      <div className={formStyles.actions}>
        <SubmitButton>{version ? 'Save changes' : 'Log answer'}</SubmitButton>
        <a href={question.path}>Cancel</a>
      </div>
    </form>
  );
}
