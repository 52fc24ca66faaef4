import type { RegionsRepository, School } from '@verbinder/regions/core';
import type { Actor } from '@verbinder/shared/kernel';

/** What each domain demo of one region is given: the regions repository, the region's slug and a demo person's actor by e-mail. */
export interface RegionDemoDeps {
  repository: RegionsRepository;
  regionSlug: string;
  actorFor: (email: string) => Promise<Actor>;
}

/**
 * The demo region with the slug, and lookups the domain demos share: a school's id by its name
 * and a person's id by e-mail (both seeded by demo-seed.ts first). Null when the region is not
 * there (the demos then seed nothing).
 */
export async function demoRegion(repository: RegionsRepository, slug: string) {
  const region = await repository.findRegionBySlug(slug);
  if (!region) return null;
  const schools = await repository.findSchoolsByRegionIds([region.id]);
  return {
    region,
    school: (name: string) => (schools.find((s) => s.name === name) as School).id,
    person: async (email: string) => (await repository.findPersonByEmail(email))?.id as string,
  };
}
