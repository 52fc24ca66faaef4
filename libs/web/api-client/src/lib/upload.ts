/** The JSON an upload route answers: the route's own result, or { code, message, fields?, rule? }. */
export type UploadAnswer<T extends object = object> = Partial<T> & {
  code?: string;
  message?: string;
  rule?: string;
  fields?: Array<{ field: string; message: string }>;
};

export interface UploadHandle<T extends object = object> {
  promise: Promise<UploadAnswer<T> & { status: number }>;
  abort: () => void;
}

/**
 * Uploads a multipart form with XMLHttpRequest, because only XHR reports upload progress.
 * `onProgress` gets 0..100. Aborting resolves with code ABORTED.
 */
export function uploadForm<T extends object = object>(url: string, form: FormData, onProgress: (percent: number) => void): UploadHandle<T> {
  const xhr = new XMLHttpRequest();
  const failed = (code: string, message: string) => ({ code, message }) as UploadAnswer<T>;
  const promise = new Promise<UploadAnswer<T> & { status: number }>((resolve) => {
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(100, Math.floor((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => {
      let body: UploadAnswer<T> = {};
      try {
        body = JSON.parse(xhr.responseText) as UploadAnswer<T>;
      } catch {
        body = failed('INTERNAL', 'De server gaf een onverwacht antwoord.');
      }
      resolve({ ...body, status: xhr.status });
    };
    xhr.onerror = () => resolve({ ...failed('NETWORK', 'De verbinding met de server is verbroken. Probeer het opnieuw.'), status: 0 });
    xhr.onabort = () => resolve({ ...failed('ABORTED', 'Het uploaden is geannuleerd.'), status: 0 });
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}
