import { Inject, Injectable } from '@nestjs/common';
import { Actor, assertMayChangeIdentity, DomainError, isPlatformAdmin, InputCheck, KernelPorts } from '@verbinder/shared/kernel';
import { PERSON_CREDENTIALS, PersonCredentials, REGIONS_REPOSITORY, RegionsRepository } from './regions-repository.port';
import { RegionsService } from './regions.service';
import { assertNotErased, CreatePersonInput, Person, UpdatePersonInput } from './regions.types';

/**
 * Person records: made directly by platform beheerders only (region managers invite instead, see
 * MembershipsService), changed by the person or a platform beheerder (the identity rule).
 */
@Injectable()
export class PeopleService {
  constructor(
    @Inject(REGIONS_REPOSITORY) private readonly repo: RegionsRepository,
    private readonly kernel: KernelPorts,
    @Inject(PERSON_CREDENTIALS) private readonly credentials: PersonCredentials,
    private readonly regions: RegionsService,
  ) {}

  /**
   * A new person record. Only platform beheerders create people directly (with a password if
   * they like); a region's managers bring people in with an invitation (`inviteToRegion`).
   */
  async createPerson(actor: Actor, input: CreatePersonInput): Promise<Person> {
    if (!isPlatformAdmin(actor)) throw DomainError.forbidden('Alleen platformbeheerders maken mensen direct aan; nodig iemand uit voor je regio.');
    const check = new InputCheck();
    const name = check.text('name', input.name, { label: 'De naam', required: true, max: 160 });
    const email = check.email('email', input.email);
    const jobTitle = check.text('jobTitle', input.jobTitle, { label: 'De functie', max: 160 });
    check.done();
    return this.kernel.uow.run(async () => {
      if (email && (await this.repo.findPersonByEmail(email))) {
        throw DomainError.conflict('Er is al iemand met dit e-mailadres.', 'email');
      }
      const person = await this.repo.insertPerson({ name: name as string, email: email as string, jobTitle, systemRole: null });
      if (input.password) await this.credentials.setPassword(person.id, input.password);
      return person;
    });
  }

  /**
   * A person's own record (name, e-mail address, function): the identity rule decides who may
   * change it (the person or a platform beheerder). A changed address by someone else ends the
   * person's sessions everywhere; the person's own change re-checks their live connections.
   */
  async updatePerson(actor: Actor, input: UpdatePersonInput): Promise<Person> {
    const person = await this.regions.getPerson(input.id);
    assertMayChangeIdentity(actor, person.id);
    assertNotErased(person);
    const check = new InputCheck();
    const name = input.name == null ? person.name : check.text('name', input.name, { label: 'De naam', required: true, max: 160 });
    const email = input.email == null ? person.email : check.email('email', input.email);
    const jobTitle = input.jobTitle === undefined ? person.jobTitle : check.text('jobTitle', input.jobTitle, { label: 'De functie', max: 160 });
    check.done();
    return this.kernel.uow.run(async () => {
      const emailChanged = (email as string).toLowerCase() !== person.email.toLowerCase();
      if (emailChanged) {
        const other = await this.repo.findPersonByEmail(email as string);
        if (other && other.id !== person.id) throw DomainError.conflict('Er is al iemand met dit e-mailadres.', 'email');
      }
      const updated = await this.repo.updatePerson(person.id, { name: name as string, email: email as string, jobTitle });
      // The name shows in every region the person belongs to (e.g. as an owner on the dashboard):
      // tell those regions after commit, so cached answers and sessions there are refreshed at once.
      const regionIds = [...new Set((await this.repo.findMembershipsByPersonIds([person.id])).map((m) => m.regionId))];
      const at = this.kernel.clock.now().toISOString();
      this.kernel.uow.afterCommit(async () => {
        for (const regionId of regionIds) {
          await this.kernel.events.emit('region.activity', { regionId, entity: 'person', entityId: person.id, action: 'updated', actorId: actor.personId, actorName: actor.name, at });
        }
        if (emailChanged && actor.personId !== person.id) await this.credentials.endSessionsOf(person.id);
        else if (emailChanged) await this.kernel.events.emit('identity.sessions-changed', { sessionIdHash: null, personId: person.id });
      });
      return updated;
    });
  }
}
