/**
 * Errors of the TeamsDrivePort. Adapters translate vendor failures (HTTP statuses, identity
 * errors) into exactly these; the mirror decides on retries from the class alone.
 * Messages are Dutch because a beheerder may see them as the reason of a failed mirror job.
 */
export type TeamsDriveErrorKind = 'throttled' | 'not-provisioned' | 'auth-failed' | 'site-access-denied' | 'conflict' | 'not-found' | 'transient' | 'resync-required' | 'invalid-request';

export abstract class TeamsDriveError extends Error {
  abstract readonly kind: TeamsDriveErrorKind;
  /** HTTP status the adapter saw, when there was one (for logs and mirror history). */
  readonly status: number | null;

  constructor(message: string, status: number | null = null) {
    super(message);
    this.status = status;
  }
}

/**
 * An error class that differs from its siblings only by kind, name, message and the HTTP status it
 * usually comes with (the adapters may pass another one).
 */
function fixedMessageError<K extends TeamsDriveErrorKind>(kind: K, name: string, message: string, defaultStatus: number | null) {
  return class extends TeamsDriveError {
    readonly kind: K = kind;
    constructor(status: number | null = defaultStatus) {
      super(message, status);
      this.name = name;
    }
  };
}

/** 429 or 503: wait `retryAfterMs` (from Retry-After) or back off when Teams gave no hint. */
export class TeamsThrottled extends TeamsDriveError {
  readonly kind = 'throttled' as const;
  constructor(
    readonly retryAfterMs: number | null,
    status: number | null = 429,
  ) {
    super('Teams vraagt ons even te wachten (te veel verzoeken).', status);
    this.name = 'TeamsThrottled';
  }
}

/** The channel's files folder does not exist yet (filesFolder 404). Fix: open the Files tab once. */
export const TeamsNotProvisioned = fixedMessageError(
  'not-provisioned',
  'TeamsNotProvisioned',
  'Wacht op Teams: de map Bestanden van dit kanaal bestaat nog niet. Open het tabblad Bestanden in het kanaal één keer.',
  404,
);
export type TeamsNotProvisioned = InstanceType<typeof TeamsNotProvisioned>;

export type TeamsAuthFailureReason = 'consent-revoked' | 'secret-expired' | 'forbidden';

const authMessages: Record<TeamsAuthFailureReason, string> = {
  'consent-revoked': 'De school heeft de toestemming voor Verbinder in Microsoft 365 ingetrokken of nooit gegeven. Vraag de beheerder van die school om opnieuw toestemming te geven.',
  'secret-expired': 'Het clientgeheim van de Verbinder-app in Microsoft Entra is verlopen of ongeldig. Een beheerder moet een nieuw geheim instellen.',
  forbidden: 'Microsoft 365 weigert de toegang tot dit kanaal. Controleer de rechten van de Verbinder-app voor deze school.',
};

/** Tenant-wide: the token endpoint refused (consent revoked, secret expired) or a fresh token got 401. Stop and show the beheerder what to do. */
export class TeamsAuthFailed extends TeamsDriveError {
  readonly kind = 'auth-failed' as const;
  constructor(
    readonly reason: TeamsAuthFailureReason,
    status: number | null = null,
    /** The vendor's own error code (e.g. AADSTS65001), for the beheerder and the logs. */
    readonly vendorCode: string | null = null,
  ) {
    super(authMessages[reason], status);
    this.name = 'TeamsAuthFailed';
  }
}

/** What the beheerder sees on a link (and its items) whose team site Verbinder may not reach. */
export const SITE_ACCESS_DENIED_REASON = 'Verbinder heeft geen toegang tot de site van dit team. Vraag de IT-beheerder van de school om Sites.Selected-toegang (schrijven) voor deze site te verlenen.';

/**
 * A Graph 403 (accessDenied) on one team's site while the token itself is fine: with
 * `Sites.Selected` the school has not (or no longer) granted Verbinder write access to this
 * team's site. Only the links to that team wait; the tenant's consent is not touched, and the next
 * attempt succeeds once the grant is there.
 */
export class TeamsSiteAccessDenied extends TeamsDriveError {
  readonly kind = 'site-access-denied' as const;
  constructor(
    status: number | null = 403,
    /** The vendor's error code (accessDenied), for the logs. */
    readonly vendorCode: string | null = null,
  ) {
    super(SITE_ACCESS_DENIED_REASON, status);
    this.name = 'TeamsSiteAccessDenied';
  }
}

export type TeamsConflictReason = 'name-exists' | 'etag-mismatch' | 'range-not-expected';

/** 409 (name exists with conflict behaviour `fail`), 412 (If-Match eTag mismatch) or 416 (range already received). */
export class TeamsConflict extends TeamsDriveError {
  readonly kind = 'conflict' as const;
  constructor(
    readonly reason: TeamsConflictReason,
    status: number | null = null,
  ) {
    super(
      reason === 'name-exists'
        ? 'Er staat in Teams al een bestand met deze naam.'
        : reason === 'etag-mismatch'
          ? 'Het bestand is in Teams gewijzigd sinds de laatste spiegeling.'
          : 'Teams verwachtte een ander deel van het bestand; de upload wordt hervat.',
      status,
    );
    this.name = 'TeamsConflict';
  }
}

/** The item (or upload session) does not exist (any more). */
export const TeamsNotFound = fixedMessageError('not-found', 'TeamsNotFound', 'Het bestand of de upload bestaat niet (meer) in Teams.', 404);
export type TeamsNotFound = InstanceType<typeof TeamsNotFound>;

/** Network failure or 5xx without throttling semantics: retry with back-off. */
export class TeamsTransient extends TeamsDriveError {
  readonly kind = 'transient' as const;
  constructor(detail: string, status: number | null = null) {
    super(`Teams is tijdelijk niet bereikbaar (${detail}).`, status);
    this.name = 'TeamsTransient';
  }
}

/** Delta 410 Gone: the stored delta link is no longer valid; enumerate the drive again. */
export const TeamsResyncRequired = fixedMessageError('resync-required', 'TeamsResyncRequired', 'Teams vraagt om een volledige nieuwe vergelijking van de bestanden.', 410);
export type TeamsResyncRequired = InstanceType<typeof TeamsResyncRequired>;

/** A request Teams refuses for good (400, 413, 507, ...): a bug or a quota, never retried. */
export class TeamsInvalidRequest extends TeamsDriveError {
  readonly kind = 'invalid-request' as const;
  constructor(
    readonly vendorCode: string,
    status: number | null,
    detail = '',
  ) {
    super(`Teams weigert dit verzoek (${vendorCode}${detail ? `: ${detail}` : ''}).`, status);
    this.name = 'TeamsInvalidRequest';
  }
}

export function isTeamsDriveError(error: unknown): error is TeamsDriveError {
  return error instanceof TeamsDriveError;
}
