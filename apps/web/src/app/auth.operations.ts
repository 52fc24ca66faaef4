import { graphql, type OidcLinkFieldsFragment } from '@verbinder/web/api-client';

export const SIGN_IN_OPTIONS_QUERY = graphql(`
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
`);

export const SIGN_IN = graphql(`
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
`);

export const SIGN_IN_AS_DEMO = graphql(`
  mutation SignInAsDemo($key: String!) {
    signInAsDemo(key: $key) {
      authenticated
      person {
        id
        name
      }
    }
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

export type OidcLink = OidcLinkFieldsFragment;

export const OIDC_LINK_FIELDS = graphql(`
  fragment OidcLinkFields on OidcLink {
    issuer
    subject
    linkedAt
    confirmed
  }
`);

export const OIDC_LINKS_QUERY = graphql(`
  query OidcLinks {
    oidcLinks {
      ...OidcLinkFields
    }
  }
`);

export const CONFIRM_OIDC_LINK = graphql(`
  mutation ConfirmOidcLink($personId: ID!, $issuer: String!, $subject: String!) {
    confirmOidcLink(personId: $personId, issuer: $issuer, subject: $subject) {
      ...OidcLinkFields
    }
  }
`);

export const REMOVE_OIDC_LINK = graphql(`
  mutation RemoveOidcLink($personId: ID!, $issuer: String!, $subject: String!) {
    removeOidcLink(personId: $personId, issuer: $issuer, subject: $subject) {
      ...OidcLinkFields
    }
  }
`);
