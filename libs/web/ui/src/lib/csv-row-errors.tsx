import { Table } from './table';

/** One row of a rejected CSV import: which row and column of the file, and what is wrong. */
export interface CsvRowProblem {
  row: number;
  column: string;
  message: string;
}

/** The rows a CSV import was rejected for, as a table (row, column, message). */
export function CsvRowErrorsTable({ caption, rows }: { caption: string; rows: CsvRowProblem[] }) {
  return (
    <Table<CsvRowProblem>
      caption={caption}
      rows={rows}
      rowKey={(row) => `${row.row}-${row.column}-${row.message}`}
      columns={[
        { header: 'Rij', isRowHeader: true, cell: (row) => row.row },
        { header: 'Kolom', cell: (row) => row.column || '—' },
        { header: 'Melding', cell: (row) => row.message },
      ]}
    />
  );
}
