import { Link } from 'react-router-dom';
import { CheckboxGroup, Form, FormActions, FormErrorSummary, TextArea, TextInput, namedOptions } from '@verbinder/web/ui';
import type { LeerlabInput, LeerlabSummary, RegionOptions } from '../graphql/types';
import { optionalText, useForm } from '@verbinder/web/forms';
import { LEERLAB_ROUND, LEERLAB_START_YEAR, validateLeerlab, type LeerlabFormValues } from './leerlab-validation';

export interface LeerlabFormProps {
  region: RegionOptions;
  leerlab?: LeerlabSummary;
  submitLabel: string;
  onSave: (input: LeerlabInput) => Promise<unknown>;
}

export function LeerlabForm({ region, leerlab, submitLabel, onSave }: LeerlabFormProps) {
  const form = useForm<LeerlabFormValues>({
    name: leerlab?.name ?? '',
    round: leerlab ? String(leerlab.round) : '',
    startYear: leerlab ? String(leerlab.startYear) : String(new Date().getFullYear()),
    theme: leerlab?.theme ?? '',
    description: leerlab?.description ?? '',
    schoolIds: leerlab?.schools.map((school) => school.id) ?? [],
  });

  const save = (values: LeerlabFormValues) =>
    onSave({
      name: values.name.trim(),
      round: Number(values.round),
      startYear: Number(values.startYear),
      theme: optionalText(values.theme),
      description: optionalText(values.description),
      schoolIds: values.schoolIds,
    });

  return (
    <Form label={leerlab ? `Leerlab ${leerlab.name} bewerken` : 'Nieuw leerlab'} onSubmit={() => void form.submit(save, validateLeerlab)}>
      <FormErrorSummary message={form.summary} />
      <TextInput label="Naam" {...form.text('name')} />
      <div className="vb-form__row">
        <TextInput label="Ronde" type="number" inputMode="numeric" min={LEERLAB_ROUND.min} max={LEERLAB_ROUND.max} hint="Het jaar van de subsidieronde, bijvoorbeeld 2022." {...form.text('round')} />
        <TextInput label="Startjaar" type="number" inputMode="numeric" min={LEERLAB_START_YEAR.min} max={LEERLAB_START_YEAR.max} {...form.text('startYear')} />
      </div>
      <TextInput label="Thema" optional hint="Bijvoorbeeld: Zorg en Welzijn, Groen of Techniek." {...form.text('theme')} />
      <TextArea label="Beschrijving" optional {...form.text('description')} />
      <CheckboxGroup
        legend="Scholen in dit leerlab"
        options={namedOptions(region.schools)}
        value={form.values.schoolIds}
        onChange={(schoolIds) => form.set('schoolIds', schoolIds)}
        error={form.error('schoolIds')}
        emptyText="Deze regio heeft nog geen scholen. Voeg eerst scholen toe."
      />
      <FormActions
        submitLabel={submitLabel}
        saving={form.saving}
        saved={form.saved}
        secondary={<Link to={`/regio/${region.slug}/leerlabs`}>{leerlab ? 'Terug naar de leerlabs' : 'Annuleren'}</Link>}
      />
    </Form>
  );
}
