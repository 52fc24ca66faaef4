/**
 * Typed GraphQL operations of the curriculum comparison (libs/werkgroepen/graphql:
 * Curriculum, CurriculumItem, CurriculumPair). Operation names are unique in the app: live
 * refetches use them.
 */
import { graphql, type WerkgroepCurriculumQuery } from '@verbinder/web/api-client';

export type { CurriculumDecision, CurriculumItemInput, CurriculumItemKind, CurriculumPairInput, CurriculumRelation, CurriculumSide } from '@verbinder/web/api-client';

export type CurriculumData = WerkgroepCurriculumQuery;
export type CurriculumGroup = CurriculumData['werkgroep'];
export type CurriculumItem = CurriculumData['curriculum']['items'][number];
export type CurriculumPair = CurriculumData['curriculum']['pairs'][number];
export type CurriculumSummary = CurriculumData['curriculum']['summary'];

export const WERKGROEP_CURRICULUM = graphql(`
  query WerkgroepCurriculum($id: ID!) {
    werkgroep(id: $id) {
      id
      name
      archivedAt
      permissions { isMember canRead canWrite }
      members { personId person { id name } }
      region { id schools { id name kind } }
    }
    curriculum(werkgroepId: $id) {
      werkgroepId
      items { id side kind code title description studyHours school { id name } }
      pairs {
        id
        voItem { id code title }
        mboItem { id code title }
        relation
        decision
        owner { id name }
        hoursFreed
        note
        decidedAt
        updatedAt
      }
      summary {
        voItems mboItems pairs overlaps gaps fits decided undecided hoursFreed maxShorteningHours shareOfMaximum
        byDecision { decision pairs hours }
      }
    }
  }
`);

/** Refetched on `werkgroep:changed` kind curriculum and after every write. */
export const LIVE_CURRICULUM_QUERIES = ['WerkgroepCurriculum'] as const;

export const SAVE_CURRICULUM_ITEM = graphql(`
  mutation SaveCurriculumItem($input: CurriculumItemInput!) {
    saveCurriculumItem(input: $input) { id }
  }
`);

export const DELETE_CURRICULUM_ITEM = graphql(`
  mutation DeleteCurriculumItem($id: ID!) {
    deleteCurriculumItem(id: $id)
  }
`);

export const SAVE_CURRICULUM_PAIR = graphql(`
  mutation SaveCurriculumPair($input: CurriculumPairInput!) {
    saveCurriculumPair(input: $input) { id }
  }
`);

export const DELETE_CURRICULUM_PAIR = graphql(`
  mutation DeleteCurriculumPair($id: ID!) {
    deleteCurriculumPair(id: $id)
  }
`);

export const IMPORT_CURRICULUM_CSV = graphql(`
  mutation ImportCurriculumCsv($werkgroepId: ID!, $csv: String!) {
    importCurriculumCsv(werkgroepId: $werkgroepId, csv: $csv) { created updated }
  }
`);

export const EXPORT_CURRICULUM_CSV = graphql(`
  query ExportCurriculumCsv($werkgroepId: ID!) {
    exportCurriculumCsv(werkgroepId: $werkgroepId)
  }
`);
