import { renderMessagePage, renderPage } from '@verbinder/platform/public-web';
import { dutchDateTime } from '@verbinder/shared/time';
import type { PersonDataExport, PreparedExportView } from './person-data-export';

const DOMAIN_NL: Record<string, string> = {
  platform: 'Platform',
  regions: 'Regio’s en lidmaatschappen',
  identity: 'Inloggen',
  notifications: 'Meldingen',
  actieagenda: 'Actieagenda',
  werkgroepen: 'Werkgroepen',
  meetups: 'Activiteiten en meetups',
  loket: 'Bedrijvenloket',
  stories: 'Verhalen en nieuwsbrief',
  'teams-mirror': 'Teams-spiegel',
};

function Value({ value }: { value: unknown }) {
  if (value === null) return <span className="hint">—</span>;
  if (typeof value === 'object') return <code>{JSON.stringify(value)}</code>;
  return <>{String(value)}</>;
}

/** The export as a readable Dutch page: per domain, per table its purpose, retention and rows. */
export function renderPersonDataPage(data: PersonDataExport, canonicalUrl: string, jsonUrl: string): string {
  const domains = [...new Set(data.tables.map((t) => t.domain))];
  return renderPage({
    title: `Gegevens van ${data.person.name}`,
    description: 'Alles wat Verbinder over deze persoon bewaart (inzage, AVG artikel 15).',
    canonicalUrl,
    body: (
      <>
        <h1>Gegevens van {data.person.name}</h1>
        <p className="lead">
          Alles wat Verbinder over {data.person.name} ({data.person.email}) bewaart, gemaakt op {dutchDateTime(new Date(data.generatedAt))}. Beveiligingsgegevens (zoals de versleutelde vorm van een
          wachtwoord) en gegevens over anderen staan er wel bij, maar zonder inhoud.
        </p>
        <p>
          <a href={jsonUrl}>Download als JSON</a> (voor een ander programma).
        </p>
        {data.tables.length === 0 ? <p>Verbinder bewaart geen gegevens over deze persoon.</p> : null}
        {domains.map((domain) => (
          <section key={domain}>
            <h2>{DOMAIN_NL[domain] ?? domain}</h2>
            {data.tables
              .filter((t) => t.domain === domain)
              .map((t) => (
                <div className="line" key={t.table}>
                  <h3>{t.purpose}</h3>
                  <p className="hint">
                    Tabel {t.table} · {t.rows.length} {t.rows.length === 1 ? 'regel' : 'regels'}
                    {t.truncated ? ' (de eerste; vraag een platformbeheerder om de rest)' : ''} · Bewaartermijn: {t.retention}
                  </p>
                  {t.rows.map((row, i) => (
                    <dl key={i} className="actie">
                      {Object.entries(row).map(([column, value]) => (
                        <div key={column}>
                          <dt>{column}</dt>
                          <dd>
                            <Value value={value} />
                          </dd>
                        </div>
                      ))}
                    </dl>
                  ))}
                </div>
              ))}
          </section>
        ))}
      </>
    ),
  });
}

/** "3 van 12 onderdelen": the progress of an export in preparation. */
export const progressText = (e: Pick<PreparedExportView, 'tablesDone' | 'tablesTotal'>): string => `${e.tablesDone} van ${e.tablesTotal} onderdelen`;

const megabytes = (bytes: number): string => `${Math.max(0.1, Math.round(bytes / 100_000) / 10).toLocaleString('nl-NL')} MB`;

/** The page of an export prepared in the background: its progress (reloading itself), or the download once it is ready. */
export function renderPreparedExportPage(person: { name: string }, e: PreparedExportView, canonicalUrl: string, jsonUrl: string): string {
  if (e.status === 'preparing') {
    return renderMessagePage({
      title: `Gegevens van ${person.name}`,
      description: 'De gegevens worden klaargezet (inzage, AVG artikel 15).',
      canonicalUrl,
      refreshSeconds: 5,
      paragraphs: [
        `Het zijn veel gegevens, daarom zetten we ze op de achtergrond klaar. Je gegevens worden klaargezet: ${progressText(e)}.`,
        `Zodra ze klaarstaan, krijgt ${person.name} een e-mail met de link. Deze pagina ververst zichzelf.`,
      ],
    });
  }
  return renderMessagePage({
    title: `Gegevens van ${person.name}`,
    description: 'De gegevens staan klaar (inzage, AVG artikel 15).',
    canonicalUrl,
    paragraphs: [
      `Je gegevens staan klaar sinds ${dutchDateTime(new Date(e.readyAt ?? e.createdAt))} (${megabytes(e.sizeBytes ?? 0)}, JSON).`,
      `Het bestand wordt op ${dutchDateTime(new Date(e.expiresAt))} verwijderd; daarna kun je het opnieuw opvragen.`,
    ],
    links: [{ href: jsonUrl, text: 'Download je gegevens (JSON)' }],
  });
}
