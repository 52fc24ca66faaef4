import { useEffect, useState, type ComponentType } from 'react';
import { Link, NavLink } from 'react-router-dom';
import { EmptyState, LiveIndicator, PageHeader, StatusBadge, Tabs, formatDateTime } from '@verbinder/web/ui';
import { RegionQueryState } from '@verbinder/web/forms';
import { useLoketAccess, type LoketAccess } from './access';
import { statusIcons, statusLabels, statusTones } from './labels';
import { LOKET_REGION_QUERY, type LoketRegion, type LoketRequestStatus, type LoketSla } from './operations';
import { slaIndicator, slaTargetLabel } from './sla';

/** The current time, updated every minute (for ages and SLA indicators). */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function RequestStatusBadge({ status }: { status: LoketRequestStatus }) {
  return (
    <StatusBadge tone={statusTones[status]} icon={statusIcons[status]} prefix="Status:">
      {statusLabels[status]}
    </StatusBadge>
  );
}

/** On time / at risk / overdue (as the API counts it) in colour, icon and words, with the due time. */
export function SlaBadge({ sla, status, showDue = true }: { sla: LoketSla; status: LoketRequestStatus; showDue?: boolean }) {
  const indicator = slaIndicator(sla, status);
  return (
    <span className="vb-loket-sla" data-sla={indicator.state}>
      <StatusBadge tone={indicator.tone} prefix="Termijn:">
        {indicator.label}
      </StatusBadge>
      {showDue && indicator.dueAt && (
        <span className="vb-loket-sla__due">
          {slaTargetLabel(indicator.target)} {formatDateTime(indicator.dueAt)}
        </span>
      )}
    </span>
  );
}

/** Live indicator of the inbox and request screens. */
export function LiveStatus({ connected, lastChange }: { connected: boolean; lastChange: string | null }) {
  return <LiveIndicator connected={connected} liveText="Aanvragen worden live bijgewerkt" lastChange={lastChange} />;
}

/** Between the loket screens of a region: staff get reports and settings, school contacts only requests and the ledger. */
export function LoketTabs({ slug, staff = true }: { slug: string; staff?: boolean }) {
  const base = `/regio/${slug}/loket`;
  return (
    <Tabs label="Onderdelen van het bedrijvenloket">
      <NavLink to={base} end>
        Aanvragen
      </NavLink>
      <NavLink to={`${base}/bedrijven`}>Bedrijvencontact</NavLink>
      {staff && <NavLink to={`${base}/rapportage`}>Rapportage</NavLink>}
      {staff && <NavLink to={`${base}/instellingen`}>Instellingen</NavLink>}
    </Tabs>
  );
}

/**
 * The staff screens (inbox, settings, reports) for someone who is not loket staff of the region:
 * a clear explanation instead of controls that only fail. The API refuses them anyway.
 */
export function NotLoketStaff({ slug, regionName }: { slug: string; regionName: string }) {
  return (
    <>
      <PageHeader title="Bedrijvenloket" eyebrow={<Link to={`/regio/${slug}`}>{regionName}</Link>} />
      <EmptyState
        message="Het bedrijvenloket is alleen voor loket-medewerkers, verbinders en beheerders van de regio. Wil je een bedrijf benaderen? Kijk dan eerst wie dat deze maand al deed."
        action={<Link to={`/regio/${slug}/loket/bedrijven`}>Naar bedrijvencontact</Link>}
      />
    </>
  );
}

export interface LoketPageProps {
  region: LoketRegion;
  /** What the viewer may do in the region's loket. */
  access: LoketAccess;
}

/**
 * A `/regio/:slug/loket/…` page: the region of the URL (kept fresh) and the viewer's access to its
 * loket for `page`; with `staffOnly`, someone who is not loket staff sees NotLoketStaff instead.
 */
export function LoketPage({ loadingLabel, page, staffOnly = false }: { loadingLabel: string; page: ComponentType<LoketPageProps>; staffOnly?: boolean }) {
  return (
    <RegionQueryState query={LOKET_REGION_QUERY} fetchPolicy="cache-and-network" loadingLabel={loadingLabel}>
      {(region) => <LoketAccessGate key={region.id} region={region} page={page} staffOnly={staffOnly} />}
    </RegionQueryState>
  );
}

function LoketAccessGate({ region, page: Page, staffOnly }: { region: LoketRegion; page: ComponentType<LoketPageProps>; staffOnly: boolean }) {
  const access = useLoketAccess(region.id);
  if (staffOnly && !access.isStaff) return <NotLoketStaff slug={region.slug} regionName={region.name} />;
  return <Page region={region} access={access} />;
}
