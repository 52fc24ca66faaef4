import type { HTMLAttributes, ReactNode } from 'react';

export interface Column<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The column that names the row (rendered as a row header). */
  isRowHeader?: boolean;
  /** Label shown before the value when rows stack on phones; defaults to a string header. */
  label?: string;
}

/** Rows with a string `id` are keyed by it unless `rowKey` says otherwise; other rows need a `rowKey`. */
type RowKeyProps<Row> = [Row] extends [{ id: string }] ? { rowKey?: (row: Row) => string } : { rowKey: (row: Row) => string };

/** Attributes of a row's `<tr>`, e.g. `aria-current` for the open row or a `data-testid`. */
export type RowAttributes = HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string | undefined };

export type TableProps<Row> = {
  /** The table's name; leave it out only where the heading right above the table already names it. */
  caption?: string;
  /** Hide the caption visually (it stays available to screen readers). */
  hideCaption?: boolean;
  /** Draw the table in its own bordered box (default); off for a table that fills a card. */
  framed?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowAttributes?: (row: Row) => RowAttributes;
  /** Content that stands in for a row's cells, across all columns (an inline edit form); undefined shows the cells. */
  rowOverride?: (row: Row) => ReactNode;
} & RowKeyProps<Row>;

const byId = (row: unknown) => (row as { id: string }).id;

/** A data table; on phones every row becomes a small card with labelled values. */
export function Table<Row>(props: TableProps<Row>) {
  const { caption, hideCaption, framed = true, columns, rows, rowAttributes, rowOverride } = props;
  const rowKey = (props as { rowKey?: (row: Row) => string }).rowKey ?? byId;
  const cells = (row: Row) =>
    columns.map((column, index) =>
      column.isRowHeader ? (
        <th scope="row" key={index}>
          {column.cell(row)}
        </th>
      ) : (
        <td key={index} data-label={column.label ?? (typeof column.header === 'string' ? column.header : undefined)}>
          {column.cell(row)}
        </td>
      ),
    );
  const table = (
    <table className="vb-table">
      {caption !== undefined && <caption className={hideCaption ? 'vb-visually-hidden' : undefined}>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th scope="col" key={index}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const override = rowOverride?.(row);
          return (
            <tr key={rowKey(row)} {...rowAttributes?.(row)}>
              {override === undefined ? cells(row) : <td colSpan={columns.length}>{override}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  return framed ? <div className="vb-table-wrap">{table}</div> : table;
}
