import { useQuery } from '@apollo/client';
import { graphql } from '../generated/gql';
import type { ViewerQuery } from '../generated/graphql';

export type ViewerData = ViewerQuery;
export type ViewerPerson = NonNullable<ViewerQuery['viewer']['person']>;
export type ViewerMembership = ViewerPerson['memberships'][number];

export const VIEWER_QUERY = graphql(`
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
`);

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
