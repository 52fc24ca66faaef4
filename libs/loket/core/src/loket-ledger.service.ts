import { Injectable } from '@nestjs/common';
import { RegionsService } from '@verbinder/regions/core';
import { ErrorCode } from '@verbinder/shared/contracts';
import { Actor, DomainError, isMemberOfRegion, isUuid, InputCheck } from '@verbinder/shared/kernel';
import { LoketAccessService } from './loket-access.service';
import { checkSchools } from './loket-checks';
import { LoketPorts } from './loket-ports';
import { write } from './loket-write';
import { Company, CompanyContact } from './loket.types';
import { amsterdamInstant, amsterdamParts } from '@verbinder/shared/time';

/**
 * The contact ledger: the companies the region's loket knows, and who approached each one this
 * calendar month (through the loket or logged by a school), with the region's monthly limit.
 */
@Injectable()
export class LoketLedgerService {
  constructor(
    private readonly ports: LoketPorts,
    private readonly access: LoketAccessService,
    private readonly regions: RegionsService,
  ) {}

  private monthStart(): Date {
    return amsterdamInstant(`${amsterdamParts(this.ports.clock.now()).date.slice(0, 7)}-01`, '00:00');
  }

  /** Companies known to the region's loket (members of the region look before they approach one). */
  async companies(actor: Actor, regionId: string, search?: string | null): Promise<Company[]> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    if (!isMemberOfRegion(actor, regionId)) throw DomainError.forbidden('Alleen leden van deze regio zien de bedrijven van het loket.');
    const check = new InputCheck();
    const text = check.text('search', search, { label: 'De zoekterm', max: 100 });
    check.done();
    return this.ports.repo.listCompanies(regionId, text);
  }

  /** Who approached this company this calendar month (Europe/Amsterdam), newest first. */
  async contactsThisMonth(actor: Actor, companyId: string): Promise<CompanyContact[]> {
    const company = await this.access.memberCompany(actor, companyId);
    return this.ports.repo.listContacts(company.id, this.monthStart());
  }

  /**
   * A school logs its own approach of a company. At the monthly limit it is refused
   * (`LOKET_CONTACT_LIMIT_MODE=block`, CONTACT_LIMIT_REACHED) or logged with a warning.
   * Loket staff log for any school of the region; others only for their own school.
   */
  async logContact(actor: Actor, input: { companyId: string; schoolId: string; note?: string | null }): Promise<{ contact: CompanyContact; warning: string | null }> {
    const company = await this.access.memberCompany(actor, input.companyId);
    const own = actor.memberships.some((m) => m.regionId === company.regionId && m.schoolId === input.schoolId);
    if (!own && !this.access.isStaff(actor, company.regionId)) throw DomainError.forbidden('Je legt alleen contact vast namens je eigen school.');
    const check = new InputCheck();
    const note = check.text('note', input.note, { label: 'De notitie', max: 1000 });
    await checkSchools(this.regions, check, company.regionId, [input.schoolId]);
    check.done();
    const { contactLimitPerMonth: limit, contactLimitMode: mode } = this.ports.config.loket;
    return write(this.ports, company.regionId, 'contact', async () => {
      const earlier = await this.ports.repo.listContacts(company.id, this.monthStart());
      let warning: string | null = null;
      if (earlier.length >= limit) {
        const text = `${company.name} is deze maand al ${earlier.length} keer benaderd (de regio houdt ${limit} per maand aan).`;
        if (mode === 'block') throw new DomainError(ErrorCode.CONTACT_LIMIT_REACHED, `${text} Stem een nieuwe benadering af via het bedrijvenloket.`);
        warning = `${text} Stem af met het bedrijvenloket voordat je contact opneemt.`;
      }
      const [contact] = await this.ports.repo.insertContacts([
        { regionId: company.regionId, companyId: company.id, schoolId: input.schoolId, personId: actor.personId, channel: 'HANDMATIG', requestId: null, note, contactedAt: this.ports.clock.now() },
      ]);
      return { request: null, result: { contact, warning } };
    });
  }
}
