import type { ReactNode } from 'react';
import { type CompanySession, type LoketRequest, type PublicRequestView, REQUEST_TYPE_TEXT, STATUS_TEXT } from '@verbinder/loket/core';
import { dutchDateTime } from '@verbinder/shared/time';
import { described, FieldError } from './intake-form';

const AUTHOR_TEXT: Record<string, string> = { BEDRIJF: 'Jij', LOKET: 'Bedrijvenloket' };
const VISUALLY_HIDDEN = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

export interface StatusViewProps {
  view: PublicRequestView;
  /** Where the reply form posts. */
  action: string;
  /** The status link's token: the page then updates itself live (`/loket/status.js`). */
  token?: string;
  notice?: string | null;
  problem?: string | null;
  /** Above the page (the signed-in company's header). */
  header?: ReactNode;
}

/** The status view of one request: the token page and the signed-in company's page share it. */
export function StatusView({ view, action, token, notice, problem, header }: StatusViewProps) {
  const { request: r, company } = view;
  return (
    <>
      {header}
      <div id="loket-pagina" data-token={token}>
        <h1>Je aanvraag {r.reference}</h1>
        {notice ? (
          <p className="lead" role="status">
            {notice}
          </p>
        ) : null}
        {problem ? (
          <p className="lead" role="alert">
            {problem}
          </p>
        ) : null}
        <p id="loket-live" aria-live="polite" style={VISUALLY_HIDDEN}></p>
        <section className="line" id="loket-status" aria-label="Status">
          <p className="meta">
            <span>{company.name}</span>
            <span>{REQUEST_TYPE_TEXT[r.type]}</span>
            <span>Ingediend {dutchDateTime(r.createdAt)}</span>
          </p>
          <p>
            Status: <strong data-status={r.status}>{STATUS_TEXT[r.status]}</strong>
          </p>
          <p>Behandeld door: {view.handlerName ?? 'nog niet toegewezen'}</p>
          {view.schoolNames.length ? <p>Scholen: {view.schoolNames.join(', ')}</p> : null}
          {r.period ? <p>Periode: {r.period}</p> : null}
        </section>
        <h2>Gesprek</h2>
        <section className="line" id="loket-gesprek" aria-label="Gesprek">
          {view.messages.length ? (
            view.messages.map((m) => (
              <article key={m.id} className="actie" data-author={m.author}>
                <p className="meta">
                  <strong>{m.author === 'LOKET' ? `${m.authorName} (${AUTHOR_TEXT.LOKET})` : (AUTHOR_TEXT[m.author] ?? m.authorName)}</strong>
                  <span>{dutchDateTime(m.createdAt)}</span>
                </p>
                <p style={{ whiteSpace: 'pre-wrap' }}>{m.body}</p>
              </article>
            ))
          ) : (
            <p>Nog geen berichten.</p>
          )}
        </section>
        {r.status === 'AFGEROND' ? (
          <p>Deze aanvraag is afgerond.</p>
        ) : (
          <form method="post" action={action}>
            <p>
              <label htmlFor="bericht">Je reactie of aanvulling</label>
              <br />
              <textarea id="bericht" name="body" required maxLength={4000} rows={5}></textarea>
            </p>
            <p>
              <button type="submit">Versturen</button>
            </p>
          </form>
        )}
      </div>
      {token ? <script src="/loket/status.js" defer></script> : null}
    </>
  );
}

/** Magic-link sign-in: the region and the address the company used before. */
export function SignInForm({
  regions,
  values,
  fields,
  problem,
}: {
  regions: ReadonlyArray<{ slug: string; name: string }>;
  values: { email: string; regionSlug: string };
  fields: Record<string, string>;
  problem: string | null;
}) {
  return (
    <>
      <h1>Inloggen bij het bedrijvenloket</h1>
      <p className="lead">
        Heb je eerder een aanvraag gedaan? Vul het e-mailadres in waarmee je dat deed. Je krijgt een e-mail met een link waarmee je al je aanvragen ziet. Een wachtwoord is niet nodig.
      </p>
      {problem ? <p role="alert">{problem}</p> : null}
      <form method="post" action="/loket/inloggen" className="line">
        <p>
          <label htmlFor="regionSlug">Regio</label>
          <br />
          <select id="regionSlug" name="regionSlug" required {...described(fields, 'regionSlug')} defaultValue={values.regionSlug || undefined}>
            <option value="">Kies een regio</option>
            {regions.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.name}
              </option>
            ))}
          </select>
          <FieldError fields={fields} name="regionSlug" />
        </p>
        <p>
          <label htmlFor="email">E-mailadres</label>
          <br />
          <input id="email" name="email" type="email" required maxLength={254} autoComplete="email" defaultValue={values.email} {...described(fields, 'email')} />
          <FieldError fields={fields} name="email" />
        </p>
        <p>
          <button type="submit">Stuur mij een inloglink</button>
        </p>
      </form>
    </>
  );
}

/** The list of the signed-in address's requests. */
export function MyRequests({ session, regionName, requests }: { session: CompanySession; regionName: string; requests: readonly LoketRequest[] }) {
  return (
    <>
      <SignedInHeader session={session} />
      <h1>Je aanvragen bij het bedrijvenloket {regionName}</h1>
      {requests.length ? (
        <table className="line">
          <caption style={VISUALLY_HIDDEN}>Je aanvragen</caption>
          <thead>
            <tr>
              <th scope="col">Kenmerk</th>
              <th scope="col">Soort</th>
              <th scope="col">Status</th>
              <th scope="col">Ingediend</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.id}>
                <td>
                  <a href={`/loket/mijn-aanvragen/${encodeURIComponent(r.reference)}`}>{r.reference}</a>
                </td>
                <td>{REQUEST_TYPE_TEXT[r.type]}</td>
                <td data-status={r.status}>{STATUS_TEXT[r.status]}</td>
                <td>{dutchDateTime(r.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Er staan geen aanvragen op dit e-mailadres.</p>
      )}
    </>
  );
}

export function SignedInHeader({ session }: { session: CompanySession }) {
  return (
    <form method="post" action="/loket/uitloggen" className="meta">
      <span>Ingelogd als {session.email}</span>
      <button type="submit">Uitloggen</button>
    </form>
  );
}
