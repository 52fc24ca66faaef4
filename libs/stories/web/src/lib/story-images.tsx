import { useRef, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client';
import { errorMessage, fieldErrors, uploadForm, type UploadAnswer, type UploadHandle } from '@verbinder/web/api-client';
import { Button, ErrorMessage, Field, Notice, StatusBadge, TextInput, UploadProgress, formatSize } from '@verbinder/web/ui';
import { REMOVE_STORY_IMAGE, UPDATE_STORY_IMAGE, type StoryDetail, type StoryImage } from './operations';

/** Must match STORY_IMAGE_MAX_BYTES and STORY_IMAGE_ALT_MAX in libs/stories/core (the server checks again). */
const MAX_BYTES = 10 * 1024 * 1024;
const ALT_MAX = 250;
const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif';
// Only the story (see story-editor-page: the list is not on screen here).
const REFETCH = ['RedactieStory'];

interface ImageUpload {
  image: { id: string; url: string; alt: string };
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML that shows an image in a story body (the server keeps figure and img with src and alt). */
export const imageHtml = (image: { url: string; alt: string }) => `<figure><img src="${image.url}" alt="${escapeAttribute(image.alt)}"></figure>`;

/**
 * The story's images: upload with alt text (required) and progress, insert into the text,
 * change the alt text, remove. `onInsert` is absent when the text cannot be edited now.
 */
export function StoryImages({ story, onInsert }: { story: StoryDetail; onInsert?: (html: string) => void }) {
  const client = useApolloClient();
  const editable = story.canEdit && !!onInsert;
  return (
    <section aria-labelledby={`vb-story-images-${story.id}`} className="vb-story-images">
      <h3 id={`vb-story-images-${story.id}`}>Afbeeldingen</h3>
      <p className="vb-muted">
        JPEG, PNG, WebP of GIF, hoogstens 10 MB. Een afbeelding is pas openbaar als het verhaal gepubliceerd is én de afbeelding in de tekst staat; staat er iemand herkenbaar op, zet die persoon dan
        bij “Wie komt erin voor” (op de foto) met toestemming.
      </p>
      {editable && (
        <UploadImageForm
          storyId={story.id}
          onUploaded={(image) => {
            onInsert?.(imageHtml(image));
            void client.refetchQueries({ include: REFETCH });
          }}
        />
      )}
      {story.images.length === 0 ? (
        <p className="vb-muted">Dit verhaal heeft nog geen afbeeldingen.</p>
      ) : (
        <ul className="vb-story-image-list" aria-label="Afbeeldingen van het verhaal">
          {story.images.map((image) => (
            <ImageRow key={image.id} image={image} canEdit={story.canEdit} onInsert={onInsert} />
          ))}
        </ul>
      )}
    </section>
  );
}

function UploadImageForm({ storyId, onUploaded }: { storyId: string; onUploaded: (image: ImageUpload['image']) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [answer, setAnswer] = useState<UploadAnswer | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const handle = useRef<UploadHandle<ImageUpload> | null>(null);

  const submit = async () => {
    const problems: Record<string, string> = {};
    if (!file) problems['file'] = 'Kies een afbeelding om te uploaden.';
    else if (file.size > MAX_BYTES) problems['file'] = 'De afbeelding is groter dan 10 MB. Verklein de foto en probeer het opnieuw.';
    if (!alt.trim()) problems['alt'] = 'De beschrijving (alt-tekst) is verplicht.';
    else if (alt.trim().length > ALT_MAX) problems['alt'] = `De beschrijving (alt-tekst) mag hoogstens ${ALT_MAX} tekens hebben.`;
    setErrors(problems);
    setAnswer(null);
    setDone(null);
    if (Object.keys(problems).length > 0 || !file) return;
    const form = new FormData();
    form.append('alt', alt);
    form.append('file', file);
    setPercent(0);
    handle.current = uploadForm<ImageUpload>(`/bestanden/verhalen/${storyId}/afbeeldingen`, form, setPercent);
    const result = await handle.current.promise;
    handle.current = null;
    setPercent(null);
    if (result.status === 201 && result.image) {
      setDone(`“${result.image.alt}” is geüpload en onderaan in de tekst gezet. Verplaats de afbeelding zo nodig en sla de tekst op.`);
      setFile(null);
      setAlt('');
      if (fileInput.current) fileInput.current.value = '';
      onUploaded(result.image);
      return;
    }
    const byField = Object.fromEntries((result.fields ?? []).map((f) => [f.field, f.message]));
    setErrors(byField);
    setAnswer(Object.keys(byField).length === 0 ? result : null);
  };

  return (
    <form
      aria-label="Afbeelding uploaden"
      noValidate
      className="vb-story-subform"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Field label="Afbeelding" hint="JPEG, PNG, WebP of GIF, hoogstens 10 MB. Het soort bestand wordt uit de inhoud bepaald." error={errors['file']}>
        {(control) => <input {...control} ref={fileInput} type="file" accept={ACCEPT} required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
      </Field>
      <TextInput
        label="Beschrijving (alt-tekst)"
        hint="Wat is er te zien, voor wie de afbeelding niet kan zien? Bijvoorbeeld: Twee leerlingen lassen een frame in de werkplaats."
        value={alt}
        maxLength={ALT_MAX}
        required
        onChange={(e) => setAlt(e.target.value)}
        error={errors['alt']}
      />
      {percent !== null ? (
        <UploadProgress percent={percent} fileName={file?.name ?? 'De afbeelding'} onCancel={() => handle.current?.abort()} />
      ) : (
        <Button type="submit" variant="secondary">
          Afbeelding uploaden
        </Button>
      )}
      {answer && answer.code === 'ABORTED' && <Notice tone="info">{answer.message}</Notice>}
      {answer && answer.code !== 'ABORTED' && (
        <div role="alert">
          <ErrorMessage title="Uploaden lukte niet" message={answer.message ?? 'Onbekende fout.'} />
        </div>
      )}
      {done && (
        <p role="status" className="vb-muted">
          {done}
        </p>
      )}
    </form>
  );
}

function ImageRow({ image, canEdit, onInsert }: { image: StoryImage; canEdit: boolean; onInsert?: (html: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [alt, setAlt] = useState(image.alt);
  const [update, updateState] = useMutation(UPDATE_STORY_IMAGE, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [remove, removeState] = useMutation(REMOVE_STORY_IMAGE, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const altError = updateState.error ? fieldErrors(updateState.error)['alt'] : undefined;
  const size = [formatSize(image.byteSize), image.width && image.height ? `${image.width} × ${image.height} pixels` : null].filter(Boolean).join(' · ');
  return (
    <li className="vb-story-image" aria-label={image.alt}>
      {/* The description is the text next to it, so the thumbnail itself is decorative here. */}
      <img className="vb-story-image__thumb" src={image.url} alt="" width={96} />
      <div>
        <p className="vb-story-image__alt">{image.alt}</p>
        <p className="vb-muted">
          {size} ·{' '}
          {image.inBody ? (
            <StatusBadge tone="green">Staat in de tekst</StatusBadge>
          ) : (
            <StatusBadge tone="grey" icon="–">
              Niet in de tekst
            </StatusBadge>
          )}
        </p>
        {editing ? (
          <form
            aria-label={`Beschrijving wijzigen van ${image.alt}`}
            noValidate
            onSubmit={async (event) => {
              event.preventDefault();
              try {
                await update({ variables: { id: image.id, alt } });
                setEditing(false);
              } catch {
                // shown below
              }
            }}
          >
            <TextInput label="Nieuwe beschrijving (alt-tekst)" value={alt} maxLength={ALT_MAX} required onChange={(e) => setAlt(e.target.value)} error={altError} />
            <div className="vb-story-actions">
              <Button type="submit" busy={updateState.loading}>
                Beschrijving opslaan
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setAlt(image.alt);
                  setEditing(false);
                }}
              >
                Annuleren
              </Button>
            </div>
          </form>
        ) : (
          canEdit && (
            <div className="vb-story-actions">
              {onInsert && (
                <Button variant="secondary" onClick={() => onInsert(imageHtml(image))}>
                  In de tekst zetten
                </Button>
              )}
              <Button variant="quiet" onClick={() => setEditing(true)}>
                Beschrijving wijzigen
              </Button>
              <Button
                variant="quiet"
                busy={removeState.loading}
                onClick={() => {
                  void remove({ variables: { id: image.id } }).catch(() => undefined);
                }}
              >
                Verwijderen
              </Button>
            </div>
          )
        )}
        {updateState.error && !altError && (
          <p className="vb-field__error" role="alert">
            {errorMessage(updateState.error)}
          </p>
        )}
        {removeState.error && (
          <p className="vb-field__error" role="alert">
            {errorMessage(removeState.error)}
          </p>
        )}
      </div>
    </li>
  );
}
