import { createHash } from 'node:crypto';

/** The stored id of a session: the SHA-256 of its token (the token itself is never stored). */
export const sessionIdHashOf = (token: string) => createHash('sha256').update(token).digest('base64url');
