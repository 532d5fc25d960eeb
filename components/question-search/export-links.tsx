import { exportHref } from '@/lib/search/view-url';
import type { QuestionQuery } from '@/lib/validation/question-query';

/** Downloads of every row of the view (not just this page); columns documented in docs/export.md. */
export function ExportLinks({ query, total }: { query: QuestionQuery; total: number }) {
  const rows = `${total.toLocaleString('en-GB')} ${total === 1 ? 'row' : 'rows'}`;
  return (
    <p className="export-links">
      <span className="export-links__label">Download this view:</span>{' '}
      <a href={exportHref(query, 'csv')} download>
        Export CSV<span className="visually-hidden"> ({rows})</span>
      </a>{' '}
      <a href={exportHref(query, 'json')} download>
        Export JSON<span className="visually-hidden"> ({rows})</span>
      </a>
    </p>
  );
}
