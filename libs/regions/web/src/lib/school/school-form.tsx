import { Link } from 'react-router-dom';
import { Button, Fieldset, Form, FormActions, FormErrorSummary, Select, TextInput } from '@verbinder/web/ui';
import type { SchoolDetail, SchoolInput, SchoolKind } from '../graphql/types';
import { optionsFrom, schoolKindLabels } from '../labels';
import { optionalText, requireText, useForm, type Validate } from '@verbinder/web/forms';

interface LocationRow {
  key: string;
  name: string;
  address: string;
  city: string;
}

interface SchoolFormValues {
  name: string;
  kind: SchoolKind;
  koepel: string;
  brin: string;
  website: string;
  locations: LocationRow[];
}

let rowCounter = 0;
const newRow = (location?: { name: string; address: string | null; city: string }): LocationRow => ({
  key: `location-${++rowCounter}`,
  name: location?.name ?? '',
  address: location?.address ?? '',
  city: location?.city ?? '',
});

function toValues(school?: SchoolDetail): SchoolFormValues {
  return {
    name: school?.name ?? '',
    kind: school?.kind ?? 'VO',
    koepel: school?.koepel ?? '',
    brin: school?.brin ?? '',
    website: school?.website ?? '',
    locations: school ? school.locations.map(newRow) : [newRow()],
  };
}

const validate: Validate<SchoolFormValues> = (values) => {
  const problems: Record<string, string> = {};
  requireText(problems, 'name', values.name, 'Vul de naam van de school in.');
  values.locations.forEach((row, index) => {
    requireText(problems, `locations.${index}.name`, row.name, 'Geef de locatie een naam.');
    requireText(problems, `locations.${index}.city`, row.city, 'Vul de plaats in.');
  });
  return problems;
};

function toInput(values: SchoolFormValues): SchoolInput {
  return {
    name: values.name.trim(),
    kind: values.kind,
    koepel: optionalText(values.koepel),
    brin: optionalText(values.brin),
    website: optionalText(values.website),
    locations: values.locations.map((row) => ({ name: row.name.trim(), address: optionalText(row.address), city: row.city.trim() })),
  };
}

export interface SchoolFormProps {
  school?: SchoolDetail;
  submitLabel: string;
  cancelTo: string;
  onSave: (input: SchoolInput) => Promise<unknown>;
}

/** Create or edit a school, with its locations as editable rows. */
export function SchoolForm({ school, submitLabel, cancelTo, onSave }: SchoolFormProps) {
  const form = useForm(toValues(school));
  const { locations } = form.values;
  const updateRow = (key: string, patch: Partial<LocationRow>) =>
    form.set(
      'locations',
      locations.map((row) => (row.key === key ? { ...row, ...patch } : row)),
    );

  return (
    <Form label={school ? `School ${school.name} bewerken` : 'Nieuwe school'} onSubmit={() => void form.submit((values) => onSave(toInput(values)), validate)}>
      <FormErrorSummary message={form.summary} />
      <TextInput label="Naam" autoComplete="organization" {...form.text('name')} />
      <div className="vb-form__row">
        <Select
          label="Soort school"
          options={optionsFrom(schoolKindLabels)}
          value={form.values.kind}
          onChange={(event) => form.set('kind', event.target.value as SchoolKind)}
          error={form.error('kind')}
        />
        <TextInput label="Koepel of stichting" optional {...form.text('koepel')} />
      </div>
      <div className="vb-form__row">
        <TextInput label="BRIN-nummer" optional hint="Bijvoorbeeld 12AB." {...form.text('brin')} />
        <TextInput label="Website" optional type="url" inputMode="url" placeholder="https://" {...form.text('website')} />
      </div>
      <Fieldset legend="Locaties">
        {form.error('locations') && <p className="vb-field__error">{form.error('locations')}</p>}
        {locations.length === 0 && <p className="vb-muted">Nog geen locaties. Voeg er een toe met de knop hieronder.</p>}
        {locations.map((row, index) => (
          <div className="vb-repeat-row" key={row.key} role="group" aria-label={`Locatie ${index + 1}`}>
            <TextInput label="Naam locatie" value={row.name} onChange={(event) => updateRow(row.key, { name: event.target.value })} error={form.error(`locations.${index}.name`)} />
            <TextInput
              label="Adres"
              optional
              autoComplete="street-address"
              value={row.address}
              onChange={(event) => updateRow(row.key, { address: event.target.value })}
              error={form.error(`locations.${index}.address`)}
            />
            <TextInput
              label="Plaats"
              autoComplete="address-level2"
              value={row.city}
              onChange={(event) => updateRow(row.key, { city: event.target.value })}
              error={form.error(`locations.${index}.city`)}
            />
            <Button
              variant="secondary"
              onClick={() =>
                form.set(
                  'locations',
                  locations.filter((other) => other.key !== row.key),
                )
              }
              aria-label={`Locatie ${index + 1}${row.name ? ` (${row.name})` : ''} verwijderen`}
            >
              Verwijderen
            </Button>
          </div>
        ))}
        <Button variant="secondary" onClick={() => form.set('locations', [...locations, newRow()])}>
          Locatie toevoegen
        </Button>
      </Fieldset>
      <FormActions submitLabel={submitLabel} saving={form.saving} saved={form.saved} secondary={<Link to={cancelTo}>{school ? 'Terug naar de school' : 'Annuleren'}</Link>} />
    </Form>
  );
}
