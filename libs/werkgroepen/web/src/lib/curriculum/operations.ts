/**
 * Typed GraphQL operations of the curriculum comparison (libs/werkgroepen/graphql:
 * Curriculum, CurriculumItem, CurriculumPair). Operation names are unique in the app: live
 * refetches use them.
 */
import { graphql } from '@verbinder/web/api-client';

export type CurriculumSide = 'VO' | 'MBO';
export type CurriculumItemKind = 'PTA_COMPONENT' | 'PROFIEL' | 'KEUZEVAK' | 'EINDTERM' | 'OER_COMPONENT' | 'KEUZEDEEL' | 'KWALIFICATIE_ONDERDEEL';
export type CurriculumRelation = 'OVERLAP' | 'GAP' | 'FIT';
export type CurriculumDecision = 'SCHRAPPEN' | 'VERDIEPEN' | 'VERBREDEN' | 'VERSNELLEN';

export interface CurriculumItem {
  id: string;
  side: CurriculumSide;
  kind: CurriculumItemKind;
  code: string;
  title: string;
  description: string | null;
  studyHours: number | null;
  school: { id: string; name: string } | null;
}

export interface CurriculumPair {
  id: string;
  voItem: { id: string; code: string; title: string };
  mboItem: { id: string; code: string; title: string };
  relation: CurriculumRelation;
  decision: CurriculumDecision | null;
  owner: { id: string; name: string } | null;
  hoursFreed: number;
  note: string | null;
  decidedAt: string | null;
  updatedAt: string;
}

export interface CurriculumSummary {
  voItems: number;
  mboItems: number;
  pairs: number;
  overlaps: number;
  gaps: number;
  fits: number;
  decided: number;
  undecided: number;
  hoursFreed: number;
  maxShorteningHours: number;
  shareOfMaximum: number;
  byDecision: Array<{ decision: CurriculumDecision; pairs: number; hours: number }>;
}

export interface CurriculumGroup {
  id: string;
  name: string;
  archivedAt: string | null;
  permissions: { isMember: boolean; canRead: boolean; canWrite: boolean };
  members: Array<{ personId: string; person: { id: string; name: string } }>;
  region: { id: string; schools: Array<{ id: string; name: string; kind: 'VO' | 'MBO' | 'BOTH' }> };
}

export interface CurriculumData {
  werkgroep: CurriculumGroup;
  curriculum: { werkgroepId: string; items: CurriculumItem[]; pairs: CurriculumPair[]; summary: CurriculumSummary };
}

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

export interface CurriculumItemInput {
  id?: string | null;
  werkgroepId: string;
  side: CurriculumSide;
  kind: CurriculumItemKind;
  code: string;
  title: string;
  description?: string | null;
  schoolId?: string | null;
  studyHours?: number | null;
}

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

export interface CurriculumPairInput {
  id?: string | null;
  werkgroepId: string;
  voItemId: string;
  mboItemId: string;
  relation: CurriculumRelation;
  decision?: CurriculumDecision | null;
  ownerId?: string | null;
  hoursFreed?: number | null;
  note?: string | null;
}

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
