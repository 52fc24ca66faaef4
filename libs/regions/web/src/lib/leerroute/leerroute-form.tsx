import { Link } from 'react-router-dom';
import { Checkbox, Fieldset, Form, FormActions, FormErrorSummary, Notice, Select, TextArea, TextInput, namedOptions } from '@verbinder/web/ui';
import type { LeerrouteDetail, LeerrouteInput, MboLeerweg, RegionOptions, RoutePhase, RouteType, VmboExamScope, VmboLeerweg } from '../graphql/types';
import { mboLeerwegLabels, optionsFrom, routePhaseLabels, routeTypeExplanations, routeTypeLabels, routeYearLabel, vmboExamScopeLabels, vmboLeerwegLabels } from '../labels';
import { optionalInteger, optionalText, requireInteger, requireText, useForm, type Validate } from '@verbinder/web/forms';

interface LeerrouteFormValues {
  name: string;
  routeType: RouteType;
  phase: RoutePhase;
  leerlabId: string;
  startYear: string;
  targetGroup: string;
  description: string;
  vmboLeerweg: VmboLeerweg;
  vmboProfiel: string;
  voSchoolId: string;
  mboOpleiding: string;
  mboNiveau: string;
  mboLeerweg: MboLeerweg;
  mboSchoolId: string;
  shorteningMonths: string;
  vmboExamScope: VmboExamScope;
  vmboExamLastRouteYear: string;
  bpvStartRouteYear: string;
  agreementSignedOn: string;
  duoVoRegisteredOn: string;
  duoMboRegisteredOn: string;
  fundingTransferAgreed: boolean;
}

const asText = (value: number | string | null | undefined) => (value === null || value === undefined ? '' : String(value));

function toValues(route?: LeerrouteDetail): LeerrouteFormValues {
  return {
    name: route?.name ?? '',
    routeType: route?.routeType ?? 'DOORLOPEND',
    phase: route?.phase ?? 'VERKENNING',
    leerlabId: route?.leerlab?.id ?? '',
    startYear: asText(route?.startYear),
    targetGroup: route?.targetGroup ?? '',
    description: route?.description ?? '',
    vmboLeerweg: route?.vmboLeerweg ?? 'KADER',
    vmboProfiel: route?.vmboProfiel ?? '',
    voSchoolId: route?.voSchool?.id ?? '',
    mboOpleiding: route?.mboOpleiding ?? '',
    mboNiveau: asText(route?.mboNiveau ?? 3),
    mboLeerweg: route?.mboLeerweg ?? 'BOL',
    mboSchoolId: route?.mboSchool?.id ?? '',
    shorteningMonths: asText(route?.shorteningMonths ?? 0),
    vmboExamScope: route?.vmboExamScope ?? 'VOLLEDIG',
    vmboExamLastRouteYear: asText(route?.vmboExamLastRouteYear),
    bpvStartRouteYear: asText(route?.bpvStartRouteYear),
    agreementSignedOn: route?.agreementSignedOn ?? '',
    duoVoRegisteredOn: route?.duoVoRegisteredOn ?? '',
    duoMboRegisteredOn: route?.duoMboRegisteredOn ?? '',
    fundingTransferAgreed: route?.fundingTransferAgreed ?? false,
  };
}

function toInput(regionId: string, values: LeerrouteFormValues): LeerrouteInput {
  return {
    regionId,
    leerlabId: values.leerlabId || null,
    name: values.name.trim(),
    routeType: values.routeType,
    phase: values.phase,
    vmboLeerweg: values.vmboLeerweg,
    vmboProfiel: values.vmboProfiel.trim(),
    mboOpleiding: values.mboOpleiding.trim(),
    mboNiveau: Number(values.mboNiveau),
    mboLeerweg: values.mboLeerweg,
    shorteningMonths: Number(values.shorteningMonths),
    vmboExamScope: values.vmboExamScope,
    vmboExamLastRouteYear: values.vmboExamScope === 'GEEN' ? null : optionalInteger(values.vmboExamLastRouteYear),
    bpvStartRouteYear: optionalInteger(values.bpvStartRouteYear),
    voSchoolId: values.voSchoolId || null,
    mboSchoolId: values.mboSchoolId || null,
    agreementSignedOn: values.agreementSignedOn || null,
    duoVoRegisteredOn: values.duoVoRegisteredOn || null,
    duoMboRegisteredOn: values.duoMboRegisteredOn || null,
    fundingTransferAgreed: values.fundingTransferAgreed,
    startYear: optionalInteger(values.startYear),
    targetGroup: optionalText(values.targetGroup),
    description: optionalText(values.description),
  };
}

const validate: Validate<LeerrouteFormValues> = (values) => {
  const problems: Record<string, string> = {};
  requireText(problems, 'name', values.name, 'Geef de leerroute een naam.');
  requireText(problems, 'vmboProfiel', values.vmboProfiel, 'Vul het vmbo-profiel in, bijvoorbeeld Zorg en Welzijn.');
  requireText(problems, 'mboOpleiding', values.mboOpleiding, 'Vul de mbo-opleiding of het domein in.');
  requireInteger(problems, 'shorteningMonths', values.shorteningMonths, 'Vul een aantal maanden in van 0 tot en met 12.', { min: 0, max: 12 });
  requireInteger(problems, 'startYear', values.startYear, 'Vul een jaartal in, bijvoorbeeld 2025.', { optional: true, min: 2000, max: 2100 });
  return problems;
};

/** Non-blocking hints from the Wet doorlopende leerroutes; the server decides. */
function lawHints(values: LeerrouteFormValues): string[] {
  const hints: string[] = [];
  if (values.routeType === 'GEINTEGREERD' && (values.vmboLeerweg !== 'BASIS' || values.mboNiveau !== '2')) {
    hints.push('Een geïntegreerde leerroute loopt altijd van de basisberoepsgerichte leerweg naar mbo niveau 2.');
  }
  if (values.routeType === 'GEINTEGREERD' && values.vmboExamScope === 'VOLLEDIG') {
    hints.push('In een geïntegreerde leerroute vervalt het vmbo-examen gedeeltelijk of helemaal.');
  }
  if (values.routeType !== 'GEINTEGREERD' && values.vmboExamScope !== 'VOLLEDIG') {
    hints.push('Buiten de geïntegreerde leerroute doen leerlingen het volledige vmbo-examen.');
  }
  return hints;
}

const routeYearOptions = (years: number[]) => years.map((year) => ({ value: String(year), label: routeYearLabel(year) }));

export interface LeerrouteFormProps {
  region: RegionOptions;
  leerroute?: LeerrouteDetail;
  submitLabel: string;
  cancelTo: string;
  onSave: (input: LeerrouteInput) => Promise<unknown>;
}

export function LeerrouteForm({ region, leerroute, submitLabel, cancelTo, onSave }: LeerrouteFormProps) {
  const form = useForm(toValues(leerroute));
  const { values } = form;
  const hints = lawHints(values);
  const schoolOptions = (kind: 'VO' | 'MBO') => region.schools.filter((school) => school.kind === kind || school.kind === 'BOTH').map((school) => ({ value: school.id, label: school.name }));

  return (
    <Form label={leerroute ? `Leerroute ${leerroute.name} bewerken` : 'Nieuwe leerroute'} onSubmit={() => void form.submit((current) => onSave(toInput(region.id, current)), validate)}>
      <FormErrorSummary message={form.summary} />

      <Fieldset legend="De route">
        <TextInput label="Naam" hint="Bijvoorbeeld: Zorg en Welzijn kb → mbo Verzorgende-IG." {...form.text('name')} />
        <div className="vb-form__row">
          <Select label="Soort leerroute" options={optionsFrom(routeTypeLabels)} {...form.text('routeType')} />
          <Select label="Fase" options={optionsFrom(routePhaseLabels)} {...form.text('phase')} />
        </div>
        <p className="vb-field__hint">{routeTypeExplanations[values.routeType]}</p>
        {hints.length > 0 && (
          <Notice tone="warning">
            <p className="vb-alert__title">Let op</p>
            <ul>
              {hints.map((hint) => (
                <li key={hint}>{hint}</li>
              ))}
            </ul>
          </Notice>
        )}
        <div className="vb-form__row">
          <Select label="Leerlab" optional emptyOption="Geen leerlab" options={namedOptions(region.leerlabs)} {...form.text('leerlabId')} />
          <TextInput label="Startjaar" optional type="number" inputMode="numeric" {...form.text('startYear')} />
        </div>
        <TextInput label="Doelgroep" optional hint="Voor welke leerlingen is deze route bedoeld?" {...form.text('targetGroup')} />
        <TextArea label="Beschrijving" optional {...form.text('description')} />
      </Fieldset>

      <Fieldset legend="Van vmbo">
        <div className="vb-form__row">
          <Select label="Vmbo-leerweg" options={optionsFrom(vmboLeerwegLabels)} {...form.text('vmboLeerweg')} />
          <TextInput label="Vmbo-profiel" hint="Bijvoorbeeld: Zorg en Welzijn, HBR of Groen." {...form.text('vmboProfiel')} />
        </div>
        <Select
          label="Vo-school"
          optional
          hint="Verantwoordelijk voor het vo-onderwijs, de examens en het vmbo-diploma."
          emptyOption="Nog niet gekozen"
          options={schoolOptions('VO')}
          {...form.text('voSchoolId')}
        />
      </Fieldset>

      <Fieldset legend="Naar mbo">
        <TextInput label="Mbo-opleiding of domein" {...form.text('mboOpleiding')} />
        <div className="vb-form__row">
          <Select
            label="Mbo-niveau"
            options={[
              { value: '1', label: 'niveau 1 (entree)' },
              { value: '2', label: 'niveau 2' },
              { value: '3', label: 'niveau 3' },
              { value: '4', label: 'niveau 4' },
            ]}
            {...form.text('mboNiveau')}
          />
          <Select label="Mbo-leerweg" options={optionsFrom(mboLeerwegLabels)} {...form.text('mboLeerweg')} />
        </div>
        <Select
          label="Mbo-school"
          optional
          hint="Verantwoordelijk voor het mbo-onderwijs, de examens en het mbo-diploma."
          emptyOption="Nog niet gekozen"
          options={schoolOptions('MBO')}
          {...form.text('mboSchoolId')}
        />
      </Fieldset>

      <Fieldset legend="Afspraken volgens de wet">
        <div className="vb-form__row">
          <TextInput
            label="Verkorting in maanden"
            type="number"
            inputMode="numeric"
            min={0}
            max={12}
            hint="De route mag maximaal één jaar (12 maanden) korter zijn dan vmbo en mbo los."
            {...form.text('shorteningMonths')}
          />
          <Select label="Vmbo-examen" options={optionsFrom(vmboExamScopeLabels)} {...form.text('vmboExamScope')} />
        </div>
        <div className="vb-form__row">
          <Select
            label="Vmbo-examen uiterlijk afgerond in"
            optional
            hint={values.vmboExamScope === 'GEEN' ? 'Niet van toepassing: er is geen vmbo-examen.' : 'Uiterlijk in routejaar 3.'}
            emptyOption="Nog niet bepaald"
            options={routeYearOptions([1, 2, 3])}
            disabled={values.vmboExamScope === 'GEEN'}
            {...form.text('vmboExamLastRouteYear')}
            value={values.vmboExamScope === 'GEEN' ? '' : values.vmboExamLastRouteYear}
          />
          <Select
            label="Beroepspraktijkvorming (BPV) vanaf"
            optional
            hint="BPV mag vanaf routejaar 1 (vmbo leerjaar 3)."
            emptyOption="Nog niet bepaald"
            options={routeYearOptions([1, 2, 3, 4])}
            {...form.text('bpvStartRouteYear')}
          />
        </div>
        <TextInput
          label="Samenwerkingsovereenkomst getekend op"
          optional
          type="date"
          hint="Leg vooraf in de overeenkomst vast wat er gebeurt als een leerling wil overstappen."
          {...form.text('agreementSignedOn')}
        />
        <div className="vb-form__row">
          <TextInput label="Gemeld bij DUO (vo) op" optional type="date" hint="Meld de route vóór de start bij DUO." {...form.text('duoVoRegisteredOn')} />
          <TextInput label="Gemeld bij DUO (mbo) op" optional type="date" hint="De route wordt ook onder mbo gemeld." {...form.text('duoMboRegisteredOn')} />
        </div>
        <Checkbox
          label="Overdracht van bekostiging afgesproken"
          hint="De eerste twee jaar krijgt de vo-school de bekostiging, daarna de mbo-school. Scholen kunnen afspreken middelen aan elkaar over te dragen."
          checked={values.fundingTransferAgreed}
          onChange={(event) => form.set('fundingTransferAgreed', event.target.checked)}
          error={form.error('fundingTransferAgreed')}
        />
      </Fieldset>

      <FormActions submitLabel={submitLabel} saving={form.saving} saved={form.saved} secondary={<Link to={cancelTo}>{leerroute ? 'Terug naar de leerroute' : 'Annuleren'}</Link>} />
    </Form>
  );
}
