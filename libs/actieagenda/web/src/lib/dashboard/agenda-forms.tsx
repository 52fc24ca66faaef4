import { useMutation } from '@apollo/client';
import { CancelButton, CheckboxGroup, Fieldset, Form, FormActions, FormErrorSummary, Select, TextArea, TextInput, namedOptions } from '@verbinder/web/ui';
import { CREATE_ACTIE, CREATE_ACTIEAGENDA, UPDATE_ACTIE, UPSERT_ACTIELIJN } from '../graphql/operations';
import type { ActieInput, ActieSummary, ActieagendaRegion, Actielijn, PersonOption, ProgressMode } from '../graphql/types';
import { optionsFrom, progressModeLabels } from '../labels';
import { todayYmd } from '../shared/dates';
import { useRefreshActieData } from '../shared/refresh';
import { optionalText, requireInteger, requireText, useForm, type Validate } from '@verbinder/web/forms';

// New agenda (empty state)

interface AgendaValues {
  title: string;
  periodStart: string;
  periodEnd: string;
}

const validateAgenda: Validate<AgendaValues> = (values) => {
  const problems: Record<string, string> = {};
  requireText(problems, 'title', values.title, 'Geef de actieagenda een titel.');
  if (values.periodStart === '') problems['periodStart'] = 'Kies de startdatum.';
  if (values.periodEnd === '') problems['periodEnd'] = 'Kies de einddatum.';
  if (values.periodStart && values.periodEnd && values.periodEnd < values.periodStart) {
    problems['periodEnd'] = 'De einddatum ligt vóór de startdatum.';
  }
  return problems;
};

export function CreateAgendaForm({ region, onCreated }: { region: ActieagendaRegion; onCreated: () => Promise<unknown> }) {
  const [createActieagenda] = useMutation(CREATE_ACTIEAGENDA);
  const year = Number(todayYmd().slice(0, 4));
  const form = useForm<AgendaValues>({
    title: `Actieagenda ${region.name} ${year}–${year + 2}`,
    periodStart: `${year}-01-01`,
    periodEnd: `${year + 2}-12-31`,
  });

  const save = async (values: AgendaValues) => {
    await createActieagenda({
      variables: {
        input: { regionId: region.id, title: values.title.trim(), periodStart: values.periodStart, periodEnd: values.periodEnd },
      },
    });
    await onCreated();
  };

  return (
    <Form label="Actieagenda aanmaken" onSubmit={() => void form.submit(save, validateAgenda)}>
      <FormErrorSummary message={form.summary} title="De actieagenda is niet aangemaakt" />
      <TextInput label="Titel" {...form.text('title')} />
      <div className="vb-form__row">
        <TextInput label="Start van de periode" type="date" {...form.text('periodStart')} />
        <TextInput label="Einde van de periode" type="date" hint="Een actieagenda loopt meestal drie jaar." {...form.text('periodEnd')} />
      </div>
      <FormActions submitLabel="Actieagenda aanmaken" busyLabel="Bezig met aanmaken…" saving={form.saving} />
    </Form>
  );
}

// Actielijn (add or edit; upsert by agenda and number)

interface LineValues {
  number: string;
  title: string;
  description: string;
  focusYears: string;
}

function parseYears(value: string): number[] | null {
  const parts = value
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  const years = parts.map(Number);
  return years.every((year) => Number.isInteger(year) && year >= 2000 && year <= 2100) ? [...new Set(years)].sort() : null;
}

export interface ActielijnFormProps {
  agendaId: string;
  /** Existing line to edit (its number cannot change: the number identifies the line). */
  line?: Pick<Actielijn, 'id' | 'number' | 'title' | 'description' | 'focusYears'>;
  existingNumbers: number[];
  onDone?: () => void;
}

export function ActielijnForm({ agendaId, line, existingNumbers, onDone }: ActielijnFormProps) {
  const refresh = useRefreshActieData();
  const [upsertActielijn] = useMutation(UPSERT_ACTIELIJN);
  const nextNumber = existingNumbers.length === 0 ? 1 : Math.max(...existingNumbers) + 1;
  const form = useForm<LineValues>({
    number: String(line?.number ?? nextNumber),
    title: line?.title ?? '',
    description: line?.description ?? '',
    focusYears: line?.focusYears.join(', ') ?? '',
  });
  const numberTaken = !line && existingNumbers.includes(Number(form.values.number));

  const validate: Validate<LineValues> = (values) => {
    const problems: Record<string, string> = {};
    requireInteger(problems, 'number', values.number, 'Vul een nummer in van 1 tot en met 99.', { min: 1, max: 99 });
    requireText(problems, 'title', values.title, 'Geef de actielijn een titel.');
    if (parseYears(values.focusYears) === null) {
      problems['focusYears'] = 'Vul jaartallen in, gescheiden door komma’s, bijvoorbeeld: 2022, 2023.';
    }
    return problems;
  };

  const save = async (values: LineValues) => {
    await upsertActielijn({
      variables: {
        input: {
          agendaId,
          number: Number(values.number),
          title: values.title.trim(),
          description: optionalText(values.description),
          focusYears: parseYears(values.focusYears) ?? [],
        },
      },
    });
    await refresh();
  };

  return (
    <Form
      label={line ? `Actielijn ${line.number} bewerken` : 'Actielijn toevoegen'}
      onSubmit={() =>
        void form.submit(save, validate).then((ok) => {
          if (ok && !line) form.reset({ number: String(Number(form.values.number) + 1), title: '', description: '', focusYears: '' });
          if (ok) onDone?.();
        })
      }
    >
      <FormErrorSummary message={form.summary} title="De actielijn is niet opgeslagen" />
      <div className="vb-form__row">
        <TextInput
          label="Nummer"
          type="number"
          inputMode="numeric"
          min={1}
          max={99}
          disabled={Boolean(line)}
          hint={line ? 'Het nummer bepaalt welke lijn het is en kan niet veranderen.' : numberTaken ? `Lijn ${form.values.number} bestaat al: opslaan werkt die lijn bij.` : undefined}
          {...form.text('number')}
        />
        <TextInput label="Focusjaren" optional hint="Jaren waarin deze lijn extra aandacht krijgt, gescheiden door komma’s. Bijvoorbeeld: 2022" {...form.text('focusYears')} />
      </div>
      <TextInput label="Titel" hint="Bijvoorbeeld: Het formeren van de groep verbinders." {...form.text('title')} />
      <TextArea label="Omschrijving" optional rows={3} {...form.text('description')} />
      <FormActions
        submitLabel={line ? 'Actielijn opslaan' : 'Actielijn toevoegen'}
        saving={form.saving}
        saved={form.saved}
        secondary={onDone ? <CancelButton variant="quiet" onClick={onDone} /> : undefined}
      />
    </Form>
  );
}

// Actie (add, or edit on the dashboard)

interface ActieValues {
  actielijnId: string;
  parentId: string;
  title: string;
  description: string;
  target: string;
  leadSchoolId: string;
  partnerSchoolIds: string[];
  ownerIds: string[];
  periodStart: string;
  periodEnd: string;
  progressMode: ProgressMode;
  cadenceDays: string;
}

function toValues(actielijnId: string, actie?: ActieSummary): ActieValues {
  return {
    actielijnId,
    parentId: actie?.parent?.id ?? '',
    title: actie?.title ?? '',
    description: actie?.description ?? '',
    target: actie?.target ?? '',
    leadSchoolId: actie?.leadSchool?.id ?? '',
    partnerSchoolIds: actie?.partnerSchools.map((school) => school.id) ?? [],
    ownerIds: actie?.owners.map((owner) => owner.id) ?? [],
    periodStart: actie?.periodStart ?? '',
    periodEnd: actie?.periodEnd ?? '',
    progressMode: actie?.progressMode ?? 'DIRECT',
    cadenceDays: String(actie?.cadenceDays ?? 7),
  };
}

function toInput(values: ActieValues): ActieInput {
  return {
    actielijnId: values.actielijnId,
    parentId: values.parentId || null,
    title: values.title.trim(),
    description: optionalText(values.description),
    target: optionalText(values.target),
    leadSchoolId: values.leadSchoolId || null,
    partnerSchoolIds: values.partnerSchoolIds.filter((id) => id !== values.leadSchoolId),
    ownerIds: values.ownerIds,
    periodStart: values.periodStart || null,
    periodEnd: values.periodEnd || null,
    progressMode: values.progressMode,
    cadenceDays: Number(values.cadenceDays),
  };
}

const validateActie: Validate<ActieValues> = (values) => {
  const problems: Record<string, string> = {};
  requireText(problems, 'title', values.title, 'Geef de actie een titel.');
  requireInteger(problems, 'cadenceDays', values.cadenceDays, 'Vul een aantal dagen in van 1 tot en met 365.', { min: 1, max: 365 });
  if (values.periodStart && values.periodEnd && values.periodEnd < values.periodStart) {
    problems['periodEnd'] = 'De einddatum ligt vóór de startdatum.';
  }
  return problems;
};

export interface ActieFormProps {
  region: ActieagendaRegion;
  people: PersonOption[];
  lines: Pick<Actielijn, 'id' | 'number' | 'title' | 'acties'>[];
  actielijnId: string;
  actie?: ActieSummary;
  onDone: () => void;
}

export function ActieForm({ region, people, lines, actielijnId, actie, onDone }: ActieFormProps) {
  const refresh = useRefreshActieData();
  const [createActie] = useMutation(CREATE_ACTIE);
  const [updateActie] = useMutation(UPDATE_ACTIE);
  const form = useForm(toValues(actielijnId, actie));
  const { values } = form;
  const schoolOptions = namedOptions(region.schools);
  const parentOptions =
    lines
      .find((line) => line.id === values.actielijnId)
      ?.acties.filter((candidate) => candidate.id !== actie?.id)
      .map((candidate) => ({ value: candidate.id, label: candidate.title })) ?? [];

  const save = async (current: ActieValues) => {
    const input = toInput(current);
    if (actie) await updateActie({ variables: { id: actie.id, input } });
    else await createActie({ variables: { input } });
    await refresh();
  };

  return (
    <Form
      label={actie ? `Actie ${actie.title} bewerken` : 'Actie toevoegen'}
      onSubmit={() =>
        void form.submit(save, validateActie).then((ok) => {
          if (ok) onDone();
        })
      }
    >
      <FormErrorSummary message={form.summary} title="De actie is niet opgeslagen" />
      <Fieldset legend="Wat">
        <TextInput label="Titel" hint="Bijvoorbeeld: Docentstages vo ↔ mbo." {...form.text('title')} />
        <TextArea label="Omschrijving" optional rows={3} {...form.text('description')} />
        <TextInput label="Doel" optional hint="Wanneer is de actie geslaagd? Bijvoorbeeld: 20 docenten lopen een halve dag mee." {...form.text('target')} />
        <div className="vb-form__row">
          <Select
            label="Actielijn"
            options={lines.map((line) => ({ value: line.id, label: `${line.number}. ${line.title}` }))}
            value={values.actielijnId}
            onChange={(event) => {
              form.set('actielijnId', event.target.value);
              form.set('parentId', '');
            }}
            error={form.error('actielijnId')}
          />
          <Select label="Onderdeel van" optional hint="Kies een actie als dit een sub-actie is." emptyOption="Geen: een hoofdactie" options={parentOptions} {...form.text('parentId')} />
        </div>
      </Fieldset>
      <Fieldset legend="Wie">
        <Select label="Trekker (school)" optional emptyOption="Nog geen trekker" options={schoolOptions} {...form.text('leadSchoolId')} />
        <CheckboxGroup
          legend="Partnerscholen"
          options={schoolOptions.filter((option) => option.value !== values.leadSchoolId)}
          value={values.partnerSchoolIds}
          onChange={(ids) => form.set('partnerSchoolIds', ids)}
          error={form.error('partnerSchoolIds')}
          emptyText="Er zijn nog geen andere scholen in deze regio."
        />
        <CheckboxGroup
          legend="Eigenaren"
          hint="Eigenaren doen de check-ins en krijgen een herinnering als die te laat is."
          options={namedOptions(people)}
          value={values.ownerIds}
          onChange={(ids) => form.set('ownerIds', ids)}
          error={form.error('ownerIds')}
          emptyText="Er zijn nog geen mensen in deze regio."
        />
      </Fieldset>
      <Fieldset legend="Wanneer en hoe">
        <div className="vb-form__row">
          <TextInput label="Start" optional type="date" {...form.text('periodStart')} />
          <TextInput label="Einde" optional type="date" {...form.text('periodEnd')} />
        </div>
        <div className="vb-form__row">
          <TextInput label="Check-in elke … dagen" type="number" inputMode="numeric" min={1} max={365} hint="7 = elke week, voor het verbindersoverleg op woensdag." {...form.text('cadenceDays')} />
          <Select label="Voortgang" options={optionsFrom(progressModeLabels)} {...form.text('progressMode')} />
        </div>
      </Fieldset>
      <FormActions submitLabel={actie ? 'Actie opslaan' : 'Actie toevoegen'} saving={form.saving} saved={form.saved} secondary={<CancelButton variant="quiet" onClick={onDone} />} />
    </Form>
  );
}
