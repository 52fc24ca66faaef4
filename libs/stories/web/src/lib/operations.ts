/**
 * Typed GraphQL operations of the redactie screens, written by hand against the API's schema
 * (libs/stories/graphql: Story, StoryPerson, StoryConsent, StoryMissingConsent, StoryTranslation,
 * StoryRevision, StoryComment, StoryHistoryEntry, StoryImage). Operation names are unique in the app.
 */
import { gql, type TypedDocumentNode } from '@apollo/client';

export type StoryStatus = 'DRAFT' | 'IN_REVIEW' | 'APPROVED' | 'SCHEDULED' | 'PUBLISHED' | 'UNPUBLISHED';
export type StoryAudience = 'OUDERS' | 'LEERLINGEN' | 'BEDRIJVEN' | 'DOCENTEN';
export type ConsentRelation = 'OUDER' | 'LEERLING' | 'ZELF';
export type ConsentScope = 'THIS_STORY' | 'SCHOOL_YEAR';

export interface StoriesRegion {
  id: string;
  slug: string;
  name: string;
}

export interface StorySummary {
  id: string;
  title: string;
  lead: string;
  status: StoryStatus;
  publishAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  blockedReason: string | null;
}

export interface StoryConsent {
  id: string;
  subjectName: string;
  givenByName: string;
  relation: ConsentRelation;
  scope: ConsentScope;
  schoolYear: number | null;
  givenAt: string;
  expiresAt: string | null;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  recordedByName: string;
}

export interface StoryMissingConsent {
  storyPersonId: string;
  name: string;
  needed: string;
  message: string;
}

export interface StoryPerson {
  id: string;
  name: string;
  role: string | null;
  quote: string | null;
  inPhoto: boolean;
  isPupil: boolean;
  birthDate: string | null;
  consent: StoryConsent | null;
  missing: StoryMissingConsent | null;
}

export interface StoryTranslation {
  language: string;
  title: string;
  lead: string;
  body: string;
  dir: string;
  updatedAt: string;
}

/** An uploaded image; `url` is public only while a published story shows it. */
export interface StoryImage {
  id: string;
  url: string;
  alt: string;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  inBody: boolean;
}

export interface StoryDetail extends StorySummary {
  regionId: string;
  slug: string;
  /** Sanitised by the server (sanitizeStoryHtml); the only HTML the editor renders. */
  body: string;
  audience: StoryAudience[];
  tags: string[];
  canEdit: boolean;
  canPublish: boolean;
  people: StoryPerson[];
  missingConsents: StoryMissingConsent[];
  translations: StoryTranslation[];
  images: StoryImage[];
  revisions: Array<{ id: string; title: string; authorName: string; createdAt: string }>;
  comments: Array<{ id: string; authorName: string; body: string; createdAt: string }>;
  history: Array<{ id: string; action: string; note: string | null; actorName: string; createdAt: string }>;
}

export const STORIES_REGION_QUERY: TypedDocumentNode<{ region: StoriesRegion }, { slug: string }> = gql`
  query StoriesRegion($slug: String!) {
    region(slug: $slug) {
      id
      slug
      name
    }
  }
`;

const SUMMARY = gql`
  fragment StorySummaryFields on Story {
    id
    title
    lead
    status
    publishAt
    publishedAt
    updatedAt
    blockedReason
  }
`;

export const STORIES_QUERY: TypedDocumentNode<{ stories: StorySummary[] }, { regionId: string }> = gql`
  query RedactieStories($regionId: ID!) {
    stories(regionId: $regionId) {
      ...StorySummaryFields
    }
  }
  ${SUMMARY}
`;

const CONSENT = gql`
  fragment StoryConsentFields on StoryConsent {
    id
    subjectName
    givenByName
    relation
    scope
    schoolYear
    givenAt
    expiresAt
    withdrawnAt
    withdrawnReason
    recordedByName
  }
`;

export const STORY_QUERY: TypedDocumentNode<{ story: StoryDetail }, { id: string }> = gql`
  query RedactieStory($id: ID!) {
    story(id: $id) {
      ...StorySummaryFields
      regionId
      slug
      body
      audience
      tags
      canEdit
      canPublish
      people {
        id
        name
        role
        quote
        inPhoto
        isPupil
        birthDate
        consent {
          ...StoryConsentFields
        }
        missing {
          storyPersonId
          name
          needed
          message
        }
      }
      missingConsents {
        storyPersonId
        name
        needed
        message
      }
      translations {
        language
        title
        lead
        body
        dir
        updatedAt
      }
      images {
        id
        url
        alt
        mimeType
        byteSize
        width
        height
        inBody
      }
      revisions {
        id
        title
        authorName
        createdAt
      }
      comments {
        id
        authorName
        body
        createdAt
      }
      history {
        id
        action
        note
        actorName
        createdAt
      }
    }
  }
  ${SUMMARY}
  ${CONSENT}
`;

export interface StoryContentInput {
  title: string;
  lead: string;
  body: string;
  audience: StoryAudience[];
  tags: string[];
}

export const CREATE_STORY: TypedDocumentNode<{ createStory: { id: string } }, { input: StoryContentInput & { regionId: string } }> = gql`
  mutation CreateStory($input: CreateStoryInput!) {
    createStory(input: $input) {
      id
    }
  }
`;

export const UPDATE_STORY: TypedDocumentNode<{ updateStory: { id: string; body: string } }, { input: StoryContentInput & { id: string } }> = gql`
  mutation UpdateStory($input: UpdateStoryInput!) {
    updateStory(input: $input) {
      id
      body
    }
  }
`;

type IdVars = { id: string };
type StatusResult = { id: string; status: StoryStatus };

export const SUBMIT_STORY: TypedDocumentNode<{ submitStory: StatusResult }, IdVars> = gql`
  mutation SubmitStory($id: ID!) {
    submitStory(id: $id) {
      id
      status
    }
  }
`;

export const APPROVE_STORY: TypedDocumentNode<{ approveStory: StatusResult }, IdVars> = gql`
  mutation ApproveStory($id: ID!) {
    approveStory(id: $id) {
      id
      status
    }
  }
`;

export const PUBLISH_STORY: TypedDocumentNode<{ publishStory: StatusResult }, IdVars> = gql`
  mutation PublishStory($id: ID!) {
    publishStory(id: $id) {
      id
      status
    }
  }
`;

export const SCHEDULE_STORY: TypedDocumentNode<{ scheduleStory: StatusResult }, { id: string; publishAt: string }> = gql`
  mutation ScheduleStory($id: ID!, $publishAt: DateTime!) {
    scheduleStory(id: $id, publishAt: $publishAt) {
      id
      status
    }
  }
`;

export const UNPUBLISH_STORY: TypedDocumentNode<{ unpublishStory: StatusResult }, { id: string; reason: string | null }> = gql`
  mutation UnpublishStory($id: ID!, $reason: String) {
    unpublishStory(id: $id, reason: $reason) {
      id
      status
    }
  }
`;

export const COMMENT_ON_STORY: TypedDocumentNode<{ commentOnStory: { id: string } }, { id: string; body: string }> = gql`
  mutation CommentOnStory($id: ID!, $body: String!) {
    commentOnStory(id: $id, body: $body) {
      id
    }
  }
`;

export interface StoryPersonInput {
  name: string;
  role: string | null;
  quote: string | null;
  inPhoto: boolean;
  isPupil: boolean;
  birthDate: string | null;
}

export const ADD_STORY_PERSON: TypedDocumentNode<{ addStoryPerson: { id: string } }, { storyId: string; input: StoryPersonInput }> = gql`
  mutation AddStoryPerson($storyId: ID!, $input: StoryPersonInput!) {
    addStoryPerson(storyId: $storyId, input: $input) {
      id
    }
  }
`;

export const UPDATE_STORY_PERSON: TypedDocumentNode<{ updateStoryPerson: { id: string } }, { id: string; input: StoryPersonInput }> = gql`
  mutation UpdateStoryPerson($id: ID!, $input: StoryPersonInput!) {
    updateStoryPerson(id: $id, input: $input) {
      id
    }
  }
`;

export const REMOVE_STORY_PERSON: TypedDocumentNode<{ removeStoryPerson: boolean }, IdVars> = gql`
  mutation RemoveStoryPerson($id: ID!) {
    removeStoryPerson(id: $id)
  }
`;

export interface RecordConsentInput {
  storyPersonId: string;
  givenByName: string;
  relation: ConsentRelation;
  scope: ConsentScope;
  expiresAt: string | null;
}

export const RECORD_STORY_CONSENT: TypedDocumentNode<{ recordStoryConsent: { id: string } }, { input: RecordConsentInput }> = gql`
  mutation RecordStoryConsent($input: RecordStoryConsentInput!) {
    recordStoryConsent(input: $input) {
      id
    }
  }
`;

export const WITHDRAW_STORY_CONSENT: TypedDocumentNode<
  { withdrawStoryConsent: { consent: { id: string }; unpublished: Array<{ id: string; title: string }> } },
  { id: string; reason: string }
> = gql`
  mutation WithdrawStoryConsent($id: ID!, $reason: String!) {
    withdrawStoryConsent(id: $id, reason: $reason) {
      consent {
        id
      }
      unpublished {
        id
        title
      }
    }
  }
`;

export const SET_STORY_TRANSLATION: TypedDocumentNode<
  { setStoryTranslation: { language: string } },
  { input: { storyId: string; language: string; title: string; lead: string; body: string } }
> = gql`
  mutation SetStoryTranslation($input: StoryTranslationInput!) {
    setStoryTranslation(input: $input) {
      language
    }
  }
`;

export const REMOVE_STORY_TRANSLATION: TypedDocumentNode<{ removeStoryTranslation: boolean }, { storyId: string; language: string }> = gql`
  mutation RemoveStoryTranslation($storyId: ID!, $language: String!) {
    removeStoryTranslation(storyId: $storyId, language: $language)
  }
`;

export const UPDATE_STORY_IMAGE: TypedDocumentNode<{ updateStoryImage: { id: string; alt: string } }, { id: string; alt: string }> = gql`
  mutation UpdateStoryImage($id: ID!, $alt: String!) {
    updateStoryImage(id: $id, alt: $alt) {
      id
      alt
    }
  }
`;

export const REMOVE_STORY_IMAGE: TypedDocumentNode<{ removeStoryImage: boolean }, { id: string }> = gql`
  mutation RemoveStoryImage($id: ID!) {
    removeStoryImage(id: $id)
  }
`;
