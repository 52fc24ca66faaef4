import { type IntakeInput, REQUEST_TYPE_TEXT, REQUEST_TYPES } from '@verbinder/loket/core';

interface Field {
  name: keyof IntakeInput;
  label: string;
  type?: string;
  max: number;
  required?: boolean;
  autocomplete?: string;
  hint?: string;
  area?: boolean;
}

/** The form's fields: the HTML names are the names of LoketIntakeInput. */
const TEXT_FIELDS: Field[] = [
  { name: 'companyName', label: 'Naam van het bedrijf', max: 200, required: true, autocomplete: 'organization' },
  { name: 'kvk', label: 'KvK-nummer', max: 20, required: true, hint: '8 cijfers', autocomplete: 'off' },
  { name: 'sector', label: 'Sector', max: 100, hint: 'Bijvoorbeeld techniek, zorg of horeca' },
  { name: 'location', label: 'Vestigingsplaats', max: 100, autocomplete: 'address-level2' },
  { name: 'contactName', label: 'Je naam', max: 200, required: true, autocomplete: 'name' },
  { name: 'contactEmail', label: 'Je e-mailadres', type: 'email', max: 254, required: true, autocomplete: 'email' },
  { name: 'contactPhone', label: 'Je telefoonnummer', type: 'tel', max: 30, autocomplete: 'tel' },
];
const DETAIL_FIELDS: Field[] = [
  { name: 'level', label: 'Niveau of route van belangstelling', max: 200, hint: 'Bijvoorbeeld vmbo kader of mbo 2' },
  { name: 'period', label: 'Periode', max: 200, hint: 'Bijvoorbeeld voorjaar 2027' },
  { name: 'periodStart', label: 'Begin van de periode', type: 'date', max: 10 },
  { name: 'periodEnd', label: 'Einde van de periode', type: 'date', max: 10 },
  { name: 'capacity', label: 'Aantal plaatsen of deelnemers', type: 'number', max: 4 },
  { name: 'message', label: 'Toelichting', max: 4000, area: true, hint: 'Wat wil je doen of aanbieden?' },
];
export const ALL_FIELDS = [
  ...TEXT_FIELDS,
  { name: 'type' as const, label: 'Soort aanvraag' },
  ...DETAIL_FIELDS,
  { name: 'consent' as const, label: 'Toestemming' },
  { name: 'formToken' as const, label: 'Formulier' },
];

export type FormValues = Record<string, string>;

interface IntakeFormProps {
  regionName: string;
  regionSlug: string;
  /** The form's own path (`/publiek/<slug>/loket`). */
  action: string;
  values: FormValues;
  /** Dutch error per field name. */
  fields: Record<string, string>;
  problem: string | null;
  formToken: string;
}

/** The loket's intake form: every value kept after a mistake, a Dutch error at each field. */
export function IntakeForm(p: IntakeFormProps) {
  const { values, fields } = p;
  const errors = ALL_FIELDS.filter((f) => fields[f.name]);
  return (
    <>
      <h1>Bedrijvenloket {p.regionName}</h1>
      <p className="lead">
        Eén plek voor bedrijven die iets willen doen met de scholen in de regio: stageplaatsen, een gastles, een bedrijfsopdracht of een excursie. Je hebt geen account nodig; je krijgt een e-mail met
        een persoonlijke link waarop je de voortgang volgt.
      </p>
      {errors.length ? (
        <div role="alert" className="line fouten" tabIndex={-1}>
          <h2>Controleer je aanvraag</h2>
          <ul>
            {errors.map((f) => (
              <li key={f.name}>
                <a href={`#${f.name === 'formToken' ? 'versturen' : f.name}`}>{fields[f.name]}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : p.problem ? (
        <div role="alert" className="line fouten">
          <p>{p.problem}</p>
        </div>
      ) : null}
      <form method="post" action={p.action} noValidate>
        <fieldset className="line">
          <legend>Je bedrijf en jij</legend>
          {TEXT_FIELDS.map((f) => (
            <Input key={f.name} field={f} values={values} fields={fields} />
          ))}
        </fieldset>
        <fieldset className="line">
          <legend>Je vraag</legend>
          <p>
            <label htmlFor="type">Soort aanvraag (verplicht)</label>
            <br />
            <select id="type" name="type" required {...described(fields, 'type')} defaultValue={values['type'] || undefined}>
              <option value="">Kies wat je zoekt of aanbiedt</option>
              {REQUEST_TYPES.map((t) => (
                <option key={t} value={t}>
                  {REQUEST_TYPE_TEXT[t]}
                </option>
              ))}
            </select>
            <FieldError fields={fields} name="type" />
          </p>
          {DETAIL_FIELDS.map((f) => (
            <Input key={f.name} field={f} values={values} fields={fields} />
          ))}
        </fieldset>
        <p className="hp" aria-hidden="true">
          <label htmlFor="website">Laat dit veld leeg</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </p>
        <p>
          <input id="consent" name="consent" type="checkbox" value="ja" required defaultChecked={values['consent'] === 'ja'} {...described(fields, 'consent')} />{' '}
          <label htmlFor="consent">
            Ik ga akkoord met de <a href={`${p.action}/privacy`}>privacyverklaring</a> (verplicht)
          </label>
          <FieldError fields={fields} name="consent" />
        </p>
        <input type="hidden" name="formToken" value={p.formToken} />
        {fields['formToken'] ? (
          <p>
            <span className="fout" id="formToken-fout">
              {fields['formToken']}
            </span>
          </p>
        ) : null}
        <p>
          <button id="versturen" type="submit">
            Aanvraag versturen
          </button>
        </p>
      </form>
      <p>
        Heb je eerder een aanvraag gedaan? <a href={`/loket/inloggen?regio=${encodeURIComponent(p.regionSlug)}`}>Log in om je aanvragen te zien</a>.
      </p>
    </>
  );
}

/** aria-invalid and aria-describedby of a field (its hint, its error). */
/** The aria attributes of a form field: its hint and its error message (when `fields` holds one for `name`). */
export function described(fields: Record<string, string>, name: string, hint?: string): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  const ids = [hint ? `${name}-hint` : '', fields[name] ? `${name}-fout` : ''].filter(Boolean).join(' ');
  return { ...(fields[name] ? { 'aria-invalid': true } : {}), ...(ids ? { 'aria-describedby': ids } : {}) };
}

/** The error message of a form field, when `fields` holds one for `name`. */
export function FieldError({ fields, name }: { fields: Record<string, string>; name: string }) {
  return fields[name] ? (
    <>
      <br />
      <span className="fout" id={`${name}-fout`}>
        {fields[name]}
      </span>
    </>
  ) : null;
}

function Input({ field: f, values, fields }: { field: Field; values: FormValues; fields: Record<string, string> }) {
  const attrs = { id: f.name, name: f.name, required: f.required, autoComplete: f.autocomplete, ...described(fields, f.name, f.hint), defaultValue: values[f.name] ?? '' };
  return (
    <p>
      <label htmlFor={f.name}>
        {f.label}
        {f.required ? ' (verplicht)' : ''}
      </label>
      {f.hint ? (
        <>
          {' '}
          <span className="hint" id={`${f.name}-hint`}>
            {f.hint}
          </span>
        </>
      ) : null}
      <br />
      {f.area ? (
        <textarea {...attrs} maxLength={f.max} rows={6} />
      ) : f.type === 'number' ? (
        <input {...attrs} type="number" min="1" max="1000" inputMode="numeric" />
      ) : (
        <input {...attrs} type={f.type ?? 'text'} maxLength={f.type === 'date' ? undefined : f.max} />
      )}
      <FieldError fields={fields} name={f.name} />
    </p>
  );
}

/** The privacy statement the intake form's consent links to, with the configured retention. */
export function PrivacyStatement({ regionName, retentionMonths, formPath }: { regionName: string; retentionMonths: number; formPath: string }) {
  return (
    <>
      <h1>Privacyverklaring bedrijvenloket {regionName}</h1>
      <p>
        Het bedrijvenloket gebruikt de gegevens uit je aanvraag (de naam en het KvK-nummer van je bedrijf, je naam, e-mailadres en telefoonnummer en je toelichting) alleen om je aanvraag te
        behandelen. De loket-medewerkers en de scholen die aan je aanvraag werken zien ze.
      </p>
      <p>
        We bewaren je aanvraag tot ze is afgerond en daarna nog {retentionMonths} maanden; dan verwijderen we je persoonsgegevens. Je kunt altijd vragen welke gegevens we van je hebben of vragen ze
        eerder te verwijderen: antwoord op een e-mail van het loket.
      </p>
      <p>
        <a href={formPath}>Terug naar het formulier</a>
      </p>
    </>
  );
}
