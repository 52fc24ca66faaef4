import type { TeamsMirrorService } from '@verbinder/teams-mirror/core';
import type { ActieagendaService, ActiesService, CheckInsService } from '@verbinder/actieagenda/core';
import type { ActivitiesService, RegistrationsService, SeriesService } from '@verbinder/meetups/core';
import type { CurriculumService, DraaiboekService, GlossaryService, StreamService, WerkgroepDocumentsService, WerkgroepenService } from '@verbinder/werkgroepen/core';
import { DEMO_PASSWORD, DEMO_PERSONAS, PasswordsService } from '@verbinder/identity/core';
import type { LeerlabsService, LeerrouteInput, LeerroutesService, MembershipsService, PeopleService, Region, RegionsRepository, RegionsService, School, SchoolsService } from '@verbinder/regions/core';
import type { Actor, MembershipLayer, MembershipRole, UnitOfWork } from '@verbinder/shared/kernel';
import { seedActieagendaDemo } from './actieagenda-demo';
import { LoketDemoServices, seedLoketDemo } from './loket-demo';
import { seedMeetupsDemo } from './meetups-demo';
import { seedWerkgroepenDemo } from './werkgroepen-demo';
import { seedStoriesDemo, StoriesDemoServices } from './stories-demo';
import { DEMO_REGIONS, DemoRoute } from './demo-data';
import type { RegionDemoDeps } from './demo-region';

export interface SeedDeps {
  regions: { regions: RegionsService; schools: SchoolsService; leerlabs: LeerlabsService; people: PeopleService; memberships: MembershipsService; leerroutes: LeerroutesService };
  repository: RegionsRepository;
  passwords: PasswordsService;
  actieagenda: ActieagendaService;
  acties: ActiesService;
  checkIns: CheckInsService;
  activities: ActivitiesService;
  series: SeriesService;
  registrations: RegistrationsService;
  loket: LoketDemoServices;
  werkgroepen: WerkgroepenService;
  curriculum?: CurriculumService;
  werkgroepDocuments?: WerkgroepDocumentsService;
  draaiboek?: DraaiboekService;
  werkgroepStream: StreamService;
  glossary: GlossaryService;
  teamsMirror?: TeamsMirrorService;
  stories?: StoriesDemoServices;
  /** The actor behind a person (for demo activity authored by demo people). */
  actorFor: (email: string) => Promise<Actor>;
  uow: UnitOfWork;
  /** Give the demo personas the demo password (demo mode only). */
  demoPasswords: boolean;
  /** Takes a transaction-scoped lock so that nodes booting together seed once. */
  lock: (key: string) => Promise<void>;
}

/** The seed acts as a platform beheerder that is not a person (so it is never notified itself). */
const SEED_ACTOR: Actor = {
  personId: '00000000-0000-4000-8000-000000000000',
  name: 'Verbinder demodata',
  email: 'demodata@example.org',
  systemRole: 'BEHEERDER',
  memberships: [],
};

/**
 * Creates the demo regions, schools, leerlabs, people and leerroutes through the domain
 * services (so the law's rules apply to demo data too), in one transaction. Idempotent:
 * does nothing when the first demo region already exists. Returns what it created, or null.
 */
export async function seedDemoData(deps: SeedDeps): Promise<Record<string, number> | null> {
  if (await deps.repository.findRegionBySlug(DEMO_REGIONS[0].slug)) return null;
  const counts = { regions: 0, schools: 0, leerlabs: 0, people: 0, leerroutes: 0, acties: 0, activities: 0, loketRequests: 0, werkgroepen: 0, stories: 0 };
  const seeded = await deps.uow.run(async () => {
    await deps.lock('verbinder:demo-seed');
    // Another node may have seeded while this one waited for the lock.
    if (await deps.repository.findRegionBySlug(DEMO_REGIONS[0].slug)) return false;
    for (const demo of DEMO_REGIONS) {
      const region: Region = await deps.regions.regions.createRegion(SEED_ACTOR, { slug: demo.slug, name: demo.name, description: demo.description });
      counts.regions++;
      const schools = new Map<string, School>();
      for (const s of demo.schools) {
        schools.set(s.key, await deps.regions.schools.createSchool(SEED_ACTOR, { regionId: region.id, ...s }));
        counts.schools++;
      }
      const leerlabIds = new Map<string, string>();
      for (const l of demo.leerlabs) {
        const leerlab = await deps.regions.leerlabs.createLeerlab(SEED_ACTOR, {
          regionId: region.id,
          name: l.name,
          round: l.round,
          startYear: l.startYear,
          theme: l.theme,
          description: l.description,
          schoolIds: l.schools.map((k) => (schools.get(k) as School).id),
        });
        leerlabIds.set(l.key, leerlab.id);
        counts.leerlabs++;
      }
      for (const p of demo.people) {
        const existing = await deps.repository.findPersonByEmail(p.email);
        const person = existing ?? (await deps.regions.people.createPerson(SEED_ACTOR, { name: p.name, email: p.email, jobTitle: p.jobTitle }));
        if (!existing) counts.people++;
        if (p.systemRole) await deps.repository.updatePerson(person.id, { systemRole: p.systemRole });
        if (deps.demoPasswords && DEMO_PERSONAS.some((persona) => persona.email === p.email)) {
          await deps.passwords.setPassword(person.id, DEMO_PASSWORD);
        }
        for (const m of p.memberships) {
          await deps.regions.memberships.addMembership(SEED_ACTOR, {
            personId: person.id,
            regionId: m.school ? null : region.id,
            schoolId: m.school ? (schools.get(m.school) as School).id : null,
            role: m.role as MembershipRole,
            layer: m.layer as MembershipLayer,
          });
        }
      }
      for (const r of demo.routes) {
        await deps.regions.leerroutes.createLeerroute(SEED_ACTOR, toRouteInput(r, region.id, schools, leerlabIds));
        counts.leerroutes++;
      }
    }
    // What every domain demo of the first demo region gets.
    const inRegion: RegionDemoDeps = { repository: deps.repository, regionSlug: DEMO_REGIONS[0].slug, actorFor: deps.actorFor };
    const today = deps.actieagenda.today();
    counts.acties = await seedActieagendaDemo({ ...inRegion, service: deps.actieagenda, acties: deps.acties, checkIns: deps.checkIns, today });
    counts.activities = await seedMeetupsDemo({ ...inRegion, service: deps.activities, series: deps.series, registrations: deps.registrations, today });
    counts.loketRequests = await seedLoketDemo({ ...inRegion, services: deps.loket });
    const werkgroepen = await seedWerkgroepenDemo({
      ...inRegion,
      service: deps.werkgroepen,
      curriculum: deps.curriculum,
      documents: deps.werkgroepDocuments,
      draaiboek: deps.draaiboek,
      stream: { stream: deps.werkgroepStream, glossary: deps.glossary, meetups: deps.activities, now: new Date() },
      teamsMirror: deps.teamsMirror,
    });
    counts.werkgroepen = werkgroepen ? Object.keys(werkgroepen).length : 0;
    if (deps.stories) counts.stories = await seedStoriesDemo({ services: deps.stories, repository: deps.repository, actorFor: deps.actorFor, now: new Date() });
    return true;
  });
  return seeded ? counts : null;
}

function toRouteInput(r: DemoRoute, regionId: string, schools: Map<string, School>, leerlabs: Map<string, string>): LeerrouteInput {
  const { vo, mbo, leerlab, ...rest } = r;
  return {
    ...rest,
    regionId,
    leerlabId: leerlab ? (leerlabs.get(leerlab) ?? null) : null,
    voSchoolId: vo ? (schools.get(vo)?.id ?? null) : null,
    mboSchoolId: mbo ? (schools.get(mbo)?.id ?? null) : null,
  };
}
