// Renders the privacy documents from the data map: docs/privacy.md (summary in Dutch and English
// and the full map) and docs/verwerkingsregister.md (the processing register, in Dutch). Generated
// by `npm run docs:privacy`; a unit test fails when the committed files differ.
import { getTableColumns } from 'drizzle-orm';
import { DataCategory, DataMapEntry, DataSubject, LegalBasis } from './data-map';

const SUBJECT_NL: Record<DataSubject, string> = {
  staff: 'medewerkers van scholen',
  'company-contacts': 'contactpersonen van bedrijven',
  parents: 'ouders en verzorgers',
  pupils: 'leerlingen',
  subscribers: 'abonnees van de nieuwsbrief',
  public: 'bezoekers van de publieke site',
};

const BASIS_NL: Record<LegalBasis, string> = {
  consent: 'toestemming (art. 6 lid 1 sub a AVG)',
  contract: 'uitvoering van een overeenkomst (art. 6 lid 1 sub b AVG)',
  'legal-obligation': 'wettelijke verplichting: verantwoording over verzoeken van betrokkenen (art. 6 lid 1 sub c AVG)',
  'public-task': 'taak van algemeen belang van de scholen (art. 6 lid 1 sub e AVG)',
  'legitimate-interest': 'gerechtvaardigd belang: beveiliging tegen misbruik (art. 6 lid 1 sub f AVG)',
};

const CATEGORY_NL: Record<DataCategory, string> = { none: 'geen persoonsgegeven', personal: 'persoonsgegeven', sensitive: 'gevoelig (minderjarigen of bijzonder)' };

/** Recipients outside Verbinder, per domain (processors of the school). */
const RECIPIENTS: Record<string, string> = {
  'teams-mirror': 'Microsoft (Microsoft 365 van de school, via Microsoft Graph): documenten en namen van auteurs in het gekoppelde kanaal',
  loket: 'de e-mailprovider (SMTP) van de regio, voor berichten aan het bedrijf',
  stories: 'iedereen (gepubliceerde verhalen zijn openbaar); de e-mailprovider voor de nieuwsbrief',
  platform: 'de e-mailprovider (SMTP) van de regio',
  identity: 'de identiteitsprovider van de school (OIDC), bij inloggen via de school',
};

interface Counted {
  entry: DataMapEntry;
  columns: Array<{ key: string; name: string; category: DataCategory }>;
}

function counted(entries: DataMapEntry[]): Counted[] {
  return [...entries]
    .sort((a, b) => a.domain.localeCompare(b.domain) || a.tableName.localeCompare(b.tableName))
    .map((entry) => {
      const columns = getTableColumns(entry.table);
      const categories = entry.classification.columns as Record<string, DataCategory>;
      return { entry, columns: Object.keys(columns).map((key) => ({ key, name: columns[key].name, category: categories[key] })) };
    });
}

const domainsOf = (items: Counted[]) => [...new Set(items.map((c) => c.entry.domain))];
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const list = (values: string[]) => (values.length ? values.join(', ') : '—');
const unique = <T>(values: T[]) => [...new Set(values)];

export function renderPrivacyDoc(entries: DataMapEntry[]): string {
  const items = counted(entries);
  const all = items.flatMap((c) => c.columns);
  const personalTables = items.filter((c) => c.columns.some((col) => col.category !== 'none'));
  const sensitiveTables = items.filter((c) => c.columns.some((col) => col.category === 'sensitive'));
  const unenforced = items.filter((c) => c.entry.classification.retention.enforcedBy === null && c.columns.some((col) => col.category !== 'none'));
  const lines: string[] = [
    '# Privacy: the data map (gegevenskaart)',
    '',
    '<!-- Generated from the data map in code (libs/*/data-access/src/*.data-map.ts) by `npm run docs:privacy`. Do not edit by hand: a unit test fails when this file is stale. -->',
    '',
    '## Samenvatting (Nederlands)',
    '',
    `Verbinder bewaart ${items.length} tabellen met ${all.length} kolommen. Daarvan bevatten ${personalTables.length} tabellen persoonsgegevens ` +
      `(${all.filter((c) => c.category === 'personal').length} kolommen) en ${sensitiveTables.length} tabellen gevoelige gegevens over minderjarigen ` +
      `(${all.filter((c) => c.category === 'sensitive').length} kolommen, alle in verhalen en hun toestemmingen). Verbinder houdt geen leerlingdossiers bij: ` +
      'een leerling komt alleen voor in een verhaal, met toestemming van een ouder (jonger dan 16) of van zichzelf.',
    '',
    `Elke kolom is in de code ingedeeld (geen persoonsgegeven, persoonsgegeven, gevoelig), met per tabel het doel, de betrokkenen, de grondslag en de bewaartermijn. ` +
      'Een test faalt wanneer een kolom geen indeling heeft; dit document en het verwerkingsregister (verwerkingsregister.md) worden daaruit gemaakt.',
    '',
    `Bewaartermijnen die nog niet automatisch worden gehandhaafd (${unenforced.length} tabellen met persoonsgegevens): ${list(unenforced.map((c) => c.entry.tableName))}.`,
    '',
    '## Summary (English)',
    '',
    `Verbinder keeps ${items.length} tables with ${all.length} columns; ${personalTables.length} tables hold personal data and ${sensitiveTables.length} hold data about minors ` +
      '(stories and their consents only). No pupil records are kept. Every column is classified in code beside its table (libs/*/data-access/src/*.data-map.ts); ' +
      'a unit test fails on an unclassified column, and this page and the processing register are generated from the classification. ' +
      `Retention rules not yet enforced by a sweep: ${unenforced.length} tables with personal data (listed above).`,
    '',
    '## Per domein',
    '',
  ];
  for (const domain of domainsOf(items)) {
    lines.push(`### ${domain}`, '');
    for (const { entry, columns } of items.filter((c) => c.entry.domain === domain)) {
      const c = entry.classification;
      lines.push(
        `#### \`${entry.tableName}\``,
        '',
        `- Doel: ${c.purpose}`,
        `- Betrokkenen: ${list(c.subjects.map((s) => SUBJECT_NL[s]))}`,
        `- Grondslag: ${BASIS_NL[c.legalBasis]}`,
        `- Bewaartermijn: ${c.retention.rule} (${c.retention.enforcedBy ? `gehandhaafd door ${c.retention.enforcedBy}` : 'nog niet automatisch gehandhaafd'})`,
        '',
        '| kolom | indeling |',
        '| --- | --- |',
        ...columns.map((col) => `| \`${col.name}\` | ${CATEGORY_NL[col.category]} |`),
        '',
      );
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function renderProcessingRegister(entries: DataMapEntry[]): string {
  const items = counted(entries);
  const lines: string[] = [
    '# Verwerkingsregister (art. 30 AVG)',
    '',
    '<!-- Generated from the data map in code by `npm run docs:privacy`. Do not edit by hand. -->',
    '',
    'Verwerkingsverantwoordelijke: de scholen van de regio, gezamenlijk (art. 26 AVG); de regio legt de onderlinge afspraken vast. ' +
      'Verwerker: de partij die Verbinder host, onder een verwerkersovereenkomst met de scholen. De grondslagen hieronder zijn het voorstel van het ' +
      'platform; de scholen stellen ze vast. Beveiliging: zie docs/security.md (sessies, rechten per regio, versleutelde verbindingen, logboeken).',
    '',
  ];
  for (const domain of domainsOf(items)) {
    const inDomain = items.filter((c) => c.entry.domain === domain && c.columns.some((col) => col.category !== 'none'));
    if (inDomain.length === 0) continue;
    lines.push(`## ${domain}`, '', '| verwerking | betrokkenen | persoonsgegevens | grondslag | bewaartermijn |', '| --- | --- | --- | --- | --- |');
    for (const { entry, columns } of inDomain) {
      const c = entry.classification;
      const data = columns.filter((col) => col.category !== 'none').map((col) => (col.category === 'sensitive' ? `${col.name} (gevoelig)` : col.name));
      lines.push(`| ${cell(c.purpose)} | ${cell(list(unique(c.subjects.map((s) => SUBJECT_NL[s]))))} | ${cell(data.join(', '))} | ${cell(BASIS_NL[c.legalBasis])} | ${cell(c.retention.rule)} |`);
    }
    lines.push('', `Ontvangers: ${RECIPIENTS[domain] ?? 'geen buiten Verbinder'}.`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
