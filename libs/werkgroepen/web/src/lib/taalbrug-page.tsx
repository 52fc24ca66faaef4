import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Link, useSearchParams } from 'react-router-dom';
import { errorMessage, useRefetchQueries } from '@verbinder/web/api-client';
import {
  CancelButton,
  Badge,
  Button,
  Card,
  ConfirmDialog,
  EmptyState,
  ErrorMessage,
  Form,
  FormActions,
  FormErrorSummary,
  Notice,
  PageHeader,
  Select,
  TextArea,
  TextInput,
  useDocumentTitle,
  namedOptions,
  SearchForm,
} from '@verbinder/web/ui';
import { optionalText, QueryState, requireText, useForm, RegionPage } from '@verbinder/web/forms';
import { ADD_MEANING, DELETE_MEANING, DELETE_TERM, GLOSSARY_QUERY, GLOSSARY_TERM_QUERY, SAVE_TERM, WERKGROEPEN_REGION_QUERY, type GlossaryTerm, type WerkgroepenRegion } from './operations';

const TAALBRUG_QUERIES = ['Taalbrug', 'TaalbrugTerm'];

/**
 * /regio/:slug/taalbrug — the region's glossary: words that mean something else in vmbo and
 * mbo, with the meaning per school or sector and the meaning the region agreed on.
 * `?begrip=<id>` opens a term (links from the stream use it).
 */
export function TaalbrugPage() {
  return <RegionPage query={WERKGROEPEN_REGION_QUERY} fetchPolicy="cache-and-network" loadingLabel="Taalbrug laden…" page={Taalbrug} />;
}

function Taalbrug({ region }: { region: WerkgroepenRegion }) {
  useDocumentTitle(`Taalbrug ${region.name}`);
  const [params, setParams] = useSearchParams();
  const selected = params.get('begrip');
  const search = params.get('zoek') ?? '';
  const [draft, setDraft] = useState(search);
  const [adding, setAdding] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(GLOSSARY_QUERY, { variables: { regionId: region.id, search: search || null }, fetchPolicy: 'cache-and-network' });
  const result = data ?? (loading ? previousData : undefined);
  const open = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('begrip', id);
    else next.delete('begrip');
    setParams(next);
  };

  return (
    <>
      <PageHeader
        title="Taalbrug"
        eyebrow={<Link to={`/regio/${region.slug}`}>{region.name}</Link>}
        description="Woorden die in het vmbo iets anders betekenen dan in het mbo. Per school of sector wat men ermee bedoelt, en de betekenis waarover de regio het eens is."
        actions={!adding ? <Button onClick={() => setAdding(true)}>Begrip toevoegen</Button> : undefined}
      />
      {adding && (
        <TermForm
          region={region}
          onDone={(term) => {
            setAdding(false);
            if (term) open(term.id);
          }}
        />
      )}
      <SearchForm
        aria-label="Zoeken in de taalbrug"
        className="vb-inline-form"
        onSearch={() => {
          const next = new URLSearchParams(params);
          if (draft.trim()) next.set('zoek', draft.trim());
          else next.delete('zoek');
          setParams(next);
        }}
      >
        <TextInput
          label="Zoek een begrip of betekenis"
          type="search"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          hint="Zoekt ook op andere vormen van een woord: 'stage' vindt ook 'stages'."
        />
        <Button type="submit" variant="secondary">
          Zoeken
        </Button>
      </SearchForm>
      <div className="vb-taalbrug">
        <div className="vb-taalbrug__list">
          <QueryState data={result?.glossary} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Begrippen laden…">
            {(terms) =>
              terms.length === 0 ? (
                <EmptyState message={search ? `Geen begrippen gevonden voor "${search}".` : 'De taalbrug is nog leeg. Voeg het eerste begrip toe.'} />
              ) : (
                <ul aria-label={search ? `Begrippen bij "${search}"` : 'Alle begrippen'}>
                  {terms.map((t) => (
                    <li key={t.id}>
                      <Link to={`?${new URLSearchParams({ ...(search ? { zoek: search } : {}), begrip: t.id }).toString()}`} aria-current={t.id === selected ? 'true' : undefined}>
                        {t.term}
                      </Link>
                      <span className="vb-muted"> · {t.meanings.length === 1 ? '1 betekenis' : `${t.meanings.length} betekenissen`}</span>
                      {!t.sharedMeaning && <Badge tone="warning">nog geen gedeelde betekenis</Badge>}
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryState>
        </div>
        <div className="vb-taalbrug__detail">
          {selected ? <TermDetail key={selected} id={selected} region={region} onDeleted={() => open(null)} /> : <p className="vb-muted">Kies een begrip om de betekenissen te zien.</p>}
        </div>
      </div>
    </>
  );
}

function TermDetail({ id, region, onDeleted }: { id: string; region: WerkgroepenRegion; onDeleted: () => void }) {
  const { data, loading, error, refetch } = useQuery(GLOSSARY_TERM_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const [removeTerm, removeState] = useMutation(DELETE_TERM);
  const [removeMeaning, removeMeaningState] = useMutation(DELETE_MEANING);
  const refresh = useRefetchQueries(TAALBRUG_QUERIES);
  return (
    <QueryState data={data?.glossaryTerm} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Begrip laden…" notFoundSubject="Dit begrip">
      {(term) => (
        <Card
          title={term.term}
          actions={
            <>
              <Button variant="secondary" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
                Bewerken
              </Button>
              {term.canDelete && (
                <Button variant="danger" onClick={() => setConfirm(true)}>
                  Verwijderen
                </Button>
              )}
            </>
          }
        >
          {editing && <TermForm region={region} term={term} onDone={() => setEditing(false)} />}
          <h3>Gedeelde betekenis</h3>
          {term.sharedMeaning ? <p className="vb-pre-line">{term.sharedMeaning}</p> : <p className="vb-muted">Nog niet afgesproken.</p>}
          {term.werkgroep && (
            <p className="vb-muted">
              Ingebracht door <Link to={`/werkgroep/${term.werkgroep.id}`}>{term.werkgroep.name}</Link>.
            </p>
          )}
          <h3>Per school of sector</h3>
          {term.meanings.length === 0 ? (
            <p className="vb-muted">Nog geen betekenissen per school of sector.</p>
          ) : (
            <dl className="vb-meanings">
              {term.meanings.map((m) => (
                <div key={m.id}>
                  <dt>{m.school?.name ?? m.sector}</dt>
                  <dd>
                    <span className="vb-pre-line">{m.meaning}</span>{' '}
                    <Button
                      variant="quiet"
                      busy={removeMeaningState.loading}
                      onClick={() =>
                        void removeMeaning({ variables: { id: m.id } }).then(
                          () => refresh(),
                          () => undefined,
                        )
                      }
                    >
                      Weghalen<span className="vb-visually-hidden"> ({m.school?.name ?? m.sector})</span>
                    </Button>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {removeMeaningState.error && <ErrorMessage message={errorMessage(removeMeaningState.error)} />}
          <MeaningForm term={term} region={region} />
          <ConfirmDialog
            open={confirm}
            title={`${term.term} verwijderen?`}
            confirmLabel="Verwijderen"
            destructive
            busy={removeState.loading}
            error={removeState.error ? errorMessage(removeState.error) : undefined}
            onCancel={() => setConfirm(false)}
            onConfirm={() =>
              void removeTerm({ variables: { id: term.id } }).then(
                async () => {
                  setConfirm(false);
                  onDeleted();
                  await refresh();
                },
                () => undefined,
              )
            }
          >
            <p>Het begrip en alle betekenissen verdwijnen uit de taalbrug van de regio.</p>
          </ConfirmDialog>
        </Card>
      )}
    </QueryState>
  );
}

function TermForm({ region, term, onDone }: { region: WerkgroepenRegion; term?: GlossaryTerm; onDone: (term: GlossaryTerm | null) => void }) {
  const form = useForm({ term: term?.term ?? '', sharedMeaning: term?.sharedMeaning ?? '' });
  const [save] = useMutation(SAVE_TERM);
  const refresh = useRefetchQueries(TAALBRUG_QUERIES);
  let saved: GlossaryTerm | null = null;
  return (
    <Form
      label={term ? `${term.term} bewerken` : 'Nieuw begrip'}
      onSubmit={() =>
        void form
          .submit(
            async (v) => {
              const result = await save({
                variables: { input: { id: term?.id ?? null, regionId: region.id, werkgroepId: term?.werkgroep?.id ?? null, term: v.term.trim(), sharedMeaning: optionalText(v.sharedMeaning) } },
              });
              saved = result.data?.saveGlossaryTerm ?? null;
              await refresh();
            },
            (v) => {
              const problems: Record<string, string> = {};
              requireText(problems, 'term', v.term, 'Vul het begrip in.');
              return problems;
            },
          )
          .then((ok) => {
            if (ok) onDone(saved);
          })
      }
    >
      <FormErrorSummary message={form.summary} />
      <TextInput label="Begrip" maxLength={80} {...form.text('term')} />
      <TextArea label="Gedeelde betekenis" optional hint="Laat leeg zolang de regio het er nog niet over eens is." {...form.text('sharedMeaning')} />
      <FormActions submitLabel={term ? 'Opslaan' : 'Toevoegen'} saving={form.saving} secondary={<CancelButton variant="quiet" onClick={() => onDone(null)} />} />
    </Form>
  );
}

function MeaningForm({ term, region }: { term: GlossaryTerm; region: WerkgroepenRegion }) {
  const form = useForm({ where: 'school', schoolId: '', sector: '', meaning: '' });
  const [add] = useMutation(ADD_MEANING);
  const refresh = useRefetchQueries(TAALBRUG_QUERIES);
  return (
    <Form
      label={`Betekenis van ${term.term} toevoegen`}
      onSubmit={() =>
        void form
          .submit(
            async (v) => {
              await add({
                variables: { input: { termId: term.id, meaning: v.meaning.trim(), ...(v.where === 'school' ? { schoolId: v.schoolId || null } : { sector: optionalText(v.sector) }) } },
              });
              await refresh();
            },
            (v) => {
              const problems: Record<string, string> = {};
              requireText(problems, 'meaning', v.meaning, 'Vul de betekenis in.');
              if (v.where === 'school' && !v.schoolId) problems['schoolId'] = 'Kies de school.';
              if (v.where === 'sector') requireText(problems, 'sector', v.sector, 'Vul de sector in.');
              return problems;
            },
          )
          .then((ok) => {
            if (ok) form.reset();
          })
      }
    >
      <h3>Betekenis toevoegen</h3>
      <FormErrorSummary message={form.summary} />
      <Select
        label="Waar wordt het zo gebruikt?"
        options={[
          { value: 'school', label: 'Op een school' },
          { value: 'sector', label: 'In een sector (bijv. vmbo, mbo, techniek)' },
        ]}
        {...form.text('where')}
      />
      {form.values.where === 'school' ? (
        <Select label="School" emptyOption="Kies een school" options={namedOptions(region.schools)} {...form.text('schoolId')} />
      ) : (
        <TextInput label="Sector" maxLength={100} {...form.text('sector')} />
      )}
      <TextArea label="Betekenis" rows={3} {...form.text('meaning')} />
      <FormActions submitLabel="Betekenis toevoegen" saving={form.saving} />
      {form.saved && <Notice>Betekenis toegevoegd.</Notice>}
    </Form>
  );
}
