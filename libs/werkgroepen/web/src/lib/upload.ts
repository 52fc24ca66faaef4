/** The JSON the upload routes answer (apps/api DocumentsController). */
export interface UploadAnswer {
  document?: { id: string; title: string; currentVersion: number };
  code?: string;
  message?: string;
  fields?: Array<{ field: string; message: string }>;
}

export interface UploadHandle {
  promise: Promise<UploadAnswer & { status: number }>;
  abort: () => void;
}

/**
 * Uploads a multipart form with XMLHttpRequest, because only XHR reports upload progress.
 * `onProgress` gets 0..100. Aborting resolves with code ABORTED.
 */
export function uploadForm(url: string, form: FormData, onProgress: (percent: number) => void): UploadHandle {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<UploadAnswer & { status: number }>((resolve) => {
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(100, Math.floor((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => {
      let body: UploadAnswer = {};
      try {
        body = JSON.parse(xhr.responseText) as UploadAnswer;
      } catch {
        body = { code: 'INTERNAL', message: 'De server gaf een onverwacht antwoord.' };
      }
      resolve({ ...body, status: xhr.status });
    };
    xhr.onerror = () => resolve({ status: 0, code: 'NETWORK', message: 'De verbinding met de server is verbroken. Probeer het opnieuw.' });
    xhr.onabort = () => resolve({ status: 0, code: 'ABORTED', message: 'Het uploaden is geannuleerd.' });
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024).toLocaleString('nl-NL')} kB`;
  return `${bytes} bytes`;
}

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
