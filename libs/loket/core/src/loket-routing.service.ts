import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@verbinder/notifications/core';
import { RegionsService } from '@verbinder/regions/core';
import { Actor, DomainError, isUuid, InputCheck } from '@verbinder/shared/kernel';
import { LoketAccessService } from './loket-access.service';
import { audit } from './loket-audit';
import { checkAssignee, checkSchools } from './loket-checks';
import { LoketPorts } from './loket-ports';
import { write } from './loket-write';
import { REQUEST_TYPE_TEXT } from './loket.texts';
import { LoketRequest, REQUEST_TYPES, RequestType, RoutingRule } from './loket.types';
import { notifySchools, recordLoketContacts } from './school-split';

/**
 * Where a request goes: the region's routing rules (type and sector → a medewerker and
 * schools, applied at intake), assigning a request to an owner and splitting it over schools by
 * hand, and merging a duplicate into another request. Staff of the region only.
 */
@Injectable()
export class LoketRoutingService {
  constructor(
    private readonly ports: LoketPorts,
    private readonly access: LoketAccessService,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
  ) {}

  // ---------- routing rules ----------

  async rules(actor: Actor, regionId: string): Promise<RoutingRule[]> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    this.access.assertStaff(actor, regionId);
    return this.ports.repo.listRules(regionId);
  }

  async addRule(actor: Actor, input: { regionId: string; requestType?: string | null; sector?: string | null; assigneeId: string; schoolIds: string[] }): Promise<RoutingRule> {
    if (!isUuid(input.regionId)) throw DomainError.notFound('Deze regio');
    this.access.assertStaff(actor, input.regionId);
    const check = new InputCheck();
    const type = input.requestType ? check.oneOf('requestType', input.requestType as RequestType, REQUEST_TYPES, 'Het soort aanvraag') : null;
    const sector = check.text('sector', input.sector, { label: 'De sector', max: 100 });
    await checkAssignee(this.regions, check, input.regionId, input.assigneeId, 'assigneeId');
    const schoolIds = await checkSchools(this.regions, check, input.regionId, input.schoolIds);
    check.done();
    return write(this.ports, input.regionId, 'rule', async () => ({
      request: null,
      result: await this.ports.repo.insertRule({ regionId: input.regionId, requestType: type, sector, assigneeId: input.assigneeId, schoolIds }),
    }));
  }

  async deleteRule(actor: Actor, id: string): Promise<boolean> {
    if (!isUuid(id)) throw DomainError.notFound('Deze routeringsregel');
    const rules = await this.ports.uow.run(async () => {
      const removed = await this.ports.repo.deleteRule(id);
      if (!removed) throw DomainError.notFound('Deze routeringsregel');
      this.access.assertStaff(actor, removed.regionId);
      return removed;
    });
    return !!rules;
  }

  // ---------- assignment ----------

  /**
   * Gives the request an overall owner and the schools that work on it (split over several
   * schools with one owner). The assignment is recorded as a note, with the reason when one is
   * given; the reason is optional, also when the request goes over to another owner.
   */
  async assign(actor: Actor, id: string, input: { ownerId: string; schoolIds: string[]; reason?: string | null }): Promise<LoketRequest> {
    const request = await this.access.getRequest(actor, id);
    const check = new InputCheck();
    const reason = check.text('reason', input.reason, { label: 'De reden', max: 1000 });
    await checkAssignee(this.regions, check, request.regionId, input.ownerId, 'ownerId');
    const schoolIds = await checkSchools(this.regions, check, request.regionId, input.schoolIds);
    check.done();
    const owner = (await this.regions.personsByIds([input.ownerId]))[0];
    const schools = await this.regions.schoolsByIds(schoolIds);
    return write(this.ports, request.regionId, 'assigned', async () => {
      const updated = await this.ports.repo.updateRequest(request.id, { ownerId: input.ownerId, schoolIds });
      await audit(this.ports, actor, [request.id], 'CHANGED', 'assign');
      const added = schoolIds.filter((id) => !request.schoolIds.includes(id));
      await recordLoketContacts(this.ports, updated, added, actor.personId);
      await notifySchools(
        { regions: this.regions, notifications: this.notifications },
        updated,
        added,
        (await this.ports.repo.findCompaniesByIds([request.companyId]))[0]?.name ?? request.reference,
        actor.personId,
      );
      const what = `Toegewezen aan ${owner.name}${schools.length ? ` met ${schools.map((s) => s.name).join(', ')}` : ''}`;
      await this.ports.repo.insertMessage({ requestId: request.id, author: 'NOTITIE', personId: actor.personId, authorName: actor.name, body: reason ? `${what}. Reden: ${reason}` : `${what}.` });
      if (input.ownerId !== request.ownerId) {
        await this.notifications.notify([input.ownerId], { kind: 'loket.assigned', title: 'Een loketaanvraag is aan je toegewezen', body: reason, link: `/loketaanvraag/${request.id}` });
      }
      return { request: updated, result: updated };
    });
  }

  // ---------- duplicates ----------

  /**
   * Merges a (duplicate) request into another of the same region: its conversation and ledger
   * entries move over, it is closed, and its status link shows the merged request from now on.
   */
  async merge(actor: Actor, id: string, intoId: string): Promise<LoketRequest> {
    const source = await this.access.getRequest(actor, id);
    const target = await this.access.getRequest(actor, intoId);
    if (source.id === target.id) throw DomainError.badInput([{ field: 'intoId', message: 'Een aanvraag kan niet met zichzelf worden samengevoegd.' }]);
    if (source.regionId !== target.regionId) throw DomainError.badInput([{ field: 'intoId', message: 'Kies een aanvraag uit dezelfde regio.' }]);
    if (source.mergedIntoId || target.mergedIntoId) throw DomainError.conflict('Een van beide aanvragen is al samengevoegd.');
    return write(this.ports, target.regionId, 'merged', async () => {
      await this.ports.repo.moveHistory(source.id, target.id);
      await audit(this.ports, actor, [source.id, target.id], 'CHANGED', 'merge');
      await this.ports.repo.updateRequest(source.id, { status: 'AFGEROND', closedAt: this.ports.clock.now(), mergedIntoId: target.id, duplicateOfId: null, pausedAt: null });
      await this.ports.repo.insertMessage({
        requestId: target.id,
        author: 'NOTITIE',
        personId: actor.personId,
        authorName: actor.name,
        body: `Aanvraag ${source.reference} (${source.contactName}, ${REQUEST_TYPE_TEXT[source.type]}) is hierin samengevoegd, met haar gesprek.`,
      });
      const merged = await this.ports.repo.updateRequest(target.id, {
        schoolIds: [...new Set([...target.schoolIds, ...source.schoolIds])],
        duplicateOfId: target.duplicateOfId === source.id ? null : target.duplicateOfId,
      });
      return { request: merged, result: merged };
    });
  }
}
