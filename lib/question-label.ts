import type { House } from '@/generated/prisma/enums';
import { formatDate } from './dates';

/** "Commons 8024 (11 March 2025)": how history entries and staff messages name a question. */
export function questionLabel(q: { house: House; uin: string; dateTabled: Date }): string {
  return `${q.house === 'LORDS' ? 'Lords' : 'Commons'} ${q.uin} (${formatDate(q.dateTabled)})`;
}
