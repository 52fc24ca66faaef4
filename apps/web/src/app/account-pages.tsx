import { useEffect, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage, useViewer } from '@verbinder/web/api-client';
import { Button, Card, ErrorMessage, Form, FormActions, FormErrorSummary, Loading, Notice, PageHeader, TextInput, buttonClassName, formatDate, useDocumentTitle } from '@verbinder/web/ui';
import { CHANGE_PASSWORD, CONFIRM_OIDC_LINK, OIDC_LINKS_QUERY, REMOVE_OIDC_LINK, REQUEST_PASSWORD_RESET, RESET_PASSWORD, SIGN_IN_OPTIONS_QUERY, type OidcLink } from './auth.operations';

const MIN_PASSWORD_LENGTH = 10;

/** Problems after adding a Microsoft account on the profile page (`/profiel?fout=…`). */
const LINK_PROBLEMS: Record<string, string> = {
  'oidc-al-gekoppeld': 'Dit account is al gekoppeld aan een andere persoon in Verbinder. Die persoon of een platformbeheerder moet die koppeling eerst verwijderen.',
  'oidc-tenant': 'Accounts van deze organisatie mogen (nog) niet inloggen bij Verbinder. Vraag je beheerder om de organisatie toe te laten.',
  'oidc-mislukt': 'Koppelen is niet gelukt: de inlogdienst gaf een antwoord dat we niet konden controleren. Probeer het opnieuw.',
  'oidc-verlopen': 'Koppelen duurde te lang of is in een ander venster begonnen. Probeer het opnieuw.',
};

/** New password twice, checked in the browser before it is sent (the server checks again). */
function NewPasswordFields({ value, repeat, onChange, onRepeat }: { value: string; repeat: string; onChange: (v: string) => void; onRepeat: (v: string) => void }) {
  return (
    <>
      <TextInput
        label="Nieuw wachtwoord"
        hint={`Minstens ${MIN_PASSWORD_LENGTH} tekens.`}
        type="password"
        autoComplete="new-password"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <TextInput label="Herhaal het nieuwe wachtwoord" type="password" autoComplete="new-password" value={repeat} onChange={(event) => onRepeat(event.target.value)} />
    </>
  );
}

function newPasswordProblem(value: string, repeat: string): string | undefined {
  if (value.length < MIN_PASSWORD_LENGTH) return `Een wachtwoord heeft minstens ${MIN_PASSWORD_LENGTH} tekens.`;
  if (value !== repeat) return 'De twee nieuwe wachtwoorden zijn niet hetzelfde.';
  return undefined;
}

/** Change password with the current one; `afterChange` runs once it worked. */
function ChangePasswordForm({ currentLabel, afterChange }: { currentLabel: string; afterChange: () => Promise<void> | void }) {
  const [change, state] = useMutation(CHANGE_PASSWORD);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  const submit = async () => {
    state.reset();
    setSaved(false);
    const local = current === '' ? `Vul ${currentLabel.toLowerCase()} in.` : newPasswordProblem(next, repeat);
    setProblem(local);
    if (local) return;
    try {
      await change({ variables: { currentPassword: current, newPassword: next } });
    } catch {
      return; // shown from state.error
    }
    setCurrent('');
    setNext('');
    setRepeat('');
    setSaved(true);
    await afterChange();
  };

  return (
    <Form label="Wachtwoord wijzigen" onSubmit={() => void submit()}>
      <FormErrorSummary title="Wachtwoord wijzigen is niet gelukt" message={problem ?? (state.error ? errorMessage(state.error) : undefined)} />
      <TextInput label={currentLabel} type="password" autoComplete="current-password" value={current} onChange={(event) => setCurrent(event.target.value)} />
      <NewPasswordFields value={next} repeat={repeat} onChange={setNext} onRepeat={setRepeat} />
      <FormActions submitLabel="Wachtwoord wijzigen" busyLabel="Bezig met wijzigen…" saving={state.loading} saved={saved} />
    </Form>
  );
}

function LinkList({ personId }: { personId: string }) {
  const links = useQuery(OIDC_LINKS_QUERY);
  const [confirm, confirmState] = useMutation(CONFIRM_OIDC_LINK, { refetchQueries: [OIDC_LINKS_QUERY] });
  const [remove, removeState] = useMutation(REMOVE_OIDC_LINK, { refetchQueries: [OIDC_LINKS_QUERY] });
  const error = confirmState.error ?? removeState.error;
  const busy = confirmState.loading || removeState.loading;
  const variables = (link: OidcLink) => ({ variables: { personId, issuer: link.issuer, subject: link.subject } });

  if (links.loading && !links.data) return <Loading label="Koppelingen laden…" />;
  if (links.error && !links.data) return <ErrorMessage title="Koppelingen zijn niet geladen" message={errorMessage(links.error)} onRetry={() => void links.refetch()} />;
  const list = links.data?.oidcLinks ?? [];
  if (list.length === 0) return <p className="vb-muted">Je hebt nog geen account van een inlogdienst gekoppeld.</p>;
  return (
    <>
      {error && <FormErrorSummary title="Dat is niet gelukt" message={errorMessage(error)} />}
      <ul className="vb-link-list">
        {list.map((link) => (
          <li key={`${link.issuer} ${link.subject}`}>
            <p>
              <strong>{new URL(link.issuer).host}</strong> <span className="vb-muted">(sinds {formatDate(link.linkedAt)})</span>
            </p>
            {!link.confirmed && (
              <p>
                Iemand probeerde met dit account in te loggen als jou. Was jij dat? Bevestig het dan; anders verwijder je het.{' '}
                <Button variant="secondary" disabled={busy} onClick={() => void confirm(variables(link)).catch(() => undefined)}>
                  Bevestigen
                </Button>
              </p>
            )}
            <Button variant="secondary" disabled={busy} onClick={() => void remove(variables(link)).catch(() => undefined)}>
              Koppeling verwijderen
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** /profiel: change password and manage sign-in links. */
export function ProfilePage() {
  useDocumentTitle('Mijn account');
  const viewer = useViewer();
  const options = useQuery(SIGN_IN_OPTIONS_QUERY);
  const [searchParams] = useSearchParams();
  const person = viewer.data?.viewer.person;
  const problem = searchParams.get('fout');
  const config = options.data?.authConfig;
  if (!person) return <Loading label="Laden…" />;
  return (
    <>
      <PageHeader title="Mijn account" description="Je wachtwoord, de accounts waarmee je inlogt en je gegevens." />
      <Card title="Wachtwoord wijzigen">
        <p className="vb-muted">Na het wijzigen word je op je andere apparaten uitgelogd.</p>
        <ChangePasswordForm currentLabel="Huidig wachtwoord" afterChange={() => undefined} />
      </Card>
      <Card title="Inloggen met een ander account">
        {searchParams.get('gekoppeld') && <Notice>Het account is gekoppeld. Je kunt er voortaan mee inloggen.</Notice>}
        {problem && <FormErrorSummary title="Koppelen is niet gelukt" message={LINK_PROBLEMS[problem] ?? 'Koppelen is niet gelukt. Probeer het opnieuw.'} />}
        <LinkList personId={person.id} />
        {config?.oidcEnabled && config.oidcLoginUrl && (
          <p>
            <a className={buttonClassName('secondary')} href={`${config.oidcLoginUrl}?koppelen=1`}>
              {config.oidcLabel ?? 'Schoolaccount'}-account koppelen
            </a>
          </p>
        )}
      </Card>
      <Card title="Mijn gegevens">
        <p className="vb-muted">Bekijk alles wat Verbinder over jou bewaart, in alle onderdelen (inzage volgens de AVG), of download het als bestand.</p>
        <p>
          <a className={buttonClassName('secondary')} href="/privacy/mijn-gegevens">
            Mijn gegevens bekijken
          </a>{' '}
          <a href="/privacy/mijn-gegevens.json" download>
            Download als JSON
          </a>
        </p>
        <PreparedExportStatus />
      </Card>
    </>
  );
}

interface PreparedExport {
  status: 'preparing' | 'ready';
  tablesDone: number;
  tablesTotal: number;
  expiresAt: string;
}

/**
 * A large export is prepared in the background (the API's /privacy/mijn-gegevens answers with its
 * progress): this shows its progress, asking again every 5 seconds, and the download once it is ready.
 */
function PreparedExportStatus() {
  const [prepared, setPrepared] = useState<PreparedExport | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const response = await fetch('/privacy/mijn-gegevens/status', { credentials: 'same-origin', headers: { accept: 'application/json' } });
        if (!response.ok || stopped) return;
        const body = (await response.json()) as { export: PreparedExport | null };
        if (stopped) return;
        setPrepared(body.export);
        if (body.export?.status === 'preparing') timer = setTimeout(() => void load(), 5000);
      } catch {
        // No status is no harm: the links above still work.
      }
    };
    void load();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, []);
  if (!prepared) return null;
  if (prepared.status === 'preparing') {
    return (
      <p role="status">
        Je gegevens worden klaargezet: {prepared.tablesDone} van {prepared.tablesTotal} onderdelen. Je krijgt een e-mail zodra ze klaarstaan.
      </p>
    );
  }
  return (
    <p role="status">
      Je gegevens staan klaar tot {formatDate(prepared.expiresAt)}.{' '}
      <a href="/privacy/mijn-gegevens.json" download>
        Download je klaargezette gegevens
      </a>
    </p>
  );
}

/** /wachtwoord-kiezen: the first sign-in with admin:create's one-time password. */
export function ForcedPasswordChangePage() {
  useDocumentTitle('Kies een nieuw wachtwoord');
  const client = useApolloClient();
  const navigate = useNavigate();
  const viewer = useViewer();
  if (viewer.data && !viewer.data.viewer.mustChangePassword) return <Navigate to={viewer.data.viewer.authenticated ? '/' : '/inloggen'} replace />;
  return (
    <main id="inhoud" className="vb-signin">
      <h1>Kies een nieuw wachtwoord</h1>
      <p>Je bent ingelogd met een eenmalig wachtwoord. Kies eerst een eigen wachtwoord; daarna kun je Verbinder gebruiken.</p>
      <Card title="Nieuw wachtwoord">
        <ChangePasswordForm
          currentLabel="Eenmalig wachtwoord"
          afterChange={async () => {
            await client.resetStore();
            navigate('/', { replace: true });
          }}
        />
      </Card>
    </main>
  );
}

/** /wachtwoord-vergeten: asks for a reset link (always the same answer). */
export function ForgotPasswordPage() {
  useDocumentTitle('Wachtwoord vergeten');
  const [request, state] = useMutation(REQUEST_PASSWORD_RESET);
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = async () => {
    state.reset();
    setMissing(email.trim() === '');
    if (email.trim() === '') return;
    await request({ variables: { email: email.trim() } }).catch(() => undefined);
  };
  return (
    <main id="inhoud" className="vb-signin">
      <h1>Wachtwoord vergeten</h1>
      {state.data ? (
        <Notice>{state.data.requestPasswordReset}</Notice>
      ) : (
        <Card title="Vraag een link aan">
          <Form label="Wachtwoord vergeten" onSubmit={() => void submit()}>
            <FormErrorSummary title="Aanvragen is niet gelukt" message={missing ? 'Vul je e-mailadres in.' : state.error ? errorMessage(state.error) : undefined} />
            <TextInput label="E-mailadres" type="email" inputMode="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} />
            <FormActions submitLabel="Stuur mij een link" busyLabel="Bezig…" saving={state.loading} />
          </Form>
        </Card>
      )}
      <p>
        <Link to="/inloggen">Terug naar inloggen</Link>
      </p>
    </main>
  );
}

/** /wachtwoord-herstellen#<token>: the link from the e-mail (the token stays out of server logs). */
export function ResetPasswordPage() {
  useDocumentTitle('Nieuw wachtwoord kiezen');
  const { hash } = useLocation();
  const token = hash.replace(/^#/, '');
  const [reset, state] = useMutation(RESET_PASSWORD);
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const submit = async () => {
    state.reset();
    const local = newPasswordProblem(next, repeat);
    setProblem(local);
    if (!local) await reset({ variables: { token, newPassword: next } }).catch(() => undefined);
  };
  return (
    <main id="inhoud" className="vb-signin">
      <h1>Nieuw wachtwoord kiezen</h1>
      {state.data ? (
        <Notice>
          Je wachtwoord is gewijzigd en je bent overal uitgelogd. <Link to="/inloggen">Log nu in met je nieuwe wachtwoord.</Link>
        </Notice>
      ) : !token ? (
        <FormErrorSummary title="Deze link is niet compleet" message='Gebruik de hele link uit de e-mail, of vraag een nieuwe aan via "Wachtwoord vergeten?".' />
      ) : (
        <Card title="Nieuw wachtwoord">
          <Form label="Nieuw wachtwoord kiezen" onSubmit={() => void submit()}>
            <FormErrorSummary title="Dat is niet gelukt" message={problem ?? (state.error ? errorMessage(state.error) : undefined)} />
            <NewPasswordFields value={next} repeat={repeat} onChange={setNext} onRepeat={setRepeat} />
            <FormActions submitLabel="Wachtwoord opslaan" busyLabel="Bezig met opslaan…" saving={state.loading} />
          </Form>
        </Card>
      )}
      <p>
        <Link to="/wachtwoord-vergeten">Nieuwe link aanvragen</Link> · <Link to="/inloggen">Inloggen</Link>
      </p>
    </main>
  );
}
