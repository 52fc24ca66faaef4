import { useMutation } from '@apollo/client';
import { CheckboxGroup, Form, FormActions, FormErrorSummary, Select, TextArea, TextInput, namedOptions } from '@verbinder/web/ui';
import { optionalInteger, optionalText, useForm } from '@verbinder/web/forms';
import { formatDay } from './dates';
import { EMPTY_SERIES, MAX_SERIES_WEEKS, seriesDates, validateSeries, WEEKDAY_NAMES, type SeriesValues } from './form-values';
import { audienceLabels, kindLabels, optionsFrom } from './labels';
import { CREATE_ACTIVITY_SERIES, type ActivityKind, type Audience, type MeetupsRegion } from './operations';

const WEEKDAY_OPTIONS = [1, 2, 3, 4, 5, 6, 0].map((day) => ({ value: String(day), label: WEEKDAY_NAMES[day] }));

/**
 * A weekly series (e.g. a breakfast meet-up rotating between the schools): the API creates one
 * activity per week at once, with the host schools taking turns in the order they were ticked.
 */
export function SeriesForm({ region, onCreated, onCancel }: { region: MeetupsRegion; onCreated: (series: { id: string; title: string; count: number }) => void; onCancel: () => void }) {
  const form = useForm<SeriesValues>(EMPTY_SERIES);
  const [create] = useMutation(CREATE_ACTIVITY_SERIES);
  const { values } = form;
  const dates = seriesDates(values.startDate, values.endDate, Number(values.weekday));
  const schoolName = (id: string) => region.schools.find((school) => school.id === id)?.name ?? 'onbekende school';

  const submit = () =>
    void form.submit(async (v) => {
      const result = await create({
        variables: {
          input: {
            regionId: region.id,
            kind: v.kind as ActivityKind,
            title: v.title.trim(),
            description: optionalText(v.description),
            weekday: Number(v.weekday),
            startTime: v.startTime,
            endTime: v.endTime,
            startDate: v.startDate,
            endDate: v.endDate,
            hostSchoolIds: v.hostSchoolIds,
            audience: v.audience as Audience[],
            capacity: optionalInteger(v.capacity),
          },
        },
      });
      if (result.data) onCreated({ id: result.data.createActivitySeries.id, title: result.data.createActivitySeries.title, count: dates.length });
    }, validateSeries);

  return (
    <Form label="Reeks toevoegen" onSubmit={submit}>
      <FormErrorSummary message={form.summary} />
      <Select label="Soort activiteit" options={optionsFrom(kindLabels)} {...form.text('kind')} />
      <TextInput label="Titel" {...form.text('title')} required />
      <TextArea label="Beschrijving" optional {...form.text('description')} />
      <div className="vb-form__row">
        <Select label="Dag van de week" options={WEEKDAY_OPTIONS} {...form.text('weekday')} />
        <TextInput label="Begintijd" type="time" {...form.text('startTime')} required />
        <TextInput label="Eindtijd" type="time" {...form.text('endTime')} required />
      </div>
      <div className="vb-form__row">
        <TextInput label="Eerste datum" type="date" {...form.text('startDate')} required />
        <TextInput label="Laatste datum" type="date" hint={`Hoogstens ${MAX_SERIES_WEEKS} weken na de eerste.`} {...form.text('endDate')} required />
      </div>
      <p className="vb-field__hint" data-testid="reeks-samenvatting" aria-live="polite">
        {dates.length > 0
          ? `Tijden in Nederlandse tijd. ${dates.length === 1 ? '1 keer' : `${dates.length} keer`}: van ${formatDay(dates[0])} tot en met ${formatDay(dates[dates.length - 1])}. Schoolvakanties van de regio worden overgeslagen.`
          : 'Tijden in Nederlandse tijd (Europe/Amsterdam). Schoolvakanties van de regio worden overgeslagen.'}
      </p>
      <CheckboxGroup
        legend="Gastscholen (om de beurt)"
        hint="Vink de scholen aan in de volgorde waarin ze gastheer zijn; de eerste ontvangt de eerste keer. Geen school gekozen: zonder vaste plek."
        options={namedOptions(region.schools)}
        emptyText="Deze regio heeft nog geen scholen."
        {...form.choices('hostSchoolIds')}
      />
      {values.hostSchoolIds.length > 1 && (
        <p className="vb-field__hint" data-testid="volgorde">
          Volgorde: {values.hostSchoolIds.map(schoolName).join(' → ')}
        </p>
      )}
      <TextInput label="Aantal plekken per keer" optional inputMode="numeric" hint="Leeg = onbeperkt" {...form.text('capacity')} />
      <CheckboxGroup legend="Voor wie" hint="Kies ‘Iedereen (openbaar)’ om de activiteiten op de publieke site te zetten." options={optionsFrom(audienceLabels)} {...form.choices('audience')} />
      <FormActions submitLabel="Reeks toevoegen" saving={form.saving} onCancel={onCancel} />
    </Form>
  );
}
