import { useMutation } from '@apollo/client';
import { optionalInteger, optionalText, requireInteger, requireText, useForm } from '@verbinder/web/forms';
import { CancelButton, Form, FormActions, FormErrorSummary, Select, TextArea, TextInput, namedOptions } from '@verbinder/web/ui';
import { DECISIONS, DECISION_TEXT, KIND_TEXT, KINDS_BY_SIDE, RELATION_HINT, RELATION_TEXT, RELATIONS, SIDE_TEXT } from './labels';
import { CurriculumDecision, CurriculumGroup, CurriculumItem, CurriculumItemKind, CurriculumPair, CurriculumRelation, CurriculumSide, SAVE_CURRICULUM_ITEM, SAVE_CURRICULUM_PAIR } from './operations';

interface ItemValues {
  kind: string;
  code: string;
  title: string;
  description: string;
  schoolId: string;
  studyHours: string;
}

/** Adds an item to one side, or edits one. */
export function ItemForm({
  werkgroep,
  side,
  item,
  onDone,
  onCancel,
}: {
  werkgroep: CurriculumGroup;
  side: CurriculumSide;
  item?: CurriculumItem;
  onDone: () => Promise<unknown>;
  onCancel?: () => void;
}) {
  const initial: ItemValues = {
    kind: item?.kind ?? KINDS_BY_SIDE[side][0],
    code: item?.code ?? '',
    title: item?.title ?? '',
    description: item?.description ?? '',
    schoolId: item?.school?.id ?? '',
    studyHours: item?.studyHours === null || item?.studyHours === undefined ? '' : String(item.studyHours),
  };
  const form = useForm(initial);
  const [save] = useMutation(SAVE_CURRICULUM_ITEM);
  const schools = werkgroep.region.schools.filter((s) => s.kind === 'BOTH' || s.kind === side);
  const label = item ? `${SIDE_TEXT[side]}-onderdeel ${item.code} bewerken` : `${SIDE_TEXT[side]}-onderdeel toevoegen`;

  const submit = () =>
    form.submit(
      async (v) => {
        await save({
          variables: {
            input: {
              id: item?.id ?? null,
              werkgroepId: werkgroep.id,
              side,
              kind: v.kind as CurriculumItemKind,
              code: v.code.trim(),
              title: v.title.trim(),
              description: optionalText(v.description),
              schoolId: v.schoolId || null,
              studyHours: optionalInteger(v.studyHours),
            },
          },
        });
        await onDone();
        if (!item) form.reset();
      },
      (v) => {
        const problems: Record<string, string> = {};
        requireText(problems, 'code', v.code, 'Vul een code in, bijvoorbeeld uit het PTA of OER.');
        requireText(problems, 'title', v.title, 'Vul een titel in.');
        requireInteger(problems, 'studyHours', v.studyHours, 'De studie-uren zijn een heel getal van 0 tot en met 2000.', { optional: true, min: 0, max: 2000 });
        return problems;
      },
    );

  return (
    <Form label={label} onSubmit={() => void submit()} className="vb-curriculum-form">
      <FormErrorSummary message={form.summary} />
      <Select label="Soort" options={KINDS_BY_SIDE[side].map((k) => ({ value: k, label: KIND_TEXT[k] }))} {...form.text('kind')} />
      <TextInput label="Code" hint="Bijvoorbeeld EN-PTA-LV, MVT/K/8 of een keuzedeelcode" {...form.text('code')} maxLength={40} />
      <TextInput label="Titel" {...form.text('title')} maxLength={200} />
      <TextArea label="Omschrijving" optional rows={2} {...form.text('description')} maxLength={2000} />
      <Select label="School" optional emptyOption="Geen school" options={namedOptions(schools)} {...form.text('schoolId')} />
      <TextInput label="Studie-uren" optional inputMode="numeric" {...form.text('studyHours')} />
      <FormActions
        submitLabel={item ? 'Onderdeel opslaan' : 'Onderdeel toevoegen'}
        saving={form.saving}
        saved={form.saved}
        secondary={onCancel && <CancelButton variant="quiet" onClick={onCancel} />}
      />
    </Form>
  );
}

interface PairValues {
  voItemId: string;
  mboItemId: string;
  relation: string;
  decision: string;
  ownerId: string;
  hoursFreed: string;
  note: string;
}

/** Pairs a vo item with an mbo item, or edits a pair (relation, decision, owner, hours, note). */
export function PairForm({
  werkgroep,
  items,
  pair,
  onDone,
  onCancel,
}: {
  werkgroep: CurriculumGroup;
  items: CurriculumItem[];
  pair?: CurriculumPair;
  onDone: () => Promise<unknown>;
  onCancel?: () => void;
}) {
  const initial: PairValues = {
    voItemId: pair?.voItem.id ?? '',
    mboItemId: pair?.mboItem.id ?? '',
    relation: pair?.relation ?? 'OVERLAP',
    decision: pair?.decision ?? '',
    ownerId: pair?.owner?.id ?? '',
    hoursFreed: pair ? String(pair.hoursFreed) : '0',
    note: pair?.note ?? '',
  };
  const form = useForm(initial);
  const [save] = useMutation(SAVE_CURRICULUM_PAIR);
  const option = (i: CurriculumItem) => ({ value: i.id, label: `${i.code} – ${i.title}` });
  const label = pair ? `Koppeling ${pair.voItem.code} en ${pair.mboItem.code} bewerken` : 'Koppeling toevoegen';

  const submit = () =>
    form.submit(
      async (v) => {
        await save({
          variables: {
            input: {
              id: pair?.id ?? null,
              werkgroepId: werkgroep.id,
              voItemId: v.voItemId,
              mboItemId: v.mboItemId,
              relation: v.relation as CurriculumRelation,
              decision: (v.decision || null) as CurriculumDecision | null,
              ownerId: v.ownerId || null,
              hoursFreed: v.decision ? (optionalInteger(v.hoursFreed) ?? 0) : 0,
              note: optionalText(v.note),
            },
          },
        });
        await onDone();
        if (!pair) form.reset();
      },
      (v) => {
        const problems: Record<string, string> = {};
        if (!v.voItemId) problems['voItemId'] = 'Kies een vo-onderdeel.';
        if (!v.mboItemId) problems['mboItemId'] = 'Kies een mbo-onderdeel.';
        requireInteger(problems, 'hoursFreed', v.hoursFreed, 'De vrijgespeelde uren zijn een heel getal van 0 tot en met 1600.', { optional: true, min: 0, max: 1600 });
        if (!v.decision && (optionalInteger(v.hoursFreed) ?? 0) > 0) problems['hoursFreed'] = 'Vrijgespeelde uren horen bij een besluit; kies eerst een besluit.';
        return problems;
      },
    );

  return (
    <Form label={label} onSubmit={() => void submit()} className="vb-curriculum-form vb-curriculum-form--pair">
      <FormErrorSummary message={form.summary} />
      {!pair && (
        <>
          <Select label="vo-onderdeel" emptyOption="Kies een vo-onderdeel" options={items.filter((i) => i.side === 'VO').map(option)} {...form.text('voItemId')} />
          <Select label="mbo-onderdeel" emptyOption="Kies een mbo-onderdeel" options={items.filter((i) => i.side === 'MBO').map(option)} {...form.text('mboItemId')} />
        </>
      )}
      <Select label="Relatie" hint={RELATION_HINT[form.values.relation as CurriculumRelation]} options={RELATIONS.map((r) => ({ value: r, label: RELATION_TEXT[r] }))} {...form.text('relation')} />
      <Select label="Besluit" optional emptyOption="Nog geen besluit" options={DECISIONS.map((d) => ({ value: d, label: DECISION_TEXT[d] }))} {...form.text('decision')} />
      <Select label="Eigenaar" optional emptyOption="Nog niemand" options={werkgroep.members.map((m) => ({ value: m.person.id, label: m.person.name }))} {...form.text('ownerId')} />
      <TextInput
        label="Vrijgespeelde uren"
        hint="Alleen bij een besluit. Schrappen en versnellen korten de route in; bij verdiepen en verbreden worden de uren anders besteed."
        inputMode="numeric"
        disabled={!form.values.decision}
        {...form.text('hoursFreed')}
      />
      <TextArea label="Toelichting" optional rows={2} {...form.text('note')} maxLength={2000} />
      <FormActions
        submitLabel={pair ? 'Koppeling opslaan' : 'Koppeling toevoegen'}
        saving={form.saving}
        saved={form.saved}
        secondary={onCancel && <CancelButton variant="quiet" onClick={onCancel} />}
      />
    </Form>
  );
}
