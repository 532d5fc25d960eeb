'use client';
/**
 * The question form, new and edit: identity (House, UIN, dates), who asked whom, the wording and topics.
 * Checked on the server against lib/validation/question-form.ts; a refused save keeps what was typed, and a
 * clash with a question already recorded links to it.
 */
import Link from 'next/link';
import { useActionState, useState } from 'react';
import {
  BaseChangeInput,
  CheckboxField,
  DateField,
  FormStatus,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  formStyles,
} from '@/components/forms/fields';
import { Picker, type PickerOption } from '@/components/question-search/picker';
import { IDLE_STATE } from '@/lib/forms/action-state';
import { HOUSE_OPTIONS } from '@/lib/validation/question-form';
import { createQuestion, updateQuestion } from '@/server/actions/questions';
import type { QuestionForEdit } from '@/server/question-edit';
import styles from './question-form.module.css';

export function QuestionForm({ question }: { question?: QuestionForEdit }) {
  const [state, action] = useActionState(question ? updateQuestion : createQuestion, IDLE_STATE);
  // The pickers' choices live here, so a refused save keeps them (with their names) as chosen.
  const [member, setMember] = useState<PickerOption[]>(question ? [question.askingMember] : []);
  const [department, setDepartment] = useState<PickerOption[]>(question ? [question.department] : []);
  const [topics, setTopics] = useState<PickerOption[]>(question?.topics ?? []);
  const clash = state.fieldErrors?._clash;
  const errors = (name: string) => state.fieldErrors?.[name];

  return (
    <form action={action} className={`${formStyles.form} ${styles.form}`} noValidate>
      <FormStatus state={state} />
      {question ? (
        <>
          <input type="hidden" name="id" value={question.id} />
          <BaseChangeInput state={state} baseChangeId={question.baseChangeId} />
        </>
      ) : null}
      <fieldset className={formStyles.fieldset}>
        <legend className={formStyles.legend}>The question in Parliament</legend>
        <div className={formStyles.row}>
          <SelectField state={state} name="house" label="House" hint="Where the question was tabled." options={HOUSE_OPTIONS} defaultValue={question?.house ?? 'COMMONS'} required />
          <TextField
            state={state}
            name="uin"
            label="UIN"
            hint="Commons: digits, e.g. 8024. Lords: HL and digits, e.g. HL1234"
            defaultValue={question?.uin}
            required
          />
        </div>
        {clash?.[0] ? (
          <p className={styles.clash}>
            <Link href={clash[0]}>Open {clash[1] ?? 'the question already recorded'}</Link>
          </p>
        ) : null}
        <div className={formStyles.row}>
          <DateField state={state} name="dateTabled" label="Date tabled" defaultValue={question?.dateTabled} required />
          <DateField state={state} name="dateDue" label="Date due" defaultValue={question?.dateDue} required />
        </div>
        <CheckboxField state={state} name="isNamedDay" label="Named day question" hint="The member asked for an answer on the due date." defaultChecked={question?.isNamedDay} />
      </fieldset>
      <fieldset className={formStyles.fieldset}>
        <legend className={formStyles.legend}>Who asked whom</legend>
        <Picker label="Asking member" kind="member" name="askingMember" single selected={member} onChange={setMember} hint="Type part of the member’s name and choose from the list." errors={errors('askingMember')} />
        <Picker label="Department" kind="department" name="department" single selected={department} onChange={setDepartment} hint="The department the question is addressed to." errors={errors('department')} />
        <CheckboxField state={state} name="memberHasInterest" label="The member has declared a relevant interest" defaultChecked={question?.memberHasInterest} />
      </fieldset>
      <fieldset className={formStyles.fieldset}>
        <legend className={formStyles.legend}>Wording</legend>
        <TextField state={state} name="heading" label="Heading" hint="As Parliament lists it, e.g. “Defence: Procurement”." defaultValue={question?.heading} required />
        <TextAreaField state={state} name="text" label="Question text" hint="The full wording, starting “To ask…”. References to earlier answers are linked as follow-ups." defaultValue={question?.text} rows={8} required />
        <Picker label="Topics (optional)" kind="topic" name="topics" selected={topics} onChange={setTopics} errors={errors('topics')} />
      </fieldset>
      <div className={formStyles.actions}>
        <SubmitButton>{question ? 'Save question' : 'Create question'}</SubmitButton>
        <Link href={question ? question.path : '/questions'}>Cancel</Link>
      </div>
    </form>
  );
}
