import { ErrorCode } from '@verbinder/shared/contracts';
import { DomainError } from '@verbinder/shared/kernel';
import type { LeerrouteInput, School } from './regions.types';

/**
 * The rules of the Wet doorlopende leerroutes vmbo-mbo (in force since 1 August 2020),
 * as far as they can be checked on a route's registration. Each rule has a stable id
 * (returned as `extensions.rule`) and a Dutch explanation a beheerder can act on.
 */
export type LeerrouteRule =
  | 'GEINTEGREERD_ONLY_BASIS_TO_NIVEAU_2'
  | 'DOORLOPEND_NIVEAU_2_TO_4'
  | 'SHORTENING_MAX_ONE_YEAR'
  | 'REGULIER_NO_SHORTENING'
  | 'VMBO_EXAM_LATEST_ROUTE_YEAR_3'
  | 'VMBO_EXAM_YEAR_REQUIRED'
  | 'VMBO_EXAM_ONLY_SKIPPED_IN_GEINTEGREERD'
  | 'NO_EXAM_YEAR_WITHOUT_EXAM'
  | 'BPV_FROM_ROUTE_YEAR_1'
  | 'ROUTE_NEEDS_VO_AND_MBO_SCHOOL'
  | 'VO_SCHOOL_MUST_OFFER_VO'
  | 'MBO_SCHOOL_MUST_OFFER_MBO'
  | 'SCHOOLS_IN_ROUTE_REGION'
  | 'LOPEND_NEEDS_AGREEMENT_AND_DUO';

export interface RuleViolation {
  rule: LeerrouteRule;
  field: string;
  message: string;
}

export interface LeerrouteContext {
  voSchool: School | null;
  mboSchool: School | null;
}

const MAX_SHORTENING_MONTHS = 12;
const LAST_VMBO_EXAM_ROUTE_YEAR = 3;

export function checkLeerrouteRules(input: LeerrouteInput, ctx: LeerrouteContext): RuleViolation[] {
  const v: RuleViolation[] = [];
  const combined = input.routeType !== 'REGULIER';

  if (input.routeType === 'GEINTEGREERD' && (input.vmboLeerweg !== 'BASIS' || input.mboNiveau !== 2)) {
    v.push({
      rule: 'GEINTEGREERD_ONLY_BASIS_TO_NIVEAU_2',
      field: input.vmboLeerweg !== 'BASIS' ? 'vmboLeerweg' : 'mboNiveau',
      message: 'Een geïntegreerde leerroute loopt alleen van de vmbo basisberoepsgerichte leerweg naar een mbo-diploma op niveau 2.',
    });
  }
  if (input.routeType === 'DOORLOPEND' && (input.mboNiveau < 2 || input.mboNiveau > 4)) {
    v.push({
      rule: 'DOORLOPEND_NIVEAU_2_TO_4',
      field: 'mboNiveau',
      message: 'Een doorlopende leerroute leidt naar een mbo-diploma op niveau 2, 3 of 4.',
    });
  }
  if (input.shorteningMonths < 0 || input.shorteningMonths > MAX_SHORTENING_MONTHS) {
    v.push({
      rule: 'SHORTENING_MAX_ONE_YEAR',
      field: 'shorteningMonths',
      message: 'De wet staat een verkorting van hoogstens één jaar (0 tot en met 12 maanden) toe.',
    });
  } else if (!combined && input.shorteningMonths > 0) {
    v.push({
      rule: 'REGULIER_NO_SHORTENING',
      field: 'shorteningMonths',
      message: 'Een reguliere leerroute kent geen verkorting; kies een doorlopende of geïntegreerde leerroute.',
    });
  }

  if (input.vmboExamScope !== 'VOLLEDIG' && input.routeType !== 'GEINTEGREERD') {
    v.push({
      rule: 'VMBO_EXAM_ONLY_SKIPPED_IN_GEINTEGREERD',
      field: 'vmboExamScope',
      message: 'Alleen in de geïntegreerde leerroute (bb naar mbo 2) mag het vmbo-examen geheel of gedeeltelijk vervallen.',
    });
  }
  if (input.vmboExamScope === 'GEEN') {
    if (input.vmboExamLastRouteYear != null) {
      v.push({
        rule: 'NO_EXAM_YEAR_WITHOUT_EXAM',
        field: 'vmboExamLastRouteYear',
        message: 'Zonder vmbo-examen is er geen laatste routejaar voor het vmbo-examen; laat dit veld leeg.',
      });
    }
  } else if (combined) {
    if (input.vmboExamLastRouteYear == null) {
      v.push({
        rule: 'VMBO_EXAM_YEAR_REQUIRED',
        field: 'vmboExamLastRouteYear',
        message: 'Vul in in welk routejaar de vmbo-examens uiterlijk worden afgenomen (routejaar 1 tot en met 3).',
      });
    } else if (input.vmboExamLastRouteYear < 1 || input.vmboExamLastRouteYear > LAST_VMBO_EXAM_ROUTE_YEAR) {
      v.push({
        rule: 'VMBO_EXAM_LATEST_ROUTE_YEAR_3',
        field: 'vmboExamLastRouteYear',
        message: 'De vmbo-examens worden uiterlijk in het derde jaar van de route afgenomen (routejaar 1 tot en met 3).',
      });
    }
  }
  if (input.bpvStartRouteYear != null && input.bpvStartRouteYear < 1) {
    v.push({
      rule: 'BPV_FROM_ROUTE_YEAR_1',
      field: 'bpvStartRouteYear',
      message: 'Beroepspraktijkvorming (BPV) kan op zijn vroegst in routejaar 1 (vmbo leerjaar 3) beginnen.',
    });
  }

  if (combined) {
    if (!input.voSchoolId || !input.mboSchoolId) {
      v.push({
        rule: 'ROUTE_NEEDS_VO_AND_MBO_SCHOOL',
        field: !input.voSchoolId ? 'voSchoolId' : 'mboSchoolId',
        message: 'Een doorlopende of geïntegreerde leerroute heeft een verantwoordelijke vo-school én mbo-instelling; kies ze allebei.',
      });
    }
    if (input.phase === 'LOPEND' && (!input.agreementSignedOn || !input.duoVoRegisteredOn || !input.duoMboRegisteredOn)) {
      v.push({
        rule: 'LOPEND_NEEDS_AGREEMENT_AND_DUO',
        field: !input.agreementSignedOn ? 'agreementSignedOn' : !input.duoVoRegisteredOn ? 'duoVoRegisteredOn' : 'duoMboRegisteredOn',
        message: 'Een lopende route heeft een getekende samenwerkingsovereenkomst en is vóór de start bij DUO gemeld, voor vo én mbo.',
      });
    }
  }
  if (ctx.voSchool && ctx.voSchool.kind === 'MBO') {
    v.push({ rule: 'VO_SCHOOL_MUST_OFFER_VO', field: 'voSchoolId', message: `${ctx.voSchool.name} biedt geen voortgezet onderwijs.` });
  }
  if (ctx.mboSchool && ctx.mboSchool.kind === 'VO') {
    v.push({ rule: 'MBO_SCHOOL_MUST_OFFER_MBO', field: 'mboSchoolId', message: `${ctx.mboSchool.name} is geen mbo-instelling.` });
  }
  for (const [school, field] of [
    [ctx.voSchool, 'voSchoolId'],
    [ctx.mboSchool, 'mboSchoolId'],
  ] as const) {
    if (school && school.regionId !== input.regionId) {
      v.push({ rule: 'SCHOOLS_IN_ROUTE_REGION', field, message: `${school.name} hoort niet bij de regio van deze leerroute.` });
    }
  }
  return v;
}

export function assertLeerrouteRules(input: LeerrouteInput, ctx: LeerrouteContext): void {
  const violations = checkLeerrouteRules(input, ctx);
  if (violations.length === 0) return;
  const [first] = violations;
  throw new DomainError(ErrorCode.LEERROUTE_RULE_VIOLATION, first.message, {
    rule: first.rule,
    field: first.field,
    fields: violations.map(({ field, message }) => ({ field, message })),
  });
}
