import type { ActiveFilter } from './list-filters';

/** A record a list is narrowed to by its address (`?member=maria-eagle`), resolved to its name. */
export interface ScopeLabel {
  key: 'member' | 'department' | 'topic';
  slug: string;
  name: string;
}

const WORDS = { member: 'Member', department: 'Department', topic: 'Topic' } as const;

/** "Member: Maria Eagle": what a list is narrowed to, as active filters a click removes. */
export function scopeFilters(labels: readonly ScopeLabel[]): ActiveFilter[] {
  return labels.map((label) => ({ param: label.key, label: WORDS[label.key], value: label.name }));
}
