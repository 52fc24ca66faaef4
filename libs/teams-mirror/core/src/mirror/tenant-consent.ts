import { TeamsAuthFailed } from '../teams-drive.errors';
import { TeamsMirrorRepository } from './mirror-repository.port';
import { TeamsTenant } from './mirror.types';

/** The reason shown to the beheerder for an auth failure: Microsoft's message and code. */
export function authFailureReason(error: TeamsAuthFailed): string {
  return `${error.message}${error.vendorCode ? ` (${error.vendorCode})` : ''}`;
}

/**
 * Any auth failure, wherever it is met (an upload, a folder, the drift scan, an import), moves
 * the tenant to REVOKED with the reason. Every caller checks REVOKED before it calls Teams, so
 * nothing asks that school's Entra for a token again until a beheerder marks consent granted.
 * Answers the reason, or null when the error was not an auth failure.
 */
export async function revokeOnAuthFailure(repo: Pick<TeamsMirrorRepository, 'updateTenant'>, tenant: TeamsTenant, error: unknown, now: Date): Promise<string | null> {
  if (!(error instanceof TeamsAuthFailed)) return null;
  const reason = authFailureReason(error);
  if (tenant.consent !== 'REVOKED' || tenant.consentError !== reason) {
    await repo.updateTenant(tenant.id, { consent: 'REVOKED', consentError: reason, consentChangedAt: now });
    tenant.consent = 'REVOKED';
    tenant.consentError = reason;
  }
  return reason;
}
