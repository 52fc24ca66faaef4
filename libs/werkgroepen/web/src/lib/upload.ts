import type { UploadAnswer as Answer } from '@verbinder/web/api-client';

/** The JSON the document upload routes answer (apps/api DocumentsController). */
export interface DocumentUpload {
  document: { id: string; title: string; currentVersion: number };
}
export type UploadAnswer = Answer<DocumentUpload>;

const TYPE_LABELS: Array<[RegExp, string]> = [
  [/^application\/pdf/, 'PDF'],
  [/wordprocessingml|opendocument\.text|ole-storage/, 'Tekstdocument'],
  [/spreadsheetml|opendocument\.spreadsheet/, 'Rekenblad'],
  [/presentationml|opendocument\.presentation/, 'Presentatie'],
  [/^image\//, 'Afbeelding'],
  [/^text\/markdown/, 'Markdown'],
  [/^text\/csv/, 'CSV'],
  [/^text\//, 'Tekst'],
];

export function typeLabel(contentType: string): string {
  return TYPE_LABELS.find(([re]) => re.test(contentType))?.[1] ?? contentType;
}
