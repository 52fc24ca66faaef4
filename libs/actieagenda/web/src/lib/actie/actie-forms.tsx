import { useId } from 'react';
import { useMutation } from '@apollo/client';
import { Button, Checkbox, Field, Form, FormActions, FormErrorSummary, Select, TextArea, TextInput } from '@verbinder/web/ui';
import { ADD_BIJSTELLING, ADD_CHECK_IN, CLOSE_ACTIE, DECIDE_REVIEW, RECORD_DECISION, REOPEN_ACTIE, REQUEST_REVIEW, SET_ACTIE_PUBLIC } from '../graphql/operations';
import type { ActieClosure, ActieStatus, ProgressMode, ReviewOutcome } from '../graphql/types';
import { closureLabels, optionsFrom, reviewOutcomeLabels, statusLabels } from '../labels';
import { todayYmd } from '../shared/dates';
import { describeError } from '../shared/errors';
import { useRefreshActieData } from '../shared/refresh';
import { lines, optionalText, requireInteger, requireText, useForm, type Validate } from '@verbinder/web/forms';

// Check-in

interface CheckInValues {
  date: string;
  status: ActieStatus;
  progress: string;
  text: string;
  evidenceLinks: string;
}

function isHttpLink(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const validateCheckIn: Validate<CheckInValues> = (values) => {
  const problems: Record<string, string> = {};
  if (values.date === '') problems['date'] = 'Kies de datum van de check-in.';
  requireInteger(problems, 'progress', values.progress, 'Vul een voortgang in van 0 tot en met 100 procent.', { min: 0, max: 100 });
  requireText(problems, 'text', values.text, 'Schrijf kort op wat er is gebeurd sinds de vorige check-in.');
  const badLine = lines(values.evidenceLinks).findIndex((link) => !isHttpLink(link));
  if (badLine >= 0) problems['evidenceLinks'] = `Regel ${badLine + 1} is geen geldige link. Begin een link met https://`;
  return problems;
};

export interface CheckInFormProps {
  actie: { id: string; title: string; status: ActieStatus; progress: number; progressMode: ProgressMode };
  /** A smaller form for the meeting screen (no evidence links field). */
  compact?: boolean;
}

/** A check-in: date, status, progress (number and slider), what happened and evidence links. */
export function CheckInForm({ actie, compact = false }: CheckInFormProps) {
  const refresh = useRefreshActieData();
  const [addCheckIn] = useMutation(ADD_CHECK_IN);
  const initial: CheckInValues = {
    date: todayYmd(),
    status: actie.status,
    progress: String(actie.progress),
    text: '',
    evidenceLinks: '',
  };
  const form = useForm<CheckInValues>(initial);
  const rangeId = useId();
  const progressNumber = Number(form.values.progress);

  const save = async (values: CheckInValues) => {
    await addCheckIn({
      variables: {
        input: {
          actieId: actie.id,
          date: values.date || null,
          status: values.status,
          progress: Number(values.progress),
          text: values.text.trim(),
          evidenceLinks: lines(values.evidenceLinks),
        },
      },
    });
    await refresh();
  };

  return (
    <Form
      label={`Check-in voor ${actie.title}`}
      className={compact ? 'vb-form--compact' : undefined}
      onSubmit={() =>
        void form.submit(save, validateCheckIn).then((ok) => {
          if (ok) form.reset({ ...form.values, text: '', evidenceLinks: '' });
        })
      }
    >
      <FormErrorSummary message={form.summary} title="De check-in is niet opgeslagen" />
      <div className="vb-form__row">
        <TextInput label="Datum" type="date" max={todayYmd()} {...form.text('date')} />
        <Select label="Status" options={optionsFrom(statusLabels)} {...form.text('status')} />
      </div>
      <Field
        label="Voortgang in procenten"
        hint={
          actie.progressMode === 'SUB_ACTIES' ? 'De voortgang van deze actie wordt berekend uit de sub-acties; wat je hier invult is je eigen inschatting.' : compact ? undefined : '0 tot en met 100.'
        }
        error={form.error('progress')}
      >
        {(control) => (
          <div className="vb-progress-input">
            <input
              {...control}
              className="vb-input vb-progress-input__number"
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              value={form.values.progress}
              onChange={(event) => form.set('progress', event.target.value)}
            />
            <label className="vb-visually-hidden" htmlFor={rangeId}>
              Voortgang met schuifregelaar
            </label>
            <input
              id={rangeId}
              className="vb-progress-input__range"
              type="range"
              min={0}
              max={100}
              step={5}
              value={Number.isFinite(progressNumber) ? Math.max(0, Math.min(100, progressNumber)) : 0}
              aria-valuetext={`${form.values.progress || 0}%`}
              onChange={(event) => form.set('progress', event.target.value)}
            />
          </div>
        )}
      </Field>
      <TextArea label="Wat is er gebeurd?" hint={compact ? undefined : 'Kort: wat is er gedaan, wat loopt goed, waar loop je tegenaan?'} rows={compact ? 2 : 4} {...form.text('text')} />
      {!compact && <TextArea label="Bewijs of materiaal (links)" optional hint="Eén link per regel, bijvoorbeeld naar een verslag of foto's in Teams." rows={2} {...form.text('evidenceLinks')} />}
      <FormActions submitLabel="Check-in opslaan" saving={form.saving} saved={form.saved} />
    </Form>
  );
}

// Decision

interface DecisionValues {
  text: string;
  meetingDate: string;
}

const validateDecision: Validate<DecisionValues> = (values) => {
  const problems: Record<string, string> = {};
  requireText(problems, 'text', values.text, 'Schrijf op wat er is besloten.');
  if (values.meetingDate === '') problems['meetingDate'] = 'Kies de datum van het overleg.';
  return problems;
};

/** "Besluit vastleggen": what was decided, in which meeting. */
export function DecisionForm({
  actie,
  meetingDate,
  compact = false,
}: {
  actie: { id: string; title: string };
  meetingDate?: string;
  /** Without hints, for the meeting screen. */
  compact?: boolean;
}) {
  const refresh = useRefreshActieData();
  const [recordDecision] = useMutation(RECORD_DECISION);
  const form = useForm<DecisionValues>({ text: '', meetingDate: meetingDate ?? todayYmd() });

  const save = async (values: DecisionValues) => {
    await recordDecision({ variables: { actieId: actie.id, text: values.text.trim(), meetingDate: values.meetingDate || null } });
    await refresh();
  };

  return (
    <Form
      label={`Besluit vastleggen voor ${actie.title}`}
      className={compact ? 'vb-form--compact' : undefined}
      onSubmit={() =>
        void form.submit(save, validateDecision).then((ok) => {
          if (ok) form.reset({ ...form.values, text: '' });
        })
      }
    >
      <FormErrorSummary message={form.summary} title="Het besluit is niet opgeslagen" />
      <TextArea label="Besluit" rows={2} hint={compact ? undefined : 'Bijvoorbeeld: we plannen de meeloopdag in week 12 op het Morgen College.'} {...form.text('text')} />
      <TextInput label="Datum overleg" type="date" {...form.text('meetingDate')} />
      <FormActions submitLabel="Besluit vastleggen" saving={form.saving} saved={form.saved} />
    </Form>
  );
}

// Bijstelling

interface BijstellingValues {
  what: string;
  why: string;
  before: string;
  after: string;
}

const emptyBijstelling: BijstellingValues = { what: '', why: '', before: '', after: '' };

const validateBijstelling: Validate<BijstellingValues> = (values) => {
  const problems: Record<string, string> = {};
  requireText(problems, 'what', values.what, 'Vul in wat er wordt bijgesteld.');
  requireText(problems, 'why', values.why, 'Vul in waarom het wordt bijgesteld.');
  return problems;
};

/** "Bijstelling vastleggen": the adjustment log (e.g. docentstage: 1 week → halve dag). */
export function BijstellingForm({ actie }: { actie: { id: string; title: string } }) {
  const refresh = useRefreshActieData();
  const [addBijstelling] = useMutation(ADD_BIJSTELLING);
  const form = useForm<BijstellingValues>(emptyBijstelling);

  const save = async (values: BijstellingValues) => {
    await addBijstelling({
      variables: {
        input: {
          actieId: actie.id,
          what: values.what.trim(),
          why: values.why.trim(),
          before: optionalText(values.before),
          after: optionalText(values.after),
        },
      },
    });
    await refresh();
  };

  return (
    <Form
      label={`Bijstelling vastleggen voor ${actie.title}`}
      onSubmit={() =>
        void form.submit(save, validateBijstelling).then((ok) => {
          if (ok) form.reset(emptyBijstelling);
        })
      }
    >
      <FormErrorSummary message={form.summary} title="De bijstelling is niet opgeslagen" />
      <TextInput label="Wat wordt bijgesteld?" hint="Bijvoorbeeld: de duur van de docentstage." {...form.text('what')} />
      <TextArea label="Waarom?" rows={2} hint="Bijvoorbeeld: een week meelopen is niet haalbaar door onderbezetting in teams en de roosters." {...form.text('why')} />
      <div className="vb-form__row">
        <TextInput label="Voor" optional hint="Bijvoorbeeld: 1 week" {...form.text('before')} />
        <TextInput label="Na" optional hint="Bijvoorbeeld: een halve dag" {...form.text('after')} />
      </div>
      <FormActions submitLabel="Bijstelling vastleggen" saving={form.saving} saved={form.saved} />
    </Form>
  );
}

// Review: "Relevant en haalbaar?"

export const defaultReviewQuestion = 'Is deze actie nog relevant en haalbaar? Kunnen we dingen aanscherpen?';

export function RequestReviewForm({ actie }: { actie: { id: string; title: string } }) {
  const refresh = useRefreshActieData();
  const [requestReview] = useMutation(REQUEST_REVIEW);
  const form = useForm({ question: defaultReviewQuestion });

  const save = async ({ question }: { question: string }) => {
    await requestReview({ variables: { actieId: actie.id, question: optionalText(question) } });
    await refresh();
  };

  return (
    <Form label={`Review aanvragen voor ${actie.title}`} onSubmit={() => void form.submit(save)}>
      <FormErrorSummary message={form.summary} title="De review is niet aangevraagd" />
      <TextArea label="Vraag aan het overleg" optional rows={2} {...form.text('question')} />
      <FormActions submitLabel="Review aanvragen" saving={form.saving} saved={form.saved} />
    </Form>
  );
}

interface DecideValues {
  outcome: ReviewOutcome | '';
  note: string;
}

const validateDecide: Validate<DecideValues> = (values): Record<string, string> => (values.outcome === '' ? { outcome: 'Kies wat er met de actie gebeurt.' } : {});

export function DecideReviewForm({ reviewId, actieTitle }: { reviewId: string; actieTitle: string }) {
  const refresh = useRefreshActieData();
  const [decideReview] = useMutation(DECIDE_REVIEW);
  const form = useForm<DecideValues>({ outcome: '', note: '' });

  const save = async (values: DecideValues) => {
    if (values.outcome === '') return;
    await decideReview({ variables: { reviewId, outcome: values.outcome, note: optionalText(values.note) } });
    await refresh();
  };

  return (
    <Form label={`Review besluiten voor ${actieTitle}`} onSubmit={() => void form.submit(save, validateDecide)}>
      <FormErrorSummary message={form.summary} title="Het besluit over de review is niet opgeslagen" />
      <Select label="Uitkomst" emptyOption="Kies een uitkomst" options={optionsFrom(reviewOutcomeLabels)} {...form.text('outcome')} />
      <TextArea label="Toelichting" optional rows={2} {...form.text('note')} />
      <FormActions submitLabel="Review besluiten" saving={form.saving} saved={form.saved} />
    </Form>
  );
}

// Closure

interface CloseValues {
  closure: ActieClosure | '';
  note: string;
}

const validateClose: Validate<CloseValues> = (values): Record<string, string> => (values.closure === '' ? { closure: 'Kies hoe de actie is afgelopen.' } : {});

export function CloseActieForm({ actie }: { actie: { id: string; title: string } }) {
  const refresh = useRefreshActieData();
  const [closeActie] = useMutation(CLOSE_ACTIE);
  const form = useForm<CloseValues>({ closure: '', note: '' });

  const save = async (values: CloseValues) => {
    if (values.closure === '') return;
    await closeActie({ variables: { id: actie.id, closure: values.closure, note: optionalText(values.note) } });
    await refresh();
  };

  return (
    <Form label={`Actie ${actie.title} afsluiten`} onSubmit={() => void form.submit(save, validateClose)}>
      <FormErrorSummary message={form.summary} title="De actie is niet afgesloten" />
      <Select label="Resultaat" emptyOption="Kies een resultaat" options={optionsFrom(closureLabels)} {...form.text('closure')} />
      <TextArea label="Toelichting" optional rows={2} {...form.text('note')} />
      <FormActions submitLabel="Actie afsluiten" busyLabel="Bezig met afsluiten…" saving={form.saving} />
    </Form>
  );
}

export function ReopenActieButton({ actie }: { actie: { id: string } }) {
  const refresh = useRefreshActieData();
  const [reopenActie, { loading, error }] = useMutation(REOPEN_ACTIE);
  return (
    <div className="vb-stack">
      <Button
        variant="secondary"
        busy={loading}
        onClick={() =>
          void reopenActie({ variables: { id: actie.id } })
            .then(() => refresh())
            .catch(() => undefined)
        }
      >
        Actie heropenen
      </Button>
      {error && (
        <p className="vb-field__error" role="alert">
          {describeError(error)}
        </p>
      )}
    </div>
  );
}

// Public progress page

interface PublicValues {
  isPublic: boolean;
  publicSummary: string;
}

export function PublicForm({ actie }: { actie: { id: string; title: string; isPublic: boolean; publicSummary: string | null } }) {
  const refresh = useRefreshActieData();
  const [setActiePublic] = useMutation(SET_ACTIE_PUBLIC);
  const form = useForm<PublicValues>({ isPublic: actie.isPublic, publicSummary: actie.publicSummary ?? '' });

  const validate: Validate<PublicValues> = (values): Record<string, string> =>
    values.isPublic && values.publicSummary.trim() === '' ? { publicSummary: 'Schrijf een korte samenvatting voor de publieke pagina.' } : {};

  const save = async (values: PublicValues) => {
    await setActiePublic({
      variables: { id: actie.id, isPublic: values.isPublic, publicSummary: optionalText(values.publicSummary) },
    });
    await refresh();
  };

  return (
    <Form label={`Openbaarheid van ${actie.title}`} onSubmit={() => void form.submit(save, validate)}>
      <FormErrorSummary message={form.summary} />
      <Checkbox
        label="Tonen op de openbare voortgangspagina van de regio"
        hint="Dan zien ouders, leerlingen en bedrijven de titel, de voortgang en de samenvatting hieronder. Namen van eigenaren en check-ins blijven intern."
        checked={form.values.isPublic}
        onChange={(event) => form.set('isPublic', event.target.checked)}
        error={form.error('isPublic')}
      />
      <TextArea label="Publieke samenvatting" optional={!form.values.isPublic} rows={3} hint="In eenvoudige taal (B1). Noem geen leerlingen bij naam." {...form.text('publicSummary')} />
      <FormActions submitLabel="Openbaarheid opslaan" saving={form.saving} saved={form.saved} />
    </Form>
  );
}
