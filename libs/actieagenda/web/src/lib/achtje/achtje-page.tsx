import { useId } from 'react';
import { useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import { Card, EmptyState, PageHeader } from '@verbinder/web/ui';
import { ACHTJE_QUERY, ACTIEAGENDA_REGION_QUERY } from '../graphql/operations';
import type { AchtjeLayer, AchtjeSchool, ActieagendaRegion, MembershipLayer } from '../graphql/types';
import { layerExplanations, layerLabels } from '../labels';
import { formatDayMonth } from '../shared/dates';
import { ActieagendaTabs } from '../shared/nav';
import { QueryState, RegionPage } from '@verbinder/web/forms';
import { useActieagendaEvent, useCoalescedRefetch, useWatchRegion } from '../shared/realtime';

const LAYERS: MembershipLayer[] = ['BESTUURLIJK', 'MANAGEMENT', 'PROFESSIONEEL'];
const ENGAGED_DAYS = 60;

/** /regio/:slug/achtje — are bestuur, management and professionals engaged at every school? */
export function AchtjePage() {
  return <RegionPage query={ACTIEAGENDA_REGION_QUERY} fetchPolicy="cache-and-network" loadingLabel="Het achtje laden…" page={Achtje} />;
}

function Achtje({ region }: { region: ActieagendaRegion }) {
  const { data, loading, error, refetch } = useQuery(ACHTJE_QUERY, { variables: { regionId: region.id }, fetchPolicy: 'cache-and-network' });
  useWatchRegion(region.id);
  const refetchLive = useCoalescedRefetch(() => refetch());
  // Any change in the region's agenda may make a layer "betrokken".
  useActieagendaEvent('actieagenda:changed', () => refetchLive());

  return (
    <>
      <PageHeader
        title="Het achtje"
        eyebrow={<Link to={`/regio/${region.slug}`}>{region.name}</Link>}
        description={
          <p>
            Samenwerken tussen vmbo en mbo lukt pas echt met het achtje rond, dus alle drie de lagen betrokken: bestuur, management en de professionals. Op elke school, en tussen de scholen op
            dezelfde laag.
          </p>
        }
      />
      <ActieagendaTabs slug={region.slug} />
      <Card title="Hoe lees je het achtje?">
        <p>
          Per school zie je drie lagen, van boven naar beneden: bestuurlijk ({layerExplanations.BESTUURLIJK}), management ({layerExplanations.MANAGEMENT}) en professioneel (
          {layerExplanations.PROFESSIONEEL}). Een laag is <strong>betrokken</strong> als iemand van die school in die laag de afgelopen {ENGAGED_DAYS} dagen iets in de actieagenda heeft gedaan: een
          check-in, een bijstelling, een review of een besluit.
        </p>
        <div className="vb-achtje-legend" aria-hidden="true">
          <span>
            <AchtjeLegendDot engaged /> betrokken (gevuld, met ✓)
          </span>
          <span>
            <AchtjeLegendDot engaged={false} /> niet betrokken (open, gestippeld)
          </span>
        </div>
      </Card>
      <QueryState data={data?.achtje} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Het achtje laden…">
        {(schools) =>
          schools.length === 0 ? (
            <EmptyState message="Er zijn nog geen scholen in deze regio." />
          ) : (
            <>
              <Summary schools={schools} />
              <ul className="vb-achtje-grid">
                {schools.map((entry) => (
                  <li key={entry.school.id}>
                    <SchoolAchtje entry={entry} />
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryState>
    </>
  );
}

function layerOf(entry: AchtjeSchool, layer: MembershipLayer): AchtjeLayer {
  return entry.layers.find((candidate) => candidate.layer === layer) ?? { layer, engaged: false, people: [], lastActiveAt: null };
}

function Summary({ schools }: { schools: AchtjeSchool[] }) {
  const complete = schools.filter((entry) => LAYERS.every((layer) => layerOf(entry, layer).engaged)).length;
  const missing = LAYERS.map((layer) => ({
    layer,
    count: schools.filter((entry) => !layerOf(entry, layer).engaged).length,
  })).filter((item) => item.count > 0);
  return (
    <div className="vb-alert vb-alert--info">
      <p className="vb-alert__title">
        Bij {complete} van de {schools.length} scholen is het achtje rond.
      </p>
      {missing.length > 0 && <p>Niet betrokken: {missing.map((item) => `${layerLabels[item.layer].toLowerCase()} bij ${item.count} ${item.count === 1 ? 'school' : 'scholen'}`).join(', ')}.</p>}
    </div>
  );
}

function layerText(layer: AchtjeLayer): string {
  const label = layerLabels[layer.layer];
  if (!layer.engaged) return `${label}: niet betrokken in de laatste ${ENGAGED_DAYS} dagen`;
  const names = layer.people.map((person) => person.name).join(', ');
  const details = [names, layer.lastActiveAt ? `laatst actief ${formatDayMonth(layer.lastActiveAt)}` : ''].filter(Boolean).join(', ');
  return details ? `${label}: betrokken (${details})` : `${label}: betrokken`;
}

function SchoolAchtje({ entry }: { entry: AchtjeSchool }) {
  const headingId = useId();
  const layers = LAYERS.map((layer) => layerOf(entry, layer));
  const engagedCount = layers.filter((layer) => layer.engaged).length;
  return (
    <section className="vb-card vb-achtje" aria-labelledby={headingId}>
      <h2 id={headingId} className="vb-achtje__school">
        {entry.school.name}
      </h2>
      <div className="vb-achtje__body">
        <AchtjeFigure layers={layers} />
        <div>
          <p className="vb-achtje__count">{engagedCount === 3 ? 'Het achtje is rond' : `${engagedCount} van de 3 lagen betrokken`}</p>
          <ul className="vb-achtje__layers">
            {layers.map((layer) => (
              <li key={layer.layer} className={layer.engaged ? 'vb-achtje__layer vb-achtje__layer--on' : 'vb-achtje__layer'}>
                <span aria-hidden="true" className="vb-achtje__mark">
                  {layer.engaged ? '✓' : '○'}
                </span>{' '}
                {layerText(layer)}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

/**
 * A small figure-eight (the "8" outline) with three segments, top to bottom: bestuurlijk (upper loop),
 * management (the crossing) and professioneel (lower loop), each marked with its letter. Filled when engaged,
 * dashed outline when not. Decorative: the list next to it says the same in words.
 */
function AchtjeFigure({ layers }: { layers: AchtjeLayer[] }) {
  const [top, middle, bottom] = layers;
  const cls = (layer: AchtjeLayer) => (layer.engaged ? 'vb-achtje__seg vb-achtje__seg--on' : 'vb-achtje__seg');
  const letter = (layer: AchtjeLayer) => (layer.engaged ? 'vb-achtje__letter vb-achtje__letter--on' : 'vb-achtje__letter');
  return (
    <svg className="vb-achtje__figure" viewBox="0 0 64 112" width="72" height="126" aria-hidden="true" focusable="false">
      <path className="vb-achtje__outline" d="M32 56 C 6 40, 6 4, 32 4 C 58 4, 58 40, 32 56 C 6 72, 6 108, 32 108 C 58 108, 58 72, 32 56 Z" />
      <circle className={cls(top)} cx="32" cy="26" r="17" />
      <circle className={cls(bottom)} cx="32" cy="86" r="17" />
      <circle className={cls(middle)} cx="32" cy="56" r="11" />
      <text className={letter(top)} x="32" y="31" textAnchor="middle">
        B
      </text>
      <text className={letter(middle)} x="32" y="61" textAnchor="middle">
        M
      </text>
      <text className={letter(bottom)} x="32" y="91" textAnchor="middle">
        P
      </text>
    </svg>
  );
}

function AchtjeLegendDot({ engaged }: { engaged: boolean }) {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" className="vb-achtje__legend-dot">
      <circle className={engaged ? 'vb-achtje__seg vb-achtje__seg--on' : 'vb-achtje__seg'} cx="10" cy="10" r="8" />
    </svg>
  );
}
