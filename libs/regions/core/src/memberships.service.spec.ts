import { outcome } from '@verbinder/shared/kernel/testing';
import { regionsWorld } from './testing/regions-fixtures';

// Bringing people into a region: invitations the person answers (the same answer for a known or
// unknown address), direct memberships by platform beheerders, and removal; who may give which role.

describe('MembershipsService', () => {
  it('invites an unknown address as a new person without a password, once per place and role', async () => {
    const { memberships, repo, actors, noord, notified } = await regionsWorld();
    const invitation = await memberships.inviteToRegion(actors.verbinder, { email: 'Nieuw@Example.org', regionId: noord.id, role: 'DOCENT', layer: 'PROFESSIONEEL' });
    const person = await repo.findPersonByEmail('nieuw@example.org');
    expect(person).toMatchObject({ name: 'nieuw' });
    expect(invitation).toMatchObject({ personId: person?.id, regionId: noord.id, schoolId: null, status: 'OPEN', invitedById: actors.verbinder.personId });
    expect(notified).toEqual([{ personIds: [person?.id], kind: 'membership.invited', title: 'Uitnodiging voor Noord' }]);
    expect((await memberships.inviteToRegion(actors.verbinder, { email: 'nieuw@example.org', regionId: noord.id, role: 'DOCENT', layer: 'PROFESSIONEEL' })).id).toBe(invitation.id);
    expect(repo.invitations).toHaveLength(1);
    expect((await memberships.inviteToRegion(actors.verbinder, { personId: actors.loner.personId, name: 'Los', regionId: noord.id, role: 'DOCENT', layer: 'PROFESSIONEEL' })).personId).toBe(
      actors.loner.personId,
    );
  });

  it('checks the role, the place and the inviter', async () => {
    const { memberships, actors, noord, zuid } = await regionsWorld();
    const base = { email: 'x@example.org', role: 'DOCENT' as const, layer: 'PROFESSIONEEL' as const };
    expect(await outcome(memberships.inviteToRegion(actors.verbinder, { ...base, email: 'geen-adres', regionId: noord.id }))).toBe('BAD_USER_INPUT email');
    expect(await outcome(memberships.inviteToRegion(actors.verbinder, { ...base, role: 'KONING' as never, layer: 'X' as never, regionId: noord.id }))).toBe('BAD_USER_INPUT role,layer');
    expect(await outcome(memberships.inviteToRegion(actors.verbinder, { ...base }))).toBe('BAD_USER_INPUT schoolId');
    expect(await outcome(memberships.inviteToRegion(actors.verbinder, { ...base, personId: 'geen-uuid', regionId: noord.id }))).toBe('BAD_USER_INPUT personId');
    expect(await outcome(memberships.inviteToRegion(actors.verbinder, { ...base, personId: '99999999-9999-4999-8999-999999999999', regionId: noord.id }))).toBe('NOT_FOUND');
    expect(await outcome(memberships.inviteToRegion(actors.docent, { ...base, regionId: noord.id }))).toBe('FORBIDDEN');
    expect(await outcome(memberships.inviteToRegion(actors.verbinder, { ...base, regionId: zuid.id }))).toBe('FORBIDDEN');
    expect(await outcome(memberships.inviteToRegion(actors.verbinder, { ...base, role: 'BEHEERDER', regionId: noord.id }))).toBe('FORBIDDEN');
    expect(await outcome(memberships.inviteToRegion(actors.beheerder, { ...base, role: 'BEHEERDER', regionId: noord.id }))).toBe('OK');
  });

  it('makes the membership when the invited person accepts, and only they can, once', async () => {
    const { memberships, repo, actors, noord, notified, events, clock } = await regionsWorld();
    const invitation = await memberships.inviteToRegion(actors.verbinder, { personId: actors.loner.personId, regionId: noord.id, role: 'DECAAN', layer: 'MANAGEMENT' });
    expect(await memberships.myInvitations(actors.loner)).toEqual([invitation]);
    expect(await memberships.regionInvitations(actors.beheerder, noord.id)).toEqual([invitation]);
    expect(await outcome(memberships.regionInvitations(actors.docent, noord.id))).toBe('FORBIDDEN');
    expect(await outcome(memberships.acceptInvitation(actors.docent, invitation.id))).toBe('NOT_FOUND');
    clock.advance(60_000);
    const membership = await memberships.acceptInvitation(actors.loner, invitation.id);
    expect(membership).toMatchObject({ personId: actors.loner.personId, regionId: noord.id, role: 'DECAAN', layer: 'MANAGEMENT' });
    expect(repo.invitations[0]).toMatchObject({ status: 'ACCEPTED', respondedAt: new Date('2026-12-01T12:01:00Z') });
    expect(notified.at(-1)).toEqual({ personIds: [actors.verbinder.personId], kind: 'membership.accepted', title: 'Los heeft je uitnodiging geaccepteerd' });
    expect(events.of('identity.sessions-changed')).toEqual([{ sessionIdHash: null, personId: actors.loner.personId }]);
    expect(events.of('region.activity')).toEqual([expect.objectContaining({ entity: 'membership', entityId: membership.id, action: 'created', at: '2026-12-01T12:01:00.000Z' })]);
    expect(await outcome(memberships.acceptInvitation(actors.loner, invitation.id))).toBe('CONFLICT');
    expect(await outcome(memberships.declineInvitation(actors.loner, 'geen-uuid'))).toBe('NOT_FOUND');
  });

  it('records a declined invitation without a membership', async () => {
    const { memberships, repo, actors, noord } = await regionsWorld();
    const invitation = await memberships.inviteToRegion(actors.verbinder, { personId: actors.loner.personId, regionId: noord.id, role: 'DOCENT', layer: 'PROFESSIONEEL' });
    expect(await memberships.declineInvitation(actors.loner, invitation.id)).toMatchObject({ status: 'DECLINED', respondedAt: new Date('2026-12-01T12:00:00Z') });
    expect(await repo.findMembershipsByPersonIds([actors.loner.personId])).toEqual([]);
    expect(await outcome(memberships.declineInvitation(actors.loner, invitation.id))).toBe('CONFLICT');
  });

  it('writes a membership directly for platform beheerders only, and removes one by the role rule', async () => {
    const { memberships, repo, actors, noord, events } = await regionsWorld();
    const input = { personId: actors.loner.personId, regionId: noord.id, role: 'DOCENT' as const, layer: 'PROFESSIONEEL' as const };
    expect(await outcome(memberships.addMembership(actors.beheerder, input))).toBe('FORBIDDEN');
    const added = await memberships.addMembership(actors.platform, input);
    expect(added).toMatchObject({ personId: actors.loner.personId, role: 'DOCENT' });
    const [beheerderMembership] = await repo.findMembershipsByPersonIds([actors.beheerder.personId]);
    expect(await outcome(memberships.removeMembership(actors.verbinder, beheerderMembership.id))).toBe('FORBIDDEN');
    expect(await outcome(memberships.removeMembership(actors.docent, added.id))).toBe('FORBIDDEN');
    expect(await outcome(memberships.removeMembership(actors.verbinder, 'geen-uuid'))).toBe('NOT_FOUND');
    expect(await memberships.removeMembership(actors.verbinder, added.id)).toBe(true);
    expect(await repo.findMembershipsByPersonIds([actors.loner.personId])).toEqual([]);
    expect(events.of('identity.sessions-changed').map((e) => e.personId)).toEqual([actors.loner.personId, actors.loner.personId]);
  });
});
