import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { useParams } from 'react-router-dom';
import { errorMessage, fieldErrors } from '@verbinder/web/api-client';
import { QueryState } from '@verbinder/web/forms';
import { Button, Card, ConfirmDialog, EmptyState, ErrorMessage, formatDateTime, formatTime, Loading, Notice, PageHeader, Select, StatusBadge, StatusTone, TextInput } from '@verbinder/web/ui';
import {
  ConsentStatus,
  DOCUMENT_MIRROR_HISTORY,
  DOCUMENT_MIRRORS,
  DocumentMirror,
  LINK_TEAMS_CHANNEL,
  REGION_TEAMS_TENANTS,
  REGISTER_TEAMS_TENANT,
  RETRY_DOCUMENT_MIRROR,
  SET_TEAMS_TENANT_CONSENT,
  TEAMS_TENANTS,
  TeamsLink,
  TeamsTenant,
  UNLINK_TEAMS_CHANNEL,
  WERKGROEP_TEAMS,
} from './teams-operations';
import { useWerkgroepChanges } from './live';
import { LinkAnnouncements, WEBHOOK_HINT } from './teams-announcements';
import { TeamsDriftCard } from './teams-drift';

const CONSENT_TEXT: Record<ConsentStatus, string> = { PENDING: 'toestemming aangevraagd', GRANTED: 'toestemming verleend', REVOKED: 'toestemming ingetrokken' };
const CONSENT_TONE: Record<ConsentStatus, StatusTone> = { PENDING: 'grey', GRANTED: 'green', REVOKED: 'red' };

/**
 * The status of one document in one channel, in words: gespiegeld / in de wacht — waarom /
 * opnieuw om HH:MM — waarom / mislukt: reden.
 */
export function mirrorStatusText(m: Pick<DocumentMirror, 'status' | 'nextAttemptAt' | 'lastError' | 'mirroredVersion' | 'documentDeleted'> & { waitingReason?: string | null }): {
  tone: StatusTone;
  text: string;
} {
  const why = m.waitingReason ? ` — ${m.waitingReason}` : '';
  switch (m.status) {
    case 'MIRRORED':
      return { tone: 'green', text: m.documentDeleted ? 'verwijderd in Teams' : `gespiegeld${m.mirroredVersion ? ` (versie ${m.mirroredVersion})` : ''}` };
    case 'PENDING':
      return { tone: 'grey', text: `in de wacht${why}` };
    case 'WAITING':
      return { tone: 'orange', text: `wacht op Teams${m.nextAttemptAt ? `, opnieuw om ${formatTime(m.nextAttemptAt)}` : ''}` };
    case 'RETRYING':
      return { tone: 'orange', text: `${m.nextAttemptAt ? `opnieuw om ${formatTime(m.nextAttemptAt)}` : 'opnieuw'}${why}` };
    case 'FAILED':
      return { tone: 'red', text: `mislukt: ${m.lastError ?? 'onbekende reden'}` };
    case 'DRIFT':
      return { tone: 'orange', text: 'gewijzigd in Teams: kies bij "Gewijzigd in Teams" wat er moet gebeuren' };
  }
}

/** A werkgroep's Teams links, the mirror status per document (live), retry and history. */
export function WerkgroepTeamsPage() {
  const { id = '' } = useParams<{ id: string }>();
  const result = useQuery(WERKGROEP_TEAMS, { variables: { id } });
  const canRead = result.data?.werkgroep.permissions.canRead ?? false;
  const mirrors = useQuery(DOCUMENT_MIRRORS, { variables: { id }, skip: !canRead });
  useWerkgroepChanges(id, ['document'], ['WerkgroepTeams', 'WerkgroepDocumentMirrors', 'DocumentMirrorHistory', 'WerkgroepTeamsDrifts']);
  // null: not for this person; undefined: still loading.
  const documentMirrors = canRead ? mirrors.data?.documentMirrors : null;
  return (
    <QueryState data={result.data} loading={result.loading} error={result.error} onRetry={() => result.refetch()} notFoundSubject="Deze werkgroep">
      {({ werkgroep, teamsMirror }) => (
        <div className="vb-wg-teams">
          <PageHeader level={2} title="Teams" description="De documenten van deze werkgroep worden gekopieerd naar de map Bestanden van de gekoppelde Teams-kanalen." />
          {!teamsMirror.configured && (
            <Notice tone="warning">
              De spiegeling naar Teams is op deze server niet ingesteld: er wordt niets naar Teams gekopieerd. Een beheerder van Verbinder moet eerst de gegevens van de Microsoft-app
              (MS_GRAPH_CLIENT_ID en MS_GRAPH_CLIENT_SECRET) instellen.
            </Notice>
          )}
          {teamsMirror.links.length === 0 ? (
            <EmptyState message="Deze werkgroep is nog niet aan Teams gekoppeld." />
          ) : (
            teamsMirror.links.map((link) => (
              <LinkCard
                key={link.id}
                link={link}
                mirrors={documentMirrors ? documentMirrors.filter((m) => m.linkId === link.id) : documentMirrors}
                canManage={teamsMirror.canManage}
                canRetry={werkgroep.permissions.canWrite || (teamsMirror.canManage && canRead)}
                onChanged={() => {
                  void result.refetch();
                  if (canRead) void mirrors.refetch();
                }}
              />
            ))
          )}
          {teamsMirror.links.length > 0 && teamsMirror.configured && (canRead || teamsMirror.canManage) && <TeamsDriftCard werkgroepId={werkgroep.id} canDecide={werkgroep.permissions.canWrite} />}
          {teamsMirror.canManage && <LinkForm werkgroepId={werkgroep.id} tenants={teamsMirror.tenants} configured={teamsMirror.configured} onLinked={() => result.refetch()} />}
        </div>
      )}
    </QueryState>
  );
}

function LinkCard({ link, mirrors, canManage, canRetry, onChanged }: { link: TeamsLink; mirrors: DocumentMirror[] | null | undefined; canManage: boolean; canRetry: boolean; onChanged: () => void }) {
  const [unlink, unlinking] = useMutation(UNLINK_TEAMS_CHANNEL);
  const [error, setError] = useState<string | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const c = link.counts;
  return (
    <Card
      title={`Kanaal ${link.channelId}${link.subfolder ? ` / ${link.subfolder}` : ''}`}
      actions={
        canManage ? (
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Koppeling opheffen
          </Button>
        ) : undefined
      }
    >
      <ConfirmDialog
        open={confirming}
        title="Koppeling opheffen?"
        confirmLabel="Opheffen"
        destructive
        busy={unlinking.loading}
        error={error}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          try {
            await unlink({ variables: { id: link.id } });
            setConfirming(false);
            onChanged();
          } catch (e) {
            setError(errorMessage(e));
          }
        }}
      >
        Nieuwe wijzigingen gaan dan niet meer naar dit kanaal. De bestanden die al in Teams staan, blijven staan.
      </ConfirmDialog>
      <p>
        Tenant {link.tenant.name}: <StatusBadge tone={CONSENT_TONE[link.tenant.consent]}>{CONSENT_TEXT[link.tenant.consent]}</StatusBadge>
        {link.tenant.consent === 'REVOKED' && link.tenant.consentError ? ` — ${link.tenant.consentError}` : ''}
      </p>
      <p>
        Team {link.teamId}. Gekoppeld op {formatDateTime(link.createdAt)}
        {link.createdBy ? ` door ${link.createdBy.name}` : ''}.
      </p>
      <p>
        {c.mirrored} gespiegeld · {c.pending} in de wacht · {c.waiting} wacht op Teams · {c.retrying} opnieuw gepland · {c.failed} mislukt · {c.drift} gewijzigd in Teams
      </p>
      {link.waitingReason ? <Notice tone="warning">Deze koppeling wacht: {link.waitingReason}</Notice> : null}
      <LinkAnnouncements link={link} canManage={canManage} onChanged={onChanged} />
      {mirrors === undefined ? (
        <Loading label="Status per document laden…" />
      ) : mirrors === null ? (
        <p>Alleen leden van de werkgroep zien de status per document.</p>
      ) : mirrors.length === 0 ? (
        <p>Nog geen documenten gespiegeld.</p>
      ) : (
        <ul className="vb-wg-teams-docs">
          {mirrors.map((m) => (
            <MirrorRow key={m.id} mirror={m} canRetry={canRetry} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function MirrorRow({ mirror, canRetry }: { mirror: DocumentMirror; canRetry: boolean }) {
  const [retry, retrying] = useMutation(RETRY_DOCUMENT_MIRROR);
  const [showHistory, setShowHistory] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const status = mirrorStatusText(mirror);
  const retryable = mirror.status === 'FAILED' || mirror.status === 'RETRYING' || mirror.status === 'WAITING';
  return (
    <li>
      <strong>{mirror.documentTitle}</strong> {mirror.mirroredName && mirror.mirroredName !== mirror.documentTitle ? `(${mirror.mirroredName}) ` : ''}
      <StatusBadge tone={status.tone} prefix="Status:">
        {status.text}
      </StatusBadge>
      {(mirror.status === 'WAITING' || mirror.status === 'DRIFT') && mirror.lastError && <p>{mirror.lastError}</p>}
      {retryable && canRetry && (
        <Button
          variant="secondary"
          busy={retrying.loading}
          onClick={async () => {
            setError(null);
            try {
              await retry({ variables: { id: mirror.id } });
            } catch (e) {
              setError(errorMessage(e));
            }
          }}
        >
          Opnieuw proberen
        </Button>
      )}
      <Button variant="quiet" aria-expanded={showHistory} onClick={() => setShowHistory((v) => !v)}>
        {showHistory ? 'Geschiedenis verbergen' : 'Geschiedenis'}
      </Button>
      {error && <ErrorMessage message={error} />}
      {showHistory && <MirrorHistory documentId={mirror.documentId} />}
    </li>
  );
}

const OUTCOME_TEXT: Record<string, string> = {
  QUEUED: 'in de wachtrij',
  MIRRORED: 'gespiegeld',
  UNCHANGED: 'al gelijk',
  WAITING: 'wacht op Teams',
  RETRYING: 'opnieuw gepland',
  FAILED: 'mislukt',
  DRIFT: 'gewijzigd in Teams',
};
const ACTION_TEXT: Record<string, string> = {
  created: 'toegevoegd',
  versioned: 'nieuwe versie',
  renamed: 'hernoemd',
  moved: 'verplaatst',
  deleted: 'verwijderd',
  retry: 'opnieuw',
  linked: 'gekoppeld',
  drift: 'in Teams aangepast',
  'teams-import': 'Teams-versie overgenomen',
  'teams-keep': 'Verbinder-versie gehouden',
};

function MirrorHistory({ documentId }: { documentId: string }) {
  const result = useQuery(DOCUMENT_MIRROR_HISTORY, { variables: { documentId } });
  return (
    <QueryState data={result.data} loading={result.loading} error={result.error} onRetry={() => result.refetch()}>
      {({ documentMirrorHistory }) => (
        <ol className="vb-wg-teams-history" aria-label="Spiegelgeschiedenis">
          {documentMirrorHistory.map((e) => (
            <li key={e.id}>
              {formatDateTime(e.at)}: {ACTION_TEXT[e.action] ?? e.action}
              {e.version ? ` (versie ${e.version})` : ''} — {OUTCOME_TEXT[e.outcome] ?? e.outcome}
              {e.message ? `. ${e.message}` : ''}
            </li>
          ))}
        </ol>
      )}
    </QueryState>
  );
}

/** What a new link does now: mirror the documents, or nothing yet (the server has no Microsoft app). */
function linkedText(configured: boolean): string {
  return configured
    ? 'De werkgroep is gekoppeld. Bestaande documenten worden nu ook gespiegeld.'
    : 'De werkgroep is aan het kanaal gekoppeld. Er wordt nog niets naar Teams gekopieerd: de spiegeling is op deze server niet ingesteld.';
}

function LinkForm({ werkgroepId, tenants, configured, onLinked }: { werkgroepId: string; tenants: TeamsTenant[]; configured: boolean; onLinked: () => void }) {
  const [link, linking] = useMutation(LINK_TEAMS_CHANNEL);
  const [values, setValues] = useState({ tenantId: '', teamId: '', channelId: '', subfolder: '', announcementWebhookUrl: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setError(null);
    setDone(null);
    try {
      await link({
        variables: {
          input: {
            werkgroepId,
            tenantId: values.tenantId,
            teamId: values.teamId,
            channelId: values.channelId,
            subfolder: values.subfolder.trim() || null,
            announcementWebhookUrl: values.announcementWebhookUrl.trim() || null,
          },
        },
      });
      setValues({ tenantId: values.tenantId, teamId: '', channelId: '', subfolder: '', announcementWebhookUrl: '' });
      setDone(linkedText(configured));
      onLinked();
    } catch (err) {
      const fields = fieldErrors(err);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setError(errorMessage(err));
    }
  };
  return (
    <Card title="Koppelen aan een Teams-kanaal">
      {done && <Notice>{done}</Notice>}
      {error && <ErrorMessage message={error} />}
      {tenants.length === 0 ? (
        <p>Registreer eerst de Microsoft 365-tenant van de school bij de Teams-instellingen van de regio.</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <Select
            label="Tenant (school)"
            value={values.tenantId}
            onChange={set('tenantId')}
            emptyOption="Kies een tenant"
            options={tenants.map((t) => ({ value: t.id, label: `${t.name} (${CONSENT_TEXT[t.consent]})` }))}
            error={errors['tenantId']}
          />
          <TextInput label="Team-id" hint="Een GUID: de groupId uit de koppeling naar het team in Teams." value={values.teamId} onChange={set('teamId')} error={errors['teamId']} />
          <TextInput label="Kanaal-id" hint="Bijvoorbeeld 19:abc…@thread.tacv2, uit de koppeling naar het kanaal." value={values.channelId} onChange={set('channelId')} error={errors['channelId']} />
          <TextInput label="Submap" optional hint="Een map binnen Bestanden, bijvoorbeeld Verbinder/Engels." value={values.subfolder} onChange={set('subfolder')} error={errors['subfolder']} />
          <TextInput
            label="Webhook voor aankondigingen"
            optional
            hint={WEBHOOK_HINT}
            value={values.announcementWebhookUrl}
            onChange={set('announcementWebhookUrl')}
            error={errors['announcementWebhookUrl']}
          />
          <Button type="submit" busy={linking.loading}>
            Koppelen
          </Button>
        </form>
      )}
    </Card>
  );
}

/** Beheerders: the Microsoft 365 tenants of the region's schools and their consent. */
export function TeamsTenantsPage() {
  const { slug = '' } = useParams<{ slug: string }>();
  const region = useQuery(REGION_TEAMS_TENANTS, { variables: { slug } });
  const regionId = region.data?.region?.id ?? '';
  const tenants = useQuery(TEAMS_TENANTS, { variables: { regionId }, skip: !regionId });
  return (
    <QueryState data={region.data} loading={region.loading} error={region.error} onRetry={() => region.refetch()} notFoundSubject="Deze regio">
      {(data) => (
        <div className="vb-wg-teams">
          <PageHeader
            title="Microsoft 365-tenants"
            eyebrow={data.region?.name}
            description="De tenants van de scholen waarvan werkgroepen naar Teams worden gespiegeld. Elke school geeft één keer beheerderstoestemming voor de Verbinder-app."
          />
          <QueryState data={tenants.data} loading={tenants.loading} error={tenants.error} onRetry={() => tenants.refetch()}>
            {({ teamsTenants }) =>
              teamsTenants.length === 0 ? (
                <EmptyState message="Er zijn nog geen tenants geregistreerd." />
              ) : (
                <ul className="vb-wg-teams-tenants">
                  {teamsTenants.map((t) => (
                    <TenantRow key={t.id} tenant={t} />
                  ))}
                </ul>
              )
            }
          </QueryState>
          {regionId && <TenantForm regionId={regionId} onRegistered={() => tenants.refetch()} />}
        </div>
      )}
    </QueryState>
  );
}

function TenantRow({ tenant }: { tenant: TeamsTenant }) {
  const [setConsent, saving] = useMutation(SET_TEAMS_TENANT_CONSENT);
  const [error, setError] = useState<string | null>(null);
  const change = async (consent: ConsentStatus) => {
    setError(null);
    try {
      await setConsent({ variables: { id: tenant.id, consent, note: null } });
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <li>
      <strong>{tenant.name}</strong> <code>{tenant.tenantId}</code> <StatusBadge tone={CONSENT_TONE[tenant.consent]}>{CONSENT_TEXT[tenant.consent]}</StatusBadge> sinds{' '}
      {formatDateTime(tenant.consentChangedAt)}
      {tenant.consentError && <p>{tenant.consentError}</p>}
      {tenant.consent !== 'GRANTED' && (
        <Button variant="secondary" busy={saving.loading} onClick={() => change('GRANTED')}>
          Toestemming vastleggen
        </Button>
      )}
      {tenant.consent !== 'REVOKED' && (
        <Button variant="quiet" busy={saving.loading} onClick={() => change('REVOKED')}>
          Toestemming intrekken
        </Button>
      )}
      {error && <ErrorMessage message={error} />}
    </li>
  );
}

function TenantForm({ regionId, onRegistered }: { regionId: string; onRegistered: () => void }) {
  const [register, registering] = useMutation(REGISTER_TEAMS_TENANT);
  const [tenantId, setTenantId] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setError(null);
    try {
      await register({ variables: { input: { regionId, tenantId, name } } });
      setTenantId('');
      setName('');
      onRegistered();
    } catch (err) {
      const fields = fieldErrors(err);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setError(errorMessage(err));
    }
  };
  return (
    <Card title="Tenant registreren">
      {error && <ErrorMessage message={error} />}
      <form onSubmit={submit} noValidate>
        <TextInput label="Naam" hint="Bijvoorbeeld de naam van de school." value={name} onChange={(e) => setName(e.target.value)} error={errors['name']} />
        <TextInput label="Tenant-id" hint="De GUID uit Microsoft Entra (Overzicht → Tenant-id)." value={tenantId} onChange={(e) => setTenantId(e.target.value)} error={errors['tenantId']} />
        <Button type="submit" busy={registering.loading}>
          Registreren
        </Button>
      </form>
    </Card>
  );
}
