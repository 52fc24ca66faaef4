import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage, fieldErrors } from '@verbinder/web/api-client';
import { RegionPage } from '@verbinder/web/forms';
import { CancelButton, Button, Card, CheckboxGroup, EmptyState, ErrorMessage, FormActions, Loading, PageHeader, StatusBadge, TextArea, TextInput, formatDateTime } from '@verbinder/web/ui';
import { STATUS_ORDER, audienceOptions, statusLabels, statusTones, useIsRedactie } from './labels';
import { CREATE_STORY, STORIES_QUERY, STORIES_REGION_QUERY, type StoriesRegion, type StoryAudience, type StorySummary } from './operations';

/** /regio/:slug/verhalen — the redactie's stories by status, and a form for a new story. */
export function StoriesPage() {
  return <RegionPage query={STORIES_REGION_QUERY} loadingLabel="Verhalen laden…" page={RegionStories} />;
}

function RegionStories({ region }: { region: StoriesRegion }) {
  const isRedactie = useIsRedactie(region.id);
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useQuery(STORIES_QUERY, { variables: { regionId: region.id }, fetchPolicy: 'cache-and-network' });
  const stories = data?.stories;
  return (
    <>
      <PageHeader
        title="Verhalen"
        eyebrow={<Link to={`/regio/${region.slug}`}>{region.name}</Link>}
        description="Verhalen voor ouders, leerlingen, bedrijven en docenten: schrijven, laten beoordelen en publiceren, met toestemming van iedereen die erin voorkomt."
        actions={isRedactie && !creating ? <Button onClick={() => setCreating(true)}>Nieuw verhaal</Button> : undefined}
      />
      {!isRedactie && <p className="vb-muted">Je ziet alleen de verhalen die nu gepubliceerd zijn. Schrijven en beoordelen doet de redactie van de regio.</p>}
      {creating && <NewStoryForm region={region} onCancel={() => setCreating(false)} />}
      {error && !stories ? (
        <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />
      ) : !stories ? (
        loading ? (
          <Loading label="Verhalen laden…" />
        ) : null
      ) : stories.length === 0 ? (
        <EmptyState
          message="Er zijn nog geen verhalen in deze regio. Schrijf het eerste verhaal over een kennismakingsdag, een docentstage of een leerling die de overstap maakte."
          action={isRedactie && !creating ? <Button onClick={() => setCreating(true)}>Nieuw verhaal</Button> : undefined}
        />
      ) : (
        STATUS_ORDER.map((status) => {
          const inStatus = stories.filter((story) => story.status === status);
          return (
            <Card key={status} title={`${statusLabels[status]} (${inStatus.length})`}>
              {inStatus.length === 0 ? (
                <p className="vb-muted">Geen verhalen met deze status.</p>
              ) : (
                <ul className="vb-stories-list">
                  {inStatus.map((story) => (
                    <StoryRow key={story.id} story={story} />
                  ))}
                </ul>
              )}
            </Card>
          );
        })
      )}
    </>
  );
}

function StoryRow({ story }: { story: StorySummary }) {
  return (
    <li className="vb-stories-list__item">
      <Link to={`/verhaal/${story.id}`} className="vb-stories-list__title">
        {story.title}
      </Link>
      <StatusBadge tone={statusTones[story.status]} prefix="Status:">
        {statusLabels[story.status]}
      </StatusBadge>
      <p className="vb-muted">{story.lead}</p>
      <p className="vb-muted vb-stories-list__meta">
        {story.status === 'SCHEDULED' && story.publishAt ? `Ingepland voor ${formatDateTime(story.publishAt)} · ` : ''}
        {story.status === 'PUBLISHED' && story.publishedAt ? `Gepubliceerd op ${formatDateTime(story.publishedAt)} · ` : ''}
        Bijgewerkt {formatDateTime(story.updatedAt)}
      </p>
      {story.blockedReason && <p className="vb-field__error">Niet verschenen: {story.blockedReason}</p>}
    </li>
  );
}

function NewStoryForm({ region, onCancel }: { region: StoriesRegion; onCancel: () => void }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [lead, setLead] = useState('');
  const [body, setBody] = useState('');
  const [audience, setAudience] = useState<StoryAudience[]>(['OUDERS']);
  const [tags, setTags] = useState('');
  const [create, state] = useMutation(CREATE_STORY);
  const errors = state.error ? fieldErrors(state.error) : {};
  const submit = async () => {
    try {
      const result = await create({
        variables: { input: { regionId: region.id, title, lead, body, audience, tags: splitTags(tags) } },
      });
      if (result.data) navigate(`/verhaal/${result.data.createStory.id}`);
    } catch {
      // Shown from state.error.
    }
  };
  return (
    <Card title="Nieuw verhaal">
      <form
        aria-label="Nieuw verhaal"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextInput label="Titel" value={title} onChange={(e) => setTitle(e.target.value)} error={errors['title']} required />
        <TextArea label="Inleiding" rows={2} value={lead} onChange={(e) => setLead(e.target.value)} error={errors['lead']} required />
        <TextArea
          label="Tekst"
          hint="Beperkte HTML: <p>, <h2>, <h3>, <strong>, <em>, <ul>/<ol>/<li>, <blockquote>, <a href>. De server schoont de tekst op; het voorbeeld zie je na het opslaan."
          rows={8}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={errors['body']}
          required
        />
        <CheckboxGroup legend="Voor wie" options={audienceOptions} value={audience} onChange={(value) => setAudience(value as StoryAudience[])} error={errors['audience']} />
        <TextInput label="Labels" hint="Gescheiden door komma's, bijvoorbeeld: techniek, overstap" optional value={tags} onChange={(e) => setTags(e.target.value)} error={errors['tags']} />
        {state.error && Object.keys(errors).length === 0 && <p className="vb-field__error">{errorMessage(state.error)}</p>}
        <FormActions submitLabel="Concept opslaan" saving={state.loading} secondary={<CancelButton onClick={onCancel} />} />
      </form>
    </Card>
  );
}

export function splitTags(value: string): string[] {
  return value
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}
