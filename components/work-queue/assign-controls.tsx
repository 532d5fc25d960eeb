'use client';
import { useActionState, useId } from 'react';
import { SubmitButton } from '@/components/forms/fields';
import { IDLE_STATE } from '@/lib/forms/action-state';
import { assignQuestion } from '@/server/actions/work-queue';
import styles from './work-queue.module.css';

interface AssignControlsProps {
  questionId: number;
  /** "Commons 8024", to name the controls for screen readers (every row has the same buttons). */
  name: string;
  assignee: { id: string; name: string } | null;
  me: string;
  users: { id: string; name: string }[];
}

/** One click to take a question, a choice of editor to give it to, and a way to hand it back. */
export function AssignControls({ questionId, name, assignee, me, users }: AssignControlsProps) {
  const [state, action] = useActionState(assignQuestion, IDLE_STATE);
  const selectId = useId();
  const errors = Object.values(state.fieldErrors ?? {}).flat();
  return (
    <>
      {assignee?.id !== me ? (
        <form action={action}>
          <input type="hidden" name="questionId" value={questionId} />
          <input type="hidden" name="assignee" value="me" />
          <SubmitButton className="secondary" pendingLabel="Assigning…">
            Assign to me<span className="visually-hidden"> ({name})</span>
          </SubmitButton>
        </form>
      ) : null}
      <form action={action}>
        <input type="hidden" name="questionId" value={questionId} />
        <label htmlFor={selectId}>
          Assign to<span className="visually-hidden"> ({name})</span>
        </label>
        <select id={selectId} name="assignee" defaultValue={assignee?.id ?? users[0]?.id} key={assignee?.id ?? ''}>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.id === me ? `${u.name} (me)` : u.name}
            </option>
          ))}
        </select>
        <SubmitButton className="secondary" pendingLabel="Assigning…">
          Assign<span className="visually-hidden"> {name}</span>
        </SubmitButton>
      </form>
      {assignee ? (
        <form action={action}>
          <input type="hidden" name="questionId" value={questionId} />
          <input type="hidden" name="assignee" value="" />
          <SubmitButton className="secondary" pendingLabel="Unassigning…">
            Unassign<span className="visually-hidden"> {name}</span>
          </SubmitButton>
        </form>
      ) : null}
      {state.status === 'ok' ? (
        <p className={styles.status} role="status">
          {state.message}
        </p>
      ) : state.status !== 'idle' ? (
        <p className={styles.statusError} role="alert">
          {state.message} {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}
