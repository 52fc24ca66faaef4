import { useState } from 'react';
import { useMutation, type TypedDocumentNode } from '@apollo/client';
import { Link } from 'react-router-dom';
import { errorMessage, fieldErrors, useViewer, viewerRegions } from '@verbinder/web/api-client';
import { IdPage } from '@verbinder/web/forms';
import {
  CancelButton,
  Button,
  Card,
  Checkbox,
  CheckboxGroup,
  ConfirmDialog,
  FormActions,
  Notice,
  PageHeader,
  Select,
  StatusBadge,
  TextArea,
  TextInput,
  formatDate,
  formatDateTime,
} from '@verbinder/web/ui';
import { ageOn, amsterdamLocalToIso, isoToAmsterdamLocal } from './dates';
import { audienceOptions, languageLabel, languageOptions, relationLabels, scopeLabels, statusLabels, statusTones } from './labels';
import {
  ADD_STORY_PERSON,
  APPROVE_STORY,
  COMMENT_ON_STORY,
  PUBLISH_STORY,
  RECORD_STORY_CONSENT,
  REMOVE_STORY_PERSON,
  REMOVE_STORY_TRANSLATION,
  SCHEDULE_STORY,
  SET_STORY_TRANSLATION,
  STORY_QUERY,
  SUBMIT_STORY,
  UNPUBLISH_STORY,
  UPDATE_STORY,
  UPDATE_STORY_PERSON,
  WITHDRAW_STORY_CONSENT,
  type ConsentRelation,
  type ConsentScope,
  type StoryAudience,
  type StoryConsent,
  type StoryDetail,
  type StoryPerson,
  type StoryPersonInput,
} from './operations';
import { splitTags } from './stories-page';
import { StoryImages } from './story-images';

// Only the story: the redactie list (RedactieStories) is never on screen with the editor, and
// naming a query that is not active makes Apollo warn ("Unknown query named … in refetchQueries");
// the list fetches itself again when it is opened (cache-and-network).
const REFETCH = ['RedactieStory'];

/** /verhaal/:id — the editor: text, people and consents, review, status actions, translations. */
export function StoryEditorPage() {
  return <IdPage query={STORY_QUERY} select={(data) => data.story} fetchPolicy="cache-and-network" loadingLabel="Verhaal laden…" notFoundSubject="Dit verhaal" page={Editor} />;
}

/** A mutation that refetches the story afterwards; errors are shown by the caller. */
function useStoryMutation<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>) {
  const [run, state] = useMutation(document, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const call = async (variables: TVars): Promise<TData | null> => {
    try {
      return (await run({ variables })).data ?? null;
    } catch {
      return null;
    }
  };
  return [call, state] as const;
}

function Editor({ record: story }: { record: StoryDetail }) {
  const person = useViewer().data?.viewer.person;
  const region = person ? viewerRegions(person).find((r) => r.id === story.regionId) : undefined;
  const locked = story.status === 'SCHEDULED' || story.status === 'PUBLISHED';
  return (
    <>
      <PageHeader
        title={story.title}
        eyebrow={region ? <Link to={`/regio/${region.slug}/verhalen`}>Verhalen {region.name}</Link> : <Link to="/regio">Regio's</Link>}
        description={story.lead}
        actions={
          <StatusBadge tone={statusTones[story.status]} prefix="Status:">
            {statusLabels[story.status]}
          </StatusBadge>
        }
      />
      <MissingConsentsPanel story={story} />
      {story.blockedReason && (
        <Notice tone="warning">
          <strong>Niet verschenen op het geplande moment.</strong> {story.blockedReason}
        </Notice>
      )}
      <StatusActions story={story} />
      {story.canEdit && !locked ? (
        <ContentForm key={story.id} story={story} />
      ) : (
        <>
          {locked && story.canEdit && <p className="vb-muted">Dit verhaal is {statusLabels[story.status].toLowerCase()}: haal het eerst offline om de tekst of de mensen te wijzigen.</p>}
          {story.images.length > 0 && (
            <Card title="Afbeeldingen">
              <StoryImages story={story} />
            </Card>
          )}
        </>
      )}
      <Card title="Voorbeeld">
        <p className="vb-muted">De opgeslagen tekst, zoals de server hem heeft opgeschoond. Sla op om het voorbeeld bij te werken.</p>
        <SanitisedBody html={story.body} />
      </Card>
      <PeopleCard story={story} locked={locked} />
      <TranslationsCard story={story} />
      <CommentsCard story={story} />
      <Card title="Versies">
        <ul className="vb-stories-list">
          {story.revisions.map((revision) => (
            <li key={revision.id}>
              {formatDateTime(revision.createdAt)} — {revision.authorName}: “{revision.title}”
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Geschiedenis">
        <ul className="vb-stories-list" aria-label="Geschiedenis van het verhaal">
          {story.history.map((entry) => (
            <li key={entry.id}>
              {formatDateTime(entry.createdAt)} — {entry.actorName}: {historyLabel(entry.action)}
              {entry.note ? ` — ${entry.note}` : ''}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}

const HISTORY_LABELS: Record<string, string> = {
  AANGEMAAKT: 'aangemaakt',
  TERUG_NAAR_CONCEPT: 'terug naar concept',
  PERSOON: 'persoon',
  INGEDIEND: 'ter review aangeboden',
  GOEDGEKEURD: 'goedgekeurd',
  INGEPLAND: 'ingepland',
  GEPUBLICEERD: 'gepubliceerd',
  OFFLINE: 'offline gehaald',
  GEBLOKKEERD: 'publicatie geblokkeerd',
  TOESTEMMING: 'toestemming',
  VERTALING: 'vertaling',
  AFBEELDING: 'afbeelding',
};
const historyLabel = (action: string) => HISTORY_LABELS[action] ?? action.toLowerCase().replace(/_/g, ' ');

/**
 * Renders a story body that the SERVER has sanitised (sanitizeStoryHtml in libs/stories/core:
 * an allow-list of p, h2, h3, lists, strong/em, links with http(s)/mailto only, blockquote and
 * images from our own image path with alt text; no scripts, styles, event handlers or
 * javascript:/data: URLs survive). Only the `body` fields the API returns go in here — never
 * what is typed in a textarea — so setting it as HTML cannot run anyone's script.
 */
function SanitisedBody({ html, dir, lang }: { html: string; dir?: string; lang?: string }) {
  return <div className="vb-story-body" dir={dir} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}

function MissingConsentsPanel({ story }: { story: StoryDetail }) {
  if (story.missingConsents.length === 0) return null;
  return (
    <section className="vb-story-blocked" role="alert" aria-labelledby="vb-story-blocked-title">
      <h2 id="vb-story-blocked-title">Toestemming ontbreekt voor {story.missingConsents.map((m) => m.name).join(', ')}</h2>
      <p>Zolang deze toestemming ontbreekt, kan het verhaal niet gepubliceerd of ingepland worden.</p>
      <ul>
        {story.missingConsents.map((missing) => (
          <li key={missing.storyPersonId}>{missing.message}</li>
        ))}
      </ul>
    </section>
  );
}

function ErrorLine({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="vb-field__error" role="alert">
      {errorMessage(error)}
    </p>
  );
}

function StatusActions({ story }: { story: StoryDetail }) {
  const [submit, submitState] = useStoryMutation(SUBMIT_STORY);
  const [approve, approveState] = useStoryMutation(APPROVE_STORY);
  const [publish, publishState] = useStoryMutation(PUBLISH_STORY);
  const [schedule, scheduleState] = useStoryMutation(SCHEDULE_STORY);
  const [unpublish, unpublishState] = useStoryMutation(UNPUBLISH_STORY);
  const [publishAt, setPublishAt] = useState(() => isoToAmsterdamLocal(new Date(Date.now() + 24 * 3600_000)));
  const [scheduleProblem, setScheduleProblem] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const blocked = story.missingConsents.length > 0;
  const blockedText = blocked ? `Toestemming ontbreekt voor ${story.missingConsents.map((m) => m.name).join(', ')}.` : '';
  const canSubmit = story.canEdit && (story.status === 'DRAFT' || story.status === 'UNPUBLISHED');
  const canApprove = story.canPublish && story.status === 'IN_REVIEW';
  const canRelease = story.canPublish && (story.status === 'APPROVED' || story.status === 'SCHEDULED');
  const canUnpublish = story.canPublish && (story.status === 'PUBLISHED' || story.status === 'SCHEDULED');
  if (!canSubmit && !canApprove && !canRelease && !canUnpublish) return null;
  return (
    <Card title="Status">
      {story.status === 'SCHEDULED' && story.publishAt && <p>Ingepland voor {formatDateTime(story.publishAt)}.</p>}
      <div className="vb-story-actions">
        {canSubmit && (
          <Button busy={submitState.loading} onClick={() => void submit({ id: story.id })}>
            Ter review aanbieden
          </Button>
        )}
        {canApprove && (
          <Button busy={approveState.loading} onClick={() => void approve({ id: story.id })}>
            Goedkeuren
          </Button>
        )}
        {canRelease && (
          <Button busy={publishState.loading} disabled={blocked} aria-describedby={blocked ? 'vb-story-blocked-reason' : undefined} onClick={() => void publish({ id: story.id })}>
            Publiceren
          </Button>
        )}
      </div>
      {canRelease && blocked && (
        <p id="vb-story-blocked-reason" className="vb-field__error">
          Publiceren en inplannen kan niet: {blockedText}
        </p>
      )}
      {canRelease && (
        <form
          aria-label="Inplannen"
          className="vb-story-schedule"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const iso = amsterdamLocalToIso(publishAt);
            if (!iso) return setScheduleProblem('Kies een datum en tijd.');
            setScheduleProblem(null);
            void schedule({ id: story.id, publishAt: iso });
          }}
        >
          <TextInput
            type="datetime-local"
            label="Publiceren op (Nederlandse tijd)"
            value={publishAt}
            onChange={(e) => setPublishAt(e.target.value)}
            error={scheduleProblem ?? (scheduleState.error ? fieldErrors(scheduleState.error)['publishAt'] : undefined)}
          />
          <Button type="submit" variant="secondary" busy={scheduleState.loading} disabled={blocked} aria-describedby={blocked ? 'vb-story-blocked-reason' : undefined}>
            Inplannen
          </Button>
        </form>
      )}
      {canUnpublish && (
        <form
          aria-label="Offline halen"
          className="vb-story-schedule"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void unpublish({ id: story.id, reason: reason.trim() || null });
          }}
        >
          <TextInput label="Reden om offline te halen" optional value={reason} onChange={(e) => setReason(e.target.value)} />
          <Button type="submit" variant="danger" busy={unpublishState.loading}>
            Offline halen
          </Button>
        </form>
      )}
      <ErrorLine
        error={
          submitState.error ??
          approveState.error ??
          publishState.error ??
          (scheduleState.error && !fieldErrors(scheduleState.error)['publishAt'] ? scheduleState.error : undefined) ??
          unpublishState.error
        }
      />
    </Card>
  );
}

function ContentForm({ story }: { story: StoryDetail }) {
  const [title, setTitle] = useState(story.title);
  const [lead, setLead] = useState(story.lead);
  const [body, setBody] = useState(story.body);
  // The server changes the body too (a new alt text of an image in it): take that over when
  // nothing is typed since the last saved version.
  const [savedBody, setSavedBody] = useState(story.body);
  if (story.body !== savedBody) {
    setSavedBody(story.body);
    if (body === savedBody) setBody(story.body);
  }
  const [audience, setAudience] = useState<StoryAudience[]>(story.audience);
  const [tags, setTags] = useState(story.tags.join(', '));
  const [saved, setSaved] = useState(false);
  const [update, state] = useStoryMutation(UPDATE_STORY);
  const errors = state.error ? fieldErrors(state.error) : {};
  const backToDraft = story.status === 'APPROVED' || story.status === 'UNPUBLISHED';
  return (
    <Card title="Tekst">
      <form
        aria-label="Tekst van het verhaal"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(false);
          const result = await update({ input: { id: story.id, title, lead, body, audience, tags: splitTags(tags) } });
          if (result) {
            // Continue editing the server's sanitised version, so the textarea shows what is stored.
            setBody(result.updateStory.body);
            setSaved(true);
          }
        }}
      >
        {backToDraft && <Notice tone="info">Opslaan zet dit verhaal terug naar concept: het moet opnieuw beoordeeld worden.</Notice>}
        <TextInput label="Titel" value={title} onChange={(e) => setTitle(e.target.value)} error={errors['title']} />
        <TextArea label="Inleiding" rows={2} value={lead} onChange={(e) => setLead(e.target.value)} error={errors['lead']} />
        <TextArea
          label="Tekst (HTML)"
          hint="Toegestaan: <p>, <h2>, <h3>, <strong>, <em>, <ul>/<ol>/<li>, <blockquote>, <a href>, en <figure>/<img> met geüploade afbeeldingen (zie hieronder). Al het andere haalt de server weg."
          rows={12}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={errors['body']}
        />
        {body !== story.body && <p className="vb-muted">Niet opgeslagen wijzigingen: het voorbeeld toont nog de opgeslagen tekst.</p>}
        <CheckboxGroup legend="Voor wie" options={audienceOptions} value={audience} onChange={(value) => setAudience(value as StoryAudience[])} error={errors['audience']} />
        <TextInput label="Labels" hint="Gescheiden door komma's" optional value={tags} onChange={(e) => setTags(e.target.value)} error={errors['tags']} />
        {state.error && Object.keys(errors).length === 0 && <ErrorLine error={state.error} />}
        <FormActions submitLabel="Opslaan" saving={state.loading} saved={saved} />
      </form>
      <StoryImages
        story={story}
        onInsert={(html) => {
          setSaved(false);
          setBody((current) => `${current.trimEnd()}\n${html}`);
        }}
      />
    </Card>
  );
}

const emptyPerson: StoryPersonInput = { name: '', role: null, quote: null, inPhoto: false, isPupil: false, birthDate: null };

function PeopleCard({ story, locked }: { story: StoryDetail; locked: boolean }) {
  const [adding, setAdding] = useState(false);
  const editable = story.canEdit && !locked;
  return (
    <Card
      title="Wie komt erin voor"
      actions={
        editable && !adding ? (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            Persoon toevoegen
          </Button>
        ) : undefined
      }
    >
      <p className="vb-muted">
        Iedereen die genoemd of geciteerd wordt of op een foto staat. Een leerling onder de 16 heeft toestemming van een ouder of verzorger nodig, vanaf 16 van de leerling zelf; een volwassene geeft
        zelf toestemming.
      </p>
      {adding && <PersonForm storyId={story.id} onDone={() => setAdding(false)} />}
      {story.people.length === 0 ? (
        <p className="vb-muted">Er staat nog niemand in dit verhaal.</p>
      ) : (
        <ul className="vb-story-people">
          {story.people.map((p) => (
            <PersonRow key={p.id} story={story} person={p} editable={editable} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function PersonRow({ story, person, editable }: { story: StoryDetail; person: StoryPerson; editable: boolean }) {
  const [editing, setEditing] = useState(false);
  const [recording, setRecording] = useState(false);
  const [remove, removeState] = useStoryMutation(REMOVE_STORY_PERSON);
  const age = person.birthDate ? ageOn(person.birthDate, new Date()) : null;
  return (
    <li className="vb-story-person" aria-label={person.name}>
      {editing ? (
        <PersonForm storyId={story.id} person={person} onDone={() => setEditing(false)} />
      ) : (
        <>
          <h3 className="vb-story-person__name">{person.name}</h3>
          <p className="vb-muted">
            {[person.role, person.isPupil ? `leerling${age !== null ? `, ${age} jaar` : ''}` : 'volwassene', person.inPhoto ? 'op de foto' : null].filter(Boolean).join(' · ')}
            {person.birthDate ? ` · geboren ${formatDate(person.birthDate)}` : ''}
          </p>
          {person.quote && <blockquote>{person.quote}</blockquote>}
          <ConsentState person={person} />
          <div className="vb-story-actions">
            {story.canEdit && !person.consent?.withdrawnAt && (
              <Button variant="secondary" onClick={() => setRecording(!recording)}>
                {person.consent ? 'Nieuwe toestemming vastleggen' : 'Toestemming vastleggen'}
              </Button>
            )}
            {story.canEdit && person.consent?.withdrawnAt && (
              <Button variant="secondary" onClick={() => setRecording(!recording)}>
                Nieuwe toestemming vastleggen
              </Button>
            )}
            {story.canEdit && person.consent && !person.consent.withdrawnAt && <WithdrawConsent consent={person.consent} />}
            {editable && (
              <Button variant="quiet" onClick={() => setEditing(true)}>
                Bewerken
              </Button>
            )}
            {editable && (
              <Button variant="quiet" busy={removeState.loading} onClick={() => void remove({ id: person.id })}>
                Verwijderen
              </Button>
            )}
          </div>
          <ErrorLine error={removeState.error} />
          {recording && <ConsentForm person={person} onDone={() => setRecording(false)} />}
        </>
      )}
    </li>
  );
}

function ConsentState({ person }: { person: StoryPerson }) {
  const consent = person.consent;
  return (
    <div className="vb-story-consent">
      {consent && (
        <p>
          Toestemming van {consent.givenByName} ({relationLabels[consent.relation].toLowerCase()}), {scopeLabels[consent.scope].toLowerCase()}
          {consent.schoolYear ? ` ${consent.schoolYear}-${consent.schoolYear + 1}` : ''}, gegeven {formatDate(consent.givenAt)}
          {consent.expiresAt ? `, verloopt ${formatDate(consent.expiresAt)}` : ''}; vastgelegd door {consent.recordedByName}.
          {consent.withdrawnAt && (
            <strong>
              {' '}
              Ingetrokken op {formatDate(consent.withdrawnAt)}
              {consent.withdrawnReason ? `: ${consent.withdrawnReason}` : ''}.
            </strong>
          )}
        </p>
      )}
      {person.missing ? (
        <StatusBadge tone="red" prefix="Toestemming:">
          {person.missing.message}
        </StatusBadge>
      ) : (
        <StatusBadge tone="green" prefix="Toestemming:">
          In orde
        </StatusBadge>
      )}
    </div>
  );
}

function PersonForm({ storyId, person, onDone }: { storyId: string; person?: StoryPerson; onDone: () => void }) {
  const [value, setValue] = useState<StoryPersonInput>(
    person ? { name: person.name, role: person.role, quote: person.quote, inPhoto: person.inPhoto, isPupil: person.isPupil, birthDate: person.birthDate } : emptyPerson,
  );
  const [add, addState] = useStoryMutation(ADD_STORY_PERSON);
  const [update, updateState] = useStoryMutation(UPDATE_STORY_PERSON);
  const error = addState.error ?? updateState.error;
  const errors = error ? fieldErrors(error) : {};
  const set = (patch: Partial<StoryPersonInput>) => setValue((v) => ({ ...v, ...patch }));
  return (
    <form
      aria-label={person ? `${person.name} bewerken` : 'Persoon toevoegen'}
      noValidate
      className="vb-story-subform"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = { ...value, role: value.role?.trim() || null, quote: value.quote?.trim() || null, birthDate: value.isPupil ? value.birthDate || null : null };
        const ok = person ? await update({ id: person.id, input }) : await add({ storyId, input });
        if (ok) onDone();
      }}
    >
      <TextInput label="Naam" hint="Bij leerlingen vaak alleen de voornaam" value={value.name} onChange={(e) => set({ name: e.target.value })} error={errors['name']} />
      <TextInput label="Rol" optional hint="Bijvoorbeeld: docent techniek, leerling leerjaar 3" value={value.role ?? ''} onChange={(e) => set({ role: e.target.value })} error={errors['role']} />
      <TextArea label="Citaat" optional rows={2} value={value.quote ?? ''} onChange={(e) => set({ quote: e.target.value })} error={errors['quote']} />
      <Checkbox label="Staat op een foto" checked={value.inPhoto} onChange={(e) => set({ inPhoto: e.target.checked })} />
      <Checkbox label="Is een leerling" checked={value.isPupil} onChange={(e) => set({ isPupil: e.target.checked })} />
      {value.isPupil && (
        <TextInput
          type="date"
          label="Geboortedatum"
          hint="Bepaalt of een ouder (onder de 16) of de leerling zelf toestemming geeft."
          value={value.birthDate ?? ''}
          onChange={(e) => set({ birthDate: e.target.value })}
          error={errors['birthDate']}
        />
      )}
      {error && Object.keys(errors).length === 0 && <ErrorLine error={error} />}
      <FormActions submitLabel={person ? 'Persoon opslaan' : 'Persoon toevoegen'} saving={addState.loading || updateState.loading} secondary={<CancelButton onClick={onDone} />} />
    </form>
  );
}

function ConsentForm({ person, onDone }: { person: StoryPerson; onDone: () => void }) {
  const age = person.birthDate ? ageOn(person.birthDate, new Date()) : null;
  const defaultRelation: ConsentRelation = !person.isPupil ? 'ZELF' : age !== null && age >= 16 ? 'LEERLING' : 'OUDER';
  const [givenByName, setGivenByName] = useState(defaultRelation === 'OUDER' ? '' : person.name);
  const [relation, setRelation] = useState<ConsentRelation>(defaultRelation);
  const [scope, setScope] = useState<ConsentScope>('THIS_STORY');
  const [expiresAt, setExpiresAt] = useState('');
  const [record, state] = useStoryMutation(RECORD_STORY_CONSENT);
  const errors = state.error ? fieldErrors(state.error) : {};
  const relations: ConsentRelation[] = person.isPupil ? ['OUDER', 'LEERLING'] : ['ZELF'];
  return (
    <form
      aria-label={`Toestemming voor ${person.name}`}
      noValidate
      className="vb-story-subform"
      onSubmit={async (event) => {
        event.preventDefault();
        const expiry = expiresAt ? amsterdamLocalToIso(`${expiresAt}T23:59`) : null;
        const ok = await record({ input: { storyPersonId: person.id, givenByName, relation, scope, expiresAt: expiry } });
        if (ok) onDone();
      }}
    >
      <TextInput
        label="Wie gaf toestemming"
        hint="De naam van de ouder of verzorger, of van de persoon zelf"
        value={givenByName}
        onChange={(e) => setGivenByName(e.target.value)}
        error={errors['givenByName']}
      />
      <Select
        label="Relatie"
        value={relation}
        onChange={(e) => setRelation(e.target.value as ConsentRelation)}
        options={relations.map((r) => ({ value: r, label: relationLabels[r] }))}
        error={errors['relation']}
      />
      <Select
        label="Geldt voor"
        value={scope}
        onChange={(e) => setScope(e.target.value as ConsentScope)}
        options={(['THIS_STORY', 'SCHOOL_YEAR'] as const).map((s) => ({ value: s, label: scopeLabels[s] }))}
        error={errors['scope'] ?? errors['schoolYear']}
      />
      <TextInput type="date" label="Verloopt op" optional value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} error={errors['expiresAt']} />
      {state.error && Object.keys(errors).length === 0 && <ErrorLine error={state.error} />}
      <FormActions submitLabel="Toestemming vastleggen" saving={state.loading} secondary={<CancelButton onClick={onDone} />} />
    </form>
  );
}

function WithdrawConsent({ consent }: { consent: StoryConsent }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [withdraw, state] = useStoryMutation(WITHDRAW_STORY_CONSENT);
  const [result, setResult] = useState<string | null>(null);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Toestemming intrekken
      </Button>
      {result && (
        <p role="status" className="vb-muted">
          {result}
        </p>
      )}
      <ConfirmDialog
        open={open}
        title={`Toestemming van ${consent.givenByName} intrekken?`}
        confirmLabel="Intrekken"
        destructive
        busy={state.loading}
        error={state.error ? errorMessage(state.error) : undefined}
        onCancel={() => setOpen(false)}
        onConfirm={async () => {
          const done = await withdraw({ id: consent.id, reason });
          if (done) {
            const titles = done.withdrawStoryConsent.unpublished.map((s) => s.title);
            setResult(titles.length ? `Toestemming ingetrokken. Offline gehaald: ${titles.join(', ')}.` : 'Toestemming ingetrokken.');
            setOpen(false);
            setReason('');
          }
        }}
      >
        <p>
          Elk gepubliceerd verhaal waarin {consent.subjectName} op deze toestemming rust, gaat <strong>direct offline</strong> — ook andere verhalen dan dit, als de toestemming voor het hele
          schooljaar gold. Een ingepland verhaal verschijnt dan niet. Dit kan niet ongedaan gemaakt worden; daarna is een nieuwe toestemming nodig.
        </p>
        <TextInput label="Reden" hint="Bijvoorbeeld: ouder heeft gemaild dat de foto eraf moet" value={reason} onChange={(e) => setReason(e.target.value)} />
      </ConfirmDialog>
    </>
  );
}

function TranslationsCard({ story }: { story: StoryDetail }) {
  const [language, setLanguage] = useState(languageOptions[0].value);
  const existing = story.translations.find((t) => t.language === language);
  return (
    <Card title="Vertalingen">
      {story.translations.length > 0 ? (
        <ul className="vb-stories-list">
          {story.translations.map((t) => (
            <li key={t.language}>
              {languageLabel(t.language)}: {t.title} <span className="vb-muted">(bijgewerkt {formatDateTime(t.updatedAt)})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="vb-muted">Nog geen vertalingen. Een vertaling helpt ouders die het Nederlands minder goed lezen.</p>
      )}
      {story.canEdit && <Select label="Taal" value={language} onChange={(e) => setLanguage(e.target.value)} options={languageOptions} />}
      {story.canEdit && <TranslationForm key={`${language}-${existing?.updatedAt ?? ''}`} storyId={story.id} language={language} existing={existing} />}
      {existing && (
        <div className="vb-story-translation-preview">
          <h3>Voorbeeld {languageLabel(language)}</h3>
          <h4 dir={existing.dir} lang={existing.language}>
            {existing.title}
          </h4>
          <p dir={existing.dir} lang={existing.language}>
            {existing.lead}
          </p>
          <SanitisedBody html={existing.body} dir={existing.dir} lang={existing.language} />
        </div>
      )}
    </Card>
  );
}

function TranslationForm({ storyId, language, existing }: { storyId: string; language: string; existing?: StoryDetail['translations'][number] }) {
  const [title, setTitle] = useState(existing?.title ?? '');
  const [lead, setLead] = useState(existing?.lead ?? '');
  const [body, setBody] = useState(existing?.body ?? '');
  const [save, state] = useStoryMutation(SET_STORY_TRANSLATION);
  const [remove, removeState] = useStoryMutation(REMOVE_STORY_TRANSLATION);
  const errors = state.error ? fieldErrors(state.error) : {};
  const dir = language === 'ar' ? 'rtl' : 'ltr';
  return (
    <form
      aria-label={`Vertaling ${languageLabel(language)}`}
      noValidate
      className="vb-story-subform"
      onSubmit={(event) => {
        event.preventDefault();
        void save({ input: { storyId, language, title, lead, body } });
      }}
    >
      <TextInput label="Titel (vertaling)" dir={dir} lang={language} value={title} onChange={(e) => setTitle(e.target.value)} error={errors['title']} />
      <TextArea label="Inleiding (vertaling)" dir={dir} lang={language} rows={2} value={lead} onChange={(e) => setLead(e.target.value)} error={errors['lead']} />
      <TextArea label="Tekst (vertaling, HTML)" dir={dir} lang={language} rows={8} value={body} onChange={(e) => setBody(e.target.value)} error={errors['body']} />
      {state.error && Object.keys(errors).length === 0 && <ErrorLine error={state.error} />}
      <ErrorLine error={removeState.error} />
      <FormActions
        submitLabel="Vertaling opslaan"
        saving={state.loading}
        secondary={
          existing ? (
            <Button variant="quiet" busy={removeState.loading} onClick={() => void remove({ storyId, language })}>
              Vertaling verwijderen
            </Button>
          ) : undefined
        }
      />
    </form>
  );
}

function CommentsCard({ story }: { story: StoryDetail }) {
  const [body, setBody] = useState('');
  const [comment, state] = useStoryMutation(COMMENT_ON_STORY);
  const errors = state.error ? fieldErrors(state.error) : {};
  return (
    <Card title="Opmerkingen bij de review">
      {story.comments.length === 0 ? (
        <p className="vb-muted">Nog geen opmerkingen.</p>
      ) : (
        <ul className="vb-stories-list">
          {story.comments.map((c) => (
            <li key={c.id}>
              <strong>{c.authorName}</strong> <span className="vb-muted">{formatDateTime(c.createdAt)}</span>
              <p className="vb-story-comment">{c.body}</p>
            </li>
          ))}
        </ul>
      )}
      <form
        aria-label="Opmerking plaatsen"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (await comment({ id: story.id, body })) setBody('');
        }}
      >
        <TextArea label="Opmerking" rows={2} value={body} onChange={(e) => setBody(e.target.value)} error={errors['body']} />
        {state.error && Object.keys(errors).length === 0 && <ErrorLine error={state.error} />}
        <FormActions submitLabel="Opmerking plaatsen" saving={state.loading} />
      </form>
    </Card>
  );
}
