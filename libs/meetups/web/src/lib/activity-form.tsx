import { useMutation } from '@apollo/client';
import { CheckboxGroup, Form, FormActions, FormErrorSummary, Select, TextArea, TextInput, namedOptions } from '@verbinder/web/ui';
import { optionalInteger, optionalText, useForm } from '@verbinder/web/forms';
import { amsterdamIso } from '@verbinder/shared/time';
import { activityValuesFrom, EMPTY_ACTIVITY, validateActivity, type ActivityValues } from './form-values';
import { audienceLabels, kindLabels, optionsFrom } from './labels';
import { CREATE_ACTIVITY, UPDATE_ACTIVITY, type ActivityDetail, type ActivityKind, type Audience } from './operations';

/**
 * Create a one-off activity in the region, or edit `activity` (editors only; the API checks it
 * too). An edit sends the fields the form does not show as they are (registration window, actie),
 * and no organisers, which the API then keeps.
 */
export function ActivityForm({
  region,
  activity,
  onSaved,
  onCancel,
}: {
  region: { id: string; schools: ReadonlyArray<{ id: string; name: string }> };
  activity?: ActivityDetail;
  onSaved: (activity: { id: string; title: string }) => void;
  onCancel: () => void;
}) {
  const form = useForm<ActivityValues>(activity ? activityValuesFrom(activity) : EMPTY_ACTIVITY);
  const [create] = useMutation(CREATE_ACTIVITY);
  const [update] = useMutation(UPDATE_ACTIVITY);
  // Errors on startsAt/endsAt from the server belong to the date and time fields.
  const startsAtError = form.error('startsAt');
  const endsAtError = form.error('endsAt');
  const label = activity ? 'Activiteit wijzigen' : 'Activiteit toevoegen';

  const submit = () =>
    void form.submit(async (v) => {
      const input = {
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
      };
      if (activity) {
        const result = await update({
          variables: {
            id: activity.id,
            input: {
              ...input,
              registrationOpensAt: activity.registrationOpensAt ?? null,
              registrationClosesAt: activity.registrationClosesAt ?? null,
              actieId: activity.actieId ?? null,
              actielijnId: activity.actielijnId ?? null,
            },
          },
        });
        if (result.data) onSaved({ id: result.data.updateActivity.id, title: input.title });
        return;
      }
      const result = await create({ variables: { input } });
      if (result.data) onSaved({ id: result.data.createActivity.id, title: input.title });
    }, validateActivity);

  return (
    <Form label={label} onSubmit={submit}>
      <FormErrorSummary message={form.summary} />
      {activity?.seriesId && (
        <p className="vb-field__hint">Deze activiteit hoort bij een reeks. Wat je hier wijzigt, geldt alleen voor deze datum; de andere activiteiten van de reeks blijven zoals ze zijn.</p>
      )}
      <Select label="Soort activiteit" options={optionsFrom(kindLabels)} {...form.text('kind')} />
      <TextInput label="Titel" {...form.text('title')} required />
      <TextArea label="Beschrijving" optional {...form.text('description')} />
      <div className="vb-form__row">
        <TextInput label="Datum" type="date" {...form.text('date')} error={form.error('date') ?? startsAtError} required />
        <TextInput label="Begintijd" type="time" {...form.text('startTime')} required />
        <TextInput label="Eindtijd" type="time" {...form.text('endTime')} error={form.error('endTime') ?? endsAtError} required />
      </div>
      <p className="vb-field__hint">Tijden in Nederlandse tijd (Europe/Amsterdam).</p>
      <Select label="Gastschool" optional emptyOption="Geen gastschool" options={namedOptions(region.schools)} {...form.text('hostSchoolId')} />
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
        {...form.choices('audience')}
      />
      <FormActions submitLabel={activity ? 'Wijzigingen opslaan' : 'Activiteit toevoegen'} saving={form.saving} onCancel={onCancel} />
    </Form>
  );
}
