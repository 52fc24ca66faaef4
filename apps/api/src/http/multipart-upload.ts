import busboy from 'busboy';
import type { Request, Response } from 'express';
import type { Readable } from 'node:stream';
import type { JsonLogger } from '@verbinder/platform/events';
import { httpStatusOf } from '@verbinder/platform/graphql';
import { DomainError, isDomainError, isUnsafeText, unsafeTextMessage, UPLOAD_RULES, uploadRefusal } from '@verbinder/shared/kernel';

export interface MultipartOptions<F extends string, R> {
  /** The text fields kept (others are ignored). */
  fields: readonly F[];
  /** The size limit of the core; busboy stops the stream one byte past it, so the core sees "too large". */
  maxBytes: number;
  /** The core's checks for the one `file` part (stage, size, type from content). */
  receive: (stream: Readable, fileName: string) => Promise<R>;
  /** Drops a received file when the request fails afterwards. */
  discard: (received: R) => Promise<void>;
}

/**
 * What one upload body may hold: one file and a few short text fields. A part header (with the
 * field name and file name in it) is at most 16 kB: busboy's fixed limit, a longer one is malformed.
 */
export const MULTIPART_LIMITS = { files: 1, fields: 10, parts: 11, fieldSize: 10_000 } as const;

/** The client went away before the body arrived: nobody to answer. */
export class UploadAborted extends Error {
  constructor() {
    super('upload aborted');
  }
}

const notMultipart = () => uploadRefusal(UPLOAD_RULES.notMultipart, 'Stuur het bestand als multipart/form-data.');
const malformed = () => uploadRefusal(UPLOAD_RULES.malformed, 'Het bestand is niet volledig of niet leesbaar aangekomen. Er is niets opgeslagen; probeer het opnieuw.');
const tooMany = (message: string) => uploadRefusal(UPLOAD_RULES.tooManyParts, message);

/**
 * Streams a multipart body: the one `file` part goes through the core's `receive` (into a temp
 * file), the text fields are kept. Every stream of the request has its errors handled: a body that
 * is truncated or malformed, a client that disconnects, a refusal or a full disk while receiving
 * all end the parse at once (the temp file is removed, the rest of the body is read and dropped)
 * and come back as a DomainError — or UploadAborted when the client is gone. Nothing is stored.
 */
export async function readMultipart<F extends string, R>(req: Request, options: MultipartOptions<F, R>): Promise<{ fields: Partial<Record<F, string>>; file: R | null }> {
  let parser: ReturnType<typeof busboy>;
  try {
    if (!/^multipart\/form-data\s*;/i.test(req.headers['content-type'] ?? '')) throw notMultipart();
    parser = busboy({ headers: req.headers, limits: { ...MULTIPART_LIMITS, fileSize: options.maxBytes + 1 }, defParamCharset: 'utf8', preservePath: true });
  } catch {
    if (!req.readableEnded) req.resume();
    throw notMultipart();
  }
  const fields: Partial<Record<F, string>> = {};
  let received: Promise<R> | null = null;
  try {
    // NUL bytes, control characters, lone surrogates: refused like in every other body (security.ts).
    let unsafe: string | null = null;
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        reject(error);
      };
      parser.on('field', (name, value, info) => {
        if (info.nameTruncated || info.valueTruncated) fail(tooMany('Een veld van het formulier is te lang.'));
        else if (isUnsafeText(value) || isUnsafeText(name)) unsafe ??= name;
        else if ((options.fields as readonly string[]).includes(name)) fields[name as F] = value;
      });
      parser.on('file', (name, stream, info) => {
        // Handled at once, before any await: an unhandled stream 'error' would end the process.
        let streamError: unknown = null;
        stream.on('error', (error) => (streamError ??= error));
        if (name !== 'file' || received || isUnsafeText(info.filename ?? '')) {
          if (name === 'file' && !received) unsafe ??= 'bestandsnaam';
          stream.resume();
          return;
        }
        received = options.receive(stream, info.filename);
        // A refusal or a full disk ends the parse now; an error of the body itself is "malformed".
        received.catch((error: unknown) => fail(error === streamError ? malformed() : error));
      });
      parser.on('filesLimit', () => fail(tooMany('Stuur één bestand per keer.')));
      parser.on('fieldsLimit', () => fail(tooMany('Het formulier heeft te veel velden.')));
      parser.on('partsLimit', () => fail(tooMany('Het formulier heeft te veel onderdelen.')));
      parser.on('error', () => fail(malformed()));
      parser.on('close', () => {
        settled = true;
        resolve();
      });
      req.on('error', () => fail(new UploadAborted()));
      req.on('close', () => {
        if (!req.complete) fail(new UploadAborted());
      });
      if (req.destroyed && !req.complete) fail(new UploadAborted());
      else req.pipe(parser);
    });
    if (unsafe) throw DomainError.badInput([{ field: unsafe, message: unsafeTextMessage(unsafe) }]);
    return { fields, file: received ? await (received as Promise<R>) : null };
  } catch (error) {
    // Stop parsing: this ends a file stream still arriving (its temp file is removed by the core).
    req.unpipe(parser);
    parser.destroy();
    if (received)
      await (received as Promise<R>).then(
        (r) => options.discard(r),
        () => undefined,
      );
    if (!req.readableEnded) req.resume();
    throw error;
  }
}

/** Answers a failed upload or file route as JSON { code, message, fields?, rule? } with 400/401/403/404/409/413/415/507. */
export function sendFileRouteError(res: Response, error: unknown, logger: JsonLogger, what: string): void {
  if (error instanceof UploadAborted) {
    res.destroy();
    return;
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (isDomainError(error)) {
    res
      .status(statusOf(error))
      .json({ code: error.code, message: error.message, ...(error.details.fields ? { fields: error.details.fields } : {}), ...(error.details.rule ? { rule: error.details.rule } : {}) });
    return;
  }
  logger.error(`${what} failed`, { error: (error as Error).message, stack: (error as Error).stack });
  res.status(500).json({ code: 'INTERNAL', message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' });
}

function statusOf(error: DomainError): number {
  switch (error.details.rule) {
    case UPLOAD_RULES.tooLarge:
    case UPLOAD_RULES.tooManyParts:
      return 413;
    case UPLOAD_RULES.type:
      return 415;
    default:
      return httpStatusOf(error.code);
  }
}
