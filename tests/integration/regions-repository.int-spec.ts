// The same migrations and repository behaviour on both drivers: embedded PGlite and the
// machine's PostgreSQL server (a fresh database per run).
import { sql } from 'drizzle-orm';
import { DatabaseAttemptLog } from '@verbinder/platform/db';
import { DrizzleRegionsRepository } from '@verbinder/regions/data-access';
import { DrizzleIdentityRepository } from '@verbinder/identity/data-access';
import { ErrorCode } from '@verbinder/shared/contracts';
import { describeOnBothDrivers } from '../support/test-database';

describeOnBothDrivers('migrations and repositories', 'verbinder_int', (database, driver) => {
  let repo: DrizzleRegionsRepository;

  beforeAll(async () => {
    repo = new DrizzleRegionsRepository(database());
  }, 60_000);

  it('creates every table, and migrating again changes nothing', async () => {
    await database().migrate();
    const result = await database().db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`);
    const tables = (result as unknown as { rows: Array<{ table_name: string }> }).rows.map((r) => r.table_name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'regions',
        'schools',
        'leerlabs',
        'leerlab_schools',
        'persons',
        'memberships',
        'leerroutes',
        'accounts',
        'sessions',
        'rate_limit_attempts',
        'oidc_identities',
        'notifications',
      ]),
    );
    const applied = await database().db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect((applied as unknown as { rows: Array<{ n: number }> }).rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it('stores regions, schools with locations, and counts per region', async () => {
    const region = await repo.insertRegion({ slug: `regio-${driver}`, name: 'Testregio', description: null });
    const school = await repo.insertSchool({
      regionId: region.id,
      name: 'Landstede MBO',
      kind: 'MBO',
      koepel: 'Landstede Groep',
      brin: null,
      website: null,
      locations: [{ name: 'Harderwijk', address: null, city: 'Harderwijk' }],
    });
    expect((await repo.findSchoolsByIds([school.id]))[0].locations).toEqual([{ name: 'Harderwijk', address: null, city: 'Harderwijk' }]);
    const person = await repo.insertPerson({ name: 'Test Persoon', email: `Test.${driver}@Example.org`, jobTitle: null, systemRole: null });
    await repo.insertMembership({ personId: person.id, regionId: region.id, schoolId: school.id, role: 'DOCENT', layer: 'PROFESSIONEEL' });
    const counts = await repo.countsForRegions([region.id]);
    expect(counts.get(region.id)).toEqual({ schools: 1, leerlabs: 0, people: 1, leerroutes: 0 });
    expect(await repo.findPersonByEmail(`test.${driver}@example.org`)).toMatchObject({ id: person.id });
  });

  it('answers duplicates with CONFLICT, including region memberships (no school)', async () => {
    await expect(repo.insertRegion({ slug: `regio-${driver}`, name: 'Dubbel', description: null })).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
      details: { field: 'slug' },
    });
    await expect(repo.insertPerson({ name: 'X', email: `TEST.${driver}@example.org`, jobTitle: null, systemRole: null })).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
    });
    const region = (await repo.findRegionBySlug(`regio-${driver}`))!;
    const [person] = await repo.searchPersons({ regionId: region.id, search: 'persoon', limit: 10, emailVisibleIn: null });
    await repo.insertMembership({ personId: person.id, regionId: region.id, schoolId: null, role: 'VERBINDER', layer: 'PROFESSIONEEL' });
    await expect(repo.insertMembership({ personId: person.id, regionId: region.id, schoolId: null, role: 'VERBINDER', layer: 'MANAGEMENT' })).rejects.toMatchObject({ code: ErrorCode.CONFLICT });
  });

  it('keeps leerlab schools in step and searches people with LIKE wildcards escaped', async () => {
    const region = (await repo.findRegionBySlug(`regio-${driver}`))!;
    const [school] = await repo.findSchoolsByRegionIds([region.id]);
    const leerlab = await repo.insertLeerlab({ regionId: region.id, name: 'Leerlab', round: 2022, startYear: 2022, theme: null, description: null, schoolIds: [school.id] });
    expect(leerlab.schoolIds).toEqual([school.id]);
    const updated = await repo.updateLeerlab(leerlab.id, { schoolIds: [] });
    expect(updated.schoolIds).toEqual([]);
    expect(await repo.searchPersons({ search: '%', limit: 10, emailVisibleIn: null })).toEqual([]);
  });

  it('rolls back a failed transaction completely (no half-written records)', async () => {
    const before = await repo.listRegions();
    await expect(
      database().transaction(async () => {
        await repo.insertRegion({ slug: `half-${driver}`, name: 'Half', description: null });
        await repo.insertRegion({ slug: `half-${driver}`, name: 'Half again', description: null });
      }),
    ).rejects.toMatchObject({ code: ErrorCode.CONFLICT });
    expect(await repo.listRegions()).toEqual(before);
  });

  it('runs after-commit hooks only after a commit', async () => {
    const seen: string[] = [];
    await database().transaction(async () => {
      database().afterCommit(() => seen.push('committed'));
    });
    await database()
      .transaction(async () => {
        database().afterCommit(() => seen.push('rolled back'));
        throw new Error('boom');
      })
      .catch(() => undefined);
    expect(seen).toEqual(['committed']);
  });

  it('stores sessions, and counts failed rate-limit attempts in a window', async () => {
    const identity = new DrizzleIdentityRepository(database());
    const [person] = await repo.searchPersons({ search: 'Test Persoon', limit: 1, emailVisibleIn: null });
    await identity.insertSession('hash-1', person.id, new Date(Date.now() + 60_000));
    expect(await identity.findSession('hash-1')).toMatchObject({ personId: person.id });
    const actor = await identity.loadActor(person.id);
    expect(actor?.memberships.map((m) => m.role).sort()).toEqual(['DOCENT', 'VERBINDER']);
    const now = new Date();
    const attempts = new DatabaseAttemptLog(database());
    await attempts.record(['email:x'], new Date(now.getTime() - 3600_000));
    await attempts.record(['email:x', 'client:y'], now);
    await attempts.record(['email:x'], now, true);
    expect(await attempts.failures('email:x', new Date(now.getTime() - 60_000))).toEqual({ count: 1, latest: now });
    expect(await attempts.succeededSince('email:x', new Date(now.getTime() - 60_000))).toBe(true);
    expect(await attempts.succeededSince('client:y', new Date(0))).toBe(false);
    expect(await attempts.deleteBefore(new Date(now.getTime() - 60_000), new Date(0))).toBe(1);
    expect(await attempts.deleteKey('email:x')).toBe(2);
    expect(await attempts.failures('client:y', new Date(0))).toEqual({ count: 1, latest: now });
  });
});
