import { ApolloError } from '@apollo/client';
import { errorMessage } from '@verbinder/web/api-client';

/** Error codes the actieagenda contract adds to the shared ones. */
export const ACTIE_CLOSED = 'ACTIE_CLOSED';
export const CSV_INVALID = 'CSV_INVALID';

export const actieClosedMessage = 'Deze actie is afgesloten. Heropen de actie als je er nog iets over wilt vastleggen.';

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] {
  if (!(error instanceof ApolloError)) return [];
  if (error.graphQLErrors.length > 0) return [...error.graphQLErrors];
  const result = (error.networkError as { result?: unknown } | null)?.result;
  if (result && typeof result === 'object' && Array.isArray((result as { errors?: unknown }).errors)) {
    return (result as { errors: GraphQLErrorLike[] }).errors;
  }
  return [];
}

/** `extensions.code` of the first GraphQL error, also for codes the shared ErrorCode enum does not know. */
export function rawErrorCode(error: unknown): string | undefined {
  const code = graphQLErrorsOf(error)[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/** errorMessage() from the api client, plus the actieagenda codes. */
export function describeError(error: unknown): string {
  const code = rawErrorCode(error);
  if (code === ACTIE_CLOSED) return actieClosedMessage;
  if (code === CSV_INVALID) {
    const message = graphQLErrorsOf(error)[0]?.message?.trim();
    return message || 'Het CSV-bestand is niet geïmporteerd: er staan fouten in. Er is niets gewijzigd.';
  }
  return errorMessage(error);
}

export interface CsvRowError {
  row: number;
  column: string;
  message: string;
}

/** `extensions.rows` of a CSV_INVALID error (empty for other errors). */
export function csvRowErrors(error: unknown): CsvRowError[] {
  if (rawErrorCode(error) !== CSV_INVALID) return [];
  const rows = graphQLErrorsOf(error)[0]?.extensions?.['rows'];
  if (!Array.isArray(rows)) return [];
  return rows
    .filter((row): row is Record<string, unknown> => row !== null && typeof row === 'object')
    .map((row) => ({
      row: typeof row['row'] === 'number' ? row['row'] : Number(row['row']) || 0,
      column: typeof row['column'] === 'string' ? row['column'] : '',
      message: typeof row['message'] === 'string' ? row['message'] : '',
    }));
}
