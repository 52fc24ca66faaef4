import { useQuery } from '@apollo/client';
import { Link, NavLink, Outlet, useLocation, useOutletContext, useParams } from 'react-router-dom';
import { Badge, EmptyState, Notice, PageHeader, Tabs, useDocumentTitle } from '@verbinder/web/ui';
import { QueryState } from '@verbinder/web/forms';
import { useViewer } from '@verbinder/web/api-client';
import { cadenceText, initials, roleLabels } from './labels';
import { useWerkgroepLive, type WerkgroepLive } from './live';
import { WERKGROEP_QUERY, type WerkgroepDetail } from './operations';

/** What the layout hands to its tabs (`useWerkgroep()`). */
export interface WerkgroepOutlet {
  werkgroep: WerkgroepDetail;
  live: WerkgroepLive;
}

/** The group and its live state, for a tab rendered inside WerkgroepLayout. */
export function useWerkgroep(): WerkgroepOutlet {
  return useOutletContext<WerkgroepOutlet>();
}

/**
 * /werkgroep/:id — the shell of a group: header (name, kind, sector, cadence, actielijnen,
 * members) and the tabs Stroom, Documenten, Draaiboek, Vergelijking, Leden and Teams, with the tab in
 * an <Outlet/>. Follows the group live while open.
 */
export function WerkgroepLayout() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(WERKGROEP_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const live = useWerkgroepLive(id);
  if (live.removed) {
    return <EmptyState message="Je bent geen lid meer van deze werkgroep. Wat erin staat is niet meer voor je te zien." action={<Link to="/regio">Naar het overzicht van regio's</Link>} />;
  }
  return (
    <QueryState data={data?.werkgroep} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Werkgroep laden…" notFoundSubject="Deze werkgroep">
      {(werkgroep) => <Shell werkgroep={werkgroep} live={live} />}
    </QueryState>
  );
}

function Shell({ werkgroep, live }: WerkgroepOutlet) {
  useDocumentTitle(werkgroep.name);
  const cadence = cadenceText(werkgroep.cadenceDays, werkgroep.cadenceNote);
  const shown = werkgroep.members.slice(0, 8);
  const base = `/werkgroep/${werkgroep.id}`;
  const { pathname } = useLocation();
  // The Teams link is for readers of the group and beheerders of its region (as the API decides);
  // a verbinder who manages the group without being in it got "Er ging iets mis" there.
  const person = useViewer().data?.viewer.person;
  const regionBeheerder = person?.systemRole === 'BEHEERDER' || (person?.memberships ?? []).some((m) => m.region.id === werkgroep.region.id && m.role === 'BEHEERDER');
  const canSeeTeams = werkgroep.permissions.canRead || regionBeheerder;
  const closed = (!werkgroep.permissions.canRead && CONTENT_TAB.test(pathname)) || (!canSeeTeams && TEAMS_TAB.test(pathname));
  return (
    <>
      <PageHeader
        title={werkgroep.name}
        eyebrow={
          <>
            <Link to={`/regio/${werkgroep.region.slug}/werkgroepen`}>Werkgroepen {werkgroep.region.name}</Link> · {werkgroep.kindText}
            {werkgroep.sector ? ` · ${werkgroep.sector}` : ''}
          </>
        }
        description={werkgroep.description ?? undefined}
      />
      <div className="vb-werkgroep-meta">
        {cadence && (
          <p>
            <strong>Ritme:</strong> {cadence}
          </p>
        )}
        {werkgroep.actielijnen.length > 0 && (
          <p>
            <strong>Actielijnen:</strong>{' '}
            {werkgroep.actielijnen.map((line, i) => (
              <span key={line.id}>
                {i > 0 && ', '}
                <Link to={`/regio/${werkgroep.region.slug}/actieagenda`}>
                  {line.number}. {line.title}
                </Link>
              </span>
            ))}
          </p>
        )}
        <div className="vb-werkgroep-avatars" aria-label={`${werkgroep.memberCount} leden`}>
          <ul>
            {shown.map((m) => (
              <li key={m.personId} title={`${m.person.name} (${roleLabels[m.role].toLowerCase()}${m.school ? `, ${m.school.name}` : ''})`}>
                <span aria-hidden="true">{initials(m.person.name)}</span>
                <span className="vb-visually-hidden">{m.person.name}</span>
              </li>
            ))}
          </ul>
          <span>{werkgroep.memberCount === 1 ? '1 lid' : `${werkgroep.memberCount} leden`}</span>
          {!werkgroep.permissions.isMember && werkgroep.permissions.canRead && <Badge tone="info">alleen-lezen</Badge>}
          {werkgroep.archivedAt && <Badge tone="warning">gearchiveerd</Badge>}
        </div>
      </div>
      <Tabs label="Onderdelen van de werkgroep">
        <NavLink to={base} end>
          Stroom
          {werkgroep.unreadCount > 0 && (
            <>
              {' '}
              <Badge tone="accent">
                {werkgroep.unreadCount}
                <span className="vb-visually-hidden"> ongelezen</span>
              </Badge>
            </>
          )}
        </NavLink>
        {werkgroep.permissions.canRead && <NavLink to={`${base}/documenten`}>Documenten</NavLink>}
        {werkgroep.permissions.canRead && <NavLink to={`${base}/draaiboek`}>Draaiboek</NavLink>}
        {werkgroep.permissions.canRead && <NavLink to={`${base}/vergelijking`}>Vergelijking</NavLink>}
        <NavLink to={`${base}/leden`}>Leden</NavLink>
        {canSeeTeams && <NavLink to={`${base}/teams`}>Teams</NavLink>}
      </Tabs>
      {closed ? <NotAMemberNotice werkgroep={werkgroep} /> : <Outlet context={{ werkgroep, live } satisfies WerkgroepOutlet} />}
    </>
  );
}

/** The tabs that show what members share (documents, draaiboek, comparison): members and readers only. */
const CONTENT_TAB = /\/(documenten|draaiboek|vergelijking)\/?$/;
/** The Teams tab: readers of the group and beheerders of its region only. */
const TEAMS_TAB = /\/teams\/?$/;

/**
 * For someone who manages the group (a verbinder or beheerder of the region) without being a
 * member: what they can and cannot see here, and where to go instead (not an error with a retry).
 */
export function NotAMemberNotice({ werkgroep }: { werkgroep: WerkgroepDetail }) {
  return (
    <Notice tone="info">
      Je beheert deze werkgroep, maar je bent geen lid: je ziet wie erin zitten, niet wat ze met elkaar bespreken of delen (stroom, documenten, draaiboek en vergelijking) en ook niet de koppeling met
      Teams. Een voorzitter kan je als lid of gast toevoegen. Bekijk de <Link to={`/werkgroep/${werkgroep.id}/leden`}>leden en voorzitters</Link>.
    </Notice>
  );
}
