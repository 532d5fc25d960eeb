import 'server-only';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11 for graphics), matching globals.css. */
export const CHART_COLOURS = { primary: '#12436d', secondary: '#a4161a', grid: '#c9ced6' } as const;

/**
 * Renders an Observable Plot chart to an SVG string on the server, with linkedom standing in for the
 * browser's DOM: the chart is in the HTML the server sends, so there is no blank box before JavaScript
 * and no charting code in the client bundle. The SVG becomes one image to assistive technology, named
 * by `label`; the figure around it carries the longer text alternative and the data table.
 */
export function renderPlot(options: Plot.PlotOptions, label: string): string {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const chart = Plot.plot({
    width: 640,
    height: 260,
    marginLeft: 48,
    style: { fontSize: '13px', background: 'transparent', overflow: 'visible' },
    ...options,
    // linkedom's Document implements what Plot uses; its TypeScript type is its own.
    document: document as unknown as Document,
  });
  // Plot names its groups ("bar", "y-axis tick") with aria-label; inside one image those names are
  // never read, and aria-label on a <g> without a role is invalid ARIA, so they go.
  for (const node of chart.querySelectorAll('[aria-label], [aria-description]')) {
    node.removeAttribute('aria-label');
    node.removeAttribute('aria-description');
  }
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', label);
  chart.removeAttribute('aria-description');
  return chart.outerHTML;
}
