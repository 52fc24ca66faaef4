import { NotificationsService } from '@verbinder/notifications/core';
import { RegionsService } from '@verbinder/regions/core';
import { Clock } from '@verbinder/shared/kernel';
import { LoketRepository } from './loket-repository.port';
import { REQUEST_TYPE_TEXT } from './loket.texts';
import { LoketRequest } from './loket.types';

/**
 * Who at a school hears that a request was routed or split to it: the roles that deal with
 * companies (decanen for stages and loopbaan, teamleiders and projectleiders who plan the
 * work, verbinders). Every member of the school sees the request in the inbox; docenten,
 * redacteuren and bestuurders are not notified of each one.
 */
export const LOKET_SCHOOL_NOTIFY_ROLES = ['DECAAN', 'TEAMLEIDER', 'PROJECTLEIDER', 'VERBINDER'] as const;

/** Every school a request is routed or split to approaches the company through the loket (contact ledger). */
export async function recordLoketContacts(ports: { repo: LoketRepository; clock: Clock }, request: LoketRequest, schoolIds: string[], personId: string | null): Promise<void> {
  const now = ports.clock.now();
  await ports.repo.insertContacts(
    schoolIds.map((schoolId) => ({ regionId: request.regionId, companyId: request.companyId, schoolId, personId, channel: 'LOKET' as const, requestId: request.id, note: null, contactedAt: now })),
  );
}

/**
 * Tells the school contacts who handle companies (LOKET_SCHOOL_NOTIFY_ROLES at those schools)
 * that a request was routed or split to their school; `exceptId` (who split it) is left out.
 */
export async function notifySchools(
  ports: { regions: RegionsService; notifications: NotificationsService },
  request: LoketRequest,
  schoolIds: string[],
  companyName: string,
  exceptId: string | null,
): Promise<void> {
  if (schoolIds.length === 0) return;
  const memberships = await ports.regions.membershipsBySchoolIds(schoolIds);
  const roles: readonly string[] = LOKET_SCHOOL_NOTIFY_ROLES;
  const people = [...new Set(memberships.filter((m) => m.regionId === request.regionId && roles.includes(m.role) && m.personId !== exceptId).map((m) => m.personId))];
  if (people.length === 0) return;
  const schools = await ports.regions.schoolsByIds(schoolIds);
  for (const personId of people) {
    const theirs = schools.filter((school) => memberships.some((m) => m.personId === personId && m.schoolId === school.id && roles.includes(m.role)));
    await ports.notifications.notify([personId], {
      kind: 'loket.school-split',
      title: `Loketaanvraag voor ${theirs.map((school) => school.name).join(' en ')}: ${companyName}`,
      body: `${REQUEST_TYPE_TEXT[request.type]} (${request.reference}). Het bedrijvenloket houdt de regie; jouw school pakt de aanvraag mee op.`,
      link: `/loketaanvraag/${request.id}`,
    });
  }
}
