import { createHash, randomBytes } from 'node:crypto';

/** Status links, sign-in links and form tokens longer than this are refused without a lookup. */
export const MAX_TOKEN_LENGTH = 100;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
export const newToken = () => randomBytes(32).toString('base64url');
