import { FormEvent, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { errorMessage, uploadForm, UploadHandle } from '@verbinder/web/api-client';
import { QueryState } from '@verbinder/web/forms';
import { Button, Card, EmptyState, ErrorMessage, formatDateTime, formatSize, Notice, PageHeader, Select, Table, TextArea, TextInput, UploadProgress, SearchForm } from '@verbinder/web/ui';
import {
  CREATE_FOLDER,
  DELETE_DOCUMENT,
  DELETE_FOLDER,
  Doc,
  DocFolder,
  DocVersion,
  DOCUMENT_VERSIONS,
  DOCUMENTS,
  MOVE_DOCUMENT,
  RENAME_FOLDER,
  SEARCH_DOCUMENTS,
  UPDATE_DOCUMENT,
  WERKGROEP_HEADER,
} from './documents-operations';
import { DocumentUpload, typeLabel, UploadAnswer } from './upload';
import { useWerkgroepChanges } from './live';
import { driftText } from './teams-drift';
import { TeamsDrift, WERKGROEP_TEAMS_DRIFTS } from './teams-drift-operations';

const LIVE_QUERIES = ['WerkgroepDocuments', 'WerkgroepDocumentVersions', 'SearchWerkgroepDocuments', 'WerkgroepTeamsDrifts'];

/** The documents of a werkgroep: folders, list, search, upload with progress, versions. */
export function WerkgroepDocumentsTab() {
  const { id = '' } = useParams<{ id: string }>();
  const header = useQuery(WERKGROEP_HEADER, { variables: { id } });
  const [folderId, setFolderId] = useState<string | null>(null);
  // ?document=… (links in Teams announcements) opens that document's versions.
  const [searchParams] = useSearchParams();
  const [openDocId, setOpenDocId] = useState<string | null>(searchParams.get('document'));
  const list = useQuery(DOCUMENTS, { variables: { werkgroepId: id, folderId }, skip: !header.data });
  useWerkgroepChanges(id, ['document', 'folder'], LIVE_QUERIES);
  const canWrite = header.data?.werkgroep.permissions.canWrite ?? false;
  // Files changed or deleted in Teams by people (empty without a Teams link): shown on their rows.
  const drifts = useQuery(WERKGROEP_TEAMS_DRIFTS, { variables: { id }, skip: !header.data?.werkgroep.permissions.canRead });
  const driftByDocument = useMemo(() => new Map((drifts.data?.teamsDrifts ?? []).map((d) => [d.documentId, d])), [drifts.data]);

  return (
    <QueryState data={header.data} loading={header.loading} error={header.error} onRetry={() => header.refetch()} notFoundSubject="Deze werkgroep">
      {() => (
        <div className="vb-wg-docs">
          <PageHeader level={2} title="Documenten" description="Bestanden van de werkgroep, met versies. Zoek in titels, omschrijvingen en tekstbestanden." />
          <SearchBox werkgroepId={id} onOpen={setOpenDocId} />
          <QueryState data={list.data} loading={list.loading} error={list.error} onRetry={() => list.refetch()}>
            {(data) => (
              <>
                <FolderBar
                  folders={data.documentFolders}
                  folderId={folderId}
                  onOpen={(f) => {
                    setFolderId(f);
                    setOpenDocId(null);
                  }}
                  werkgroepId={id}
                  canWrite={canWrite}
                />
                <DocumentList docs={data.werkgroepDocuments} folders={data.documentFolders} canWrite={canWrite} onOpen={setOpenDocId} openDocId={openDocId} drifts={driftByDocument} />
                {openDocId && <VersionHistory documentId={openDocId} canWrite={canWrite} onClose={() => setOpenDocId(null)} />}
                {canWrite && <UploadCard werkgroepId={id} folderId={folderId} onUploaded={() => list.refetch()} />}
              </>
            )}
          </QueryState>
        </div>
      )}
    </QueryState>
  );
}

function folderPath(folders: DocFolder[], folderId: string | null): DocFolder[] {
  const byId = new Map(folders.map((f) => [f.id, f]));
  const path: DocFolder[] = [];
  let current = folderId ? byId.get(folderId) : undefined;
  while (current && path.length < 50) {
    path.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}

function FolderBar({
  folders,
  folderId,
  onOpen,
  werkgroepId,
  canWrite,
}: {
  folders: DocFolder[];
  folderId: string | null;
  onOpen: (id: string | null) => void;
  werkgroepId: string;
  canWrite: boolean;
}) {
  const path = folderPath(folders, folderId);
  const children = folders.filter((f) => f.parentId === folderId);
  const current = path[path.length - 1];
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [createFolder, creating] = useMutation(CREATE_FOLDER, { refetchQueries: ['WerkgroepDocuments'] });
  const [renameFolder] = useMutation(RENAME_FOLDER, { refetchQueries: ['WerkgroepDocuments'] });
  const [deleteFolder] = useMutation(DELETE_FOLDER, { refetchQueries: ['WerkgroepDocuments'] });

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };

  return (
    <Card title="Mappen">
      <nav aria-label="Kruimelpad van de mappen">
        <ol className="vb-breadcrumb">
          <li>
            {folderId ? (
              <button type="button" className="vb-link-button" onClick={() => onOpen(null)}>
                Alle documenten
              </button>
            ) : (
              <span aria-current="page">Alle documenten</span>
            )}
          </li>
          {path.map((f, i) => (
            <li key={f.id}>
              {i === path.length - 1 ? (
                <span aria-current="page">{f.name}</span>
              ) : (
                <button type="button" className="vb-link-button" onClick={() => onOpen(f.id)}>
                  {f.name}
                </button>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {children.length > 0 ? (
        <ul className="vb-folder-list" aria-label="Submappen">
          {children.map((f) => (
            <li key={f.id}>
              <button type="button" className="vb-link-button" onClick={() => onOpen(f.id)}>
                <span className="vb-visually-hidden">Map </span>
                {f.name}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="vb-muted">Geen submappen.</p>
      )}
      {canWrite && (
        <div className="vb-folder-actions">
          <form
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              void run(() => createFolder({ variables: { werkgroepId, parentId: folderId, name } })).then((ok) => ok && setName(''));
            }}
          >
            <TextInput label="Nieuwe map" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required />
            <Button type="submit" variant="secondary" busy={creating.loading}>
              Map maken
            </Button>
          </form>
          {current && (
            <div className="vb-actions">
              <Button
                variant="quiet"
                onClick={() => {
                  const next = window.prompt('Nieuwe naam van de map', current.name);
                  if (next && next !== current.name) void run(() => renameFolder({ variables: { id: current.id, name: next } }));
                }}
              >
                Map hernoemen
              </Button>
              <Button
                variant="danger"
                onClick={() => {
                  if (window.confirm(`Map "${current.name}" verwijderen? Dat kan alleen als ze leeg is.`)) {
                    void run(() => deleteFolder({ variables: { id: current.id } })).then((ok) => ok && onOpen(current.parentId));
                  }
                }}
              >
                Map verwijderen
              </Button>
            </div>
          )}
        </div>
      )}
      {error && <ErrorMessage title="Dat lukte niet" message={error} />}
    </Card>
  );
}

function DocumentList({
  docs,
  folders,
  canWrite,
  onOpen,
  openDocId,
  drifts,
}: {
  docs: Doc[];
  folders: DocFolder[];
  canWrite: boolean;
  onOpen: (id: string) => void;
  openDocId: string | null;
  drifts: ReadonlyMap<string, TeamsDrift>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [updateDocument] = useMutation(UPDATE_DOCUMENT, { refetchQueries: LIVE_QUERIES });
  const [moveDocument] = useMutation(MOVE_DOCUMENT, { refetchQueries: LIVE_QUERIES });
  const [deleteDocument] = useMutation(DELETE_DOCUMENT, { refetchQueries: LIVE_QUERIES });
  const folderOptions = useMemo(
    () => [
      { value: '', label: 'Hoofdmap' },
      ...folders.map((f) => ({
        value: f.id,
        label: folderPath(folders, f.id)
          .map((p) => p.name)
          .join(' / '),
      })),
    ],
    [folders],
  );
  const run = (work: () => Promise<unknown>) => {
    setError(null);
    work().catch((e: unknown) => setError(errorMessage(e)));
  };

  if (docs.length === 0)
    return (
      <Card title="Documenten in deze map">
        <EmptyState message="Er staan hier nog geen documenten." />
      </Card>
    );
  return (
    <Card title="Documenten in deze map">
      {error && <ErrorMessage title="Dat lukte niet" message={error} />}
      <Table<Doc>
        framed={false}
        rows={docs}
        rowAttributes={(d) => ({ 'aria-current': openDocId === d.id ? 'true' : undefined })}
        columns={[
          {
            header: 'Titel',
            cell: (d) => (
              <>
                <button type="button" className="vb-link-button" onClick={() => onOpen(d.id)} aria-label={`${d.title}: versies bekijken`}>
                  {d.title}
                </button>
                {d.description && <div className="vb-muted">{d.description}</div>}
                {drifts.has(d.id) && (
                  <div>
                    {driftText(drifts.get(d.id) as TeamsDrift)}. <Link to="../teams">Kies op het tabblad Teams</Link>
                  </div>
                )}
              </>
            ),
          },
          { header: 'Soort', cell: (d) => typeLabel(d.latest.contentType) },
          { header: 'Grootte', cell: (d) => formatSize(d.latest.size) },
          { header: 'Versie', cell: (d) => d.currentVersion },
          { header: 'Door', cell: (d) => d.latest.author?.name ?? 'onbekend' },
          { header: 'Datum', cell: (d) => formatDateTime(d.latest.createdAt) },
          ...(canWrite
            ? [
                {
                  header: 'Acties',
                  cell: (d: Doc) => (
                    <div className="vb-actions">
                      <Button
                        variant="quiet"
                        onClick={() => {
                          const title = window.prompt('Nieuwe titel', d.title);
                          if (title && title !== d.title) run(() => updateDocument({ variables: { id: d.id, title, description: d.description } }));
                        }}
                      >
                        Hernoemen<span className="vb-visually-hidden"> {d.title}</span>
                      </Button>
                      <Select
                        label={<span className="vb-visually-hidden">Verplaats {d.title} naar</span>}
                        options={folderOptions}
                        value={d.folderId ?? ''}
                        onChange={(e) => run(() => moveDocument({ variables: { id: d.id, folderId: e.target.value || null } }))}
                      />
                      <Button
                        variant="danger"
                        onClick={() => {
                          if (window.confirm(`"${d.title}" verwijderen?`)) run(() => deleteDocument({ variables: { id: d.id } }));
                        }}
                      >
                        Verwijderen<span className="vb-visually-hidden"> {d.title}</span>
                      </Button>
                    </div>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

function SearchBox({ werkgroepId, onOpen }: { werkgroepId: string; onOpen: (id: string) => void }) {
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const result = useQuery(SEARCH_DOCUMENTS, { variables: { werkgroepId, query }, skip: query === '' });
  return (
    <Card title="Zoeken">
      <SearchForm
        aria-label="Documenten zoeken"
        className="vb-inline-form"
        onSearch={() => {
          setQuery(input.trim());
        }}
      >
        <TextInput label="Zoek in de documenten" type="search" value={input} onChange={(e) => setInput(e.target.value)} maxLength={200} hint="Bijvoorbeeld: vergadering, PTA of overdracht" />
        <Button type="submit">Zoeken</Button>
      </SearchForm>
      {query !== '' && (
        <QueryState data={result.data} loading={result.loading} error={result.error} onRetry={() => result.refetch()}>
          {(data) =>
            data.searchWerkgroepDocuments.length === 0 ? (
              <p>Niets gevonden voor “{query}”.</p>
            ) : (
              <ul className="vb-search-results" aria-label={`Zoekresultaten voor ${query}`}>
                {data.searchWerkgroepDocuments.map((hit) => (
                  <li key={hit.document.id}>
                    <button type="button" className="vb-link-button" onClick={() => onOpen(hit.document.id)}>
                      {hit.document.title}
                    </button>
                    <p className="vb-muted">{hit.snippet}</p>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      )}
    </Card>
  );
}

/** Upload state shared by the new-document and new-version forms. */
function useUpload(onDone: () => void) {
  const [percent, setPercent] = useState<number | null>(null);
  const [fileName, setFileName] = useState('');
  const [answer, setAnswer] = useState<UploadAnswer | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const handle = useRef<UploadHandle<DocumentUpload> | null>(null);
  const start = async (url: string, form: FormData, file: File) => {
    setAnswer(null);
    setDone(null);
    setFileName(file.name);
    setPercent(0);
    handle.current = uploadForm<DocumentUpload>(url, form, setPercent);
    const result = await handle.current.promise;
    handle.current = null;
    setPercent(null);
    if (result.status === 201 && result.document) {
      setDone(`“${result.document.title}” is opgeslagen (versie ${result.document.currentVersion}).`);
      onDone();
      return true;
    }
    setAnswer(result);
    return false;
  };
  return { percent, fileName, answer, done, start, cancel: () => handle.current?.abort() };
}

function UploadErrors({ answer }: { answer: UploadAnswer | null }) {
  if (!answer || answer.code === 'ABORTED') return answer ? <Notice tone="info">{answer.message}</Notice> : null;
  return (
    <div role="alert" className="vb-upload-error">
      <ErrorMessage title="Uploaden lukte niet" message={answer.message ?? 'Onbekende fout.'} />
      {answer.fields && answer.fields.length > 1 && (
        <ul>
          {answer.fields.map((f) => (
            <li key={f.field + f.message}>{f.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function UploadCard({ werkgroepId, folderId, onUploaded }: { werkgroepId: string; folderId: string | null; onUploaded: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [note, setNote] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const upload = useUpload(onUploaded);
  return (
    <Card title="Document uploaden">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!file) return;
          const form = new FormData();
          if (title.trim()) form.append('title', title);
          if (description.trim()) form.append('description', description);
          if (folderId) form.append('folderId', folderId);
          if (note.trim()) form.append('note', note);
          form.append('file', file);
          void upload.start(`/bestanden/werkgroepen/${werkgroepId}`, form, file).then((ok) => {
            if (!ok) return;
            setFile(null);
            setTitle('');
            setDescription('');
            setNote('');
            if (fileInput.current) fileInput.current.value = '';
          });
        }}
      >
        <div className="vb-field">
          <label className="vb-field__label" htmlFor="vb-doc-file">
            Bestand
          </label>
          <p className="vb-field__hint" id="vb-doc-file-hint">
            PDF, Word, Excel, PowerPoint, OpenDocument, afbeelding of tekstbestand. Het soort bestand wordt uit de inhoud bepaald.
          </p>
          <input id="vb-doc-file" ref={fileInput} type="file" aria-describedby="vb-doc-file-hint" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <TextInput label="Titel" optional hint="Leeg: de bestandsnaam" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        <TextArea label="Omschrijving" optional value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} rows={2} />
        <TextInput label="Toelichting bij deze versie" optional value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
        {upload.percent !== null ? (
          <UploadProgress percent={upload.percent} fileName={upload.fileName} onCancel={upload.cancel} />
        ) : (
          <Button type="submit" disabled={!file}>
            Uploaden
          </Button>
        )}
      </form>
      <UploadErrors answer={upload.answer} />
      {upload.done && <Notice>{upload.done}</Notice>}
    </Card>
  );
}

function VersionHistory({ documentId, canWrite, onClose }: { documentId: string; canWrite: boolean; onClose: () => void }) {
  const result = useQuery(DOCUMENT_VERSIONS, { variables: { id: documentId } });
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const upload = useUpload(() => void result.refetch());
  return (
    <QueryState data={result.data} loading={result.loading} error={result.error} onRetry={() => result.refetch()} notFoundSubject="Dit document">
      {({ werkgroepDocument: doc }) => (
        <section className="vb-card" aria-labelledby="vb-version-history">
          <div className="vb-card__header">
            <h2 id="vb-version-history" className="vb-card__title">
              Versies van “{doc.title}”
            </h2>
            <Button variant="quiet" onClick={onClose}>
              Sluiten
            </Button>
          </div>
          <Table<DocVersion>
            caption="Versiegeschiedenis, nieuwste eerst"
            hideCaption
            framed={false}
            rows={doc.versions}
            rowAttributes={() => ({ 'data-testid': 'document-version' })}
            columns={[
              { header: 'Versie', cell: (v) => `Versie ${v.version}` },
              { header: 'Bestand', cell: (v) => v.fileName },
              { header: 'Door', cell: (v) => v.author?.name ?? 'onbekend' },
              { header: 'Toelichting', cell: (v) => v.note ?? '—' },
              { header: 'Datum', cell: (v) => formatDateTime(v.createdAt) },
              { header: 'Grootte', cell: (v) => formatSize(v.size) },
              {
                header: 'Download',
                cell: (v) => (
                  <a href={v.downloadUrl} download={v.fileName}>
                    Downloaden<span className="vb-visually-hidden"> versie {v.version}</span>
                  </a>
                ),
              },
            ]}
          />
          {canWrite && (
            <form
              className="vb-new-version"
              onSubmit={(e) => {
                e.preventDefault();
                if (!file) return;
                const form = new FormData();
                if (note.trim()) form.append('note', note);
                form.append('file', file);
                void upload.start(`/bestanden/documenten/${doc.id}/versies`, form, file).then((ok) => {
                  if (!ok) return;
                  setFile(null);
                  setNote('');
                  if (fileInput.current) fileInput.current.value = '';
                });
              }}
            >
              <h3>Nieuwe versie uploaden</h3>
              <div className="vb-field">
                <label className="vb-field__label" htmlFor="vb-version-file">
                  Bestand voor de nieuwe versie
                </label>
                <input id="vb-version-file" ref={fileInput} type="file" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
              </div>
              <TextInput label="Wat is er veranderd?" optional value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
              {upload.percent !== null ? (
                <UploadProgress percent={upload.percent} fileName={upload.fileName} onCancel={upload.cancel} />
              ) : (
                <Button type="submit" disabled={!file}>
                  Nieuwe versie uploaden
                </Button>
              )}
              <UploadErrors answer={upload.answer} />
              {upload.done && <Notice>{upload.done}</Notice>}
            </form>
          )}
        </section>
      )}
    </QueryState>
  );
}
