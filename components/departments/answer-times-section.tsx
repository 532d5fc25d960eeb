import { ChartFigure, ChartLegend } from '@/components/charts/chart-figure';
import { CHART_COLOURS } from '@/components/charts/render-plot';
import { monthlyBarsSvg, monthlySharesSvg } from '@/components/charts/chart-svgs';
import { formatDate, formatMonth } from '@/lib/dates';
import { ANSWER_TIME_METHOD, formatMedianDays, formatShare, type MonthlyAnswerTimes, type ShareFigure } from '@/lib/stats/answer-times';
import type { DepartmentAnswerStats } from '@/server/departments';

const shareCell = (figure: ShareFigure) => (figure.share === null ? '—' : `${formatShare(figure)} (${figure.onTime} of ${figure.judged})`);

function extremes(months: MonthlyAnswerTimes[], value: (m: MonthlyAnswerTimes) => number | null) {
  const withValue = months.filter((m) => value(m) !== null);
  if (withValue.length === 0) return null;
  const sorted = [...withValue].sort((a, b) => value(a)! - value(b)!);
  return { low: sorted[0]!, high: sorted[sorted.length - 1]! };
}

/** Median days to answer, on-time share and named-day compliance: headline figures, charts by month, tables. */
export function AnswerTimesSection({ stats, departmentName }: { stats: DepartmentAnswerStats; departmentName: string }) {
  const { summary, months } = stats;
  const period = `questions due from ${formatDate(stats.since)} to ${formatDate(stats.today)}`;
  const range = months.length ? `${formatMonth(months[0]!.month)} to ${formatMonth(months[months.length - 1]!.month)}` : '';
  const median = extremes(months, (m) => m.medianDays);
  const medianSvg = monthlyBarsSvg(
    months.map((m) => ({ month: m.month, value: m.medianDays })),
    { label: `Median days to answer by month due, ${departmentName}, ${range}`, yLabel: 'Median days' },
  );
  const sharesSvg = monthlySharesSvg(
    [
      { name: 'All questions', colour: CHART_COLOURS.primary, points: months.map((m) => ({ month: m.month, share: m.onTime.share })) },
      { name: 'Named-day questions', colour: CHART_COLOURS.secondary, dashed: true, points: months.map((m) => ({ month: m.month, share: m.namedDay.share })) },
    ],
    { label: `Share answered by the due date by month, ${departmentName}, ${range}`, yLabel: 'Answered on time (%)' },
  );
  return (
    <>
      <p>
        Figures for {period}. {ANSWER_TIME_METHOD}
      </p>
      <ul className="stat-tiles">
        <li className="card">
          <span className="stat">{formatMedianDays(summary.medianDays)}</span> median time to answer ({summary.answered.toLocaleString('en-GB')} answered)
        </li>
        <li className="card">
          <span className="stat">{formatShare(summary.onTime)}</span> answered by the due date ({summary.onTime.onTime.toLocaleString('en-GB')} of{' '}
          {summary.onTime.judged.toLocaleString('en-GB')})
        </li>
        <li className="card">
          <span className="stat">{formatShare(summary.namedDay)}</span> of named-day questions answered on the named day ({summary.namedDay.onTime.toLocaleString('en-GB')} of{' '}
          {summary.namedDay.judged.toLocaleString('en-GB')})
        </li>
      </ul>
      {months.length === 0 ? (
        <p className="muted">No questions fell due in this period.</p>
      ) : (
        <div className="chart-grid">
          <ChartFigure
            title="Median days to answer, by month due"
            svg={medianSvg}
            summary={
              median
                ? `From ${range}, the monthly median ranged from ${formatMedianDays(median.low.medianDays)} (${formatMonth(median.low.month)}) to ${formatMedianDays(median.high.medianDays)} (${formatMonth(median.high.month)}); over the whole period it was ${formatMedianDays(summary.medianDays)}.`
                : 'No question due in this period has been answered yet.'
            }
            table={{
              caption: `Answer times by month due, ${departmentName}`,
              columns: ['Month due', 'Questions', 'Answered', 'Median days', 'Answered by due date', 'Named day answered on time'],
              rows: months.map((m) => [formatMonth(m.month), m.questions, m.answered, formatMedianDays(m.medianDays), shareCell(m.onTime), shareCell(m.namedDay)]),
            }}
          />
          <ChartFigure
            title="Share answered by the due date, by month due"
            svg={sharesSvg}
            legend={
              <ChartLegend
                items={[
                  { label: 'All questions (solid line, circles)', colour: CHART_COLOURS.primary },
                  { label: 'Named-day questions (dashed line, squares)', colour: CHART_COLOURS.secondary, dashed: true },
                ]}
              />
            }
            summary={`Over ${range}, ${formatShare(summary.onTime)} of questions that could be judged were answered by their due date, and ${formatShare(summary.namedDay)} of named-day questions on the named day. Months with nothing to judge are gaps in the lines.`}
            table={{
              caption: `On-time answers by month due, ${departmentName}`,
              columns: ['Month due', 'All questions on time', 'Named-day on time', 'Overdue now'],
              rows: months.map((m) => [formatMonth(m.month), shareCell(m.onTime), shareCell(m.namedDay), m.overdue]),
            }}
          />
        </div>
      )}
    </>
  );
}
