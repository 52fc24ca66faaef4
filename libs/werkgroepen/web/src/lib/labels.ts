import { MEMBERSHIP_LAYER_LABELS, WERKGROEP_KIND_TEXT } from '@verbinder/shared/contracts';
import type { WerkgroepKind, WerkgroepLayer, WerkgroepRole } from './operations';

export const kindLabels: Record<WerkgroepKind, string> = WERKGROEP_KIND_TEXT;

export const roleLabels: Record<WerkgroepRole, string> = { VOORZITTER: 'Voorzitter', LID: 'Lid', GAST: 'Gast' };
export const layerLabels: Record<WerkgroepLayer, string> = MEMBERSHIP_LAYER_LABELS;

/** The reactions the API accepts, with a Dutch name for screen readers. */
export const REACTIONS: ReadonlyArray<{ emoji: string; label: string }> = [
  { emoji: '👍', label: 'duim omhoog' },
  { emoji: '❤️', label: 'hartje' },
  { emoji: '🎉', label: 'feest' },
  { emoji: '👀', label: 'ik kijk mee' },
  { emoji: '✅', label: 'gedaan' },
  { emoji: '🙏', label: 'dank je' },
];

export function cadenceText(days: number | null, note: string | null): string | null {
  if (!days && !note) return null;
  const every = days === 7 ? 'Elke week' : days === 14 ? 'Om de week' : days ? `Elke ${days} dagen` : '';
  // The note usually says it better ("Om de week op woensdagmiddag"); the days are the fallback.
  return note || every;
}

export const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((part) => /^[A-Z]/.test(part))
    .map((part) => part[0])
    .slice(0, 2)
    .join('');
