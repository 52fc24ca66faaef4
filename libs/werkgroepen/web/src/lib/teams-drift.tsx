import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { errorMessage } from '@verbinder/web/api-client';
import { QueryState } from '@verbinder/web/forms';
import { Button, Card, ConfirmDialog, EmptyState, ErrorMessage, formatDateTime, Notice } from '@verbinder/web/ui';
import { DISMISS_TEAMS_DRIFT, IMPORT_TEAMS_VERSION, TeamsDrift, WERKGROEP_TEAMS_DRIFTS } from './teams-drift-operations';

/** "Gewijzigd in Teams door X op …" / "Verwijderd in Teams …". */
export function driftText(drift: Pick<TeamsDrift, 'kind' | 'modifiedBy' | 'modifiedAt' | 'detectedAt'>): string {
  const by = drift.modifiedBy ? ` door ${drift.modifiedBy}` : '';
  const at = ` op ${formatDateTime(drift.modifiedAt ?? drift.detectedAt)}`;
  return drift.kind === 'DELETED' ? `Verwijderd in Teams${by}${at}` : `Gewijzigd in Teams${by}${at}`;
}

/**
 * Files a person changed or deleted in Teams, waiting for a member's choice (never overwritten
 * silently). Live: the group layout's room refetches WerkgroepTeamsDrifts on document changes.
 */
export function TeamsDriftCard({ werkgroepId, canDecide }: { werkgroepId: string; canDecide: boolean }) {
  const result = useQuery(WERKGROEP_TEAMS_DRIFTS, { variables: { id: werkgroepId } });
  // Shown on the card: the row itself disappears once decided.
  const [done, setDone] = useState<string | null>(null);
  return (
    <Card title="Gewijzigd in Teams">
      {done && <Notice>{done}</Notice>}
      <QueryState data={result.data} loading={result.loading} error={result.error} onRetry={() => result.refetch()}>
        {({ teamsDrifts }) =>
          teamsDrifts.length === 0 ? (
            <EmptyState message="Geen bestanden die in Teams zijn gewijzigd of verwijderd. Verbinder kijkt elke paar minuten of iemand in Teams iets heeft aangepast." />
          ) : (
            <>
              <p>Deze bestanden zijn in Teams door iemand aangepast. Verbinder overschrijft dat niet vanzelf: kies per bestand wat er moet gebeuren.</p>
              <ul className="vb-wg-teams-docs" aria-label="Gewijzigd in Teams">
                {teamsDrifts.map((drift) => (
                  <DriftRow
                    key={drift.id}
                    drift={drift}
                    canDecide={canDecide}
                    onDone={(message) => {
                      setDone(message);
                      void result.refetch();
                    }}
                  />
                ))}
              </ul>
            </>
          )
        }
      </QueryState>
    </Card>
  );
}

function DriftRow({ drift, canDecide, onDone }: { drift: TeamsDrift; canDecide: boolean; onDone: (message: string) => void }) {
  const [importVersion, importing] = useMutation(IMPORT_TEAMS_VERSION);
  const [dismiss, dismissing] = useMutation(DISMISS_TEAMS_DRIFT);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>, message: string) => {
    setError(null);
    try {
      await action();
      setConfirming(false);
      onDone(message);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const changed = drift.kind === 'CHANGED';
  return (
    <li>
      <strong>{drift.documentTitle}</strong>
      {drift.teamsName ? ` (${drift.teamsName})` : ''}: {driftText(drift)}.
      {canDecide && changed && (
        <Button variant="secondary" busy={importing.loading} onClick={() => run(() => importVersion({ variables: { id: drift.id } }), 'De Teams-versie is als nieuwe versie toegevoegd.')}>
          Teams-versie overnemen als nieuwe versie
        </Button>
      )}
      {canDecide && (
        <Button variant="quiet" onClick={() => setConfirming(true)}>
          {changed ? 'Verbinder-versie houden' : 'Opnieuw in Teams zetten'}
        </Button>
      )}
      {!canDecide && <p>Alleen leden van de werkgroep kunnen kiezen wat er met deze wijziging gebeurt.</p>}
      {!changed && canDecide && <p>Moet het document ook uit Verbinder weg? Verwijder het dan bij Documenten.</p>}
      {error && <ErrorMessage message={error} />}
      <ConfirmDialog
        open={confirming}
        title={changed ? 'Verbinder-versie houden?' : 'Opnieuw in Teams zetten?'}
        confirmLabel={changed ? 'Verbinder-versie houden' : 'Opnieuw in Teams zetten'}
        destructive={changed}
        busy={dismissing.loading}
        error={error ?? undefined}
        onCancel={() => setConfirming(false)}
        onConfirm={() => run(() => dismiss({ variables: { id: drift.id } }), changed ? 'De Verbinder-versie gaat terug naar Teams.' : 'Het document wordt opnieuw in Teams gezet.')}
      >
        {changed
          ? `Het bestand in Teams wordt overschreven met de versie uit Verbinder. De wijziging${drift.modifiedBy ? ` van ${drift.modifiedBy}` : ''} in Teams gaat dan verloren.`
          : 'Verbinder zet de huidige versie van het document weer in de map Bestanden van het kanaal.'}
      </ConfirmDialog>
    </li>
  );
}
