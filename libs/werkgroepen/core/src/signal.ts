import type { WerkgroepActivityCounts } from './werkgroepen-repository.port';

/** How far back the schijnsamenwerking signal looks. */
export const SIGNAL_WINDOW_DAYS = 56;
/** An interval between two meetings counts as active with at least this many contributions. */
export const ACTIVE_INTERVAL_MIN = 2;

export interface IntervalActivity extends WerkgroepActivityCounts {
  from: Date;
  to: Date;
}

export interface SchijnsamenwerkingSignal {
  /** Meetings held in the window. */
  meetings: number;
  /** Intervals between consecutive meetings in the window. */
  intervals: number;
  /** Of those, the intervals with at least ACTIVE_INTERVAL_MIN contributions. */
  activeIntervals: number;
  posts: number;
  documentVersions: number;
  decisions: number;
  /** The group meets but does little in between. */
  flagged: boolean;
  /** Dutch explanation for the dashboard. */
  summary: string;
}

const total = (c: WerkgroepActivityCounts) => c.posts + c.documentVersions + c.decisions;

/**
 * "Schijnsamenwerking": a group that keeps meeting but does little between its meetings.
 * Flagged when there were at least two meetings in the window and fewer than half of the
 * intervals between them saw ACTIVE_INTERVAL_MIN contributions (posts, document versions,
 * comparison decisions). Pure, so it is unit-tested without a database.
 */
export function schijnsamenwerking(meetings: number, intervals: IntervalActivity[]): SchijnsamenwerkingSignal {
  const sum = intervals.reduce((acc, c) => ({ posts: acc.posts + c.posts, documentVersions: acc.documentVersions + c.documentVersions, decisions: acc.decisions + c.decisions }), {
    posts: 0,
    documentVersions: 0,
    decisions: 0,
  });
  const activeIntervals = intervals.filter((c) => total(c) >= ACTIVE_INTERVAL_MIN).length;
  const flagged = meetings >= 2 && intervals.length > 0 && activeIntervals * 2 < intervals.length;
  let summary: string;
  if (meetings === 0) summary = `Geen bijeenkomsten in de laatste ${SIGNAL_WINDOW_DAYS / 7} weken.`;
  else if (meetings === 1) summary = 'Eén bijeenkomst in de laatste weken: nog te vroeg om te beoordelen.';
  else if (flagged) summary = `Kwam ${meetings} keer bijeen, maar tussen de bijeenkomsten gebeurde weinig (${activeIntervals} van ${intervals.length} tussenperiodes actief).`;
  else summary = `Kwam ${meetings} keer bijeen en werkte tussendoor door (${activeIntervals} van ${intervals.length} tussenperiodes actief).`;
  return { meetings, intervals: intervals.length, activeIntervals, ...sum, flagged, summary };
}
