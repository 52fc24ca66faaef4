import { Inject, Injectable } from '@nestjs/common';
import { RegionsService } from '@verbinder/regions/core';
import { Actor, DomainError, hasRegionRole, isUuid, InputCheck, KernelPorts } from '@verbinder/shared/kernel';
import { CONSENT_AGE, CONSENT_RETENTION_MONTHS, schoolYearLabel, schoolYearOf } from './consent-rules';
import { assertRedactie, loadPerson } from './story-access';
import { STORIES_REPOSITORY, StoriesRepository } from './stories-repository.port';
import { CONSENT_RELATIONS, CONSENT_SCOPES, ConsentInput, Story, StoryConsent, StoryPerson } from './stories.types';
import { HistoryActor, takeOffline } from './take-offline';

/**
 * Consents of the people in stories: recording (a parent's below 16), linking a school-year
 * consent to another story, withdrawal (dependent stories go offline at once), inzage and
 * erasure for beheerders (AVG art. 15/17), and retention of ended consents.
 */
@Injectable()
export class StoryConsentsService {
  constructor(
    @Inject(STORIES_REPOSITORY) private readonly repo: StoriesRepository,
    private readonly kernel: KernelPorts,
    private readonly regions: RegionsService,
  ) {}

  async recordConsent(actor: Actor, input: ConsentInput): Promise<StoryConsent> {
    const { person, story } = await loadPerson(this.repo, actor, input.storyPersonId);
    const now = this.kernel.clock.now();
    const check = new InputCheck();
    const givenByName = check.text('givenByName', input.givenByName, { label: 'Naam van wie toestemming gaf', required: true, max: 120 });
    const relation = check.oneOf('relation', input.relation, CONSENT_RELATIONS, 'Relatie');
    const scope = check.oneOf('scope', input.scope, CONSENT_SCOPES, 'Reikwijdte');
    const givenAt = input.givenAt ?? now;
    if (givenAt.getTime() > now.getTime()) check.fail('givenAt', 'De toestemming kan niet in de toekomst gegeven zijn.');
    if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) check.fail('expiresAt', 'De vervaldatum moet in de toekomst liggen.');
    let schoolYear: number | null = null;
    if (scope === 'SCHOOL_YEAR') {
      schoolYear = input.schoolYear ?? schoolYearOf(now);
      if (!Number.isInteger(schoolYear) || schoolYear < schoolYearOf(now) - 1 || schoolYear > schoolYearOf(now) + 1) check.fail('schoolYear', 'Kies het huidige, vorige of volgende schooljaar.');
    }
    if (relation === 'ZELF' && person.isPupil) check.fail('relation', `${person.name} is een leerling: een ouder of de leerling zelf (vanaf ${CONSENT_AGE}) geeft toestemming.`);
    if (relation !== 'ZELF' && !person.isPupil) check.fail('relation', `${person.name} is geen leerling en geeft zelf toestemming.`);
    check.done();
    return this.kernel.uow.run(async () => {
      const consent = await this.repo.insertConsent({
        regionId: story.regionId,
        subjectName: person.name,
        givenByName: givenByName as string,
        relation,
        scope,
        storyId: scope === 'THIS_STORY' ? story.id : null,
        schoolYear,
        givenAt,
        expiresAt: input.expiresAt ?? null,
        withdrawnAt: null,
        withdrawnReason: null,
        recordedById: actor.personId,
        recordedByName: actor.name,
      });
      await this.repo.updatePerson(person.id, { consentId: consent.id });
      const what = scope === 'SCHOOL_YEAR' ? `schooljaar ${schoolYearLabel(schoolYear as number)}` : 'dit verhaal';
      await this.repo.insertHistory([
        { storyId: story.id, action: 'TOESTEMMING', note: `Toestemming voor ${person.name} vastgelegd (${relation.toLowerCase()}, ${what})`, actorId: actor.personId, actorName: actor.name },
      ]);
      return consent;
    });
  }

  /** Lets a person in another story rest on an existing school-year consent about the same person. */
  async linkConsent(actor: Actor, storyPersonId: string, consentId: string): Promise<StoryPerson> {
    const { person, story } = await loadPerson(this.repo, actor, storyPersonId);
    const [consent] = isUuid(consentId) ? await this.repo.findConsents([consentId]) : [];
    if (!consent || consent.regionId !== story.regionId) throw DomainError.notFound('Deze toestemming');
    const check = new InputCheck();
    if (consent.scope !== 'SCHOOL_YEAR') check.fail('consentId', 'Alleen een toestemming voor het hele schooljaar geldt voor meer verhalen.');
    if (consent.withdrawnAt) check.fail('consentId', 'Deze toestemming is ingetrokken.');
    if (consent.subjectName.trim().toLowerCase() !== person.name.trim().toLowerCase()) check.fail('consentId', `Deze toestemming gaat over ${consent.subjectName}, niet over ${person.name}.`);
    check.done();
    return this.kernel.uow.run(async () => {
      const updated = await this.repo.updatePerson(person.id, { consentId: consent.id });
      await this.repo.insertHistory([
        {
          storyId: story.id,
          action: 'TOESTEMMING',
          note: `Toestemming voor ${person.name} gekoppeld (schooljaar ${schoolYearLabel(consent.schoolYear as number)})`,
          actorId: actor.personId,
          actorName: actor.name,
        },
      ]);
      return updated;
    });
  }

  /**
   * Records a withdrawal (e.g. after a parent's e-mail) and, in the same transaction, takes every
   * published story that rests on the consent offline, with the reason in its history. A scheduled
   * story that rests on it gets the withdrawal in its history and is blocked by the sweep.
   */
  async withdrawConsent(actor: Actor, consentId: string, reason: string): Promise<{ consent: StoryConsent; unpublished: Story[] }> {
    const [consent] = isUuid(consentId) ? await this.repo.findConsents([consentId]) : [];
    if (!consent) throw DomainError.notFound('Deze toestemming');
    assertRedactie(actor, consent.regionId);
    const check = new InputCheck();
    const note = check.text('reason', reason, { label: 'Reden', required: true, max: 500 });
    if (consent.withdrawnAt) check.fail('consentId', 'Deze toestemming is al ingetrokken.');
    check.done();
    return this.kernel.uow.run(async () => {
      const updated = await this.repo.updateConsent(consent.id, { withdrawnAt: this.kernel.clock.now(), withdrawnReason: note });
      const dependants = await this.dependentStories([consent.id]);
      // Published stories go offline now; scheduled ones stay and are blocked by the sweep at their time.
      const live = dependants.filter((s) => s.status === 'PUBLISHED');
      const unpublished = await this.takeOffline(live, `Toestemming voor ${consent.subjectName} ingetrokken: ${note}`, actor);
      const offline = new Set(live.map((s) => s.id));
      await this.repo.insertHistory(
        dependants
          .filter((s) => !offline.has(s.id))
          .map((s) => ({ storyId: s.id, action: 'TOESTEMMING', note: `Toestemming voor ${consent.subjectName} ingetrokken: ${note}`, actorId: actor.personId, actorName: actor.name })),
      );
      return { consent: updated, unpublished };
    });
  }

  private async dependentStories(consentIds: string[]): Promise<Story[]> {
    const people = await this.repo.listPeopleByConsent(consentIds);
    const stories: Story[] = [];
    for (const storyId of [...new Set(people.map((p) => p.storyId))]) stories.push((await this.repo.lockStory(storyId)) as Story);
    return stories;
  }

  /** A person's consent records in a region (AVG inzage); beheerders only. */
  async consentsOfSubject(actor: Actor, regionId: string, name: string): Promise<StoryConsent[]> {
    const region = await this.regions.getRegion({ id: regionId });
    if (!hasRegionRole(actor, region.id, ['BEHEERDER'])) throw DomainError.forbidden('Alleen beheerders van de regio zien alle toestemmingen van een persoon.');
    const check = new InputCheck();
    const subject = check.text('name', name, { label: 'Naam', required: true, max: 120 });
    check.done();
    return this.repo.listConsentsBySubject(region.id, subject as string);
  }

  /**
   * Erases a person's consent records in a region (AVG art. 17): dependent stories go offline
   * first (same transaction) and the person's appearances lose their consent link.
   */
  async eraseConsentsOfSubject(actor: Actor, regionId: string, name: string): Promise<number> {
    const consents = await this.consentsOfSubject(actor, regionId, name);
    if (consents.length === 0) throw DomainError.notFound('Toestemming van deze persoon');
    return this.kernel.uow.run(async () => {
      const ids = consents.map((c) => c.id);
      const dependants = await this.dependentStories(ids);
      await this.takeOffline(
        dependants.filter((s) => s.status === 'PUBLISHED'),
        'Toestemmingsgegevens gewist op verzoek van de persoon',
        actor,
      );
      await this.repo.deleteConsents(ids);
      return ids.length;
    });
  }

  /**
   * Retention (AVG art. 5(1)(e)), run by the sweep: a consent record that ended — withdrawn,
   * expired, or its school year over — is proof for the time the story was public and is deleted
   * CONSENT_RETENTION_MONTHS after it ended. No published story can rest on it by then (the sweep
   * took such stories offline when the consent ended); people in other stories lose the link.
   */
  async deleteEndedConsents(now: Date): Promise<number> {
    const endedBefore = new Date(now);
    endedBefore.setUTCMonth(endedBefore.getUTCMonth() - CONSENT_RETENTION_MONTHS);
    return this.kernel.uow.run(() => this.repo.deleteEndedConsents(endedBefore, schoolYearOf(endedBefore)));
  }

  /** Takes the stories offline in the current transaction (see `takeOffline`). */
  private takeOffline(stories: Story[], reason: string, by: HistoryActor): Promise<Story[]> {
    return takeOffline({ repo: this.repo, uow: this.kernel.uow, events: this.kernel.events, clock: this.kernel.clock }, stories, reason, by);
  }
}
