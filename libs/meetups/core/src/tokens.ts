import { createHash, randomBytes } from 'node:crypto';

/** Secret link and feed tokens: only the SHA-256 is stored, the token itself is e-mailed or shown once. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
export const newToken = () => randomBytes(32).toString('base64url');
