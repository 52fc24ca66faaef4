/** GraphQL operations of the Teams drift card (libs/teams-mirror/graphql, teams-drift.resolvers.ts). */
import { gql, type TypedDocumentNode } from '@apollo/client';

export type TeamsDriftKind = 'CHANGED' | 'DELETED';

export interface TeamsDrift {
  id: string;
  linkId: string;
  documentId: string;
  documentTitle: string;
  documentDeleted: boolean;
  kind: TeamsDriftKind;
  teamsName: string | null;
  size: number | null;
  modifiedBy: string | null;
  modifiedAt: string | null;
  detectedAt: string;
  resolvedAt: string | null;
  resolution: 'IMPORTED' | 'KEPT_VERBINDER' | 'DOCUMENT_DELETED' | null;
  importedVersion: number | null;
}

const DRIFT_FIELDS = 'id linkId documentId documentTitle documentDeleted kind teamsName size modifiedBy modifiedAt detectedAt resolvedAt resolution importedVersion';

export const WERKGROEP_TEAMS_DRIFTS: TypedDocumentNode<{ teamsDrifts: TeamsDrift[] }, { id: string }> = gql`
  query WerkgroepTeamsDrifts($id: ID!) {
    teamsDrifts(werkgroepId: $id) { ${DRIFT_FIELDS} }
  }
`;

export const IMPORT_TEAMS_VERSION: TypedDocumentNode<{ importTeamsVersion: TeamsDrift }, { id: string }> = gql`
  mutation ImportTeamsVersion($id: ID!) {
    importTeamsVersion(id: $id) { ${DRIFT_FIELDS} }
  }
`;

export const DISMISS_TEAMS_DRIFT: TypedDocumentNode<{ dismissTeamsDrift: TeamsDrift }, { id: string }> = gql`
  mutation DismissTeamsDrift($id: ID!) {
    dismissTeamsDrift(id: $id) { ${DRIFT_FIELDS} }
  }
`;
