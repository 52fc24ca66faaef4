import { gql, type TypedDocumentNode } from '@apollo/client';

export interface SignInOptionsData {
  authConfig: { demoMode: boolean; oidcEnabled: boolean; oidcLabel: string | null; oidcLoginUrl: string | null };
  demoPersonas: { key: string; label: string; personName: string; description: string }[];
}

export const SIGN_IN_OPTIONS_QUERY: TypedDocumentNode<SignInOptionsData, Record<string, never>> = gql`
  query SignInOptions {
    authConfig {
      demoMode
      oidcEnabled
      oidcLabel
      oidcLoginUrl
    }
    demoPersonas {
      key
      label
      personName
      description
    }
  }
`;

interface SignedInViewer {
  authenticated: boolean;
  person: { id: string; name: string } | null;
}

export const SIGN_IN: TypedDocumentNode<{ signIn: SignedInViewer }, { email: string; password: string }> = gql`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      authenticated
      person {
        id
        name
      }
    }
  }
`;

export const SIGN_IN_AS_DEMO: TypedDocumentNode<{ signInAsDemo: SignedInViewer }, { key: string }> = gql`
  mutation SignInAsDemo($key: String!) {
    signInAsDemo(key: $key) {
      authenticated
      person {
        id
        name
      }
    }
  }
`;

export const SIGN_OUT: TypedDocumentNode<{ signOut: boolean }, Record<string, never>> = gql`
  mutation SignOut {
    signOut
  }
`;
