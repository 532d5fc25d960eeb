import { describe, expect, it } from 'vitest';
import { categoryBarsSvg, monthlyBarsSvg, monthlySharesSvg } from './chart-svgs';

describe('server-rendered charts', () => {
  it('renders a month bar chart to an SVG string with one bar per month that has a value', () => {
    const svg = monthlyBarsSvg(
      [{ month: '2025-01', value: 3 }, { month: '2025-02', value: null }, { month: '2025-03', value: 5 }],
      { label: 'Questions tabled per month', yLabel: 'Questions' },
    );
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Questions tabled per month"');
    expect(svg.match(/<rect /g)?.length).toBe(2);
    // One image: only the root is named (aria-label on an unroled <g> is invalid ARIA).
    expect(svg.match(/aria-label=/g)?.length).toBe(1);
  });

  it('renders labelled horizontal bars in the given order', () => {
    const svg = categoryBarsSvg([{ label: 'Same day to 3 days', count: 4 }, { label: 'Still waiting', count: 1 }], { label: 'Waits', xLabel: 'Questions' });
    expect(svg.indexOf('Same day to 3 days')).toBeLessThan(svg.indexOf('Still waiting'));
    // Counts tick in whole numbers: 0 to 4, never "0.5" or "1.0".
    expect(svg).not.toMatch(/>\d+\.\d</);
    expect(svg).toContain('>4<');
    expect(svg.match(/<rect /g)?.length).toBe(2);
  });

  it('renders share lines with a dot per month that has a figure', () => {
    const svg = monthlySharesSvg(
      [{ name: 'All', colour: '#12436d', points: [{ month: '2025-01', share: 0.5 }, { month: '2025-02', share: null }, { month: '2025-03', share: 1 }] }],
      { label: 'On time', yLabel: 'Answered on time (%)' },
    );
    expect(svg).toContain('100%');
    expect(svg.match(/<circle /g)?.length).toBe(2);
  });
});
