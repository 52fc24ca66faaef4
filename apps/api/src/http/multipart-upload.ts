import busboy from 'busboy';
import type { Request, Response } from 'express';
import type { Readable } from 'node:stream';
import type { JsonLogger } from '@verbinder/platform/events';
import { httpStatusOf } from '@verbinder/platform/graphql';
import { DomainError, isDomainError, isUnsafeText, unsafeTextMessage, UPLOAD_RULES } from '@verbinder/shared/kernel';

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
 * Streams a multipart body: the one `file` part goes through the core's `receive` (into a temp
 * file), the text fields are kept. On any failure a received file is discarded and the rest of
 * the body is read and dropped, so nothing is stored half.
 */
export async function readMultipart<F extends string, R>(req: Request, options: MultipartOptions<F, R>): Promise<{ fields: Partial<Record<F, string>>; file: R | null }> {
  let received: Promise<R> | null = null;
  try {
    let parser: ReturnType<typeof busboy>;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fields: 10, fieldSize: 10_000, fileSize: options.maxBytes + 1 }, defParamCharset: 'utf8', preservePath: true });
    } catch {
      throw DomainError.badInput([{ field: 'file', message: 'Stuur het bestand als multipart/form-data.' }]);
    }
    const fields: Partial<Record<F, string>> = {};
    // NUL bytes, control characters, lone surrogates: refused like in every other body (security.ts).
    let unsafe: string | null = null;
    parser.on('field', (name, value) => {
      if (isUnsafeText(value)) unsafe ??= name;
      if ((options.fields as readonly string[]).includes(name)) fields[name as F] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || received || isUnsafeText(info.filename ?? '')) {
        if (name === 'file' && !received) unsafe ??= 'bestandsnaam';
        stream.resume();
        return;
      }
      received = options.receive(stream, info.filename);
      received.catch(() => undefined); // awaited below, after the body is read
    });
    await new Promise<void>((resolve, reject) => {
      parser.on('close', resolve);
      parser.on('error', reject);
      req.on('aborted', () => reject(new Error('upload aborted')));
      req.pipe(parser);
    });
    if (unsafe) throw DomainError.badInput([{ field: unsafe, message: unsafeTextMessage(unsafe) }]);
    return { fields, file: received ? await (received as Promise<R>) : null };
  } catch (error) {
    // A file still arriving is discarded by the core; the rest of the body is read and dropped.
    if (received) await (received as Promise<R>).then((r) => options.discard(r), () => undefined);
    if (!req.readableEnded) req.resume();
    throw error;
  }
}

/** Answers a failed upload or file route as JSON { code, message, fields?, rule? } with 400/401/403/404/409/413/415. */
export function sendFileRouteError(res: Response, error: unknown, logger: JsonLogger, what: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (isDomainError(error)) {
    const status = error.details.rule === UPLOAD_RULES.tooLarge ? 413 : error.details.rule === UPLOAD_RULES.type ? 415 : httpStatusOf(error.code);
    res.status(status).json({ code: error.code, message: error.message, ...(error.details.fields ? { fields: error.details.fields } : {}), ...(error.details.rule ? { rule: error.details.rule } : {}) });
    return;
  }
  if ((error as Error).message === 'upload aborted') return;
  logger.error(`${what} failed`, { error: (error as Error).message, stack: (error as Error).stack });
  res.status(500).json({ code: 'INTERNAL', message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' });
}
