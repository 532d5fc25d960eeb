import { ChartFigure } from '@/components/charts/chart-figure';
import { categoryBarsSvg, monthlyBarsSvg } from '@/components/charts/chart-svgs';
import { formatMonth } from '@/lib/dates';
import { formatMedianDays } from '@/lib/stats/answer-times';
import { STILL_WAITING, WAIT_METHOD } from '@/lib/stats/question-activity';
import type { MemberQuestionStats } from '@/server/members';

/** Questions per month and how long they waited, for the member's last 24 months of questions. */
export function MemberCharts({ stats, name }: { stats: MemberQuestionStats; name: string }) {
  const { perMonth, waits, summary } = stats;
  if (perMonth.length === 0) return <p className="muted">{name} has tabled no written questions in the last 24 months.</p>;
  const range = `${formatMonth(perMonth[0]!.month)} to ${formatMonth(perMonth[perMonth.length - 1]!.month)}`;
  const total = perMonth.reduce((sum, m) => sum + m.tabled, 0);
  const busiest = [...perMonth].sort((a, b) => b.tabled - a.tabled)[0]!;
  const waiting = waits.find((w) => w.label === STILL_WAITING)?.count ?? 0;
  const answered = summary.answered;
  const quick = waits.slice(0, 2).reduce((sum, w) => sum + w.count, 0);
  return (
    <>
      <p className="muted">{WAIT_METHOD}</p>
      <div className="chart-grid">
        <ChartFigure
          title="Questions tabled per month"
          svg={monthlyBarsSvg(perMonth.map((m) => ({ month: m.month, value: m.tabled })), { label: `Written questions tabled by ${name} per month, ${range}`, yLabel: 'Questions' })}
          summary={`${name} tabled ${total.toLocaleString('en-GB')} written ${total === 1 ? 'question' : 'questions'} from ${range}; the busiest month was ${formatMonth(busiest.month)} with ${busiest.tabled.toLocaleString('en-GB')}.`}
          table={{ caption: `Questions tabled by ${name} per month`, columns: ['Month', 'Questions tabled'], rows: perMonth.map((m) => [formatMonth(m.month), m.tabled]) }}
        />
        <ChartFigure
          title="How long their questions waited for an answer"
          svg={categoryBarsSvg(waits, { label: `How long ${name}'s questions waited for a substantive answer, in calendar days`, xLabel: 'Questions' })}
          summary={`Of ${answered.toLocaleString('en-GB')} answered ${answered === 1 ? 'question' : 'questions'}, ${quick.toLocaleString('en-GB')} had a substantive answer within 7 calendar days; the median wait was ${formatMedianDays(summary.medianDays)}. ${waiting.toLocaleString('en-GB')} still ${waiting === 1 ? 'waits' : 'wait'} (a holding answer does not count as an answer; withdrawn questions are left out).`}
          table={{ caption: `Waits for answers to ${name}'s questions`, columns: ['Wait (calendar days from tabling)', 'Questions'], rows: waits.map((w) => [w.label, w.count]) }}
        />
      </div>
    </>
  );
}
