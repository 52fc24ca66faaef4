import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { useParams } from 'react-router-dom';
import { ErrorCode, errorCode, errorMessage } from '@verbinder/web/api-client';
import { QueryState } from '@verbinder/web/forms';
import { Button, Card, EmptyState, ErrorMessage, formatDateTime, Notice, PageHeader, Select, Table, TextArea, TextInput } from '@verbinder/web/ui';
import { DRAAIBOEK, DRAAIBOEK_DIFF, DRAAIBOEK_VERSION, DraaiboekData, SAVE_DRAAIBOEK, WERKGROEP_HEADER } from './documents-operations';
import { Markdown } from './markdown';
import { useWerkgroepChanges } from './live';

/** The draaiboek of a werkgroep: rendered Markdown, editing with conflict detection, history and diff. */
export function WerkgroepDraaiboekTab() {
  const { id = '' } = useParams<{ id: string }>();
  const header = useQuery(WERKGROEP_HEADER, { variables: { id } });
  const result = useQuery(DRAAIBOEK, { variables: { werkgroepId: id }, skip: !header.data });
  useWerkgroepChanges(id, ['draaiboek'], ['WerkgroepDraaiboek']);
  const canWrite = header.data?.werkgroep.permissions.canWrite ?? false;
  return (
    <QueryState data={header.data} loading={header.loading} error={header.error} onRetry={() => header.refetch()} notFoundSubject="Deze werkgroep">
      {() => (
        <div className="vb-wg-draaiboek">
          <PageHeader level={2} title="Draaiboek" description="Het levende draaiboek van de werkgroep, met alle eerdere versies." />
          <QueryState data={result.data} loading={result.loading} error={result.error} onRetry={() => result.refetch()}>
            {({ draaiboek }) => <DraaiboekView werkgroepId={id} draaiboek={draaiboek} canWrite={canWrite} onSaved={() => result.refetch()} />}
          </QueryState>
        </div>
      )}
    </QueryState>
  );
}

function DraaiboekView({ werkgroepId, draaiboek, canWrite, onSaved }: { werkgroepId: string; draaiboek: DraaiboekData; canWrite: boolean; onSaved: () => void }) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(draaiboek.body);
  const [note, setNote] = useState('');
  const [baseVersion, setBaseVersion] = useState(draaiboek.version);
  const [conflict, setConflict] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [save, saving] = useMutation(SAVE_DRAAIBOEK);

  // Outside edit mode the view follows the latest version.
  useEffect(() => {
    if (!editing) {
      setBody(draaiboek.body);
      setBaseVersion(draaiboek.version);
    }
  }, [draaiboek.body, draaiboek.version, editing]);

  const submit = async () => {
    setError(null);
    setConflict(null);
    try {
      const { data } = await save({ variables: { werkgroepId, body, note: note.trim() || null, baseVersion } });
      setSaved(`Versie ${data?.saveDraaiboek.version} is opgeslagen.`);
      setEditing(false);
      setNote('');
      onSaved();
    } catch (e) {
      // On a conflict the text stays in the editor: nothing the author wrote is lost.
      if (errorCode(e) === ErrorCode.CONFLICT) setConflict(errorMessage(e));
      else setError(errorMessage(e));
    }
  };

  return (
    <>
      {saved && <Notice>{saved}</Notice>}
      {editing ? (
        <Card title="Draaiboek bewerken">
          {conflict && (
            <div role="alert" className="vb-conflict">
              <ErrorMessage title="Iemand anders was je voor" message={conflict} />
              <p>
                Je tekst staat hieronder nog. Nieuwste versie: {draaiboek.version}
                {draaiboek.author ? ` door ${draaiboek.author.name}` : ''}. Neem je wijzigingen daarin over en sla opnieuw op.
              </p>
              <Button
                variant="secondary"
                onClick={() => {
                  setBaseVersion(draaiboek.version);
                  setConflict(null);
                }}
              >
                Mijn tekst als nieuwe versie op versie {draaiboek.version} baseren
              </Button>
              <details>
                <summary>Nieuwste versie bekijken</summary>
                <Markdown source={draaiboek.body} />
              </details>
            </div>
          )}
          {error && <ErrorMessage title="Opslaan lukte niet" message={error} />}
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <TextArea label="Tekst (Markdown)" hint="# Kop, - opsomming, **vet**, *cursief*, [link](https://…)" value={body} onChange={(e) => setBody(e.target.value)} rows={20} maxLength={200_000} />
            <TextInput label="Wat heb je veranderd?" optional value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
            <div className="vb-actions">
              <Button type="submit" busy={saving.loading}>
                Opslaan
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setEditing(false);
                  setConflict(null);
                }}
              >
                Annuleren
              </Button>
            </div>
          </form>
        </Card>
      ) : (
        <Card
          title={draaiboek.version === 0 ? 'Nog geen draaiboek' : `Versie ${draaiboek.version}`}
          actions={
            canWrite && (
              <Button
                onClick={() => {
                  setSaved(null);
                  setEditing(true);
                }}
              >
                {draaiboek.version === 0 ? 'Draaiboek beginnen' : 'Bewerken'}
              </Button>
            )
          }
        >
          {draaiboek.version > 0 && (
            <p className="vb-muted">
              Laatst gewijzigd {draaiboek.updatedAt ? formatDateTime(draaiboek.updatedAt) : ''} door {draaiboek.author?.name ?? 'onbekend'}
              {draaiboek.note ? ` — ${draaiboek.note}` : ''}
            </p>
          )}
          {draaiboek.version === 0 ? <EmptyState message="Deze werkgroep heeft nog geen draaiboek." /> : <Markdown source={draaiboek.body} />}
        </Card>
      )}
      <History werkgroepId={werkgroepId} draaiboek={draaiboek} />
    </>
  );
}

type DraaiboekVersion = DraaiboekData['versions'][number];

function History({ werkgroepId, draaiboek }: { werkgroepId: string; draaiboek: DraaiboekData }) {
  const latest = draaiboek.version;
  const [from, setFrom] = useState(Math.max(0, latest - 1));
  const [to, setTo] = useState(latest);
  const [viewing, setViewing] = useState<number | null>(null);
  const diff = useQuery(DRAAIBOEK_DIFF, { variables: { werkgroepId, from, to }, skip: latest === 0 || from === to });
  const version = useQuery(DRAAIBOEK_VERSION, { variables: { werkgroepId, version: viewing ?? 1 }, skip: viewing === null });
  if (latest === 0) return null;
  const options = [...draaiboek.versions.map((v) => ({ value: String(v.version), label: `Versie ${v.version}` })), { value: '0', label: 'Leeg (begin)' }];
  return (
    <>
      <Card title="Geschiedenis">
        <Table<DraaiboekVersion>
          framed={false}
          rows={draaiboek.versions}
          rowKey={(v) => String(v.version)}
          columns={[
            { header: 'Versie', cell: (v) => `Versie ${v.version}` },
            { header: 'Door', cell: (v) => v.author?.name ?? 'onbekend' },
            { header: 'Toelichting', cell: (v) => v.note ?? '—' },
            { header: 'Datum', cell: (v) => formatDateTime(v.createdAt) },
            {
              header: <span className="vb-visually-hidden">Acties</span>,
              cell: (v) => (
                <div className="vb-actions">
                  <Button variant="quiet" onClick={() => setViewing(v.version)}>
                    Bekijken<span className="vb-visually-hidden"> versie {v.version}</span>
                  </Button>
                  {v.version > 1 && (
                    <Button
                      variant="quiet"
                      onClick={() => {
                        setFrom(v.version - 1);
                        setTo(v.version);
                      }}
                    >
                      Wijzigingen<span className="vb-visually-hidden"> in versie {v.version}</span>
                    </Button>
                  )}
                </div>
              ),
            },
          ]}
        />
        {viewing !== null && version.data && (
          <section aria-label={`Versie ${viewing}`} className="vb-draaiboek-version">
            <h3>Versie {viewing}</h3>
            <Markdown source={version.data.draaiboekVersion.body} />
            <Button variant="quiet" onClick={() => setViewing(null)}>
              Sluiten
            </Button>
          </section>
        )}
      </Card>
      <Card title="Verschil tussen twee versies">
        <div className="vb-inline-form">
          <Select label="Van" options={options} value={String(from)} onChange={(e) => setFrom(Number(e.target.value))} />
          <Select label="Naar" options={options} value={String(to)} onChange={(e) => setTo(Number(e.target.value))} />
        </div>
        {from === to ? (
          <p>Kies twee verschillende versies.</p>
        ) : (
          <QueryState data={diff.data} loading={diff.loading} error={diff.error} onRetry={() => diff.refetch()}>
            {(data) => (
              <pre className="vb-diff" aria-label={`Verschil van versie ${from} naar versie ${to}`}>
                {data.draaiboekDiff.map((line, i) => (
                  <div key={i} className={`vb-diff__line vb-diff__line--${line.kind.toLowerCase()}`}>
                    <span aria-hidden="true" className="vb-diff__mark">
                      {line.kind === 'ADDED' ? '+' : line.kind === 'REMOVED' ? '−' : ' '}
                    </span>
                    {line.kind !== 'SAME' && <span className="vb-visually-hidden">{line.kind === 'ADDED' ? 'Toegevoegd: ' : 'Verwijderd: '}</span>}
                    {line.text || ' '}
                  </div>
                ))}
              </pre>
            )}
          </QueryState>
        )}
      </Card>
    </>
  );
}
