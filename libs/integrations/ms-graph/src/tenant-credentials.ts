import { Agent } from 'node:https';
import { ClientSecretCredential } from '@azure/identity';
import { TeamsAuthFailed, TeamsAuthFailureReason, TeamsTransient } from '@verbinder/teams-mirror/core';

export interface TenantCredentialsOptions {
  clientId: string;
  clientSecret: string;
  authorityHost: string;
  scope: string;
  /** Agent trusting an extra CA (the fake); undefined in production. */
  agent?: Agent;
}

/**
 * One ClientSecretCredential per school tenant (same multi-tenant app). The credential
 * (MSAL) caches tokens and refreshes them before they expire; `invalidate` drops a tenant's
 * credential so the next call fetches a fresh token (after Graph answered 401 for a token
 * the cache still thought valid).
 */
export class TenantCredentials {
  private readonly credentials = new Map<string, ClientSecretCredential>();
  /** A token request in flight per tenant: concurrent mirror jobs share it instead of each asking. */
  private readonly pending = new Map<string, Promise<string>>();

  constructor(private readonly options: TenantCredentialsOptions) {}

  token(tenantId: string): Promise<string> {
    let pending = this.pending.get(tenantId);
    if (!pending) {
      pending = this.acquire(tenantId).finally(() => this.pending.delete(tenantId));
      this.pending.set(tenantId, pending);
    }
    return pending;
  }

  invalidate(tenantId: string): void {
    this.credentials.delete(tenantId);
    this.pending.delete(tenantId);
  }

  private async acquire(tenantId: string): Promise<string> {
    try {
      const result = await this.credential(tenantId).getToken(this.options.scope);
      if (!result) throw new TeamsTransient('geen token ontvangen');
      return result.token;
    } catch (error) {
      throw mapIdentityError(error);
    }
  }

  private credential(tenantId: string): ClientSecretCredential {
    let credential = this.credentials.get(tenantId);
    if (!credential) {
      credential = new ClientSecretCredential(tenantId, this.options.clientId, this.options.clientSecret, {
        authorityHost: this.options.authorityHost,
        // Instance discovery asks login.microsoftonline.com which hosts are valid authorities;
        // off, so a sovereign cloud or the fake authority is used as given.
        disableInstanceDiscovery: true,
        ...(this.options.agent ? { agent: this.options.agent } : {}),
      });
      this.credentials.set(tenantId, credential);
    }
    return credential;
  }
}

/** AADSTS codes → what the beheerder must do. */
const AADSTS_REASONS: Record<string, TeamsAuthFailureReason> = {
  '7000222': 'secret-expired', // client secret expired
  '7000215': 'secret-expired', // invalid client secret (same fix: configure a valid secret)
  '65001': 'consent-revoked', // admin consent missing or revoked
  '700016': 'consent-revoked', // app not found in the tenant (never consented / removed)
  '7000229': 'consent-revoked', // service principal missing in the tenant
  '500011': 'consent-revoked', // resource principal not found in the tenant
  '90002': 'forbidden', // tenant not found
};

export function mapIdentityError(error: unknown): Error {
  if (error instanceof TeamsAuthFailed || error instanceof TeamsTransient) return error;
  const text = describe(error);
  const code = /AADSTS(\d+)/.exec(text)?.[1] ?? null;
  if (code) return new TeamsAuthFailed(AADSTS_REASONS[code] ?? 'forbidden', statusOf(error), `AADSTS${code}`);
  const status = statusOf(error);
  if (status === 401 || status === 403) return new TeamsAuthFailed('forbidden', status, null);
  return new TeamsTransient(`aanmelden bij Microsoft mislukt: ${text.slice(0, 200)}`, status);
}

function statusOf(error: unknown): number | null {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : null;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const parts = [error.message];
  const response = (error as { errorResponse?: unknown }).errorResponse;
  if (response) parts.push(JSON.stringify(response));
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) parts.push(cause.message);
  return parts.join(' ');
}
