import { ApolloError } from '@apollo/client';

export interface CsvRowError {
  row: number;
  column: string;
  message: string;
}

/** `extensions.rows` of a CSV_INVALID error (empty for other errors). */
export function csvRowErrors(error: unknown): CsvRowError[] {
  if (!(error instanceof ApolloError)) return [];
  // A CSV_INVALID answer comes with HTTP 400, so Apollo may report it as a network error with the body in `result`.
  const fromNetwork = (error.networkError as { result?: { errors?: Array<{ extensions?: Record<string, unknown> }> } } | null)?.result?.errors;
  const [first] = error.graphQLErrors.length > 0 ? error.graphQLErrors : (fromNetwork ?? []);
  if (first?.extensions?.['code'] !== 'CSV_INVALID') return [];
  const rows = first.extensions['rows'];
  if (!Array.isArray(rows)) return [];
  return rows
    .filter((row): row is Record<string, unknown> => row !== null && typeof row === 'object')
    .map((row) => ({
      row: typeof row['row'] === 'number' ? row['row'] : Number(row['row']) || 0,
      column: typeof row['column'] === 'string' ? row['column'] : '',
      message: typeof row['message'] === 'string' ? row['message'] : '',
    }));
}
