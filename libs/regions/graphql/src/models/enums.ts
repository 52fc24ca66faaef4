import { EnumValue, gqlEnum } from '@verbinder/platform/graphql';
import { MBO_LEERWEGEN, MEMBERSHIP_LAYERS, MEMBERSHIP_ROLES, ROUTE_PHASES, ROUTE_TYPES, SCHOOL_KINDS, VMBO_EXAM_SCOPES, VMBO_LEERWEGEN } from '@verbinder/regions/core';

export const SchoolKindGql = gqlEnum('SchoolKind', SCHOOL_KINDS, 'vo-school, mbo-instelling of beide');
export const MembershipRoleGql = gqlEnum('MembershipRole', MEMBERSHIP_ROLES);
export const MembershipLayerGql = gqlEnum('MembershipLayer', MEMBERSHIP_LAYERS, 'bestuurlijk, management of professioneel');
export const MembershipScopeGql = gqlEnum('MembershipScope', ['REGION', 'SCHOOL']);
export type MembershipScopeGql = EnumValue<typeof MembershipScopeGql>;
export const RouteTypeGql = gqlEnum('RouteType', ROUTE_TYPES, 'reguliere, doorlopende of geïntegreerde leerroute');
export const VmboLeerwegGql = gqlEnum('VmboLeerweg', VMBO_LEERWEGEN);
export const MboLeerwegGql = gqlEnum('MboLeerweg', MBO_LEERWEGEN);
export const VmboExamScopeGql = gqlEnum('VmboExamScope', VMBO_EXAM_SCOPES);
export const RoutePhaseGql = gqlEnum('RoutePhase', ROUTE_PHASES);
export const SystemRoleGql = gqlEnum('SystemRole', ['BEHEERDER']);
export type SystemRoleGql = EnumValue<typeof SystemRoleGql>;
