import { errorMessage, rawErrorCode, serverMessage } from '@verbinder/web/api-client';

/** Error codes the actieagenda contract adds to the shared ones. */
export const ACTIE_CLOSED = 'ACTIE_CLOSED';
export const CSV_INVALID = 'CSV_INVALID';

export const actieClosedMessage = 'Deze actie is afgesloten. Heropen de actie als je er nog iets over wilt vastleggen.';

/** errorMessage() from the api client, plus the actieagenda codes. */
export function describeError(error: unknown): string {
  const code = rawErrorCode(error);
  if (code === ACTIE_CLOSED) return actieClosedMessage;
  if (code === CSV_INVALID) {
    const message = serverMessage(error);
    return message || 'Het CSV-bestand is niet geïmporteerd: er staan fouten in. Er is niets gewijzigd.';
  }
  return errorMessage(error);
}
