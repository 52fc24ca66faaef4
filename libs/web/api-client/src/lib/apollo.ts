import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { onError } from '@apollo/client/link/error';
import { ErrorCode } from '@verbinder/shared/contracts';

export interface ApolloClientOptions {
  /** Called when the session turned out to be gone (an operation failed with UNAUTHENTICATED). */
  onUnauthenticated?: () => void;
}

/** Apollo Client for the same-origin API; the session cookie travels with every request. */
export function createApolloClient({ onUnauthenticated }: ApolloClientOptions = {}) {
  const errorLink = onError(({ graphQLErrors }) => {
    if (graphQLErrors?.some((error) => error.extensions?.['code'] === ErrorCode.UNAUTHENTICATED)) {
      onUnauthenticated?.();
    }
  });
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        Viewer: { merge: true },
        AuthConfig: { merge: true },
        RegionCounts: { merge: true },
        School: { fields: { locations: { merge: false } } },
        // A group's permissions have no id of their own: they belong to the group (and the viewer),
        // and screens select different parts of them, so the parts are merged into one object.
        WerkgroepPermissions: { merge: true },
      },
    }),
    defaultOptions: {
      watchQuery: { errorPolicy: 'none', notifyOnNetworkStatusChange: true },
    },
  });
}
