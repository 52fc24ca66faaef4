import { gql, useQuery, type TypedDocumentNode } from '@apollo/client';

export interface ViewerMembership {
  id: string;
  role: string;
  region: { id: string; slug: string; name: string };
  /** The school of the membership (null for a region-wide role). */
  school: { id: string } | null;
}

export interface ViewerPerson {
  id: string;
  name: string;
  systemRole: 'BEHEERDER' | null;
  memberships: ViewerMembership[];
}

export interface ViewerData {
  /** mustChangePassword: the session may only choose a new password (admin:create); authenticated is false then. */
  viewer: { __typename?: 'Viewer'; authenticated: boolean; mustChangePassword?: boolean; person: ViewerPerson | null };
}

export const VIEWER_QUERY: TypedDocumentNode<ViewerData, Record<string, never>> = gql`
  query Viewer {
    viewer {
      authenticated
      mustChangePassword
      person {
        id
        name
        systemRole
        memberships {
          id
          role
          region {
            id
            slug
            name
          }
          school {
            id
          }
        }
      }
    }
  }
`;

/** The signed-in person (from the cache once the app shell has loaded it). */
export function useViewer() {
  return useQuery(VIEWER_QUERY);
}

/** The distinct regions the person is a member of, in membership order. */
export function viewerRegions(person: ViewerPerson | null | undefined): ViewerMembership['region'][] {
  const seen = new Map<string, ViewerMembership['region']>();
  for (const membership of person?.memberships ?? []) {
    if (!seen.has(membership.region.id)) seen.set(membership.region.id, membership.region);
  }
  return [...seen.values()];
}
