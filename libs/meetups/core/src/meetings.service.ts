import { Inject, Injectable } from '@nestjs/common';
import { ActieagendaService, CheckInsService, Decision } from '@verbinder/actieagenda/core';
import { Actor, DomainError, isUuid, InputCheck } from '@verbinder/shared/kernel';
import { ActivitiesService } from './activities.service';
import { actieagendaActies, assertEdit } from './meetups-access';
import { MeetupsChanges } from './meetups-changes';
import { MEETUPS_REPOSITORY, MeetupsRepository } from './meetups-repository.port';
import type { Activity, AgendaItem } from './meetups.types';
import { amsterdamParts } from '@verbinder/shared/time';

/** A meeting's agenda, its minutes, and decisions from it written on an actie's history (through the actieagenda). */
@Injectable()
export class MeetingsService {
  constructor(
    @Inject(MEETUPS_REPOSITORY) private readonly repo: MeetupsRepository,
    private readonly activities: ActivitiesService,
    private readonly actieagenda: ActieagendaService,
    private readonly checkIns: CheckInsService,
    private readonly changes: MeetupsChanges,
  ) {}

  async addAgendaItem(actor: Actor, activityId: string, title: string, actieId?: string | null, notes?: string | null): Promise<AgendaItem> {
    const activity = await this.activities.getActivity(actor, activityId);
    assertEdit(actor, activity);
    const check = new InputCheck();
    const text = check.text('title', title, { label: 'Het agendapunt', required: true, max: 300 });
    const note = check.text('notes', notes, { label: 'De toelichting', max: 4000 });
    if (actieId) {
      const [actie] = isUuid(actieId) ? await actieagendaActies(this.actieagenda, [actieId]) : [];
      const agenda = actie ? (await this.actieagenda.agendasByIds([actie.agendaId]))[0] : null;
      if (!agenda || agenda.regionId !== activity.regionId) check.fail('actieId', 'Kies een actie uit de actieagenda van deze regio.');
    }
    check.done();
    return this.changes.write(activity.regionId, 'agenda.changed', async () => {
      const position = (await this.repo.listAgendaItems(activity.id)).length + 1;
      return { activity, result: await this.repo.insertAgendaItem({ activityId: activity.id, position, title: text as string, actieId: actieId ?? null, notes: note }) };
    });
  }

  async setMinutes(actor: Actor, activityId: string, minutes: string | null): Promise<Activity> {
    const activity = await this.activities.getActivity(actor, activityId);
    assertEdit(actor, activity);
    const check = new InputCheck();
    const text = check.text('minutes', minutes, { label: 'De notulen', max: 20_000 });
    check.done();
    return this.changes.write(activity.regionId, 'minutes.changed', async () => {
      const updated = await this.repo.updateActivity(activity.id, { minutes: text });
      return { activity: updated, result: updated };
    });
  }

  /** A decision from the meeting's minutes, written on the actie's history through the actieagenda. */
  async recordDecision(actor: Actor, activityId: string, actieId: string, text: string): Promise<Decision> {
    const activity = await this.activities.getActivity(actor, activityId);
    assertEdit(actor, activity);
    const { agenda } = await this.actieagenda.getActie(actor, actieId);
    if (agenda.regionId !== activity.regionId) throw DomainError.badInput([{ field: 'actieId', message: 'Kies een actie uit de actieagenda van deze regio.' }]);
    return this.checkIns.recordDecision(actor, actieId, text, amsterdamParts(activity.startsAt).date);
  }
}
