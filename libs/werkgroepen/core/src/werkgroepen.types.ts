import type { WerkgroepKind } from '@verbinder/shared/contracts';
export { WERKGROEP_KIND_TEXT, WERKGROEP_KINDS } from '@verbinder/shared/contracts';
export type { WerkgroepKind } from '@verbinder/shared/contracts';

export const WERKGROEP_VISIBILITIES = ['MEMBERS', 'REGION'] as const;
export type WerkgroepVisibility = (typeof WERKGROEP_VISIBILITIES)[number];

export const WERKGROEP_ROLES = ['VOORZITTER', 'LID', 'GAST'] as const;
export type WerkgroepRole = (typeof WERKGROEP_ROLES)[number];

export const WERKGROEP_LAYERS = ['BESTUURLIJK', 'MANAGEMENT', 'PROFESSIONEEL'] as const;
export type WerkgroepLayer = (typeof WERKGROEP_LAYERS)[number];

export interface Werkgroep {
  id: string;
  regionId: string;
  kind: WerkgroepKind;
  name: string;
  description: string | null;
  sector: string | null;
  visibility: WerkgroepVisibility;
  cadenceDays: number | null;
  cadenceNote: string | null;
  actielijnIds: string[];
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface WerkgroepMember {
  werkgroepId: string;
  personId: string;
  schoolId: string | null;
  layer: WerkgroepLayer;
  role: WerkgroepRole;
  lastReadAt: Date;
  joinedAt: Date;
}

/** What one person may do in one werkgroep (computed by WerkgroepenService.access). */
export interface WerkgroepAccess {
  werkgroep: Werkgroep;
  /** The actor's membership, when they are a member. */
  member: WerkgroepMember | null;
  /** May see the group's content (stream, documents, draaiboek, comparison). */
  canRead: boolean;
  /** May post, upload and edit content: members except guests' management rights. */
  canWrite: boolean;
  /** May edit the group and its members: the voorzitter, and verbinders/beheerders of the region. */
  canManage: boolean;
}

export interface WerkgroepInput {
  regionId: string;
  kind: string;
  name: string;
  description?: string | null;
  sector?: string | null;
  visibility?: string | null;
  cadenceDays?: number | null;
  cadenceNote?: string | null;
  actielijnIds?: string[] | null;
}

export interface MemberInput {
  werkgroepId: string;
  personId: string;
  schoolId?: string | null;
  layer?: string | null;
  role?: string | null;
}

/** What changed in a werkgroep, for live updates (socket.io room `werkgroep:<id>` and GraphQL). */
export type WerkgroepChangeKind = 'group' | 'members' | 'post' | 'reaction' | 'document' | 'folder' | 'draaiboek' | 'curriculum' | 'glossary';
