import { useEffect, useRef, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage, useViewer } from '@verbinder/web/api-client';
import { Button, Card, ErrorMessage, Form, FormActions, FormErrorSummary, Loading, Notice, TextInput, buttonClassName, useDocumentTitle } from '@verbinder/web/ui';
import { RETURN_PATH_PARAM, safeReturnPath } from '@verbinder/shared/contracts';
import { SIGN_IN, SIGN_IN_AS_DEMO, SIGN_IN_OPTIONS_QUERY } from './auth.operations';

/** Reasons the server gives in `/inloggen?fout=…` after an OIDC sign-in that did not work. */
const SIGN_IN_PROBLEMS: Record<string, string> = {
  'onbekend-account': 'Je bent wel ingelogd bij je school, maar er is in Verbinder geen account met dat e-mailadres. Vraag de beheerder van je regio om je toe te voegen.',
  'oidc-mislukt': 'Inloggen met je schoolaccount is niet gelukt. Probeer het opnieuw.',
  'oidc-verlopen': 'Het inloggen duurde te lang of is in een ander venster begonnen. Probeer het opnieuw.',
  'oidc-onbereikbaar': 'De inlogdienst van je school is nu niet bereikbaar. Probeer het later opnieuw.',
  'oidc-uit': 'Inloggen met een schoolaccount staat op deze omgeving uit.',
  'oidc-email-onbevestigd':
    'Je schoolaccount gaf geen bevestigd e-mailadres door, dus we weten niet zeker dat het jouw Verbinder-account is. Log één keer in met je e-mailadres en wachtwoord (of via "Wachtwoord vergeten?") en koppel daarna je schoolaccount op de pagina "Mijn account". Lukt dat niet, vraag dan je beheerder om de instelling voor bevestigde e-mailadressen (xms_edov) aan te zetten.',
  'oidc-tenant': 'Accounts van jouw organisatie mogen (nog) niet inloggen bij Verbinder. Vraag de beheerder van je regio om je school toe te laten, of log in met je e-mailadres en wachtwoord.',
  'oidc-bevestigen':
    'Aan je Verbinder-account is al een ander schoolaccount gekoppeld. Log in zoals je gewend bent en bevestig dit nieuwe account op de pagina "Mijn account" (of vraag een platformbeheerder). Daarna kun je er ook mee inloggen.',
  'oidc-al-gekoppeld': 'Dit schoolaccount is al gekoppeld aan een andere persoon in Verbinder.',
};

export function SignInPage() {
  useDocumentTitle('Inloggen');
  const client = useApolloClient();
  const navigate = useNavigate();
  const viewer = useViewer();
  const options = useQuery(SIGN_IN_OPTIONS_QUERY);
  const [signIn, signInState] = useMutation(SIGN_IN);
  const [signInAsDemo, demoState] = useMutation(SIGN_IN_AS_DEMO);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [demoKey, setDemoKey] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [searchParams] = useSearchParams();
  const problem = searchParams.get('fout');
  // The page the visitor opened before signing in (a link from an e-mail); only a path on this site.
  const returnPath = safeReturnPath(searchParams.get(RETURN_PATH_PARAM));

  // Once the store is reset the viewer is signed in and this page redirects itself (below); a
  // second navigate('/') after that would land on the start page while its own redirect to the
  // region was under way, and leave an empty page. So navigate only if this page is still shown.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  if (viewer.data?.viewer.authenticated) return <Navigate to={returnPath ?? '/'} replace />;

  const afterSignIn = async (mustChangePassword = false) => {
    await client.resetStore();
    if (mounted.current) navigate(mustChangePassword ? '/wachtwoord-kiezen' : (returnPath ?? '/'), { replace: true });
  };
  const oidcLoginUrl = (url: string) => (returnPath ? `${url}${url.includes('?') ? '&' : '?'}${new URLSearchParams({ [RETURN_PATH_PARAM]: returnPath })}` : url);

  const submitPassword = async () => {
    demoState.reset();
    signInState.reset();
    setMissing(email.trim() === '' || password === '');
    if (email.trim() === '' || password === '') return;
    let mustChangePassword = false;
    try {
      const result = await signIn({ variables: { email: email.trim(), password } });
      mustChangePassword = result.data?.signIn.mustChangePassword === true;
    } catch {
      return; // shown from signInState.error
    }
    await afterSignIn(mustChangePassword);
  };

  const submitDemo = async (key: string) => {
    signInState.reset();
    setDemoKey(key);
    try {
      await signInAsDemo({ variables: { key } });
    } catch {
      setDemoKey(null);
      return;
    }
    await afterSignIn();
  };

  const config = options.data?.authConfig;
  const personas = options.data?.demoPersonas ?? [];

  return (
    <main id="inhoud" className="vb-signin">
      <div className="vb-signin__intro">
        <p className="vb-brand vb-brand--large" aria-hidden="true">
          Verbinder
        </p>
        <h1>Inloggen bij Verbinder</h1>
        <p className="vb-muted">Samen werken aan doorlopende leerroutes van vmbo naar mbo in jouw regio.</p>
      </div>

      {searchParams.get('uitgelogd') && !problem && <Notice tone="info">Je bent uitgelogd.</Notice>}
      {problem && <FormErrorSummary title="Inloggen is niet gelukt" message={SIGN_IN_PROBLEMS[problem] ?? 'Inloggen is niet gelukt. Probeer het opnieuw.'} />}

      <Card title="Met e-mailadres en wachtwoord">
        <Form label="Inlogformulier" onSubmit={() => void submitPassword()}>
          <FormErrorSummary title="Inloggen is niet gelukt" message={missing ? 'Vul je e-mailadres en je wachtwoord in.' : signInState.error ? errorMessage(signInState.error) : undefined} />
          <TextInput label="E-mailadres" type="email" inputMode="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} />
          <TextInput label="Wachtwoord" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
          <FormActions submitLabel="Inloggen" busyLabel="Bezig met inloggen…" saving={signInState.loading} />
        </Form>
        <p>
          <Link to="/wachtwoord-vergeten">Wachtwoord vergeten?</Link>
        </p>
      </Card>

      {options.loading && !options.data && <Loading label="Inlogmogelijkheden laden…" />}
      {options.error && !options.data && <ErrorMessage title="Andere inlogmogelijkheden zijn niet geladen" message={errorMessage(options.error)} onRetry={() => void options.refetch()} />}

      {config?.oidcEnabled && config.oidcLoginUrl && (
        <Card title="Met je schoolaccount">
          <a className={buttonClassName('secondary')} href={oidcLoginUrl(config.oidcLoginUrl)}>
            Inloggen met {config.oidcLabel ?? 'je schoolaccount'}
          </a>
        </Card>
      )}

      {config?.demoMode && personas.length > 0 && (
        <Card title="Demo: log in als…" className="vb-signin__demo">
          <p className="vb-muted">Dit is een demo-omgeving. Kies een persoon om te zien wat die in Verbinder ziet.</p>
          {demoState.error && <FormErrorSummary title="Inloggen is niet gelukt" message={errorMessage(demoState.error)} />}
          <ul className="vb-persona-list">
            {personas.map((persona) => (
              <li key={persona.key} className="vb-persona">
                <div>
                  <p className="vb-persona__name">
                    {persona.label} <span className="vb-muted">({persona.personName})</span>
                  </p>
                  <p className="vb-muted" id={`persona-${persona.key}`}>
                    {persona.description}
                  </p>
                </div>
                <Button
                  variant="secondary"
                  busy={demoState.loading && demoKey === persona.key}
                  disabled={demoState.loading}
                  aria-describedby={`persona-${persona.key}`}
                  onClick={() => void submitDemo(persona.key)}
                >
                  Inloggen als {persona.label}
                </Button>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </main>
  );
}
