// Shared by the two parts of `npm run bench:write` (scripts/bench/write.ts, write-load.ts).
import { questionPath } from '../../lib/routes';

export const ANSWER_HTML =
  '<p>The Ministry of Defence works closely with European allies on joint procurement.</p>' +
  '<ul><li>Bilateral discussions continue.</li><li>Further details will be published.</li></ul>' +
  '<table><tr><th>Year</th><th>Programmes</th></tr><tr><td>2025</td><td>3</td></tr></table>';

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
export const ms = (n: number) => (Number.isNaN(n) ? '   -  ' : `${n.toFixed(1).padStart(6)}`);

export interface Target {
  id: number;
  path: string;
  dateTabled: Date;
  memberSlug: string;
}

/** The targets from rows of awaiting questions (dateTabled in ms; slug null when the department has no member). */
export function toTargets(rows: { id: number; house: 'COMMONS' | 'LORDS'; uin: string; dateTabled: number; slug: string | null }[], anyMember: string): Target[] {
  return rows.map((r) => {
    const dateTabled = new Date(r.dateTabled);
    return { id: r.id, path: questionPath({ house: r.house, dateTabled, uin: r.uin }), dateTabled, memberSlug: r.slug ?? anyMember };
  });
}
