import { Inject, Injectable } from '@nestjs/common';
import { NotificationsService } from '@verbinder/notifications/core';
import { Actor, DomainError, hasRegionRole, isPlatformAdmin, isUuid, InputCheck, KernelPorts } from '@verbinder/shared/kernel';
import { assertCanManage, findOne, RegionWriter } from './region-writes';
import { REGIONS_REPOSITORY, RegionsRepository } from './regions-repository.port';
import { RegionsService } from './regions.service';
import { AddMembershipInput, assertNotErased, InviteToRegionInput, MEMBERSHIP_LAYERS, MEMBERSHIP_ROLES, Membership, Region, RegionInvitation, School } from './regions.types';

/**
 * Who belongs to a region with which role: invitations the person accepts or declines (the way
 * in for a region's managers), memberships written directly by platform beheerders, and their
 * removal. Every change re-checks the person's live connections.
 */
@Injectable()
export class MembershipsService {
  constructor(
    @Inject(REGIONS_REPOSITORY) private readonly repo: RegionsRepository,
    private readonly kernel: KernelPorts,
    private readonly writer: RegionWriter,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * A membership written directly: a platform beheerder's act (and the demo seed). A region's
   * beheerders and verbinders invite instead; the membership exists once the person accepts.
   */
  async addMembership(actor: Actor, input: AddMembershipInput): Promise<Membership> {
    const { role, layer, school, region } = await this.checkMembershipTarget(actor, input);
    if (!isPlatformAdmin(actor)) {
      throw DomainError.forbidden('Iemand aan een regio toevoegen gaat met een uitnodiging die de persoon zelf accepteert.');
    }
    const person = await this.regions.getPerson(input.personId);
    assertNotErased(person);
    return this.writer.write(actor, 'membership', 'created', async () => {
      const membership = await this.repo.insertMembership({ personId: person.id, regionId: region.id, schoolId: school?.id ?? null, role, layer });
      await this.notifications.notify([person.id], {
        kind: 'membership.added',
        title: `Je bent toegevoegd aan ${school?.name ?? region.name}`,
        body: `Rol: ${role.toLowerCase().replace('_', '-')}.`,
        link: `/regio/${region.slug}`,
      });
      this.rightsChanged(person.id);
      return { result: membership, regionId: region.id, entityId: membership.id };
    });
  }

  /** Role, layer and place (a school or the region) of a membership or invitation, and whether the actor may give that role there. */
  private async checkMembershipTarget(
    actor: Actor,
    input: { regionId?: string | null; schoolId?: string | null; role: string; layer: string },
  ): Promise<{ role: Membership['role']; layer: Membership['layer']; school: School | null; region: Region }> {
    const check = new InputCheck();
    const role = check.oneOf('role', input.role as Membership['role'], MEMBERSHIP_ROLES, 'De rol');
    const layer = check.oneOf('layer', input.layer as Membership['layer'], MEMBERSHIP_LAYERS, 'De laag');
    if (Boolean(input.regionId) === Boolean(input.schoolId)) {
      check.fail('schoolId', 'Kies een school óf een regio voor dit lidmaatschap.');
    }
    check.done();
    const school = input.schoolId ? await this.regions.getSchool(input.schoolId) : null;
    const region = await this.regions.getRegion({ id: school ? school.regionId : input.regionId });
    assertCanManage(actor, region.id);
    if (role === 'BEHEERDER' && !hasRegionRole(actor, region.id, ['BEHEERDER'])) {
      throw DomainError.forbidden('Alleen beheerders mogen iemand beheerder maken.');
    }
    return { role, layer, school, region };
  }

  async removeMembership(actor: Actor, id: string): Promise<boolean> {
    const membership = await findOne(this.repo, this.repo.findMembershipsByIds, id, 'Dit lidmaatschap');
    assertCanManage(actor, membership.regionId);
    if (membership.role === 'BEHEERDER' && !hasRegionRole(actor, membership.regionId, ['BEHEERDER'])) {
      throw DomainError.forbidden('Alleen beheerders mogen een beheerder verwijderen.');
    }
    return this.writer.write(actor, 'membership', 'deleted', async () => {
      await this.repo.deleteMembership(membership.id);
      this.rightsChanged(membership.personId);
      return { result: true, regionId: membership.regionId, entityId: membership.id };
    });
  }

  /** After commit: the person's live connections on every node are re-checked (rooms and subscriptions they lost end). */
  private rightsChanged(personId: string): void {
    this.kernel.uow.afterCommit(() => this.kernel.events.emit('identity.sessions-changed', { sessionIdHash: null, personId }));
  }

  // ---------- invitations ----------

  /**
   * Invites a person into the region (or one of its schools) with a role. The answer is the same
   * whether or not the address is known on the platform: an unknown address gets a person record
   * without a password (they sign in later, e.g. with a reset link or their school account).
   */
  async inviteToRegion(actor: Actor, input: InviteToRegionInput): Promise<RegionInvitation> {
    const check = new InputCheck();
    const byId = input.personId ?? null;
    const email = byId ? null : check.email('email', input.email);
    const invitedName = check.text('name', input.name, { label: 'De naam', max: 160 });
    if (byId && !isUuid(byId)) check.fail('personId', 'Kies een bestaande persoon.');
    check.done();
    const { role, layer, school, region } = await this.checkMembershipTarget(actor, input);
    return this.kernel.uow.run(async () => {
      let person = byId ? (await this.repo.findPersonsByIds([byId]))[0] : await this.repo.findPersonByEmail(email as string);
      if (!person && byId) throw DomainError.notFound('Deze persoon');
      if (person) assertNotErased(person);
      if (!person) {
        const fallbackName = (email as string).split('@')[0];
        person = await this.repo.insertPerson({ name: invitedName ?? fallbackName, email: email as string, jobTitle: null, systemRole: null });
      }
      const open = (await this.repo.findOpenInvitations({ personId: person.id })).find((i) => i.regionId === region.id && i.schoolId === (school?.id ?? null) && i.role === role);
      if (open) return open;
      const invitation = await this.repo.insertInvitation({
        regionId: region.id,
        schoolId: school?.id ?? null,
        personId: person.id,
        email: email ?? '',
        invitedName,
        role,
        layer,
        invitedById: actor.personId,
      });
      await this.notifications.notify([person.id], {
        kind: 'membership.invited',
        title: `Uitnodiging voor ${school?.name ?? region.name}`,
        body: `${actor.name} nodigt je uit als ${role.toLowerCase().replace('_', '-')}. Accepteer of weiger de uitnodiging.`,
        link: '/uitnodigingen',
      });
      return invitation;
    });
  }

  /** The actor's own open invitations. */
  myInvitations(actor: Actor): Promise<RegionInvitation[]> {
    return this.repo.findOpenInvitations({ personId: actor.personId });
  }

  /** A region's open invitations (its managers only). */
  async regionInvitations(actor: Actor, regionId: string): Promise<RegionInvitation[]> {
    const region = await this.regions.getRegion({ id: regionId });
    assertCanManage(actor, region.id);
    return this.repo.findOpenInvitations({ regionId: region.id });
  }

  /** Accepting makes the membership; only the invited person can (anyone else: NOT_FOUND). */
  async acceptInvitation(actor: Actor, id: string): Promise<Membership> {
    const invitation = await this.ownOpenInvitation(actor, id);
    const region = await this.regions.getRegion({ id: invitation.regionId });
    return this.writer.write(actor, 'membership', 'created', async () => {
      if (!(await this.repo.answerInvitation(invitation.id, 'ACCEPTED', this.kernel.clock.now()))) throw DomainError.conflict('Deze uitnodiging is al beantwoord.');
      const existing = (await this.repo.findMembershipsByPersonIds([actor.personId])).find(
        (m) => m.regionId === invitation.regionId && m.schoolId === invitation.schoolId && m.role === invitation.role,
      );
      const membership =
        existing ?? (await this.repo.insertMembership({ personId: actor.personId, regionId: invitation.regionId, schoolId: invitation.schoolId, role: invitation.role, layer: invitation.layer }));
      if (invitation.invitedById && invitation.invitedById !== actor.personId) {
        await this.notifications.notify([invitation.invitedById], {
          kind: 'membership.accepted',
          title: `${actor.name} heeft je uitnodiging geaccepteerd`,
          body: `${actor.name} is nu lid van ${region.name}.`,
          link: `/regio/${region.slug}`,
        });
      }
      this.rightsChanged(actor.personId);
      return { result: membership, regionId: invitation.regionId, entityId: membership.id };
    });
  }

  async declineInvitation(actor: Actor, id: string): Promise<RegionInvitation> {
    const invitation = await this.ownOpenInvitation(actor, id);
    const at = this.kernel.clock.now();
    if (!(await this.kernel.uow.run(() => this.repo.answerInvitation(invitation.id, 'DECLINED', at)))) throw DomainError.conflict('Deze uitnodiging is al beantwoord.');
    return { ...invitation, status: 'DECLINED', respondedAt: at };
  }

  private async ownOpenInvitation(actor: Actor, id: string): Promise<RegionInvitation> {
    const [invitation] = isUuid(id) ? await this.repo.findInvitationsByIds([id]) : [];
    // Someone else's invitation is not confirmed to exist.
    if (!invitation || invitation.personId !== actor.personId) throw DomainError.notFound('Deze uitnodiging');
    if (invitation.status !== 'OPEN') throw DomainError.conflict('Deze uitnodiging is al beantwoord.');
    return invitation;
  }
}
