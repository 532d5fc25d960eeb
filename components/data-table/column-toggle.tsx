'use client';

import type { ReactTable, RowData } from '@tanstack/react-table';
import { useId, useRef, type KeyboardEvent } from 'react';
import type { DataTableFeatures } from './features';

/** "Columns" disclosure: a checkbox per column that can be hidden; the choice lives in the URL. */
export function ColumnToggle<Row extends RowData>({ table }: { table: ReactTable<DataTableFeatures, Row> }) {
  const id = useId();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  // Escape closes the disclosure like other pop-ups, returning focus to its toggle.
  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    const details = detailsRef.current;
    if (event.key !== 'Escape' || !details?.open) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  };
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const hiddenCount = columns.filter((column) => !column.getIsVisible()).length;
  if (columns.length === 0) return null;
  return (
    <details ref={detailsRef} className="data-table__columns" onKeyDown={onKeyDown}>
      <summary>
        Columns{hiddenCount > 0 ? <span className="muted"> ({hiddenCount} hidden)</span> : null}
      </summary>
      <fieldset>
        <legend>Show columns</legend>
        <ul className="list-plain">
          {columns.map((column) => (
            <li key={column.id}>
              <input
                type="checkbox"
                id={`${id}-${column.id}`}
                data-focus-key={`col:${column.id}`}
                checked={column.getIsVisible()}
                onChange={(event) => column.toggleVisibility(event.target.checked)}
              />
              <label htmlFor={`${id}-${column.id}`}>{column.columnDef.meta?.label ?? column.id}</label>
            </li>
          ))}
        </ul>
        {hiddenCount > 0 ? (
          <button type="button" className="secondary" onClick={() => table.toggleAllColumnsVisible(true)}>
            Show all columns
          </button>
        ) : null}
      </fieldset>
    </details>
  );
}
