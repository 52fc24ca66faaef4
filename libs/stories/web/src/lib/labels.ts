import { useViewer } from '@verbinder/web/api-client';
import type { StatusTone } from '@verbinder/web/ui';
import type { ConsentRelation, ConsentScope, StoryAudience, StoryStatus } from './operations';

export const STATUS_ORDER: readonly StoryStatus[] = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'];

export const statusLabels: Record<StoryStatus, string> = {
  DRAFT: 'Concept',
  IN_REVIEW: 'Ter review',
  APPROVED: 'Goedgekeurd',
  SCHEDULED: 'Ingepland',
  PUBLISHED: 'Gepubliceerd',
  UNPUBLISHED: 'Offline',
};

export const statusTones: Record<StoryStatus, StatusTone> = {
  DRAFT: 'grey',
  IN_REVIEW: 'orange',
  APPROVED: 'orange',
  SCHEDULED: 'green',
  PUBLISHED: 'green',
  UNPUBLISHED: 'red',
};

export const audienceOptions: ReadonlyArray<{ value: StoryAudience; label: string }> = [
  { value: 'OUDERS', label: 'Ouders' },
  { value: 'LEERLINGEN', label: 'Leerlingen' },
  { value: 'BEDRIJVEN', label: 'Bedrijven' },
  { value: 'DOCENTEN', label: 'Docenten' },
];

export const relationLabels: Record<ConsentRelation, string> = {
  OUDER: 'Ouder of verzorger',
  LEERLING: 'De leerling zelf (16 of ouder)',
  ZELF: 'De persoon zelf (volwassene)',
};

export const scopeLabels: Record<ConsentScope, string> = {
  THIS_STORY: 'Alleen dit verhaal',
  SCHOOL_YEAR: 'Het hele schooljaar',
};

/** Languages of a translation in the editor (the API accepts a few more). */
export const languageOptions = [
  { value: 'en', label: 'Engels' },
  { value: 'ar', label: 'Arabisch' },
  { value: 'tr', label: 'Turks' },
  { value: 'pl', label: 'Pools' },
];

export const languageLabel = (code: string) => languageOptions.find((option) => option.value === code)?.label ?? code;

/** Roles that make someone redactie of a region (as STORY_REDACTIE_ROLES in libs/stories/core). */
export const STORY_REDACTIE_ROLES = ['REDACTEUR', 'VERBINDER', 'BEHEERDER'];

/**
 * Whether the signed-in person is redactie of the region, from the viewer's memberships. Only
 * used to show or hide controls: the API is the real guard.
 */
export function useIsRedactie(regionId: string | undefined): boolean {
  const person = useViewer().data?.viewer.person ?? null;
  if (person?.systemRole === 'BEHEERDER') return true;
  return (person?.memberships ?? []).some((membership) => membership.region.id === regionId && STORY_REDACTIE_ROLES.includes(membership.role));
}
