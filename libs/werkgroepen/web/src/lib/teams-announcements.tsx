import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client';
import { errorMessage, fieldErrors } from '@verbinder/web/api-client';
import { CancelButton, Button, ErrorMessage, formatDateTime, formatTime, Notice, StatusBadge, StatusTone, TextInput } from '@verbinder/web/ui';
import { SET_TEAMS_LINK_ANNOUNCEMENTS, TeamsAnnouncement, TeamsLink } from './teams-operations';

/** How a beheerder gets a webhook address; shown with the field. */
export const WEBHOOK_HINT =
  "Optioneel: een kort bericht in het kanaal als er nieuwe documenten zijn. Maak in Teams bij dit kanaal een workflow met de sjabloon 'Berichten in een kanaal plaatsen wanneer een webhookaanvraag wordt ontvangen' en plak het adres van die workflow hier (het begint met https://). Documenten die kort na elkaar worden toegevoegd, komen samen in één bericht.";

const documents = (n: number) => (n === 1 ? '1 document' : `${n} documenten`);

/** The last announcement of a link in words. */
export function announcementStatusText(a: TeamsAnnouncement | null): { tone: StatusTone; text: string } {
  if (!a) return { tone: 'grey', text: 'nog geen aankondiging verstuurd' };
  switch (a.status) {
    case 'OPEN':
      return { tone: 'grey', text: `verzamelt nieuwe documenten (${documents(a.documentCount)}), versturen om ${formatTime(a.dueAt)}` };
    case 'SENDING':
      return a.nextAttemptAt ? { tone: 'orange', text: `opnieuw om ${formatTime(a.nextAttemptAt)}${a.lastError ? ` — ${a.lastError}` : ''}` } : { tone: 'grey', text: 'wordt verstuurd' };
    case 'SENT':
      return { tone: 'green', text: `verstuurd op ${a.sentAt ? formatDateTime(a.sentAt) : 'onbekend tijdstip'} (${documents(a.documentCount)})` };
    case 'FAILED':
      return { tone: 'red', text: `mislukt: ${a.lastError ?? 'onbekende reden'}` };
    case 'SKIPPED':
      return { tone: 'grey', text: `overgeslagen: ${a.lastError ?? 'niets meer aan te kondigen'}` };
  }
}

/** Announcements of one link: on or off, the last one's status, and (beheerders) the webhook field. */
export function LinkAnnouncements({ link, canManage, onChanged }: { link: TeamsLink; canManage: boolean; onChanged: () => void }) {
  const [save, saving] = useMutation(SET_TEAMS_LINK_ANNOUNCEMENTS);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(link.announcementWebhookUrl ?? '');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const status = announcementStatusText(link.lastAnnouncement);

  const submit = async (webhookUrl: string | null) => {
    setFieldError(undefined);
    setError(null);
    setDone(null);
    try {
      await save({ variables: { id: link.id, webhookUrl } });
      setEditing(false);
      setDone(webhookUrl ? 'Aankondigingen staan aan.' : 'Aankondigingen staan uit.');
      onChanged();
    } catch (err) {
      const fields = fieldErrors(err);
      if (fields['webhookUrl']) setFieldError(fields['webhookUrl']);
      else setError(errorMessage(err));
    }
  };

  return (
    <section className="vb-wg-teams-announce" aria-label="Aankondigingen in het kanaal">
      <h4>Aankondigingen in het kanaal</h4>
      {done && <Notice>{done}</Notice>}
      {error && <ErrorMessage message={error} />}
      {link.announcementsEnabled ? (
        <p>
          Nieuwe documenten worden in het kanaal aangekondigd. Laatste aankondiging: <StatusBadge tone={status.tone}>{status.text}</StatusBadge>
        </p>
      ) : (
        <p>
          Aankondigingen staan uit.
          {link.lastAnnouncement ? (
            <>
              {' '}
              Laatste aankondiging: <StatusBadge tone={status.tone}>{status.text}</StatusBadge>
            </>
          ) : null}
        </p>
      )}
      {canManage &&
        (editing ? (
          <form
            noValidate
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              void submit(value.trim() || null);
            }}
          >
            <TextInput label="Webhook voor aankondigingen" optional hint={WEBHOOK_HINT} value={value} onChange={(e) => setValue(e.target.value)} error={fieldError} />
            <Button type="submit" busy={saving.loading}>
              Opslaan
            </Button>{' '}
            <CancelButton onClick={() => setEditing(false)} />
          </form>
        ) : (
          <p>
            <Button
              variant="secondary"
              onClick={() => {
                setValue(link.announcementWebhookUrl ?? '');
                setEditing(true);
              }}
            >
              {link.announcementsEnabled ? 'Webhook wijzigen' : 'Aankondigingen instellen'}
            </Button>{' '}
            {link.announcementsEnabled && (
              <Button variant="secondary" busy={saving.loading} onClick={() => void submit(null)}>
                Aankondigingen uitzetten
              </Button>
            )}
          </p>
        ))}
    </section>
  );
}
