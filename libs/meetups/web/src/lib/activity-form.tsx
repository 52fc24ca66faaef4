import { useMutation } from '@apollo/client';
import { Button, CheckboxGroup, Form, FormActions, FormErrorSummary, Select, TextArea, TextInput } from '@verbinder/web/ui';
import { optionalInteger, optionalText, requireInteger, requireText, useForm } from '@verbinder/web/forms';
import { amsterdamIso } from '@verbinder/shared/time';
import { audienceLabels, kindLabels, optionsFrom } from './labels';
import { CREATE_ACTIVITY, type ActivityKind, type Audience, type MeetupsRegion } from './operations';

interface ActivityValues {
  kind: string;
  title: string;
  description: string;
  hostSchoolId: string;
  address: string;
  room: string;
  travelNote: string;
  date: string;
  startTime: string;
  endTime: string;
  audience: string[];
  capacity: string;
}

const EMPTY: ActivityValues = {
  kind: 'WORKSHOP',
  title: '',
  description: '',
  hostSchoolId: '',
  address: '',
  room: '',
  travelNote: '',
  date: '',
  startTime: '09:00',
  endTime: '12:00',
  audience: ['DOCENTEN'],
  capacity: '',
};

const TIME = /^\d{2}:\d{2}$/;

function validate(values: ActivityValues): Record<string, string> {
  const problems: Record<string, string> = {};
  requireText(problems, 'title', values.title, 'Geef de activiteit een titel.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) problems['date'] = 'Kies de datum.';
  if (!TIME.test(values.startTime)) problems['startTime'] = 'Vul de begintijd in als uu:mm.';
  if (!TIME.test(values.endTime)) problems['endTime'] = 'Vul de eindtijd in als uu:mm.';
  else if (TIME.test(values.startTime) && values.endTime <= values.startTime) problems['endTime'] = 'De eindtijd ligt na de begintijd.';
  requireInteger(problems, 'capacity', values.capacity, 'Vul een heel aantal plekken in (1 of meer), of laat het leeg.', { optional: true, min: 1 });
  return problems;
}

/** Create a one-off activity in the region (editors only; the API checks it too). */
export function ActivityForm({
  region,
  onCreated,
  onCancel,
}: {
  region: MeetupsRegion;
  onCreated: (activity: { id: string; title: string }) => void;
  onCancel: () => void;
}) {
  const form = useForm<ActivityValues>(EMPTY);
  const [create] = useMutation(CREATE_ACTIVITY);
  const { values, set } = form;
  // Errors on startsAt/endsAt from the server belong to the date and time fields.
  const startsAtError = form.error('startsAt');
  const endsAtError = form.error('endsAt');

  const submit = () =>
    void form.submit(async (v) => {
      const result = await create({
        variables: {
          input: {
            regionId: region.id,
            kind: v.kind as ActivityKind,
            title: v.title.trim(),
            description: optionalText(v.description),
            hostSchoolId: v.hostSchoolId || null,
            address: optionalText(v.address),
            room: optionalText(v.room),
            travelNote: optionalText(v.travelNote),
            startsAt: amsterdamIso(v.date, v.startTime),
            endsAt: amsterdamIso(v.date, v.endTime),
            audience: v.audience as Audience[],
            capacity: optionalInteger(v.capacity),
          },
        },
      });
      if (result.data) onCreated({ id: result.data.createActivity.id, title: v.title.trim() });
    }, validate);

  return (
    <Form label="Activiteit toevoegen" onSubmit={submit}>
      <FormErrorSummary message={form.summary} />
      <Select label="Soort activiteit" options={optionsFrom(kindLabels)} value={values.kind} onChange={(e) => set('kind', e.target.value)} error={form.error('kind')} />
      <TextInput label="Titel" {...form.text('title')} required />
      <TextArea label="Beschrijving" optional {...form.text('description')} />
      <div className="vb-form__row">
        <TextInput label="Datum" type="date" {...form.text('date')} error={form.error('date') ?? startsAtError} required />
        <TextInput label="Begintijd" type="time" {...form.text('startTime')} required />
        <TextInput label="Eindtijd" type="time" {...form.text('endTime')} error={form.error('endTime') ?? endsAtError} required />
      </div>
      <p className="vb-field__hint">Tijden in Nederlandse tijd (Europe/Amsterdam).</p>
      <Select
        label="Gastschool"
        optional
        emptyOption="Geen gastschool"
        options={region.schools.map((school) => ({ value: school.id, label: school.name }))}
        value={values.hostSchoolId}
        onChange={(e) => set('hostSchoolId', e.target.value)}
        error={form.error('hostSchoolId')}
      />
      <TextInput label="Adres" optional {...form.text('address')} />
      <div className="vb-form__row">
        <TextInput label="Lokaal of zaal" optional {...form.text('room')} />
        <TextInput label="Aantal plekken" optional inputMode="numeric" hint="Leeg = onbeperkt" {...form.text('capacity')} />
      </div>
      <TextInput label="Reisinformatie" optional hint="Bijvoorbeeld parkeren of de looproute vanaf het station." {...form.text('travelNote')} />
      <CheckboxGroup
        legend="Voor wie"
        hint="Kies ‘Iedereen (openbaar)’ om de activiteit op de publieke site te zetten; dan kan aanmelden ook zonder account."
        options={optionsFrom(audienceLabels)}
        value={values.audience}
        onChange={(next) => set('audience', next)}
        error={form.error('audience')}
      />
      <FormActions
        submitLabel="Activiteit toevoegen"
        saving={form.saving}
        secondary={
          <Button variant="secondary" onClick={onCancel} disabled={form.saving}>
            Annuleren
          </Button>
        }
      />
    </Form>
  );
}
