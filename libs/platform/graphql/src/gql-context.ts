import type { Request, Response } from 'express';
import type { Actor } from '@verbinder/shared/kernel';

/** What every resolver sees. Built per request (per operation for subscriptions). */
export interface GqlContext {
  req?: Request;
  res?: Response;
  actor: Actor | null;
  /** Session token from the cookie (sign-out needs it). */
  sessionToken: string | null;
  /** Rate-limit key for this client (IP address). */
  clientKey: string;
  /** DataLoaders by domain, created for this request only. */
  loaders: Record<string, unknown>;
  /** Warnings a resolver adds; sent as `extensions.warning` of the response (the first one). */
  warnings?: string[];
  /**
   * graphql-ws only: the infrastructure fault that kept the session from being resolved. Throwing
   * it from the context would close the whole socket; the guard throws it for the operation instead.
   */
  unavailable?: unknown;
}

export const SESSION_COOKIE = 'vb_session';

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}
