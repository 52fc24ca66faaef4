/**
 * Typed GraphQL operations of the werkgroepen screens (shell, stream, members, taalbrug),
 * written against libs/werkgroepen/graphql. Operation names are unique in the app: refetches
 * after a write and on a live change use them.
 */
import { gql, type TypedDocumentNode } from '@apollo/client';

export type WerkgroepKind =
  | 'INTERSCOLAIRE_VAKGROEP'
  | 'DOCENTWERKGROEP'
  | 'SCHOOLLEIDERSWERKGROEP'
  | 'REGIEGROEP'
  | 'STUURGROEP'
  | 'PROJECTGROEP'
  | 'ONTWIKKELGROEP'
  | 'DECANENKRING'
  | 'SECTORWERKGROEP';
export type WerkgroepRole = 'VOORZITTER' | 'LID' | 'GAST';
export type WerkgroepLayer = 'BESTUURLIJK' | 'MANAGEMENT' | 'PROFESSIONEEL';
export type WerkgroepVisibility = 'MEMBERS' | 'REGION';

export interface Named {
  id: string;
  name: string;
}

export interface WerkgroepenRegion {
  id: string;
  slug: string;
  name: string;
  canManage: boolean;
  schools: Named[];
}

export interface WerkgroepPermissions {
  isMember: boolean;
  canRead: boolean;
  canWrite: boolean;
  canManage: boolean;
}

export interface WerkgroepSummary {
  id: string;
  name: string;
  kind: WerkgroepKind;
  kindText: string;
  sector: string | null;
  visibility: WerkgroepVisibility;
  memberCount: number;
  unreadCount: number;
  archivedAt: string | null;
  permissions: WerkgroepPermissions;
}

export interface WerkgroepMember {
  personId: string;
  role: WerkgroepRole;
  layer: WerkgroepLayer;
  joinedAt: string;
  person: Named;
  school: Named | null;
}

export interface WerkgroepDetail extends WerkgroepSummary {
  description: string | null;
  cadenceDays: number | null;
  cadenceNote: string | null;
  region: { id: string; slug: string; name: string };
  actielijnen: Array<{ id: string; number: number; title: string }>;
  members: WerkgroepMember[];
}

export interface SignalEntry {
  werkgroep: { id: string; name: string; kindText: string };
  signal: { meetings: number; intervals: number; activeIntervals: number; posts: number; flagged: boolean; summary: string };
}

export interface GlossaryTermLink {
  id: string;
  term: string;
}

export interface WerkgroepReaction {
  reaction: string;
  count: number;
  mine: boolean;
}

export interface WerkgroepPostRevision {
  body: string;
  replacedAt: string;
  change: 'EDITED' | 'DELETED';
  replacedBy: Named | null;
}

export interface WerkgroepPost {
  id: string;
  parentId: string | null;
  body: string;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  author: Named | null;
  mentions: Named[];
  reactions: WerkgroepReaction[];
  revisions: WerkgroepPostRevision[];
  canEdit: boolean;
  canDelete: boolean;
  glossaryTerms: GlossaryTermLink[];
  replies: WerkgroepPost[];
}

export interface GlossaryMeaning {
  id: string;
  sector: string | null;
  meaning: string;
  school: Named | null;
}

export interface GlossaryTerm {
  id: string;
  regionId: string;
  term: string;
  sharedMeaning: string | null;
  updatedAt: string;
  canDelete: boolean;
  werkgroep: { id: string; name: string } | null;
  meanings: GlossaryMeaning[];
}

/** Queries refetched when something changes in a group (a live event or one's own write). */
export const LIVE_WERKGROEP_QUERIES = ['WerkgroepDetail', 'WerkgroepStream', 'WerkgroepenOfRegion'];

const SUMMARY = gql`
  fragment WerkgroepSummaryFields on Werkgroep {
    id
    name
    kind
    kindText
    sector
    visibility
    memberCount
    unreadCount
    archivedAt
    permissions {
      isMember
      canRead
      canWrite
      canManage
    }
  }
`;

export const WERKGROEPEN_REGION_QUERY: TypedDocumentNode<{ region: WerkgroepenRegion }, { slug: string }> = gql`
  query WerkgroepenRegion($slug: String!) {
    region(slug: $slug) {
      id
      slug
      name
      canManage
      schools {
        id
        name
      }
    }
  }
`;

export const WERKGROEPEN_QUERY: TypedDocumentNode<{ werkgroepen: WerkgroepSummary[] }, { regionId: string }> = gql`
  ${SUMMARY}
  query WerkgroepenOfRegion($regionId: ID!) {
    werkgroepen(regionId: $regionId) {
      ...WerkgroepSummaryFields
    }
  }
`;

export const WERKGROEP_SIGNALS_QUERY: TypedDocumentNode<{ werkgroepSignals: SignalEntry[] }, { regionId: string }> = gql`
  query WerkgroepSignals($regionId: ID!) {
    werkgroepSignals(regionId: $regionId) {
      werkgroep {
        id
        name
        kindText
      }
      signal {
        meetings
        intervals
        activeIntervals
        posts
        flagged
        summary
      }
    }
  }
`;

export const WERKGROEP_QUERY: TypedDocumentNode<{ werkgroep: WerkgroepDetail }, { id: string }> = gql`
  ${SUMMARY}
  query WerkgroepDetail($id: ID!) {
    werkgroep(id: $id) {
      ...WerkgroepSummaryFields
      description
      cadenceDays
      cadenceNote
      region {
        id
        slug
        name
      }
      actielijnen {
        id
        number
        title
      }
      members {
        personId
        role
        layer
        joinedAt
        person {
          id
          name
        }
        school {
          id
          name
        }
      }
    }
  }
`;

export interface WerkgroepCreateInput {
  regionId: string;
  kind: WerkgroepKind;
  name: string;
  description?: string | null;
  sector?: string | null;
  visibility?: WerkgroepVisibility;
  cadenceDays?: number | null;
  cadenceNote?: string | null;
}

export const CREATE_WERKGROEP: TypedDocumentNode<{ createWerkgroep: { id: string; name: string } }, { input: WerkgroepCreateInput }> = gql`
  mutation CreateWerkgroep($input: WerkgroepInput!) {
    createWerkgroep(input: $input) {
      id
      name
    }
  }
`;

const POST_FIELDS = gql`
  fragment WerkgroepPostFields on WerkgroepPost {
    id
    parentId
    body
    createdAt
    editedAt
    deleted
    canEdit
    canDelete
    author {
      id
      name
    }
    mentions {
      id
      name
    }
    reactions {
      reaction
      count
      mine
    }
    revisions {
      body
      replacedAt
      change
      replacedBy {
        id
        name
      }
    }
    glossaryTerms {
      id
      term
    }
  }
`;

export const WERKGROEP_POSTS_QUERY: TypedDocumentNode<{ werkgroepPosts: WerkgroepPost[] }, { werkgroepId: string; before?: string | null }> = gql`
  ${POST_FIELDS}
  query WerkgroepStream($werkgroepId: ID!, $before: DateTime) {
    werkgroepPosts(werkgroepId: $werkgroepId, before: $before) {
      ...WerkgroepPostFields
      replies {
        ...WerkgroepPostFields
        replies {
          id
        }
      }
    }
  }
`;

export const CREATE_POST: TypedDocumentNode<
  { createWerkgroepPost: { id: string } },
  { input: { werkgroepId: string; body: string; parentId?: string | null; mentionIds?: string[] } }
> = gql`
  mutation CreateWerkgroepPost($input: WerkgroepPostInput!) {
    createWerkgroepPost(input: $input) {
      id
    }
  }
`;

export const EDIT_POST: TypedDocumentNode<{ editWerkgroepPost: { id: string } }, { id: string; body: string; mentionIds?: string[] }> = gql`
  mutation EditWerkgroepPost($id: ID!, $body: String!, $mentionIds: [ID!]) {
    editWerkgroepPost(id: $id, body: $body, mentionIds: $mentionIds) {
      id
    }
  }
`;

export const DELETE_POST: TypedDocumentNode<{ deleteWerkgroepPost: { id: string } }, { id: string }> = gql`
  mutation DeleteWerkgroepPost($id: ID!) {
    deleteWerkgroepPost(id: $id) {
      id
    }
  }
`;

export const REACT_TO_POST: TypedDocumentNode<{ reactToWerkgroepPost: { id: string; reactions: WerkgroepReaction[] } }, { id: string; reaction: string }> = gql`
  mutation ReactToWerkgroepPost($id: ID!, $reaction: String!) {
    reactToWerkgroepPost(id: $id, reaction: $reaction) {
      id
      reactions {
        reaction
        count
        mine
      }
    }
  }
`;

export const MARK_READ: TypedDocumentNode<{ markWerkgroepRead: boolean }, { werkgroepId: string }> = gql`
  mutation MarkWerkgroepRead($werkgroepId: ID!) {
    markWerkgroepRead(werkgroepId: $werkgroepId)
  }
`;

export const UPSERT_MEMBER: TypedDocumentNode<
  { upsertWerkgroepMember: { personId: string } },
  { input: { werkgroepId: string; personId: string; role?: WerkgroepRole; layer?: WerkgroepLayer; schoolId?: string | null } }
> = gql`
  mutation UpsertWerkgroepMember($input: WerkgroepMemberInput!) {
    upsertWerkgroepMember(input: $input) {
      personId
    }
  }
`;

export const REMOVE_MEMBER: TypedDocumentNode<{ removeWerkgroepMember: boolean }, { werkgroepId: string; personId: string }> = gql`
  mutation RemoveWerkgroepMember($werkgroepId: ID!, $personId: ID!) {
    removeWerkgroepMember(werkgroepId: $werkgroepId, personId: $personId)
  }
`;

export const PEOPLE_SEARCH_QUERY: TypedDocumentNode<{ people: Array<{ id: string; name: string; email: string; jobTitle: string | null }> }, { regionId: string; search: string }> = gql`
  query WerkgroepPeopleSearch($regionId: ID!, $search: String!) {
    people(regionId: $regionId, search: $search) {
      id
      name
      email
      jobTitle
    }
  }
`;

const TERM_FIELDS = gql`
  fragment GlossaryTermFields on GlossaryTerm {
    id
    regionId
    term
    sharedMeaning
    updatedAt
    canDelete
    werkgroep {
      id
      name
    }
    meanings {
      id
      sector
      meaning
      school {
        id
        name
      }
    }
  }
`;

export const GLOSSARY_QUERY: TypedDocumentNode<{ glossary: GlossaryTerm[] }, { regionId: string; search?: string | null }> = gql`
  ${TERM_FIELDS}
  query Taalbrug($regionId: ID!, $search: String) {
    glossary(regionId: $regionId, search: $search) {
      ...GlossaryTermFields
    }
  }
`;

export const SAVE_TERM: TypedDocumentNode<
  { saveGlossaryTerm: GlossaryTerm },
  { input: { id?: string | null; regionId: string; werkgroepId?: string | null; term: string; sharedMeaning?: string | null } }
> = gql`
  ${TERM_FIELDS}
  mutation SaveGlossaryTerm($input: GlossaryTermInput!) {
    saveGlossaryTerm(input: $input) {
      ...GlossaryTermFields
    }
  }
`;

export const ADD_MEANING: TypedDocumentNode<
  { addGlossaryMeaning: GlossaryTerm },
  { input: { termId: string; schoolId?: string | null; sector?: string | null; meaning: string } }
> = gql`
  ${TERM_FIELDS}
  mutation AddGlossaryMeaning($input: GlossaryMeaningInput!) {
    addGlossaryMeaning(input: $input) {
      ...GlossaryTermFields
    }
  }
`;

export const DELETE_MEANING: TypedDocumentNode<{ deleteGlossaryMeaning: GlossaryTerm }, { id: string }> = gql`
  ${TERM_FIELDS}
  mutation DeleteGlossaryMeaning($id: ID!) {
    deleteGlossaryMeaning(id: $id) {
      ...GlossaryTermFields
    }
  }
`;

export const DELETE_TERM: TypedDocumentNode<{ deleteGlossaryTerm: boolean }, { id: string }> = gql`
  mutation DeleteGlossaryTerm($id: ID!) {
    deleteGlossaryTerm(id: $id)
  }
`;

export const GLOSSARY_TERM_QUERY: TypedDocumentNode<{ glossaryTerm: GlossaryTerm }, { id: string }> = gql`
  ${TERM_FIELDS}
  query TaalbrugTerm($id: ID!) {
    glossaryTerm(id: $id) {
      ...GlossaryTermFields
    }
  }
`;
