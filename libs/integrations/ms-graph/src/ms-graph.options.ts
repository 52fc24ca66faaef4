import type { TeamsRequestGate } from '@verbinder/teams-mirror/core';

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';

/**
 * One multi-tenant app registration (client id + secret); every call names the school's
 * tenant. `authorityHost`, `graphBaseUrl` and `caCertificate` point the adapter at the fake
 * (tools/teams-fake) in tests and development.
 */
export interface MsGraphOptions {
  clientId: string;
  clientSecret: string;
  /** Entra ID authority (default https://login.microsoftonline.com). */
  authorityHost?: string;
  /** Graph root including the version (default https://graph.microsoft.com/v1.0). */
  graphBaseUrl?: string;
  /** Scope requested for app-only tokens (default https://graph.microsoft.com/.default). */
  scope?: string;
  /**
   * Extra trusted CA certificate (PEM) for both the token endpoint and Graph. Only for the
   * fake's self-signed certificate; production leaves it unset and uses the system store.
   */
  caCertificate?: string;
  /** Used for Graph and upload URLs; defaults to the global fetch (or a CA-trusting one). */
  fetch?: FetchFn;
  /** Wall clock for Retry-After HTTP dates (default Date.now). */
  nowEpochMs?: () => number;
  /**
   * Asked before every HTTP request to Graph, upload and download URLs (one slot each), and told
   * of every 429/503 with Retry-After (TeamsRateLimiter). Without it requests are not limited.
   */
  gate?: TeamsRequestGate;
  /**
   * Which application permissions the school granted. `selected`: Sites.Selected (a grant per team
   * site) + Channel.ReadBasic.All, so the channel folder is found through the team's site;
   * `all` (the default here; the API's config defaults to `selected`): Files.ReadWrite.All +
   * Sites.ReadWrite.All, and the folder comes from `filesFolder`.
   */
  permissionModel?: GraphPermissionModel;
}

export type GraphPermissionModel = 'selected' | 'all';

export type FetchFn = (input: string, init?: FetchInit) => Promise<Response>;

export interface FetchInit {
  method?: string;
  headers?: Record<string, string> | Headers | Array<[string, string]>;
  body?: string | Uint8Array | ArrayBuffer | null;
  signal?: AbortSignal | null;
}
