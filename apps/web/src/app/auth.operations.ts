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
  mustChangePassword?: boolean;
  person: { id: string; name: string } | null;
}

export const SIGN_IN: TypedDocumentNode<{ signIn: SignedInViewer }, { email: string; password: string }> = gql`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      authenticated
      mustChangePassword
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

export const CHANGE_PASSWORD: TypedDocumentNode<{ changePassword: boolean }, { currentPassword: string; newPassword: string }> = gql`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`;

export const REQUEST_PASSWORD_RESET: TypedDocumentNode<{ requestPasswordReset: string }, { email: string }> = gql`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`;

export const RESET_PASSWORD: TypedDocumentNode<{ resetPassword: boolean }, { token: string; newPassword: string }> = gql`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`;

export interface OidcLink {
  issuer: string;
  subject: string;
  linkedAt: string;
  confirmed: boolean;
}

const OIDC_LINK_FIELDS = gql`
  fragment OidcLinkFields on OidcLink {
    issuer
    subject
    linkedAt
    confirmed
  }
`;

export const OIDC_LINKS_QUERY: TypedDocumentNode<{ oidcLinks: OidcLink[] }, Record<string, never>> = gql`
  query OidcLinks {
    oidcLinks {
      ...OidcLinkFields
    }
  }
  ${OIDC_LINK_FIELDS}
`;

type LinkVariables = { personId: string; issuer: string; subject: string };

export const CONFIRM_OIDC_LINK: TypedDocumentNode<{ confirmOidcLink: OidcLink[] }, LinkVariables> = gql`
  mutation ConfirmOidcLink($personId: ID!, $issuer: String!, $subject: String!) {
    confirmOidcLink(personId: $personId, issuer: $issuer, subject: $subject) {
      ...OidcLinkFields
    }
  }
  ${OIDC_LINK_FIELDS}
`;

export const REMOVE_OIDC_LINK: TypedDocumentNode<{ removeOidcLink: OidcLink[] }, LinkVariables> = gql`
  mutation RemoveOidcLink($personId: ID!, $issuer: String!, $subject: String!) {
    removeOidcLink(personId: $personId, issuer: $issuer, subject: $subject) {
      ...OidcLinkFields
    }
  }
  ${OIDC_LINK_FIELDS}
`;
