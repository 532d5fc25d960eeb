import type { ReactNode } from 'react';
import { ScrollTable } from '@/components/lists/scroll-table';

export interface ChartTable {
  caption: string;
  columns: string[];
  /** First cell of each row is its header (e.g. the month). */
  rows: (string | number)[][];
}

/**
 * A chart as a figure: a heading-like caption, the server-rendered SVG (one image, named by its
 * label), a sentence that says what it shows, and the same numbers as a table in a <details>, so
 * nothing depends on seeing the picture.
 */
export function ChartFigure({ title, summary, svg, table, legend }: { title: string; summary: string; svg: string; table: ChartTable; legend?: ReactNode }) {
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      {legend}
      <div className="chart__svg" dangerouslySetInnerHTML={{ __html: svg }} />
      <p className="chart__summary">{summary}</p>
      <details className="chart__data">
        <summary>Show the data as a table</summary>
        <ScrollTable label={table.caption}>
          <table>
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={String(row[0])}>
                  {row.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={index}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </details>
    </figure>
  );
}

/** A key for charts with more than one series: colour plus line style, said in words. */
export function ChartLegend({ items }: { items: { label: string; colour: string; dashed?: boolean }[] }) {
  return (
    <ul className="chart__legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="28" height="10" aria-hidden="true" focusable="false">
            <line x1="1" y1="5" x2="27" y2="5" stroke={item.colour} strokeWidth="3" strokeDasharray={item.dashed ? '5 3' : undefined} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
