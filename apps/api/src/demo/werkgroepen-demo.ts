import type { TeamsMirrorService } from '@verbinder/teams-mirror/core';
import { seedTeamsMirrorDemo } from './teams-mirror-demo';
import type { ActivitiesService } from '@verbinder/meetups/core';
import type { CurriculumService, DraaiboekService, GlossaryService, StreamService, Werkgroep, WerkgroepDocumentsService, WerkgroepenService } from '@verbinder/werkgroepen/core';
import { seedCurriculumDemo } from './curriculum-demo';
import { seedWerkgroepDocumentsDemo } from './werkgroepen-documents-demo';
import { seedWerkgroepStreamDemo } from './werkgroepen-stream-demo';
import { demoRegion, type RegionDemoDeps } from './demo-region';

export interface WerkgroepenDemo {
  engels: Werkgroep;
  techniek: Werkgroep;
}

/**
 * Noord-West Veluwe's werkgroepen: the interscolaire vakgroep Engels (Morgen College,
 * Groevenbeek and Landstede; the demo docent is a member) and the vakgroep techniek
 * (Slingerbos and Landstede; the demo docent is not a member, so it stays invisible to him).
 */
export async function seedWerkgroepenDemo(
  deps: RegionDemoDeps & {
    service: WerkgroepenService;
    /** Seeds the curriculum comparisons of both groups when given. */
    curriculum?: CurriculumService;
    documents?: WerkgroepDocumentsService;
    draaiboek?: DraaiboekService;
    /** Stream, taalbrug and the groups' meetings (werkgroepen-stream-demo.ts). */
    stream?: { stream: StreamService; glossary: GlossaryService; meetups: ActivitiesService; now: Date };
    teamsMirror?: TeamsMirrorService;
  },
): Promise<WerkgroepenDemo | null> {
  const demo = await demoRegion(deps.repository, deps.regionSlug);
  if (!demo) return null;
  const { region, person } = demo;
  const s = deps.service;
  const femke = await deps.actorFor('femke.mulder@example.org');
  const engels = await s.create(femke, {
    regionId: region.id,
    kind: 'INTERSCOLAIRE_VAKGROEP',
    name: 'Interscolaire vakgroep Engels',
    description:
      'Docenten Engels van Morgen College, Groevenbeek en Landstede leggen het PTA en het OER naast elkaar, halen dubbelingen weg ("dit hebben we al gehad") en maken samen een draaiboek voor de overstap.',
    sector: 'Engels',
    visibility: 'MEMBERS',
    cadenceDays: 14,
    cadenceNote: 'Om de week op woensdagmiddag, wisselend per school',
  });
  await s.upsertMember(femke, { werkgroepId: engels.id, personId: await person('lotte.visser@example.org'), role: 'LID' });
  await s.upsertMember(femke, { werkgroepId: engels.id, personId: await person('youssef.elamrani@example.org'), role: 'LID' });
  await s.upsertMember(femke, { werkgroepId: engels.id, personId: await person('daan.hendriks@example.org'), role: 'LID' });
  await s.upsertMember(femke, { werkgroepId: engels.id, personId: await person('esther.meijer@example.org'), role: 'GAST', layer: 'MANAGEMENT' });

  const sanne = await deps.actorFor('sanne.devries@example.org');
  const techniek = await s.create(sanne, {
    regionId: region.id,
    kind: 'INTERSCOLAIRE_VAKGROEP',
    name: 'Vakgroep techniek',
    description: 'Techniekdocenten van Slingerbos en Landstede stemmen de keuzevakken PIE en BWI af op de mbo-opleidingen installatietechniek en bouw.',
    sector: 'Techniek',
    visibility: 'MEMBERS',
    cadenceDays: 7,
    cadenceNote: 'Elke woensdag na het verbindersoverleg',
  });
  await s.upsertMember(sanne, { werkgroepId: techniek.id, personId: await person('jeroen.bos@example.org'), role: 'LID' });
  if (deps.curriculum) {
    await seedCurriculumDemo({
      service: deps.curriculum,
      repository: deps.repository,
      regionId: region.id,
      groups: [
        { werkgroep: engels, actor: femke, which: 'engels' },
        { werkgroep: techniek, actor: sanne, which: 'techniek' },
      ],
    });
  }
  if (deps.teamsMirror) await seedTeamsMirrorDemo({ teamsMirror: deps.teamsMirror, regionId: region.id, beheerder: await deps.actorFor('peter.jansen@example.org') });
  if (deps.documents && deps.draaiboek) await seedWerkgroepDocumentsDemo({ documents: deps.documents, draaiboek: deps.draaiboek, engels, techniek, actorFor: deps.actorFor });
  if (deps.stream) await seedWerkgroepStreamDemo({ ...deps.stream, repository: deps.repository, actorFor: deps.actorFor, engels, techniek });
  return { engels, techniek };
}
