/**
 * Typed GraphQL operations of the redactie screens, typed by the generated client (npm run codegen) from the API's schema
 * (libs/stories/graphql: Story, StoryPerson, StoryConsent, StoryMissingConsent, StoryTranslation,
 * StoryRevision, StoryComment, StoryHistoryEntry, StoryImage). Operation names are unique in the app.
 */
import {
  graphql,
  type CreateStoryInput,
  type RecordStoryConsentInput,
  type RedactieStoryQuery,
  type StoriesRegionQuery,
  type StoryConsentFieldsFragment,
  type StoryPersonInput as GeneratedStoryPersonInput,
  type StorySummaryFieldsFragment,
} from '@verbinder/web/api-client';

export type { ConsentRelation, ConsentScope, StoryAudience, StoryStatus } from '@verbinder/web/api-client';

export type StoriesRegion = StoriesRegionQuery['region'];
export type StorySummary = StorySummaryFieldsFragment;
export type StoryConsent = StoryConsentFieldsFragment;
/** `body` is sanitised by the server (sanitizeStoryHtml); the only HTML the editor renders. */
export type StoryDetail = NonNullable<RedactieStoryQuery['story']>;
export type StoryPerson = StoryDetail['people'][number];
export type StoryMissingConsent = StoryDetail['missingConsents'][number];
export type StoryTranslation = StoryDetail['translations'][number];
/** An uploaded image; `url` is public only while a published story shows it. */
export type StoryImage = StoryDetail['images'][number];

export const STORIES_REGION_QUERY = graphql(`
  query StoriesRegion($slug: String!) {
    region(slug: $slug) {
      id
      slug
      name
    }
  }
`);

export const SUMMARY = graphql(`
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
`);

export const STORIES_QUERY = graphql(`
  query RedactieStories($regionId: ID!) {
    stories(regionId: $regionId) {
      ...StorySummaryFields
    }
  }
`);

export const CONSENT = graphql(`
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
`);

export const STORY_QUERY = graphql(`
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
`);

/** What the story form edits. */
export type StoryContentInput = Required<Pick<CreateStoryInput, 'title' | 'lead' | 'body' | 'audience' | 'tags'>>;

export const CREATE_STORY = graphql(`
  mutation CreateStory($input: CreateStoryInput!) {
    createStory(input: $input) {
      id
    }
  }
`);

export const UPDATE_STORY = graphql(`
  mutation UpdateStory($input: UpdateStoryInput!) {
    updateStory(input: $input) {
      id
      body
    }
  }
`);

export const SUBMIT_STORY = graphql(`
  mutation SubmitStory($id: ID!) {
    submitStory(id: $id) {
      id
      status
    }
  }
`);

export const APPROVE_STORY = graphql(`
  mutation ApproveStory($id: ID!) {
    approveStory(id: $id) {
      id
      status
    }
  }
`);

export const PUBLISH_STORY = graphql(`
  mutation PublishStory($id: ID!) {
    publishStory(id: $id) {
      id
      status
    }
  }
`);

export const SCHEDULE_STORY = graphql(`
  mutation ScheduleStory($id: ID!, $publishAt: DateTime!) {
    scheduleStory(id: $id, publishAt: $publishAt) {
      id
      status
    }
  }
`);

export const UNPUBLISH_STORY = graphql(`
  mutation UnpublishStory($id: ID!, $reason: String) {
    unpublishStory(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const COMMENT_ON_STORY = graphql(`
  mutation CommentOnStory($id: ID!, $body: String!) {
    commentOnStory(id: $id, body: $body) {
      id
    }
  }
`);

/** What the person form edits (every field present; `inPhoto` set). */
export type StoryPersonInput = Required<GeneratedStoryPersonInput> & { inPhoto: boolean };

export const ADD_STORY_PERSON = graphql(`
  mutation AddStoryPerson($storyId: ID!, $input: StoryPersonInput!) {
    addStoryPerson(storyId: $storyId, input: $input) {
      id
    }
  }
`);

export const UPDATE_STORY_PERSON = graphql(`
  mutation UpdateStoryPerson($id: ID!, $input: StoryPersonInput!) {
    updateStoryPerson(id: $id, input: $input) {
      id
    }
  }
`);

export const REMOVE_STORY_PERSON = graphql(`
  mutation RemoveStoryPerson($id: ID!) {
    removeStoryPerson(id: $id)
  }
`);

export type RecordConsentInput = Required<Pick<RecordStoryConsentInput, 'storyPersonId' | 'givenByName' | 'relation' | 'scope' | 'expiresAt'>>;

export const RECORD_STORY_CONSENT = graphql(`
  mutation RecordStoryConsent($input: RecordStoryConsentInput!) {
    recordStoryConsent(input: $input) {
      id
    }
  }
`);

export const WITHDRAW_STORY_CONSENT = graphql(`
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
`);

export const SET_STORY_TRANSLATION = graphql(`
  mutation SetStoryTranslation($input: StoryTranslationInput!) {
    setStoryTranslation(input: $input) {
      language
    }
  }
`);

export const REMOVE_STORY_TRANSLATION = graphql(`
  mutation RemoveStoryTranslation($storyId: ID!, $language: String!) {
    removeStoryTranslation(storyId: $storyId, language: $language)
  }
`);

export const UPDATE_STORY_IMAGE = graphql(`
  mutation UpdateStoryImage($id: ID!, $alt: String!) {
    updateStoryImage(id: $id, alt: $alt) {
      id
      alt
    }
  }
`);

export const REMOVE_STORY_IMAGE = graphql(`
  mutation RemoveStoryImage($id: ID!) {
    removeStoryImage(id: $id)
  }
`);
