import { useState } from 'react';
import { useMutation, type Reference } from '@apollo/client';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '@verbinder/web/api-client';
import { Button, Card, ConfirmDialog, DescriptionList, formatDate, formatDateTime } from '@verbinder/web/ui';
import { CREATE_LEERROUTE, DELETE_LEERROUTE, LEERROUTE_QUERY, UPDATE_LEERROUTE } from '../graphql/operations';
import type { LeerrouteDetail, RegionCounts } from '../graphql/types';
import { mboLeerwegLabels, routeTypeExplanations, routeYearLabel, vmboExamScopeLabels, vmboLeerwegLabels } from '../labels';
import { PhaseBadge, RouteTypeBadge } from '../shared/badges';
import { flash } from '../shared/flash';
import { RecordDetailHeader, RecordEditPage, RegionCreatePage } from '../shared/form-pages';
import { IdPage } from '@verbinder/web/forms';
import { LeerrouteForm } from './leerroute-form';

export function LeerrouteDetailPage() {
  return <IdPage query={LEERROUTE_QUERY} select={(data) => data.leerroute} fetchPolicy="cache-and-network" notFoundSubject="Deze leerroute" page={LeerrouteDetailView} />;
}

function shorteningText(months: number): string {
  if (months === 0) return 'Geen verkorting: de route duurt even lang als vmbo en mbo na elkaar.';
  return `De route is ${months} ${months === 1 ? 'maand' : 'maanden'} korter dan vmbo en mbo na elkaar (de wet staat maximaal 12 maanden toe).`;
}

function examText(route: LeerrouteDetail): string {
  if (route.vmboExamScope === 'GEEN') return 'De leerlingen doen geen vmbo-examen; ze halen direct hun mbo-diploma.';
  const scope = route.vmboExamScope === 'VOLLEDIG' ? 'het volledige vmbo-examen' : 'een deel van het vmbo-examen';
  return route.vmboExamLastRouteYear
    ? `De leerlingen doen ${scope}, uiterlijk in ${routeYearLabel(route.vmboExamLastRouteYear)}.`
    : `De leerlingen doen ${scope}. Het routejaar waarin het examen klaar is, is nog niet vastgelegd.`;
}

function registeredText(date: string | null): string {
  return date ? `Gemeld op ${formatDate(date)}` : 'Nog niet gemeld';
}

function LeerrouteDetailView({ record: route }: { record: LeerrouteDetail }) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [deleteLeerroute, { loading: deleting, error: deleteError, reset }] = useMutation(DELETE_LEERROUTE);

  const remove = async () => {
    try {
      await deleteLeerroute({
        variables: { id: route.id },
        // Drop it from the region's list; the page we are leaving still reads the route itself.
        update(cache) {
          cache.modify<{ leerroutes: Reference[]; counts: RegionCounts }>({
            id: cache.identify({ __typename: 'Region', id: route.region.id }),
            fields: {
              leerroutes: (refs, { readField }) => refs.filter((ref) => readField('id', ref) !== route.id),
              counts: (counts) => {
                const current = counts as RegionCounts;
                return { ...current, leerroutes: Math.max(0, current.leerroutes - 1) };
              },
            },
          });
        },
      });
    } catch {
      return; // the dialog shows the error
    }
    navigate(`/regio/${route.region.slug}/leerroutes`, flash(`De leerroute ${route.name} is verwijderd.`));
  };

  return (
    <>
      <RecordDetailHeader
        title={route.name}
        eyebrow={<Link to={`/regio/${route.region.slug}/leerroutes`}>{route.region.name}</Link>}
        description={
          <p className="vb-inline">
            <RouteTypeBadge routeType={route.routeType} />
            <PhaseBadge phase={route.phase} />
          </p>
        }
        edit={route.region.canManage ? { to: `/leerroute/${route.id}/bewerken`, label: 'Bewerken' } : undefined}
        actions={
          route.region.canManage ? (
            <Button variant="danger" onClick={() => setConfirming(true)}>
              Verwijderen
            </Button>
          ) : undefined
        }
      />
      <Card title="Wat voor route is dit?">
        <p>{routeTypeExplanations[route.routeType]}</p>
        <DescriptionList
          items={[
            { term: 'Van', description: `vmbo ${vmboLeerwegLabels[route.vmboLeerweg]}, profiel ${route.vmboProfiel}` },
            {
              term: 'Naar',
              description: `mbo ${route.mboOpleiding}, niveau ${route.mboNiveau}, ${mboLeerwegLabels[route.mboLeerweg]}`,
            },
            {
              term: 'Vo-school',
              description: route.voSchool ? <Link to={`/school/${route.voSchool.id}`}>{route.voSchool.name}</Link> : 'Nog niet gekozen',
            },
            {
              term: 'Mbo-school',
              description: route.mboSchool ? <Link to={`/school/${route.mboSchool.id}`}>{route.mboSchool.name}</Link> : 'Nog niet gekozen',
            },
            ...(route.leerlab ? [{ term: 'Leerlab', description: route.leerlab.name }] : []),
            ...(route.startYear ? [{ term: 'Start', description: `Schooljaar ${route.startYear}–${route.startYear + 1}` }] : []),
            ...(route.targetGroup ? [{ term: 'Doelgroep', description: route.targetGroup }] : []),
          ]}
        />
        {route.description && <p>{route.description}</p>}
      </Card>
      <Card title="Afspraken volgens de Wet doorlopende leerroutes">
        <DescriptionList
          items={[
            { term: 'Verkorting', description: shorteningText(route.shorteningMonths) },
            { term: `Vmbo-examen (${vmboExamScopeLabels[route.vmboExamScope]})`, description: examText(route) },
            {
              term: 'Beroepspraktijkvorming (BPV)',
              description: route.bpvStartRouteYear
                ? `De leerlingen lopen stage (BPV) vanaf ${routeYearLabel(route.bpvStartRouteYear)}.`
                : 'Nog niet vastgelegd. BPV mag vanaf routejaar 1 (vmbo leerjaar 3).',
            },
            {
              term: 'Samenwerkingsovereenkomst',
              description: route.agreementSignedOn
                ? `Getekend op ${formatDate(route.agreementSignedOn)}.`
                : 'Nog niet getekend. In de overeenkomst leggen de scholen vooraf afspraken vast, onder meer over overstappen.',
            },
            {
              term: 'Melding bij DUO',
              description: (
                <>
                  <span className="vb-block">Vo: {registeredText(route.duoVoRegisteredOn)}</span>
                  <span className="vb-block">Mbo: {registeredText(route.duoMboRegisteredOn)}</span>
                  <span className="vb-block vb-muted">Scholen melden de route vóór de start bij DUO, onder vo én onder mbo.</span>
                </>
              ),
            },
            {
              term: 'Bekostiging',
              description: (
                <>
                  <span className="vb-block">De eerste twee jaar krijgt de vo-school de bekostiging, daarna de mbo-school.</span>
                  <span className="vb-block">
                    {route.fundingTransferAgreed ? 'De scholen hebben afgesproken middelen aan elkaar over te dragen.' : 'Er is (nog) geen overdracht van middelen afgesproken.'}
                  </span>
                </>
              ),
            },
          ]}
        />
        <p className="vb-muted">
          Laatst gewijzigd: <time dateTime={route.updatedAt}>{formatDateTime(route.updatedAt)}</time>
        </p>
      </Card>
      <ConfirmDialog
        open={confirming}
        title="Leerroute verwijderen?"
        confirmLabel="Leerroute verwijderen"
        destructive
        busy={deleting}
        error={deleteError ? errorMessage(deleteError) : undefined}
        onCancel={() => {
          setConfirming(false);
          reset();
        }}
        onConfirm={() => void remove()}
      >
        <p>{route.name} en alle afspraken die erbij zijn vastgelegd worden verwijderd. Dit kun je niet ongedaan maken.</p>
      </ConfirmDialog>
    </>
  );
}

export function LeerrouteCreatePage() {
  const navigate = useNavigate();
  const [createLeerroute] = useMutation(CREATE_LEERROUTE);
  return (
    <RegionCreatePage title="Nieuwe leerroute" section="leerroutes">
      {(region) => (
        <LeerrouteForm
          region={region}
          submitLabel="Leerroute toevoegen"
          cancelTo={`/regio/${region.slug}/leerroutes`}
          onSave={async (input) => {
            const result = await createLeerroute({ variables: { input } });
            const created = result.data?.createLeerroute;
            if (created) navigate(`/leerroute/${created.id}`, flash('Opgeslagen: de leerroute is toegevoegd.'));
          }}
        />
      )}
    </RegionCreatePage>
  );
}

export function LeerrouteEditPage() {
  const [updateLeerroute] = useMutation(UPDATE_LEERROUTE);
  return (
    <RecordEditPage query={LEERROUTE_QUERY} select={(data) => data.leerroute} notFoundSubject="Deze leerroute" back={(leerroute) => ({ to: `/leerroute/${leerroute.id}`, label: leerroute.name })}>
      {(leerroute) => (
        <LeerrouteForm
          key={leerroute.id}
          region={leerroute.region}
          leerroute={leerroute}
          submitLabel="Wijzigingen opslaan"
          cancelTo={`/leerroute/${leerroute.id}`}
          onSave={(input) => updateLeerroute({ variables: { id: leerroute.id, input } })}
        />
      )}
    </RecordEditPage>
  );
}
