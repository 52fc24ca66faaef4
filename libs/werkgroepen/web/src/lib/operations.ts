/**
 * Typed GraphQL operations of the werkgroepen screens (shell, stream, members, taalbrug),
 * written against libs/werkgroepen/graphql. Operation names are unique in the app: refetches
 * after a write and on a live change use them.
 */
import {
  graphql,
  type GlossaryTermFieldsFragment,
  type WerkgroepInput,
  type WerkgroepDetailQuery,
  type WerkgroepPostFieldsFragment,
  type WerkgroepSignalsQuery,
  type WerkgroepSummaryFieldsFragment,
  type WerkgroepenRegionQuery,
} from '@verbinder/web/api-client';

export type { WerkgroepKind, WerkgroepLayer, WerkgroepRole, WerkgroepVisibility } from '@verbinder/web/api-client';

export type WerkgroepenRegion = WerkgroepenRegionQuery['region'];
export type Named = WerkgroepenRegion['schools'][number];
export type WerkgroepSummary = WerkgroepSummaryFieldsFragment;
export type WerkgroepPermissions = WerkgroepSummary['permissions'];
export type WerkgroepDetail = NonNullable<WerkgroepDetailQuery['werkgroep']>;
export type WerkgroepMember = WerkgroepDetail['members'][number];
export type SignalEntry = WerkgroepSignalsQuery['werkgroepSignals'][number];
/** A reply in the stream: the stream selects one level of replies, and only the ids of theirs. */
export type WerkgroepPostReply = WerkgroepPostFieldsFragment & { replies: { id: string }[] };
export type WerkgroepPost = WerkgroepPostFieldsFragment & { replies: WerkgroepPostReply[] };
export type WerkgroepReaction = WerkgroepPost['reactions'][number];
export type WerkgroepPostRevision = WerkgroepPost['revisions'][number];
export type GlossaryTermLink = WerkgroepPost['glossaryTerms'][number];
export type GlossaryTerm = GlossaryTermFieldsFragment;
export type GlossaryMeaning = GlossaryTerm['meanings'][number];

/** Queries of the werkgroepen list page, refetched when a listed group changes or the viewer gains or loses a group. */
export const WERKGROEPEN_LIST_QUERIES = ['WerkgroepenOfRegion'];

/** Queries refetched when something changes in a group (a live event or one's own write). */
export const LIVE_WERKGROEP_QUERIES = ['WerkgroepDetail', 'WerkgroepStream', 'WerkgroepenOfRegion'];

export const SUMMARY = graphql(`
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
`);

export const WERKGROEPEN_REGION_QUERY = graphql(`
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
`);

export const WERKGROEPEN_QUERY = graphql(`
  query WerkgroepenOfRegion($regionId: ID!) {
    werkgroepen(regionId: $regionId) {
      ...WerkgroepSummaryFields
    }
  }
`);

export const WERKGROEP_SIGNALS_QUERY = graphql(`
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
`);

export const WERKGROEP_QUERY = graphql(`
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
`);

export type WerkgroepCreateInput = WerkgroepInput;

export const CREATE_WERKGROEP = graphql(`
  mutation CreateWerkgroep($input: WerkgroepInput!) {
    createWerkgroep(input: $input) {
      id
      name
    }
  }
`);

export const POST_FIELDS = graphql(`
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
`);

export const WERKGROEP_POSTS_QUERY = graphql(`
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
`);

export const CREATE_POST = graphql(`
  mutation CreateWerkgroepPost($input: WerkgroepPostInput!) {
    createWerkgroepPost(input: $input) {
      id
    }
  }
`);

export const EDIT_POST = graphql(`
  mutation EditWerkgroepPost($id: ID!, $body: String!, $mentionIds: [ID!]) {
    editWerkgroepPost(id: $id, body: $body, mentionIds: $mentionIds) {
      id
    }
  }
`);

export const DELETE_POST = graphql(`
  mutation DeleteWerkgroepPost($id: ID!) {
    deleteWerkgroepPost(id: $id) {
      id
    }
  }
`);

export const REACT_TO_POST = graphql(`
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
`);

export const MARK_READ = graphql(`
  mutation MarkWerkgroepRead($werkgroepId: ID!) {
    markWerkgroepRead(werkgroepId: $werkgroepId)
  }
`);

export const UPSERT_MEMBER = graphql(`
  mutation UpsertWerkgroepMember($input: WerkgroepMemberInput!) {
    upsertWerkgroepMember(input: $input) {
      personId
    }
  }
`);

export const REMOVE_MEMBER = graphql(`
  mutation RemoveWerkgroepMember($werkgroepId: ID!, $personId: ID!) {
    removeWerkgroepMember(werkgroepId: $werkgroepId, personId: $personId)
  }
`);

export const PEOPLE_SEARCH_QUERY = graphql(`
  query WerkgroepPeopleSearch($regionId: ID!, $search: String!) {
    people(regionId: $regionId, search: $search) {
      id
      name
      email
      jobTitle
    }
  }
`);

export const TERM_FIELDS = graphql(`
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
`);

export const GLOSSARY_QUERY = graphql(`
  query Taalbrug($regionId: ID!, $search: String) {
    glossary(regionId: $regionId, search: $search) {
      ...GlossaryTermFields
    }
  }
`);

export const SAVE_TERM = graphql(`
  mutation SaveGlossaryTerm($input: GlossaryTermInput!) {
    saveGlossaryTerm(input: $input) {
      ...GlossaryTermFields
    }
  }
`);

export const ADD_MEANING = graphql(`
  mutation AddGlossaryMeaning($input: GlossaryMeaningInput!) {
    addGlossaryMeaning(input: $input) {
      ...GlossaryTermFields
    }
  }
`);

export const DELETE_MEANING = graphql(`
  mutation DeleteGlossaryMeaning($id: ID!) {
    deleteGlossaryMeaning(id: $id) {
      ...GlossaryTermFields
    }
  }
`);

export const DELETE_TERM = graphql(`
  mutation DeleteGlossaryTerm($id: ID!) {
    deleteGlossaryTerm(id: $id)
  }
`);

export const GLOSSARY_TERM_QUERY = graphql(`
  query TaalbrugTerm($id: ID!) {
    glossaryTerm(id: $id) {
      ...GlossaryTermFields
    }
  }
`);
