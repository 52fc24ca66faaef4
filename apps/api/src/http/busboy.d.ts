// busboy 1.x ships without types (it comes with @nestjs/platform-express through multer); the
// little the upload route uses.
declare module 'busboy' {
  import type { IncomingHttpHeaders } from 'node:http';
  import type { Readable, Writable } from 'node:stream';

  interface BusboyConfig {
    headers: IncomingHttpHeaders;
    limits?: { fieldSize?: number; fields?: number; fileSize?: number; files?: number; parts?: number };
    defParamCharset?: string;
    /** Keep the client's path in file names (the core refuses traversal rather than hiding it). */
    preservePath?: boolean;
  }
  interface FileInfo {
    filename: string;
    encoding: string;
    mimeType: string;
  }
  interface Busboy extends Writable {
    on(event: 'field', listener: (name: string, value: string, info: { nameTruncated: boolean; valueTruncated: boolean }) => void): this;
    on(event: 'file', listener: (name: string, stream: Readable & { truncated?: boolean }, info: FileInfo) => void): this;
    on(event: 'close' | 'finish' | 'filesLimit' | 'fieldsLimit' | 'partsLimit', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
  }
  function busboy(config: BusboyConfig): Busboy;
  export = busboy;
}
