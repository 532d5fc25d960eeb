/**
 * The filter words of the search syntax (house:, status:, uin:), read into the parsed search. Kept
 * apart from parse-query.ts, which reads the words themselves.
 */
import { QUESTION_STATUSES, statusesMatching, type QuestionStatus } from '../question-status';
import type { ParsedSearch } from './parse-query';

export type House = 'commons' | 'lords';
const HOUSES: House[] = ['commons', 'lords'];

export function emptyFilterSets(): FilterSets {
  return { houses: new Set(), notHouses: new Set(), statuses: new Set(), notStatuses: new Set() };
}

export interface FilterSets {
  houses: Set<House>;
  notHouses: Set<House>;
  statuses: Set<QuestionStatus>;
  notStatuses: Set<QuestionStatus>;
}

export function applyFilter(field: 'house' | 'status' | 'uin', raw: string, negated: boolean, query: ParsedSearch, filters: FilterSets): string | null {
  const value = raw.trim().toLowerCase();
  if (field === 'house') {
    if (value !== 'commons' && value !== 'lords') return `Unknown house “${raw}”. Use house:commons or house:lords.`;
    (negated ? filters.notHouses : filters.houses).add(value);
    return null;
  }
  if (field === 'status') {
    if (!(QUESTION_STATUSES as readonly string[]).includes(value)) {
      return `Unknown status “${raw}”. Use one of: ${QUESTION_STATUSES.join(', ')}.`;
    }
    (negated ? filters.notStatuses : filters.statuses).add(value as QuestionStatus);
    return null;
  }
  if (negated) {
    query.notices.push(`Excluding a UIN is not supported, so “-uin:${raw}” was ignored.`);
    return null;
  }
  if (!/^[\p{L}\p{N}-]{1,20}$/u.test(raw.trim())) return `“${raw}” is not a UIN: a UIN is letters and digits, such as 8024 or HL1234.`;
  query.uins.push(raw.trim().toUpperCase());
  return null;
}

/** status:a status:b means either; -status:c removes c. Same for house:. */
export function settleFilters(filters: FilterSets, query: ParsedSearch): string | null {
  if (filters.houses.size || filters.notHouses.size) {
    const base = filters.houses.size ? [...filters.houses] : HOUSES;
    query.houses = base.filter((h) => !filters.notHouses.has(h));
    if (query.houses.length === 0) return 'The house: words in the search exclude both Houses, so nothing could match.';
    if (query.houses.length === HOUSES.length) query.houses = [];
  }
  if (filters.statuses.size || filters.notStatuses.size) {
    // status:answered takes in corrected questions too, and -status:answered leaves both out.
    const excluded = new Set(statusesMatching(filters.notStatuses));
    const base = filters.statuses.size ? statusesMatching(filters.statuses) : [...QUESTION_STATUSES];
    query.statuses = base.filter((s) => !excluded.has(s));
    if (query.statuses.length === 0) return 'The status: words in the search exclude every status, so nothing could match.';
    if (query.statuses.length === QUESTION_STATUSES.length) query.statuses = [];
  }
  return null;
}
