import Link from 'next/link';
import { SelectFilter } from '@/components/lists/list-filters';
import { toIsoDate } from '@/lib/dates';
import { COMBINED_KIND_LABELS, COMBINED_TIMELINE_KINDS, type CombinedTimelineKind, type TimelineOrder } from '@/lib/validation/timeline';
import type { TimelineCounts } from '@/server/timeline';

export interface TimelineFilterValues {
  from?: Date;
  to?: Date;
  kinds: CombinedTimelineKind[];
  order: TimelineOrder;
  member?: string;
  department?: string;
  topic?: string;
}

export interface ScopeOptions {
  departments: { slug: string; name: string }[];
  topics: { slug: string; name: string }[];
}

const bySlug = (records: { slug: string; name: string }[]) => records.map((r) => ({ value: r.slug, label: r.name }));

/**
 * The filters of a combined timeline as a plain GET form, so the URL is the state (bookmarkable,
 * shareable, Back works) and it works without JavaScript. Changing a filter starts from the first page.
 */
export function TimelineFilters({ action, values, counts, scope, idPrefix }: { action: string; values: TimelineFilterValues; counts: TimelineCounts; scope?: ScopeOptions; idPrefix: string }) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const active = values.from || values.to || values.kinds.length > 0 || values.member || values.department || values.topic;
  return (
    <form className="filters" action={action} method="get" aria-label="Filter the timeline">
      {scope ? (
        <>
          <div className="filters__field">
            <label htmlFor={id('member')}>Member</label>
            <input id={id('member')} name="member" type="search" defaultValue={values.member ?? ''} maxLength={100} aria-describedby={id('member-hint')} />
            <span id={id('member-hint')} className="muted">A name, e.g. Maria Eagle</span>
          </div>
          <SelectFilter id={id('department')} name="department" label="Department" anyLabel="All departments" options={bySlug(scope.departments)} value={values.department} />
          <SelectFilter id={id('topic')} name="topic" label="Topic" anyLabel="All topics" options={bySlug(scope.topics)} value={values.topic} />
        </>
      ) : null}
      <div className="filters__field">
        <label htmlFor={id('from')}>From</label>
        <input id={id('from')} name="from" type="date" defaultValue={values.from ? toIsoDate(values.from) : ''} />
      </div>
      <div className="filters__field">
        <label htmlFor={id('to')}>To</label>
        <input id={id('to')} name="to" type="date" defaultValue={values.to ? toIsoDate(values.to) : ''} />
      </div>
      <fieldset aria-describedby={id('kind-hint')}>
        <legend>Show</legend>
        <span id={id('kind-hint')} className="muted filters__hint">
          Tick none to show every kind.
        </span>
        {COMBINED_TIMELINE_KINDS.map((kind) => (
          <label key={kind}>
            <input type="checkbox" name="kind" value={kind} defaultChecked={values.kinds.includes(kind)} />
            {COMBINED_KIND_LABELS[kind]} ({counts[kind].toLocaleString('en-GB')})
          </label>
        ))}
      </fieldset>
      <div className="filters__field">
        <label htmlFor={id('order')}>Order</label>
        <select id={id('order')} name="order" defaultValue={values.order}>
          <option value="oldest">From the earliest</option>
          <option value="newest">From the latest</option>
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit">Apply filters</button>
        {active ? <Link href={action}>Clear filters</Link> : null}
      </div>
    </form>
  );
}
