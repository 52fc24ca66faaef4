import { RegionsService } from '@verbinder/regions/core';
import { isUuid, InputCheck } from '@verbinder/shared/kernel';
import { LOKET_STAFF_ROLES } from './loket-access.service';

/** Records a field error unless the person is loket staff (medewerker, verbinder, beheerder) of the region. */
export async function checkAssignee(regions: RegionsService, check: InputCheck, regionId: string, personId: string, field: string): Promise<void> {
  const memberships = isUuid(personId) ? await regions.membershipsByPersonIds([personId]) : [];
  if (!memberships.some((m) => m.regionId === regionId && (LOKET_STAFF_ROLES as readonly string[]).includes(m.role))) {
    check.fail(field, 'Kies een loket-medewerker, verbinder of beheerder uit deze regio.');
  }
}

/** The distinct school ids, after recording a field error for more than 20 or a school outside the region. */
export async function checkSchools(regions: RegionsService, check: InputCheck, regionId: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids ?? [])];
  if (unique.length > 20) check.fail('schoolIds', 'Kies hoogstens 20 scholen.');
  const schools = await regions.schoolsByIds(unique);
  if (unique.some((id) => !schools.some((s) => s.id === id && s.regionId === regionId))) check.fail('schoolIds', 'Kies scholen uit deze regio.');
  return unique;
}
