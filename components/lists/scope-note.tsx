import Link from 'next/link';
import { hrefWith } from '@/lib/url-params';

export interface ScopeLabel {
  key: 'member' | 'department' | 'topic';
  slug: string;
  name: string;
}

const WORDS = { member: 'Member', department: 'Department', topic: 'Topic' } as const;

/** "Filtered to Member: Maria Eagle (show all)": what a list is narrowed to, each removable. */
export function ScopeNote({ labels, path, params }: { labels: ScopeLabel[]; path: string; params: Record<string, string | undefined> }) {
  if (labels.length === 0) return null;
  return (
    <ul className="scope-note" aria-label="Filtered to">
      {labels.map((label) => (
        <li key={label.key}>
          {WORDS[label.key]}: <strong>{label.name}</strong>{' '}
          <Link href={hrefWith(path, { ...params, [label.key]: undefined })}>
            Remove<span className="visually-hidden"> the {WORDS[label.key].toLowerCase()} filter</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Hidden inputs that carry the list's scope and table state through a filter form's GET. */
export function HiddenParams({ params }: { params: Record<string, string | number | undefined> }) {
  return (
    <>
      {Object.entries(params).map(([name, value]) => (value === undefined || value === '' ? null : <input key={name} type="hidden" name={name} value={String(value)} />))}
    </>
  );
}
