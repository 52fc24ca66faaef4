/** GraphQL operations of the Teams drift card (libs/teams-mirror/graphql, teams-drift.resolvers.ts). */
import { graphql, type TeamsDriftFieldsFragment } from '@verbinder/web/api-client';

export type { TeamsDriftKind } from '@verbinder/web/api-client';

export type TeamsDrift = TeamsDriftFieldsFragment;

export const DRIFT_FIELDS = graphql(`
  fragment TeamsDriftFields on TeamsDrift {
    id
    linkId
    documentId
    documentTitle
    documentDeleted
    kind
    teamsName
    size
    modifiedBy
    modifiedAt
    detectedAt
    resolvedAt
    resolution
    importedVersion
  }
`);

export const WERKGROEP_TEAMS_DRIFTS = graphql(`
  query WerkgroepTeamsDrifts($id: ID!) {
    teamsDrifts(werkgroepId: $id) { ...TeamsDriftFields }
  }
`);

export const IMPORT_TEAMS_VERSION = graphql(`
  mutation ImportTeamsVersion($id: ID!) {
    importTeamsVersion(id: $id) { ...TeamsDriftFields }
  }
`);

export const DISMISS_TEAMS_DRIFT = graphql(`
  mutation DismissTeamsDrift($id: ID!) {
    dismissTeamsDrift(id: $id) { ...TeamsDriftFields }
  }
`);
