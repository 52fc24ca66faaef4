// Teams drift (files changed or deleted in Teams by people) in the authorization and bad-input
// tables. Members of the group (and beheerders of the region) see it; members who may add
// documents decide. The demo has no links, so no drift: deciding is answered NOT_FOUND.
// The happy paths and the member/non-member rules with real drift: tests/e2e/teams-drift.e2e-spec.ts.
import type { AuthzCase, BadCase } from './types';

const NO_SUCH = '00000000-0000-4000-8000-0000000000d5';

export const TEAMS_DRIFT_AUTHZ: Record<string, AuthzCase> = {
  teamsDrifts: { doc: 'query($w: ID!) { teamsDrifts(werkgroepId: $w, includeResolved: true) { id kind } }', vars: (i) => ({ w: i.engelsWerkgroepId }) },
  importTeamsVersion: { doc: `mutation { importTeamsVersion(id: "${NO_SUCH}") { id } }`, docentCode: 'NOT_FOUND' },
  dismissTeamsDrift: { doc: `mutation { dismissTeamsDrift(id: "${NO_SUCH}") { id } }`, docentCode: 'NOT_FOUND' },
};

export const TEAMS_DRIFT_BAD_INPUT: BadCase[] = [
  { mutation: 'importTeamsVersion', as: 'docent', doc: `mutation { importTeamsVersion(id: "${NO_SUCH}") { id } }`, code: 'NOT_FOUND' },
  { mutation: 'importTeamsVersion', as: 'docent', doc: 'mutation { importTeamsVersion(id: "geen-id") { id } }', code: 'NOT_FOUND' },
  { mutation: 'dismissTeamsDrift', as: 'docent', doc: `mutation { dismissTeamsDrift(id: "${NO_SUCH}") { id } }`, code: 'NOT_FOUND' },
  { mutation: 'dismissTeamsDrift', doc: 'mutation { dismissTeamsDrift(id: "") { id } }', code: 'NOT_FOUND' },
];
