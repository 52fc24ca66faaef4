import type { ReactNode } from 'react';

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

export type TableProps<Row> = {
  caption: string;
  /** Hide the caption visually (it stays available to screen readers). */
  hideCaption?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
} & RowKeyProps<Row>;

const byId = (row: unknown) => (row as { id: string }).id;

/** A data table; on phones every row becomes a small card with labelled values. */
export function Table<Row>(props: TableProps<Row>) {
  const { caption, hideCaption, columns, rows } = props;
  const rowKey = (props as { rowKey?: (row: Row) => string }).rowKey ?? byId;
  return (
    <div className="vb-table-wrap">
      <table className="vb-table">
        <caption className={hideCaption ? 'vb-visually-hidden' : undefined}>{caption}</caption>
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
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, index) =>
                column.isRowHeader ? (
                  <th scope="row" key={index}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={index} data-label={column.label ?? (typeof column.header === 'string' ? column.header : undefined)}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
