export interface LiveIndicatorProps {
  connected: boolean;
  /** What the line says while the live connection is up, e.g. "Live bijgewerkt". */
  liveText: string;
  /** The last change that came in live ("Zojuist: …"), shown after the status. */
  lastChange?: string | null;
  /** Announce `lastChange` to screen readers as a polite status; off where the screen announces its changes itself. */
  announce?: boolean;
}

/** A line with a dot that says whether the screen is updated live, and the last change that came in. */
export function LiveIndicator({ connected, liveText, lastChange, announce = true }: LiveIndicatorProps) {
  return (
    <div className="vb-muted vb-live">
      <span className={connected ? 'vb-dot vb-dot--on' : 'vb-dot'} aria-hidden="true" />
      <span>{connected ? liveText : 'Geen live-verbinding; ververs de pagina voor het laatste nieuws.'}</span>
      {announce ? (
        <span role="status" aria-live="polite" className="vb-live__change">
          {lastChange ?? ''}
        </span>
      ) : (
        <span className="vb-live__change">{lastChange ?? ''}</span>
      )}
    </div>
  );
}
