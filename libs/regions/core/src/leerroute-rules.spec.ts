import { ErrorCode } from '@verbinder/shared/contracts';
import { DomainError } from '@verbinder/shared/kernel';
import { assertLeerrouteRules, checkLeerrouteRules } from './leerroute-rules';
import type { LeerrouteInput, School } from './regions.types';
import { leerrouteInput } from './testing/leerroute-input';

const school = (id: string, kind: School['kind'], regionId = 'r1'): School => ({
  id,
  regionId,
  name: `School ${id}`,
  kind,
  koepel: null,
  brin: null,
  website: null,
  locations: [],
  createdAt: new Date(),
  updatedAt: new Date(),
});

const vo = school('vo', 'VO');
const mbo = school('mbo', 'MBO');

const route = leerrouteInput;

const rules = (patch: Partial<LeerrouteInput>, ctx = { voSchool: vo, mboSchool: mbo }) => checkLeerrouteRules(route(patch), ctx).map((v) => v.rule);

describe('Wet doorlopende leerroutes rules', () => {
  it('accepts a valid doorlopende leerroute', () => {
    expect(rules({})).toEqual([]);
  });

  it('allows an integrated route only from vmbo basis to mbo niveau 2', () => {
    const integrated = { routeType: 'GEINTEGREERD' as const, vmboExamScope: 'GEEN' as const, vmboExamLastRouteYear: null };
    expect(rules({ ...integrated, vmboLeerweg: 'BASIS', mboNiveau: 2 })).toEqual([]);
    expect(rules({ ...integrated, vmboLeerweg: 'KADER', mboNiveau: 2 })).toEqual(['GEINTEGREERD_ONLY_BASIS_TO_NIVEAU_2']);
    expect(rules({ ...integrated, vmboLeerweg: 'BASIS', mboNiveau: 3 })).toEqual(['GEINTEGREERD_ONLY_BASIS_TO_NIVEAU_2']);
  });

  it('leads a doorlopende leerroute to mbo niveau 2, 3 or 4', () => {
    expect(rules({ mboNiveau: 1 })).toEqual(['DOORLOPEND_NIVEAU_2_TO_4']);
    expect(rules({ mboNiveau: 4 })).toEqual([]);
  });

  it('shortens by at most one year, and never a regular route', () => {
    expect(rules({ shorteningMonths: 12 })).toEqual([]);
    expect(rules({ shorteningMonths: 13 })).toEqual(['SHORTENING_MAX_ONE_YEAR']);
    expect(rules({ shorteningMonths: -1 })).toEqual(['SHORTENING_MAX_ONE_YEAR']);
    expect(rules({ routeType: 'REGULIER', shorteningMonths: 3, vmboExamLastRouteYear: null })).toEqual(['REGULIER_NO_SHORTENING']);
  });

  it('holds the vmbo exams at the latest in route year 3', () => {
    expect(rules({ vmboExamLastRouteYear: 3 })).toEqual([]);
    expect(rules({ vmboExamLastRouteYear: 4 })).toEqual(['VMBO_EXAM_LATEST_ROUTE_YEAR_3']);
    expect(rules({ vmboExamLastRouteYear: null })).toEqual(['VMBO_EXAM_YEAR_REQUIRED']);
  });

  it('lets only the integrated route skip the vmbo exam', () => {
    expect(rules({ vmboExamScope: 'GEDEELTELIJK' })).toEqual(['VMBO_EXAM_ONLY_SKIPPED_IN_GEINTEGREERD']);
    expect(rules({ routeType: 'GEINTEGREERD', vmboLeerweg: 'BASIS', mboNiveau: 2, vmboExamScope: 'GEEN', vmboExamLastRouteYear: 2 })).toEqual(['NO_EXAM_YEAR_WITHOUT_EXAM']);
  });

  it('starts BPV at the earliest in route year 1 (vmbo leerjaar 3)', () => {
    expect(rules({ bpvStartRouteYear: 0 })).toEqual(['BPV_FROM_ROUTE_YEAR_1']);
  });

  it('needs a responsible vo-school and mbo-instelling of the right kind in the same region', () => {
    expect(rules({ mboSchoolId: null }, { voSchool: vo, mboSchool: null as unknown as School })).toEqual(['ROUTE_NEEDS_VO_AND_MBO_SCHOOL']);
    expect(rules({}, { voSchool: mbo, mboSchool: mbo })).toEqual(['VO_SCHOOL_MUST_OFFER_VO']);
    expect(rules({}, { voSchool: vo, mboSchool: vo })).toEqual(['MBO_SCHOOL_MUST_OFFER_MBO']);
    expect(rules({}, { voSchool: vo, mboSchool: school('far', 'MBO', 'r2') })).toEqual(['SCHOOLS_IN_ROUTE_REGION']);
    const both = school('both', 'BOTH');
    expect(rules({}, { voSchool: both, mboSchool: both })).toEqual([]);
  });

  it('registers a running route with DUO and a signed samenwerkingsovereenkomst', () => {
    expect(rules({ phase: 'LOPEND' })).toEqual(['LOPEND_NEEDS_AGREEMENT_AND_DUO']);
    expect(rules({ phase: 'LOPEND', agreementSignedOn: '2024-03-01', duoVoRegisteredOn: '2024-04-01', duoMboRegisteredOn: '2024-04-01' })).toEqual([]);
  });

  it('throws one LEERROUTE_RULE_VIOLATION naming the first rule and field, listing all', () => {
    let thrown: unknown;
    try {
      assertLeerrouteRules(route({ shorteningMonths: 24, vmboExamLastRouteYear: 5 }), { voSchool: vo, mboSchool: mbo });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    const error = thrown as DomainError;
    expect(error.code).toBe(ErrorCode.LEERROUTE_RULE_VIOLATION);
    expect(error.details.rule).toBe('SHORTENING_MAX_ONE_YEAR');
    expect(error.details.field).toBe('shorteningMonths');
    expect(error.details.fields?.map((f) => f.field)).toEqual(['shorteningMonths', 'vmboExamLastRouteYear']);
    expect(error.message).toMatch(/één jaar/);
  });
});
