/**
 * The TanStack Table features every server-driven table shares, declared once at module scope (v9
 * requires a stable registry). Columns for any list (questions, members, departments, meetings,
 * coverage) are built with `createDataTableColumnHelper<Row>()` so they type-check against it.
 */
import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table';

export interface DataTableColumnMeta {
  /** Plain-text name: the column's checkbox label and its name in messages. */
  label: string;
  /** Render this column's cells as `<th scope="row">`: the cell that names the row. */
  rowHeader?: boolean;
  /** Class for the column's cells and header (e.g. `num` for right-aligned numbers). */
  className?: string;
}

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

/**
 * A column helper for a table of `Row`. A column's id is its server sort key: set
 * `enableSorting: true` (and `sortDescFirst: true` for dates and numbers) on the ones the server sorts;
 * set `enableHiding: false` on the column that must stay visible.
 */
export function createDataTableColumnHelper<Row extends RowData>() {
  return createColumnHelper<DataTableFeatures, Row>();
}

// Columns of one table hold accessors of different value types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataTableColumns<Row extends RowData> = Array<ColumnDef<DataTableFeatures, Row, any>>;
