import { Injectable } from '@nestjs/common';
import { Actor, DomainError, hasRegionRole } from '@verbinder/shared/kernel';
import { LoketAccessService } from './loket-access.service';
import { audit, auditExport } from './loket-audit';
import { LoketPorts } from './loket-ports';
import { hashToken, newToken } from './loket-tokens';
import { write } from './loket-write';
import { LoketRequest } from './loket.types';

/**
 * Privacy at the loket: a company's data as JSON (an access request), erasing a company's
 * personal data on request, and anonymising closed requests after LOKET_RETENTION_MONTHS.
 * Export and erase are for the region's beheerders.
 */
@Injectable()
export class LoketPrivacyService {
  constructor(
    private readonly ports: LoketPorts,
    private readonly access: LoketAccessService,
  ) {}

  private assertBeheerder(actor: Actor, regionId: string): void {
    if (!hasRegionRole(actor, regionId, ['BEHEERDER'])) throw DomainError.forbidden('Alleen beheerders van de regio exporteren of wissen de gegevens van een bedrijf.');
  }

  /** Everything the loket holds about a company, as JSON (for an access request). */
  async exportCompany(actor: Actor, companyId: string): Promise<string> {
    const company = await this.access.memberCompany(actor, companyId);
    this.assertBeheerder(actor, company.regionId);
    const requests = await this.ports.repo.listRequestsByCompany(company.id);
    const contacts = await this.ports.repo.listContacts(company.id, new Date(0));
    await auditExport(this.ports, actor, requests);
    const out = {
      exportedAt: this.ports.clock.now().toISOString(),
      company: { name: company.name, kvk: company.kvk, sector: company.sector, location: company.location, createdAt: company.createdAt.toISOString() },
      requests: await Promise.all(
        requests.map(async (r) => ({
          reference: r.reference,
          type: r.type,
          status: r.status,
          contact: { name: r.contactName, email: r.contactEmail, phone: r.contactPhone },
          level: r.level,
          period: r.period,
          periodStart: r.periodStart,
          periodEnd: r.periodEnd,
          capacity: r.capacity,
          message: r.message,
          createdAt: r.createdAt.toISOString(),
          closedAt: r.closedAt?.toISOString() ?? null,
          anonymisedAt: r.anonymisedAt?.toISOString() ?? null,
          messages: (await this.ports.repo.listMessages(r.id))
            .filter((m) => m.author !== 'NOTITIE')
            .map((m) => ({ author: m.author, name: m.authorName, body: m.body, at: m.createdAt.toISOString() })),
        })),
      ),
      contacts: contacts.map((c) => ({ channel: c.channel, schoolId: c.schoolId, note: c.note, at: c.contactedAt.toISOString() })),
    };
    return JSON.stringify(out, null, 2);
  }

  /**
   * Erases the personal data of a company's requests: contact persons, the company's messages
   * and their names in staff messages, ledger notes; status links stop working. What remains
   * (company name, KvK, types, dates, who handled it) is business data for the reports.
   */
  async eraseCompany(actor: Actor, companyId: string): Promise<number> {
    const company = await this.access.memberCompany(actor, companyId);
    this.assertBeheerder(actor, company.regionId);
    return write(this.ports, company.regionId, 'erased', async () => {
      const requests = await this.ports.repo.listRequestsByCompany(company.id);
      for (const request of requests) await this.anonymise(request);
      await audit(
        this.ports,
        actor,
        requests.map((r) => r.id),
        'CHANGED',
        'erase',
      );
      await this.ports.repo.clearContactNotes(company.id);
      return { request: null, result: requests.length };
    });
  }

  private async anonymise(request: LoketRequest): Promise<void> {
    const names = [request.contactName, request.contactEmail, request.contactPhone].filter((v): v is string => !!v && v.length > 1);
    for (const m of await this.ports.repo.listMessages(request.id)) {
      if (m.author === 'BEDRIJF') await this.ports.repo.updateMessage(m.id, { body: '[verwijderd]', authorName: '[verwijderd]' });
      else if (names.some((n) => m.body.includes(n))) await this.ports.repo.updateMessage(m.id, { body: names.reduce((b, n) => b.split(n).join('[verwijderd]'), m.body), authorName: m.authorName });
    }
    await this.ports.repo.updateRequest(request.id, {
      contactName: '[verwijderd]',
      contactEmail: 'verwijderd@verwijderd.invalid',
      contactPhone: null,
      message: null,
      tokenHash: hashToken(newToken()),
      anonymisedAt: this.ports.clock.now(),
    });
  }

  /** Anonymises requests closed longer ago than LOKET_RETENTION_MONTHS. Safe on every node. */
  async sweepRetention(): Promise<number> {
    const cutoff = new Date(this.ports.clock.now());
    cutoff.setUTCMonth(cutoff.getUTCMonth() - this.ports.config.loket.retentionMonths);
    const expired = await this.ports.repo.listExpired(cutoff, 100);
    for (const request of expired) await this.ports.uow.run(() => this.anonymise(request));
    // Sign-in links are kept a day past their expiry (so a late click still says "verlopen").
    await this.ports.repo.deleteSignInLinksBefore(new Date(this.ports.clock.now().getTime() - 24 * 3600 * 1000));
    return expired.length;
  }
}
