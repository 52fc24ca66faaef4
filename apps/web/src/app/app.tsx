import { ForcedPasswordChangePage, ForgotPasswordPage, ProfilePage, ResetPasswordPage } from './account-pages';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { RETURN_PATH_PARAM } from '@verbinder/shared/contracts';
import { errorMessage, useViewer } from '@verbinder/web/api-client';
import {
  HomePage,
  InvitationsPage,
  LeerlabCreatePage,
  LeerlabEditPage,
  LeerlabsTab,
  LeerrouteCreatePage,
  LeerrouteDetailPage,
  LeerrouteEditPage,
  LeerroutesTab,
  PeoplePage,
  PeopleTab,
  PersonCreatePage,
  PersonDetailPage,
  PersonEditPage,
  RegionListPage,
  RegionPage,
  SchoolCreatePage,
  SchoolDetailPage,
  SchoolEditPage,
  SchoolsTab,
} from '@verbinder/regions/web';
import { AchtjePage, ActieagendaPage, ActiePage, MeetingPage } from '@verbinder/actieagenda/web';
import { ActivitiesPage, ActivityPage, WerkgroepCalendarFeedsCard } from '@verbinder/meetups/web';
import {
  MembersTab,
  WerkgroepSignalPanel,
  StreamTab,
  TaalbrugPage,
  TeamsTenantsPage,
  WerkgroepCurriculumTab,
  WerkgroepDocumentsTab,
  WerkgroepDraaiboekTab,
  WerkgroepenPage,
  WerkgroepLayout,
  WerkgroepTeamsPage,
} from '@verbinder/werkgroepen/web';
import { StoriesPage, StoryEditorPage } from '@verbinder/stories/web';
import { LoketInboxPage, LoketLedgerPage, LoketReportPage, LoketRequestPage, LoketSettingsPage } from '@verbinder/loket/web';
import { ErrorMessage, Loading } from '@verbinder/web/ui';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { SignInPage } from './sign-in-page';

/** Where a signed-out visitor of `path` signs in: /inloggen, with the page to come back to (a link from an e-mail). */
function signInPathFor(path: string): string {
  return path === '/' ? '/inloggen' : `/inloggen?${new URLSearchParams({ [RETURN_PATH_PARAM]: path })}`;
}

/** Signed-in screens only; everyone else goes to /inloggen, and back to this page after signing in. */
function RequireAuth() {
  const { data, error, refetch } = useViewer();
  const location = useLocation();
  if (data) {
    const person = data.viewer.authenticated ? data.viewer.person : null;
    if (!person && data.viewer.mustChangePassword) return <Navigate to="/wachtwoord-kiezen" replace />;
    return person ? <AppLayout person={person} /> : <Navigate to={signInPathFor(`${location.pathname}${location.search}${location.hash}`)} replace />;
  }
  if (error) {
    return (
      <main id="inhoud" className="vb-shell__main">
        <ErrorMessage title="Verbinder kon niet worden geladen" message={errorMessage(error)} onRetry={() => void refetch()} />
      </main>
    );
  }
  return (
    <main id="inhoud" className="vb-shell__main">
      <Loading label="Verbinder laden…" />
    </main>
  );
}

export function App() {
  return (
    <Routes>
      <Route path="/inloggen" element={<SignInPage />} />
      <Route path="/wachtwoord-vergeten" element={<ForgotPasswordPage />} />
      <Route path="/wachtwoord-herstellen" element={<ResetPasswordPage />} />
      <Route path="/wachtwoord-kiezen" element={<ForcedPasswordChangePage />} />
      <Route element={<RequireAuth />}>
        <Route index element={<HomePage />} />
        <Route path="regio" element={<RegionListPage />} />
        <Route path="regio/:slug" element={<RegionPage />}>
          <Route index element={<SchoolsTab />} />
          <Route path="leerlabs" element={<LeerlabsTab />} />
          <Route path="mensen" element={<PeopleTab />} />
          <Route path="leerroutes" element={<LeerroutesTab />} />
        </Route>
        <Route path="regio/:slug/scholen/nieuw" element={<SchoolCreatePage />} />
        <Route path="regio/:slug/leerlabs/nieuw" element={<LeerlabCreatePage />} />
        <Route path="regio/:slug/mensen/nieuw" element={<PersonCreatePage />} />
        <Route path="regio/:slug/leerroutes/nieuw" element={<LeerrouteCreatePage />} />
        <Route path="regio/:slug/actieagenda" element={<ActieagendaPage signalPanel={WerkgroepSignalPanel} />} />
        <Route path="regio/:slug/overleg" element={<MeetingPage />} />
        <Route path="regio/:slug/achtje" element={<AchtjePage />} />
        <Route path="regio/:slug/activiteiten" element={<ActivitiesPage />} />
        <Route path="regio/:slug/loket" element={<LoketInboxPage />} />
        <Route path="regio/:slug/loket/instellingen" element={<LoketSettingsPage />} />
        <Route path="regio/:slug/loket/bedrijven" element={<LoketLedgerPage />} />
        <Route path="regio/:slug/loket/rapportage" element={<LoketReportPage />} />
        <Route path="regio/:slug/werkgroepen" element={<WerkgroepenPage />} />
        <Route path="regio/:slug/verhalen" element={<StoriesPage />} />
        <Route path="regio/:slug/taalbrug" element={<TaalbrugPage />} />
        <Route path="regio/:slug/teams" element={<TeamsTenantsPage />} />
        <Route path="werkgroep/:id" element={<WerkgroepLayout />}>
          <Route index element={<StreamTab />} />
          <Route path="documenten" element={<WerkgroepDocumentsTab />} />
          <Route path="draaiboek" element={<WerkgroepDraaiboekTab />} />
          <Route path="vergelijking" element={<WerkgroepCurriculumTab />} />
          <Route path="leden" element={<MembersTab meetupsCard={WerkgroepCalendarFeedsCard} />} />
          <Route path="teams" element={<WerkgroepTeamsPage />} />
        </Route>
        <Route path="actie/:id" element={<ActiePage />} />
        <Route path="activiteit/:id" element={<ActivityPage />} />
        <Route path="loketaanvraag/:id" element={<LoketRequestPage />} />
        <Route path="verhaal/:id" element={<StoryEditorPage />} />
        <Route path="school/:id" element={<SchoolDetailPage />} />
        <Route path="school/:id/bewerken" element={<SchoolEditPage />} />
        <Route path="leerlab/:id/bewerken" element={<LeerlabEditPage />} />
        <Route path="leerroute/:id" element={<LeerrouteDetailPage />} />
        <Route path="leerroute/:id/bewerken" element={<LeerrouteEditPage />} />
        <Route path="mensen" element={<PeoplePage />} />
        <Route path="uitnodigingen" element={<InvitationsPage />} />
        <Route path="persoon/:id" element={<PersonDetailPage />} />
        <Route path="persoon/:id/bewerken" element={<PersonEditPage />} />
        <Route path="profiel" element={<ProfilePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
