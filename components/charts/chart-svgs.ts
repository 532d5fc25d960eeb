import 'server-only';
import * as Plot from '@observablehq/plot';
import { addCalendarMonths, parseCalendarDate, toIsoMonth } from '@/lib/dates';
import { CHART_COLOURS, renderPlot } from './render-plot';

const monthDate = (month: string) => parseCalendarDate(`${month}-01`)!;

/** One bar per month (null months are gaps). y from zero; x is a UTC time axis by month. */
export function monthlyBarsSvg(data: { month: string; value: number | null }[], options: { label: string; yLabel: string }): string {
  const points = data.filter((d) => d.value !== null).map((d) => ({ date: monthDate(d.month), value: d.value as number }));
  return renderPlot(
    {
      x: { type: 'utc', label: null, ...monthTicks(data.length), domain: data.length ? [monthDate(data[0]!.month), monthDate(nextMonth(data[data.length - 1]!.month))] : undefined },
      y: { label: options.yLabel, grid: true, nice: true, zero: true, ...wholeTicks(Math.max(0, ...points.map((p) => p.value))) },
      marks: [
        Plot.rectY(points, { x: 'date', y: 'value', interval: 'month', fill: CHART_COLOURS.primary, inset: 1 }),
        Plot.ruleY([0]),
      ],
    },
    options.label,
  );
}

/** Horizontal bars, one per category, in the order given. */
export function categoryBarsSvg(data: { label: string; count: number }[], options: { label: string; xLabel: string }): string {
  return renderPlot(
    {
      height: 40 + data.length * 34,
      marginLeft: 140,
      x: { label: options.xLabel, grid: true, nice: true, zero: true, ...wholeTicks(Math.max(0, ...data.map((d) => d.count))) },
      y: { label: null, domain: data.map((d) => d.label) },
      marks: [
        Plot.barX(data, { y: 'label', x: 'count', fill: CHART_COLOURS.primary }),
        Plot.text(data, { y: 'label', x: 'count', text: (d: { count: number }) => String(d.count), dx: 6, textAnchor: 'start', fill: 'currentColor' }),
        Plot.ruleX([0]),
      ],
    },
    options.label,
  );
}

export interface ShareSeries {
  name: string;
  colour: string;
  dashed?: boolean;
  points: { month: string; share: number | null }[];
}

/** Percentages by month as lines with dots (0–100%); months with no figure break the line. */
export function monthlySharesSvg(series: ShareSeries[], options: { label: string; yLabel: string }): string {
  const marks = series.flatMap((s) => {
    const points = s.points.map((p) => ({ date: monthDate(p.month), value: p.share === null ? NaN : p.share * 100 }));
    return [
      Plot.lineY(points, { x: 'date', y: 'value', stroke: s.colour, strokeWidth: 2.5, strokeDasharray: s.dashed ? '6 4' : undefined }),
      Plot.dot(points.filter((p) => !Number.isNaN(p.value)), { x: 'date', y: 'value', fill: s.colour, r: 3.5, symbol: s.dashed ? 'square' : 'circle' }),
    ];
  });
  return renderPlot(
    {
      x: { type: 'utc', label: null, ...monthTicks(series[0]?.points.length ?? 0) },
      y: { label: options.yLabel, domain: [0, 100], grid: true, tickFormat: (v: number) => `${v}%` },
      marks: [...marks, Plot.ruleY([0])],
    },
    options.label,
  );
}

function nextMonth(month: string): string {
  return toIsoMonth(addCalendarMonths(monthDate(month), 1));
}

/** Month ticks labelled "Mar 2025", thinned so they never overlap at the chart's width. */
function monthTicks(months: number): { ticks: string; tickFormat: string } {
  const step = months <= 8 ? 1 : months <= 16 ? 2 : months <= 30 ? 3 : 6;
  return { ticks: step === 1 ? 'month' : `${step} months`, tickFormat: '%b %Y' };
}

/** Counts are whole numbers: below 6, tick every unit rather than at 0.5 steps. */
function wholeTicks(max: number): { ticks?: number[]; tickFormat: string } {
  if (max >= 6) return { tickFormat: ',d' };
  return { ticks: Array.from({ length: Math.max(1, Math.ceil(max)) + 1 }, (_, i) => i), tickFormat: 'd' };
}
