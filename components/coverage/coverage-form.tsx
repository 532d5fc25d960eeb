'use client';
import { useActionState } from 'react';
import { BaseChangeInput, DateField, FormStatus, SubmitButton, TextAreaField, TextField, formStyles } from '@/components/forms/fields';
import type { PickerOption } from '@/components/question-search/picker';
import { PickerField } from '@/components/staff/picker-field';
import { IDLE_STATE, valueOf } from '@/lib/forms/action-state';
import { createCoverage, linkCoverageQuestion, updateCoverage } from '@/server/actions/coverage';
import { CoverageUrlField } from './coverage-url-field';

/** An article as the edit form starts from it, with the change it was loaded at. */
export interface CoverageFormValues {
  id: number;
  baseChangeId: number;
  url: string;
  outlet: string;
  headline: string;
  publishedOn: string;
  author: string;
  summary: string;
  questions: PickerOption[];
  members: PickerOption[];
  topics: PickerOption[];
  unreported: string[];
}

interface CoverageFormProps {
  article?: CoverageFormValues;
  /** The question a new article was started from (`/coverage/new?question=<id>`): preselected. */
  question?: PickerOption;
}

const PLACEHOLDER_HINT = 'Not reported by the source: the stored value is a placeholder. Change it only when you know the real one.';

/** Logs an article, or edits one (`article` given). */
export function CoverageForm({ article, question }: CoverageFormProps) {
  const [state, action] = useActionState(article ? updateCoverage : createCoverage, IDLE_STATE);
  const [linkState, linkAction] = useActionState(linkCoverageQuestion, IDLE_STATE);
  const hint = (field: string) => (article?.unreported.includes(field) ? PLACEHOLDER_HINT : undefined);
  const url = valueOf(state, 'url', article?.url ?? '');
  return (
    <form action={action} className={formStyles.form} noValidate>
      <FormStatus state={state} />
      <FormStatus state={linkState} />
      {article ? (
        <>
          <input type="hidden" name="id" value={article.id} />
          <BaseChangeInput state={state} baseChangeId={article.baseChangeId} />
        </>
      ) : null}
      <CoverageUrlField
        key={url}
        state={state}
        defaultValue={url}
        exceptId={article?.id}
        question={question ? { id: Number(question.value), label: question.label } : undefined}
        linkAction={linkAction}
      />
      <TextField state={state} name="outlet" label="Outlet" defaultValue={article?.outlet} required hint={hint('outlet') ?? 'The newspaper, broadcaster or site, e.g. London Pulse News'} />
      <TextField state={state} name="headline" label="Headline" defaultValue={article?.headline} required hint={hint('headline')} />
      <DateField state={state} name="publishedOn" label="Date published" defaultValue={article?.publishedOn} hint={hint('publishedOn')} />
      <TextField state={state} name="author" label="Author" defaultValue={article?.author} hint={hint('author')} />
      <TextAreaField state={state} name="summary" label="Summary" defaultValue={article?.summary} rows={4} />
      <PickerField
        state={state}
        name="questions"
        label="Questions it covers"
        kind="question"
        initial={article?.questions ?? (question ? [question] : [])}
        hint="Type a UIN or words of the heading"
      />
      <PickerField state={state} name="members" label="Members it mentions" kind="member" initial={article?.members} />
      <PickerField state={state} name="topics" label="Topics" kind="topic" initial={article?.topics} />
      <div className={formStyles.actions}>
        <SubmitButton>{article ? 'Save coverage' : 'Log coverage'}</SubmitButton>
      </div>
    </form>
  );
}
