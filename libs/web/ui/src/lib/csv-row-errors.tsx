import type { ReactNode } from 'react';
import { FormErrorSummary } from './form';
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

/** Why a CSV import was refused: a plain message, or the rows it was rejected for. */
export type CsvImportFailure = { kind: 'error'; message: string } | { kind: 'invalid'; message: string; rows: CsvRowProblem[] };

/**
 * A refused CSV import: `title` with the message, or, when rows were rejected, "`title`: er is niets
 * gewijzigd" with the message, `advice` on what to do and the rejected rows.
 */
export function CsvImportFailureAlert<F extends CsvImportFailure>({
  title,
  failure,
  advice,
  caption,
}: {
  title: string;
  failure: F;
  advice: (failure: Extract<F, { kind: 'invalid' }>) => ReactNode;
  /** Caption of the table of rejected rows. */
  caption: string;
}) {
  if (failure.kind === 'error') return <FormErrorSummary title={title} message={failure.message} />;
  const invalid = failure as Extract<F, { kind: 'invalid' }>;
  return (
    <div className="vb-alert vb-alert--error" role="alert">
      <p className="vb-alert__title">{title}: er is niets gewijzigd</p>
      <p>
        {invalid.message} {advice(invalid)}
      </p>
      <CsvRowErrorsTable caption={caption} rows={invalid.rows} />
    </div>
  );
}
