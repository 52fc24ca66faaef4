import { Fragment, useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { connectSocket, disconnectSocket, keepFresh, useSocketEvent, viewerRegions, type ResyncSource, type ViewerPerson } from '@verbinder/web/api-client';
import { InvitationsBanner } from '@verbinder/regions/web';
import { Button } from '@verbinder/web/ui';
import { LOKET_STAFF_ROLES } from '@verbinder/loket/web';
import { STORY_REDACTIE_ROLES } from '@verbinder/stories/web';
import { NotificationCentre } from './notification-centre';

/** Region screens that belong to the actieagenda (highlighted as "Actieagenda" in the menu). */
const AGENDA_SCREENS = ['actieagenda', 'overleg', 'achtje'];
/** Region screens of the meetups (highlighted as "Activiteiten"). */
const MEETUP_SCREENS = ['activiteiten'];
/** Region screens of the business loket (highlighted as "Loket" or "Bedrijvencontact"). */
const LOKET_SCREENS = ['loket'];
/** Region screens of the werkgroepen (highlighted as "Werkgroepen"); the taalbrug has its own item. */
const WERKGROEP_SCREENS = ['werkgroepen'];

/** Header with navigation, notifications and the signed-in person; the page below. */
export function AppLayout({ person }: { person: ViewerPerson }) {
  const regions = viewerRegions(person);
  const { pathname } = useLocation();
  const client = useApolloClient();

  // One live connection per signed-in person; every active query is refetched when live events
  // may have been missed (the server's `resync`, or a reconnect of this socket).
  useEffect(() => {
    const stopKeepingFresh = keepFresh(connectSocket() as unknown as ResyncSource, () => client.reFetchObservableQueries());
    return () => {
      stopKeepingFresh();
      disconnectSocket();
    };
  }, [person.id, client]);

  // The session ended elsewhere (signed out in another tab, expired, address changed): refetching
  // the viewer sends this tab to the sign-in page.
  useSocketEvent('session:ended', () => void client.resetStore().catch(() => undefined));

  // On a phone the menu folds away behind a "Menu" button (the header would take a third of the
  // screen); it folds again after choosing a page. On wider screens it is always shown.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [pathname]);

  return (
    <div className="vb-shell">
      <a className="vb-skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="vb-shell__header">
        <div className="vb-shell__bar">
          <Link to="/" className="vb-brand">
            Verbinder
          </Link>
          <div id="vb-hoofdmenu" className="vb-shell__menu" data-open={menuOpen ? 'true' : undefined}>
            <nav className="vb-shell__nav" aria-label="Hoofdmenu">
              <NavLink to="/regio" end>
                Regio's
              </NavLink>
              {regions.map((region) => {
                const base = `/regio/${region.slug}`;
                const inRegion = pathname === base || pathname.startsWith(`${base}/`);
                // An actie page (/actie/:id) belongs to the agenda of the viewer's only region.
                const inAgenda = AGENDA_SCREENS.some((screen) => pathname.startsWith(`${base}/${screen}`)) || (regions.length === 1 && pathname.startsWith('/actie/'));
                // An activity page (/activiteit/:id) belongs to the activities of the viewer's only region.
                const inMeetups = MEETUP_SCREENS.some((screen) => pathname.startsWith(`${base}/${screen}`)) || (regions.length === 1 && pathname.startsWith('/activiteit/'));
                // Loket staff get the inbox; school contacts (members through a school) the inbox of
                // their school and the contact ledger; other members the ledger (the API guards all).
                const loketStaff = person.systemRole === 'BEHEERDER' || person.memberships.some((membership) => membership.region.id === region.id && LOKET_STAFF_ROLES.includes(membership.role));
                const schoolContact = !loketStaff && person.memberships.some((membership) => membership.region.id === region.id && Boolean(membership.school));
                const inLedger = pathname.startsWith(`${base}/loket/bedrijven`);
                // A request page (/loketaanvraag/:id) belongs to the loket of the viewer's only region.
                const inLoket = LOKET_SCREENS.some((screen) => pathname.startsWith(`${base}/${screen}`)) || (regions.length === 1 && pathname.startsWith('/loketaanvraag/'));
                // A group page (/werkgroep/:id) belongs to the werkgroepen of the viewer's only region.
                const inWerkgroepen = WERKGROEP_SCREENS.some((screen) => pathname.startsWith(`${base}/${screen}`)) || (regions.length === 1 && pathname.startsWith('/werkgroep/'));
                const inTaalbrug = pathname.startsWith(`${base}/taalbrug`);
                // The redactie (redacteur, verbinder, beheerder of the region) writes stories; a story page belongs to the only region.
                const redactie = person.systemRole === 'BEHEERDER' || person.memberships.some((membership) => membership.region.id === region.id && STORY_REDACTIE_ROLES.includes(membership.role));
                const inStories = pathname.startsWith(`${base}/verhalen`) || (regions.length === 1 && pathname.startsWith('/verhaal/'));
                // With more than one region, screen readers also hear which region a section link is for.
                const which = regions.length > 1 ? region.name : undefined;
                return (
                  <Fragment key={region.id}>
                    <Link to={base} aria-current={inRegion && !inAgenda && !inMeetups && !inLoket && !inWerkgroepen && !inTaalbrug && !inStories ? 'page' : undefined}>
                      {region.name}
                    </Link>
                    <SectionLink to={`${base}/actieagenda`} current={inAgenda} label="Actieagenda" regionName={which} />
                    <SectionLink to={`${base}/activiteiten`} current={inMeetups} label="Activiteiten" regionName={which} />
                    <SectionLink to={`${base}/werkgroepen`} current={inWerkgroepen} label="Werkgroepen" regionName={which} />
                    <SectionLink to={`${base}/taalbrug`} current={inTaalbrug} label="Taalbrug" regionName={which} />
                    {redactie && <SectionLink to={`${base}/verhalen`} current={inStories} label="Verhalen" regionName={which} />}
                    {schoolContact ? (
                      <>
                        <SectionLink to={`${base}/loket`} current={inLoket && !inLedger} label="Loket" regionName={which} />
                        <SectionLink to={`${base}/loket/bedrijven`} current={inLedger} label="Bedrijvencontact" regionName={which} />
                      </>
                    ) : (
                      <SectionLink to={loketStaff ? `${base}/loket` : `${base}/loket/bedrijven`} current={inLoket} label={loketStaff ? 'Loket' : 'Bedrijvencontact'} regionName={which} />
                    )}
                  </Fragment>
                );
              })}
              <NavLink to="/mensen">Mensen</NavLink>
            </nav>
            <div className="vb-shell__user">
              <Link to={`/persoon/${person.id}`} className="vb-shell__person">
                {person.name}
              </Link>
              <Link to="/profiel" className="vb-shell__person">
                Mijn account
              </Link>
              {/* A real form POST: the server ends the session and, after a sign-in with Microsoft, the provider's session too. */}
              <form method="post" action="/auth/logout">
                <Button type="submit" variant="secondary" className="vb-shell__signout" onClick={() => disconnectSocket()}>
                  Uitloggen
                </Button>
              </form>
            </div>
          </div>
          <div className="vb-shell__quick">
            <NotificationCentre />
            <Button variant="secondary" className="vb-shell__menu-toggle" aria-expanded={menuOpen} aria-controls="vb-hoofdmenu" onClick={() => setMenuOpen((open) => !open)}>
              Menu
            </Button>
          </div>
        </div>
      </header>
      <main id="inhoud" className="vb-shell__main" tabIndex={-1}>
        <InvitationsBanner />
        <Outlet />
      </main>
    </div>
  );
}

/** A link to one section of a region in the main navigation; `regionName` is read after the label to screen readers. */
function SectionLink({ to, current, label, regionName }: { to: string; current: boolean; label: string; regionName?: string }) {
  return (
    <Link to={to} aria-current={current ? 'page' : undefined}>
      {label}
      {regionName && <span className="vb-visually-hidden"> {regionName}</span>}
    </Link>
  );
}
