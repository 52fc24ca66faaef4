import { Inject, Injectable } from '@nestjs/common';
import { Actor, DomainError, hasRegionRole, isMemberOfRegion, isUuid } from '@verbinder/shared/kernel';
import { LOKET_REPOSITORY, LoketRepository } from './loket-repository.port';
import { Company, LoketRequest } from './loket.types';

export const LOKET_STAFF_ROLES = ['LOKET_MEDEWERKER', 'VERBINDER', 'BEHEERDER'] as const;

/** How someone may handle a request: the loket's staff, or a contact of a school it is split to. */
export type LoketAccess = 'staff' | 'school';

/**
 * Who may do what at the loket. Staff are the region's loket-medewerkers, verbinders and
 * beheerders; a school contact is a member of a school of the region, and handles only the
 * requests split to their school. Every loket service asks here.
 */
@Injectable()
export class LoketAccessService {
  constructor(@Inject(LOKET_REPOSITORY) private readonly repo: LoketRepository) {}

  isStaff(actor: Actor, regionId: string): boolean {
    return hasRegionRole(actor, regionId, [...LOKET_STAFF_ROLES]);
  }

  assertStaff(actor: Actor, regionId: string): void {
    if (!this.isStaff(actor, regionId)) throw DomainError.forbidden('Alleen loket-medewerkers, verbinders en beheerders van de regio mogen dit.');
  }

  /** The schools of the region the actor belongs to (memberships with a school). */
  ownSchoolIds(actor: Actor, regionId: string): string[] {
    return [...new Set(actor.memberships.filter((m) => m.regionId === regionId && m.schoolId).map((m) => m.schoolId as string))];
  }

  /**
   * The one access decision for a request: 'staff' for the region's loket staff (everything),
   * 'school' for a member of a school the request is split to (read, conversation, notes and
   * replies, audit log), otherwise null.
   */
  requestAccess(actor: Actor, request: Pick<LoketRequest, 'regionId' | 'schoolIds'>): LoketAccess | null {
    if (this.isStaff(actor, request.regionId)) return 'staff';
    const own = this.ownSchoolIds(actor, request.regionId);
    return request.schoolIds.some((id) => own.includes(id)) ? 'school' : null;
  }

  /**
   * A request with the caller's access. Unknown ids, and requests not split to a school
   * contact's school, are NOT_FOUND; callers with neither staff role nor a school in the region
   * are FORBIDDEN (as before school contacts); `staff` operations refuse school contacts.
   */
  async accessRequest(actor: Actor, id: string, need: 'read' | 'staff'): Promise<{ request: LoketRequest; access: LoketAccess }> {
    const request = isUuid(id) ? await this.repo.findRequestById(id) : null;
    if (!request) throw DomainError.notFound('Deze aanvraag');
    const access = this.requestAccess(actor, request);
    if (!access) {
      if (this.ownSchoolIds(actor, request.regionId).length > 0) throw DomainError.notFound('Deze aanvraag');
      this.assertStaff(actor, request.regionId);
    }
    if (need === 'staff' && access !== 'staff') {
      throw DomainError.forbidden('Alleen loket-medewerkers, verbinders en beheerders van de regio wijzigen de status, de toewijzing of de samenvoeging van een aanvraag.');
    }
    return { request, access: access as LoketAccess };
  }

  /** A request for an operation of the loket's staff (status, assignment, merge). */
  async getRequest(actor: Actor, id: string): Promise<LoketRequest> {
    return (await this.accessRequest(actor, id, 'staff')).request;
  }

  /** A request the caller may read: staff, or a contact of one of its schools. */
  async readableRequest(actor: Actor, id: string): Promise<LoketRequest> {
    return (await this.accessRequest(actor, id, 'read')).request;
  }

  /** A company of the loket, for members of its region (NOT_FOUND for unknown ids). */
  async memberCompany(actor: Actor, companyId: string): Promise<Company> {
    const [company] = isUuid(companyId) ? await this.repo.findCompaniesByIds([companyId]) : [];
    if (!company) throw DomainError.notFound('Dit bedrijf');
    if (!isMemberOfRegion(actor, company.regionId)) throw DomainError.forbidden('Alleen leden van deze regio zien de bedrijven van het loket.');
    return company;
  }
}
