import {
  parseRetryAfterMs,
  TeamsAuthFailed,
  TeamsConflict,
  TeamsDriveError,
  TeamsInvalidRequest,
  TeamsNotFound,
  TeamsNotProvisioned,
  TeamsResyncRequired,
  TeamsSiteAccessDenied,
  TeamsThrottled,
  TeamsTransient,
} from '@verbinder/teams-mirror/core';

/** What the failed call was, where the meaning of a status depends on it. */
export type GraphCallKind = 'files-folder' | 'upload-range' | 'delta' | 'other';

export interface GraphErrorInfo {
  status: number;
  code: string;
  message: string;
  retryAfter: string | null;
}

export async function readGraphError(response: Response): Promise<GraphErrorInfo> {
  let code = '';
  let message = '';
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } | string; error_description?: unknown };
    if (body.error && typeof body.error === 'object') {
      code = typeof body.error.code === 'string' ? body.error.code : '';
      message = typeof body.error.message === 'string' ? body.error.message : '';
    } else if (typeof body.error === 'string') {
      code = body.error;
      message = typeof body.error_description === 'string' ? body.error_description : '';
    }
  } catch {
    // not JSON: keep the status only
  }
  return { status: response.status, code, message, retryAfter: response.headers.get('retry-after') };
}

/** Maps a Graph (or upload URL) failure to the port's typed errors. */
export function mapGraphError(info: GraphErrorInfo, kind: GraphCallKind, nowEpochMs: number): TeamsDriveError {
  const { status, code } = info;
  if (status === 429 || status === 503) {
    const retryAfterMs = parseRetryAfterMs(info.retryAfter, nowEpochMs);
    if (status === 503 && retryAfterMs === null) return new TeamsTransient(`HTTP 503 ${code}`.trim(), status);
    return new TeamsThrottled(retryAfterMs, status);
  }
  if (status === 401 || status === 403) {
    const text = `${code} ${info.message}`;
    const aadsts = /AADSTS(\d+)/.exec(text)?.[1];
    if (aadsts === '65001') return new TeamsAuthFailed('consent-revoked', status, 'AADSTS65001');
    if (aadsts === '7000222') return new TeamsAuthFailed('secret-expired', status, 'AADSTS7000222');
    // A 403 from Graph with a valid token is about the resource, not the tenant: under
    // Sites.Selected it is a site that was not granted. Only that team's links wait.
    if (status === 403) return new TeamsSiteAccessDenied(status, code || null);
    return new TeamsAuthFailed('forbidden', status, code || null);
  }
  if (status === 404) return kind === 'files-folder' ? new TeamsNotProvisioned(status) : new TeamsNotFound(status);
  if (status === 409) return new TeamsConflict('name-exists', status);
  if (status === 412) return new TeamsConflict('etag-mismatch', status);
  if (status === 416) return new TeamsConflict('range-not-expected', status);
  if (status === 410 && kind === 'delta') return new TeamsResyncRequired(status);
  if (status >= 500 || status === 408) return new TeamsTransient(`HTTP ${status} ${code}`.trim(), status);
  return new TeamsInvalidRequest(code || `HTTP ${status}`, status, info.message.slice(0, 200));
}
