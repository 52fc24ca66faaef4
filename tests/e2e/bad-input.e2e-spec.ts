// Every write path refuses bad input with a stable error code and a Dutch message, and
// writes nothing: a fingerprint of the data is the same before and after all of them.
import { apiSuite } from '../support/api-suite';
import { demoIds, signedIn, validRoute } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { loketIds } from '../support/loket-fixtures';
import { meetupIds } from '../support/meetups-fixtures';
import { curriculumIds, werkgroepIds } from '../support/werkgroepen-fixtures';
import type { BadCase, CasePersona, Ids } from './cases/types';
import { WERKGROEP_DOCUMENTS_BAD_INPUT, WERKGROEP_DOCUMENTS_FINGERPRINT } from './cases/werkgroep-documents.cases';
import { TEAMS_BAD_INPUT, TEAMS_FINGERPRINT } from './cases/teams.cases';
import { TEAMS_DRIFT_BAD_INPUT } from './cases/teams-drift.cases';
import { WERKGROEPEN_BAD_INPUT, WERKGROEPEN_FINGERPRINT } from './cases/werkgroepen.cases';
import { CURRICULUM_BAD_INPUT, CURRICULUM_FINGERPRINT } from './cases/curriculum.cases';
import { STREAM_BAD_INPUT, STREAM_FINGERPRINT } from './cases/werkgroepen-stream.cases';
import { STORIES_BAD_INPUT, STORIES_FINGERPRINT } from './cases/stories.cases';

const CORE_CASES: BadCase[] = [
  { mutation: 'signIn', doc: 'mutation { signIn(email: "sanne.devries@example.org", password: "niet-het-wachtwoord") { authenticated } }', code: 'INVALID_CREDENTIALS' },
  { mutation: 'signIn', doc: 'mutation { signIn(email: "", password: "") { authenticated } }', code: 'BAD_USER_INPUT' },
  { mutation: 'signInAsDemo', doc: 'mutation { signInAsDemo(key: "directeur") { authenticated } }', code: 'BAD_USER_INPUT' },
  { mutation: 'changePassword', doc: 'mutation { changePassword(currentPassword: "demo-wachtwoord", newPassword: "kort") }', code: 'BAD_USER_INPUT' },
  { mutation: 'requestPasswordReset', doc: 'mutation { requestPasswordReset(email: "geen-adres") }', code: 'BAD_USER_INPUT' },
  { mutation: 'resetPassword', doc: 'mutation { resetPassword(token: "x", newPassword: "een-ander-wachtwoord") }', code: 'LINK_INVALID' },
  {
    mutation: 'confirmOidcLink',
    doc: 'mutation($p: ID!) { confirmOidcLink(personId: $p, issuer: "https://idp.example.org", subject: "onbekend") { subject } }',
    vars: (i) => ({ p: i.personId }),
    code: 'NOT_FOUND',
  },
  {
    mutation: 'removeOidcLink',
    doc: 'mutation($p: ID!) { removeOidcLink(personId: $p, issuer: "https://idp.example.org", subject: "onbekend") { subject } }',
    vars: (i) => ({ p: i.personId }),
    code: 'NOT_FOUND',
  },
  { mutation: 'createRegion', doc: 'mutation { createRegion(input: { slug: "Niet Goed!", name: "" }) { id } }', code: 'BAD_USER_INPUT' },
  { mutation: 'createRegion', doc: 'mutation { createRegion(input: { slug: "noord-west-veluwe", name: "Dubbel" }) { id } }', code: 'CONFLICT', extensions: { field: 'slug' } },
  { mutation: 'updateRegion', doc: 'mutation($id: ID!) { updateRegion(input: { id: $id, name: "   " }) { id } }', vars: (i) => ({ id: i.regionId }), code: 'BAD_USER_INPUT' },
  { mutation: 'updateRegion', doc: 'mutation { updateRegion(input: { id: "geen-id", name: "X" }) { id } }', code: 'NOT_FOUND' },
  {
    mutation: 'createLeerlab',
    doc: 'mutation($r: ID!) { createLeerlab(input: { regionId: $r, name: "Leerlab", round: 1999, startYear: 2022 }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'createLeerlab',
    doc: 'mutation($r: ID!, $s: ID!) { createLeerlab(input: { regionId: $r, name: "Leerlab Elders", round: 2022, startYear: 2022, schoolIds: [$s] }) { id } }',
    vars: (i) => ({ r: i.regionId, s: i.otherSchoolId }),
    code: 'BAD_USER_INPUT',
  },
  { mutation: 'updateLeerlab', doc: 'mutation($id: ID!) { updateLeerlab(input: { id: $id, startYear: 1800 }) { id } }', vars: (i) => ({ id: i.leerlabId }), code: 'BAD_USER_INPUT' },
  {
    mutation: 'createSchool',
    doc: 'mutation($r: ID!) { createSchool(input: { regionId: $r, name: "Nieuw", kind: VO, brin: "12345" }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'createSchool',
    doc: 'mutation($r: ID!) { createSchool(input: { regionId: $r, name: "Nieuw", kind: HAVO }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { mutation: 'createSchool', doc: 'mutation($r: ID!) { createSchool(input: { regionId: $r, name: "Morgen College", kind: VO }) { id } }', vars: (i) => ({ r: i.regionId }), code: 'CONFLICT' },
  {
    mutation: 'createSchool',
    doc: 'mutation($r: ID!) { createSchool(input: { regionId: $r, name: "Met locatie", kind: VO, locations: [{ name: "", city: "" }] }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'BAD_USER_INPUT',
  },
  { mutation: 'updateSchool', doc: 'mutation($id: ID!) { updateSchool(input: { id: $id, website: "ftp://school.example" }) { id } }', vars: (i) => ({ id: i.schoolId }), code: 'BAD_USER_INPUT' },
  { mutation: 'createPerson', doc: 'mutation { createPerson(input: { name: "Iemand", email: "geen-email" }) { id } }', code: 'BAD_USER_INPUT' },
  // The person is created and the password refused in one transaction: nothing stays behind.
  { mutation: 'createPerson', doc: 'mutation { createPerson(input: { name: "Kort Wachtwoord", email: "kort@example.org", password: "kort" }) { id } }', code: 'BAD_USER_INPUT' },
  { mutation: 'createPerson', doc: 'mutation { createPerson(input: { name: "Dubbel", email: "SANNE.DEVRIES@example.org" }) { id } }', code: 'CONFLICT' },
  { mutation: 'erasePerson', doc: 'mutation { erasePerson(personId: "geen-id") { id } }', code: 'NOT_FOUND' },
  { mutation: 'erasePerson', doc: 'mutation { erasePerson(personId: "00000000-0000-4000-8000-000000000000") { id } }', code: 'NOT_FOUND' },
  { mutation: 'updatePerson', doc: 'mutation($id: ID!) { updatePerson(input: { id: $id, email: "sanne.devries@example.org" }) { id } }', vars: (i) => ({ id: i.personId }), code: 'CONFLICT' },
  {
    mutation: 'addMembership',
    doc: 'mutation($p: ID!, $r: ID!, $s: ID!) { addMembership(input: { personId: $p, regionId: $r, schoolId: $s, role: DOCENT, layer: PROFESSIONEEL }) { id } }',
    vars: (i) => ({ p: i.personId, r: i.regionId, s: i.schoolId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'addMembership',
    doc: 'mutation($r: ID!) { addMembership(input: { personId: "x", regionId: $r, role: DOCENT, layer: PROFESSIONEEL }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'NOT_FOUND',
  },
  { mutation: 'removeMembership', doc: 'mutation { removeMembership(id: "00000000-0000-4000-8000-000000000001") }', code: 'NOT_FOUND' },
  {
    mutation: 'inviteToRegion',
    doc: 'mutation($r: ID!) { inviteToRegion(input: { email: "geen-email", regionId: $r, role: DOCENT, layer: PROFESSIONEEL }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'inviteToRegion',
    doc: 'mutation($r: ID!, $s: ID!) { inviteToRegion(input: { email: "twee@example.org", regionId: $r, schoolId: $s, role: DOCENT, layer: PROFESSIONEEL }) { id } }',
    vars: (i) => ({ r: i.regionId, s: i.schoolId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'inviteToRegion',
    doc: 'mutation($r: ID!) { inviteToRegion(input: { personId: "x", regionId: $r, role: DOCENT, layer: PROFESSIONEEL }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'BAD_USER_INPUT',
  },
  { mutation: 'acceptInvitation', doc: 'mutation { acceptInvitation(id: "geen-id") { id } }', code: 'NOT_FOUND' },
  { mutation: 'declineInvitation', doc: 'mutation { declineInvitation(id: "00000000-0000-4000-8000-000000000001") { id } }', code: 'NOT_FOUND' },
  {
    mutation: 'createLeerroute',
    doc: 'mutation($input: LeerrouteInput!) { createLeerroute(input: $input) { id } }',
    vars: (i) => ({ input: validRoute(i.regionId, { routeType: 'GEINTEGREERD', vmboLeerweg: 'KADER', mboNiveau: 2, vmboExamScope: 'GEEN' }) }),
    code: 'LEERROUTE_RULE_VIOLATION',
    extensions: { rule: 'GEINTEGREERD_ONLY_BASIS_TO_NIVEAU_2', field: 'vmboLeerweg' },
  },
  {
    mutation: 'createLeerroute',
    doc: 'mutation($input: LeerrouteInput!) { createLeerroute(input: $input) { id } }',
    vars: (i) => ({ input: validRoute(i.regionId, { routeType: 'DOORLOPEND', shorteningMonths: 18, vmboExamLastRouteYear: 2 }) }),
    code: 'LEERROUTE_RULE_VIOLATION',
    extensions: { rule: 'SHORTENING_MAX_ONE_YEAR', field: 'shorteningMonths' },
  },
  {
    mutation: 'createLeerroute',
    doc: 'mutation($input: LeerrouteInput!) { createLeerroute(input: $input) { id } }',
    vars: (i) => ({ input: validRoute(i.regionId, { agreementSignedOn: '2024-02-30' }) }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'updateLeerroute',
    doc: 'mutation($id: ID!, $input: LeerrouteInput!) { updateLeerroute(id: $id, input: $input) { id } }',
    vars: (i) => ({ id: i.leerrouteId, input: validRoute(i.regionId, { routeType: 'DOORLOPEND', vmboExamLastRouteYear: 4 }) }),
    code: 'LEERROUTE_RULE_VIOLATION',
    extensions: { rule: 'VMBO_EXAM_LATEST_ROUTE_YEAR_3' },
  },
  { mutation: 'deleteLeerroute', doc: 'mutation { deleteLeerroute(id: "onbekend") }', code: 'NOT_FOUND' },
  {
    mutation: 'createActieagenda',
    doc: 'mutation($r: ID!) { createActieagenda(input: { regionId: $r, title: "Nog een", periodStart: "2025-01-01", periodEnd: "2026-01-01" }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'CONFLICT',
  },
  {
    mutation: 'createActieagenda',
    doc: 'mutation($r: ID!) { createActieagenda(input: { regionId: $r, title: "Terug in de tijd", periodStart: "2026-01-01", periodEnd: "2025-01-01" }) { id } }',
    vars: (i) => ({ r: i.otherRegionId }),
    code: 'BAD_USER_INPUT',
    extensions: { fields: [{ field: 'periodEnd', message: 'De einddatum ligt na de startdatum.' }] },
  },
  { mutation: 'upsertActielijn', doc: 'mutation($a: ID!) { upsertActielijn(input: { agendaId: $a, number: 0, title: "Nul" }) { id } }', vars: (i) => ({ a: i.agendaId }), code: 'BAD_USER_INPUT' },
  {
    mutation: 'createActie',
    doc: 'mutation($l: ID!, $p: ID!) { createActie(input: { actielijnId: $l, title: "Met buitenstaander", ownerIds: [$p] }) { id } }',
    vars: (i) => ({ l: i.actielijnId, p: i.outsiderPersonId }),
    code: 'BAD_USER_INPUT',
    extensions: { fields: [{ field: 'ownerIds', message: 'Eigenaren zijn mensen uit deze regio.' }] },
  },
  {
    mutation: 'createActie',
    doc: 'mutation($l: ID!, $s: ID!) { createActie(input: { actielijnId: $l, title: "Met verre school", leadSchoolId: $s }) { id } }',
    vars: (i) => ({ l: i.actielijnId, s: i.otherSchoolId }),
    code: 'BAD_USER_INPUT',
  },
  { mutation: 'createActie', doc: 'mutation { createActie(input: { actielijnId: "geen", title: "X" }) { id } }', code: 'BAD_USER_INPUT' },
  {
    mutation: 'updateActie',
    doc: 'mutation($id: ID!, $l: ID!) { updateActie(id: $id, input: { actielijnId: $l, title: "X", periodStart: "2026-05-01", periodEnd: "2026-01-01" }) { id } }',
    vars: (i) => ({ id: i.actieId, l: i.actielijnId }),
    code: 'BAD_USER_INPUT',
  },
  { mutation: 'closeActie', doc: 'mutation($id: ID!) { closeActie(id: $id, closure: GEMIST) { id } }', vars: (i) => ({ id: i.closedActieId }), code: 'ACTIE_CLOSED' },
  { mutation: 'reopenActie', doc: 'mutation($id: ID!) { reopenActie(id: $id) { id } }', vars: (i) => ({ id: i.actieId }), code: 'BAD_USER_INPUT' },
  { mutation: 'setActiePublic', doc: 'mutation($id: ID!) { setActiePublic(id: $id, isPublic: true, publicSummary: " ") { id } }', vars: (i) => ({ id: i.actieId }), code: 'BAD_USER_INPUT' },
  {
    mutation: 'addCheckIn',
    doc: 'mutation($id: ID!) { addCheckIn(input: { actieId: $id, status: OP_KOERS, progress: 101, text: "Te veel" }) { id } }',
    vars: (i) => ({ id: i.actieId }),
    code: 'BAD_USER_INPUT',
    extensions: { fields: [{ field: 'progress', message: 'De voortgang moet een heel getal van 0 tot en met 100 zijn.' }] },
  },
  {
    mutation: 'addCheckIn',
    doc: 'mutation($id: ID!) { addCheckIn(input: { actieId: $id, status: OP_KOERS, progress: 50, text: "Morgen", date: "2150-01-01" }) { id } }',
    vars: (i) => ({ id: i.actieId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'addCheckIn',
    doc: 'mutation($id: ID!) { addCheckIn(input: { actieId: $id, status: OP_KOERS, progress: 50, text: "Toch nog" }) { id } }',
    vars: (i) => ({ id: i.closedActieId }),
    code: 'ACTIE_CLOSED',
  },
  {
    mutation: 'addCheckIn',
    doc: 'mutation($id: ID!) { addCheckIn(input: { actieId: $id, status: OP_KOERS, progress: 50, text: "Link", evidenceLinks: ["javascript:alert(1)"] }) { id } }',
    vars: (i) => ({ id: i.actieId }),
    code: 'BAD_USER_INPUT',
  },
  { mutation: 'addBijstelling', doc: 'mutation($id: ID!) { addBijstelling(input: { actieId: $id, what: "Duur", why: "" }) { id } }', vars: (i) => ({ id: i.actieId }), code: 'BAD_USER_INPUT' },
  { mutation: 'requestReview', doc: 'mutation($id: ID!) { requestReview(actieId: $id) { id } }', vars: (i) => ({ id: i.closedActieId }), code: 'ACTIE_CLOSED' },
  { mutation: 'decideReview', doc: 'mutation($id: ID!) { decideReview(reviewId: $id, outcome: BIJSTELLEN) { id } }', vars: (i) => ({ id: i.openReviewId }), code: 'BAD_USER_INPUT' },
  { mutation: 'recordDecision', doc: 'mutation($id: ID!) { recordDecision(actieId: $id, text: "  ") { id } }', vars: (i) => ({ id: i.actieId }), code: 'BAD_USER_INPUT' },
  {
    mutation: 'importActieagendaCsv',
    doc: 'mutation($a: ID!, $csv: String!) { importActieagendaCsv(agendaId: $a, csv: $csv) { created } }',
    vars: (i) => ({
      a: i.agendaId,
      csv: 'actielijn;actielijn_titel;actie;omschrijving;doel;trekker;partners;eigenaren;start;eind;cadans_dagen;status;voortgang;publiek\n1;;Goede rij;;;;;;;;7;op koers;10;nee\nx;;;;;Onbekende School;;niemand@example.org;2025-13-01;;7;prima;150;misschien\n',
    }),
    code: 'CSV_INVALID',
  },
  {
    mutation: 'importActieagendaCsv',
    doc: 'mutation($a: ID!) { importActieagendaCsv(agendaId: $a, csv: "actie;status\\nA;op koers") { created } }',
    vars: (i) => ({ a: i.agendaId }),
    code: 'CSV_INVALID',
  },
  // meetups
  {
    mutation: 'createActivity',
    doc: 'mutation($r: ID!) { createActivity(input: { regionId: $r, kind: WORKSHOP, title: "Terug in de tijd", startsAt: "2030-01-09T11:00:00+01:00", endsAt: "2030-01-09T10:00:00+01:00" }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'BAD_USER_INPUT',
    extensions: { fields: [{ field: 'endsAt', message: 'Het einde ligt na het begin.' }] },
  },
  {
    mutation: 'createActivity',
    doc: 'mutation($r: ID!) { createActivity(input: { regionId: $r, kind: WORKSHOP, title: "Zonder tijdzone", startsAt: "2030-01-09T10:00:00", endsAt: "2030-01-09T11:00:00+01:00", capacity: 0 }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'updateActivity',
    doc: 'mutation($id: ID!, $r: ID!) { updateActivity(id: $id, input: { regionId: $r, kind: WORKSHOP, title: "Kleiner", startsAt: "2030-01-09T10:00:00+01:00", endsAt: "2030-01-09T11:00:00+01:00", capacity: 1 }) { id } }',
    vars: (i) => ({ id: i.workshopId, r: i.regionId }),
    code: 'BAD_USER_INPUT',
    extensions: { fields: [expect.objectContaining({ field: 'capacity' })] },
  },
  { mutation: 'registerForActivity', doc: 'mutation { registerForActivity(activityId: "geen-id") { status } }', code: 'NOT_FOUND' },
  { mutation: 'cancelRegistration', doc: 'mutation($id: ID!) { cancelRegistration(activityId: $id) { status } }', vars: (i) => ({ id: i.kennismakingId }), code: 'NOT_FOUND' },
  { mutation: 'claimOfferedPlace', doc: 'mutation { claimOfferedPlace(activityId: "geen-id") { status } }', code: 'NOT_FOUND' },
  {
    mutation: 'updateSeriesOccurrence',
    doc: 'mutation($id: ID!) { updateSeriesOccurrence(activityId: $id, scope: FOLLOWING, input: { date: "2027-01-01" }) { id } }',
    vars: (i) => ({ id: i.overlegId }),
    code: 'BAD_USER_INPUT',
  },
  { mutation: 'claimWaitlistPlace', doc: 'mutation { claimWaitlistPlace(token: "onbekende-link") { status } }', code: 'LINK_INVALID' },
  { mutation: 'markAttendance', doc: 'mutation($id: ID!) { markAttendance(registrationId: $id, attended: true) { id } }', vars: (i) => ({ id: i.waitlistedRegistrationId }), code: 'BAD_USER_INPUT' },
  {
    mutation: 'registerForPublicActivity',
    doc: 'mutation($id: ID!) { registerForPublicActivity(activityId: $id, name: "", email: "geen-adres") { message } }',
    vars: (i) => ({ id: i.publicActivityId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'registerForPublicActivity',
    doc: 'mutation($id: ID!) { registerForPublicActivity(activityId: $id, name: "Iemand", email: "iemand@bedrijf.example") { message } }',
    vars: (i) => ({ id: i.workshopId }),
    code: 'NOT_FOUND',
  },
  { mutation: 'confirmPublicRegistration', doc: 'mutation { confirmPublicRegistration(token: "onbekende-link") { status } }', code: 'LINK_INVALID' },
  {
    mutation: 'createActivitySeries',
    doc: 'mutation($r: ID!) { createActivitySeries(input: { regionId: $r, kind: VERBINDERSOVERLEG, title: "Reeks", weekday: 9, startTime: "14:00", endTime: "13:00", startDate: "2030-02-01", endDate: "2030-01-01", hostSchoolIds: [] }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'updateSeriesOccurrence',
    doc: 'mutation($id: ID!) { updateSeriesOccurrence(activityId: $id, scope: FOLLOWING, input: { title: "X" }) { id } }',
    vars: (i) => ({ id: i.workshopId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'addRegionHoliday',
    doc: 'mutation($r: ID!) { addRegionHoliday(input: { regionId: $r, name: "Omgekeerd", startDate: "2030-02-01", endDate: "2030-01-01" }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'BAD_USER_INPUT',
  },
  { mutation: 'addAgendaItem', doc: 'mutation($id: ID!) { addAgendaItem(activityId: $id, title: " ") { id } }', vars: (i) => ({ id: i.overlegId }), code: 'BAD_USER_INPUT' },
  {
    mutation: 'setMeetingMinutes',
    doc: 'mutation($id: ID!, $m: String) { setMeetingMinutes(activityId: $id, minutes: $m) { id } }',
    vars: (i) => ({ id: i.overlegId, m: 'x'.repeat(20_001) }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'recordMeetingDecision',
    doc: 'mutation($id: ID!, $a: ID!) { recordMeetingDecision(activityId: $id, actieId: $a, text: "  ") { id } }',
    vars: (i) => ({ id: i.overlegId, a: i.actieId }),
    code: 'BAD_USER_INPUT',
  },
  { mutation: 'createCalendarFeed', doc: 'mutation { createCalendarFeed(scope: REGION) { url } }', code: 'BAD_USER_INPUT' },
  { mutation: 'revokeCalendarFeed', doc: 'mutation { revokeCalendarFeed(id: "00000000-0000-4000-8000-000000000009") { id } }', code: 'NOT_FOUND' },
  {
    mutation: 'markNotificationsRead',
    doc: 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
    vars: () => ({ ids: Array.from({ length: 501 }, (_, n) => `id-${n}`) }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'submitLoketRequest',
    doc: 'mutation { submitLoketRequest(input: { regionSlug: "noord-west-veluwe", companyName: "", kvk: "1234", contactName: "", contactEmail: "geen-adres", type: GASTLES, consent: false, formToken: "vervalst" }) { message } }',
    code: 'BAD_USER_INPUT',
  },
  { mutation: 'replyToLoketRequestByToken', doc: 'mutation { replyToLoketRequestByToken(token: "onbekende-link", body: "Hallo") { id } }', code: 'NOT_FOUND' },
  { mutation: 'replyToLoketRequest', doc: 'mutation($id: ID!) { replyToLoketRequest(id: $id, body: "   ") { id } }', vars: (i) => ({ id: i.loketRequestId }), code: 'BAD_USER_INPUT' },
  // A school contact (the docent, Morgen College) is checked the same way.
  {
    mutation: 'replyToLoketRequest',
    doc: 'mutation($id: ID!) { replyToLoketRequest(id: $id, body: "   ", internal: true) { id } }',
    vars: (i) => ({ id: i.morgenLoketRequestId }),
    code: 'BAD_USER_INPUT',
    as: 'docent',
  },
  { mutation: 'setLoketRequestStatus', doc: 'mutation($id: ID!) { setLoketRequestStatus(id: $id, status: NIEUW) { id } }', vars: (i) => ({ id: i.loketRequestId }), code: 'BAD_USER_INPUT' },
  {
    mutation: 'assignLoketRequest',
    doc: 'mutation($id: ID!, $p: ID!, $s: ID!) { assignLoketRequest(id: $id, input: { ownerId: $p, schoolIds: [$s] }) { id } }',
    vars: (i) => ({ id: i.loketRequestId, p: i.loketMedewerkerId, s: i.otherSchoolId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'addLoketRoutingRule',
    doc: 'mutation($r: ID!, $p: ID!) { addLoketRoutingRule(input: { regionId: $r, assigneeId: $p, schoolIds: [] }) { id } }',
    vars: (i) => ({ r: i.regionId, p: i.outsiderPersonId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'logCompanyContact',
    doc: 'mutation($c: ID!, $s: ID!, $n: String) { logCompanyContact(input: { companyId: $c, schoolId: $s, note: $n }) { warning } }',
    vars: (i) => ({ c: i.loketCompanyId, s: i.loketSchoolId, n: 'x'.repeat(1001) }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'logCompanyContact',
    doc: 'mutation($c: ID!, $s: ID!) { logCompanyContact(input: { companyId: $c, schoolId: $s }) { warning } }',
    vars: (i) => ({ c: i.loketCompanyId, s: i.otherSchoolId }),
    code: 'BAD_USER_INPUT',
  },
  { mutation: 'mergeLoketRequest', doc: 'mutation($a: ID!) { mergeLoketRequest(id: $a, intoId: $a) { id } }', vars: (i) => ({ a: i.loketRequestId }), code: 'BAD_USER_INPUT' },
  { mutation: 'eraseLoketCompany', doc: 'mutation { eraseLoketCompany(companyId: "00000000-0000-4000-8000-000000000009") }', code: 'NOT_FOUND' },
  { mutation: 'deleteLoketRoutingRule', doc: 'mutation { deleteLoketRoutingRule(id: "00000000-0000-4000-8000-000000000009") }', code: 'NOT_FOUND' },
  {
    mutation: 'saveLoketCannedReply',
    doc: 'mutation($r: ID!) { saveLoketCannedReply(input: { regionId: $r, title: "  ", body: "" }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'saveLoketCannedReply',
    doc: 'mutation($r: ID!, $b: String!) { saveLoketCannedReply(input: { regionId: $r, title: "Nieuw", body: $b }) { id } }',
    vars: (i) => ({ r: i.regionId, b: 'x'.repeat(4001) }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'saveLoketCannedReply',
    doc: 'mutation($r: ID!) { saveLoketCannedReply(input: { regionId: $r, title: "ontvangst bevestigen", body: "Dubbel" }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'CONFLICT',
    extensions: { field: 'title' },
  },
  { mutation: 'deleteLoketCannedReply', doc: 'mutation { deleteLoketCannedReply(id: "00000000-0000-4000-8000-000000000009") }', code: 'NOT_FOUND' },
  {
    mutation: 'setLoketSlaPolicy',
    doc: 'mutation($r: ID!) { setLoketSlaPolicy(input: { regionId: $r, firstResponseMinutes: -1, resolutionMinutes: 0, warnBeforeMinutes: -5 }) { regionId } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'BAD_USER_INPUT',
  },
];

const CASES: BadCase[] = [
  ...CORE_CASES,
  ...WERKGROEPEN_BAD_INPUT,
  ...STREAM_BAD_INPUT,
  ...CURRICULUM_BAD_INPUT,
  ...WERKGROEP_DOCUMENTS_BAD_INPUT,
  ...TEAMS_BAD_INPUT,
  ...TEAMS_DRIFT_BAD_INPUT,
  ...STORIES_BAD_INPUT,
];

// Mutations whose only input cannot be wrong.
const WITHOUT_INPUT = ['signOut'];

const FINGERPRINT = `{
  regions { id name description
    schools { id name kind koepel brin website locations { name city } }
    leerlabs { id name round startYear theme schools { id } }
    leerroutes { id name routeType shorteningMonths vmboExamLastRouteYear agreementSignedOn updatedAt }
    memberships { id role layer person { id name email jobTitle } }
  }
  people { id email }
}`;

const AGENDA_FINGERPRINT = `query($r: ID!) { actieagenda(regionId: $r) { id title lines { id number title focusYears
  acties { id title description leadSchool { id } owners { id } periodStart periodEnd closure isPublic publicSummary progress status
    checkIns { id } bijstellingen { id } reviews { id outcome note } decisions { id } } } } }`;

describe('bad input on every mutation', () => {
  const suite = apiSuite();
  let ids: Ids;
  let beheerder: GraphqlHttpClient;
  const clients = new Map<CasePersona, GraphqlHttpClient>();

  beforeAll(async () => {
    beheerder = await signedIn(suite.api.url, 'beheerder');
    clients.set('beheerder', beheerder);
    clients.set('verbinder', await signedIn(suite.api.url, 'verbinder'));
    clients.set('docent', await signedIn(suite.api.url, 'docent'));
    const demo = await demoIds(beheerder);
    ids = {
      ...demo,
      ...(await meetupIds(beheerder, demo.regionId)),
      ...(await loketIds(beheerder, demo.regionId)),
      ...(await werkgroepIds(beheerder, demo.regionId)),
      docentFeedId: '',
    };
    Object.assign(ids, await curriculumIds(clients.get('docent') as GraphqlHttpClient, ids.engelsWerkgroepId));
  }, 90_000);

  it('has at least one bad-input case for every mutation', async () => {
    const data = await beheerder.request<{ __schema: { mutationType: { fields: Array<{ name: string }> } } }>('{ __schema { mutationType { fields { name } } } }');
    const covered = new Set([...CASES.map((c) => c.mutation), ...WITHOUT_INPUT]);
    expect(data.__schema.mutationType.fields.map((f) => f.name).filter((name) => !covered.has(name))).toEqual([]);
  });

  it('answers each with its code and a Dutch message, and writes nothing', async () => {
    const snapshot = async () => [
      await beheerder.request(FINGERPRINT),
      await beheerder.request(AGENDA_FINGERPRINT, { r: ids.regionId }),
      await beheerder.request(WERKGROEPEN_FINGERPRINT, { r: ids.regionId }),
      await (clients.get('docent') as GraphqlHttpClient).request(CURRICULUM_FINGERPRINT, { w: ids.engelsWerkgroepId }),
      await (clients.get('docent') as GraphqlHttpClient).request(WERKGROEP_DOCUMENTS_FINGERPRINT, { w: ids.engelsWerkgroepId }),
      await beheerder.request(STREAM_FINGERPRINT, { r: ids.regionId }),
      await beheerder.request(TEAMS_FINGERPRINT, { r: ids.regionId, w: ids.engelsWerkgroepId, t: ids.techniekWerkgroepId }),
      await beheerder.request(STORIES_FINGERPRINT, { r: ids.regionId }),
    ];
    const before = await snapshot();
    for (const c of CASES) {
      const client = c.mutation.startsWith('signIn') ? new GraphqlHttpClient(suite.api.url) : (clients.get(c.as ?? 'beheerder') as GraphqlHttpClient);
      const result = await client.query(c.doc, c.vars?.(ids));
      const [error] = result.errors ?? [];
      expect({ mutation: c.mutation, code: error?.extensions?.code }).toEqual({ mutation: c.mutation, code: c.code });
      expect(result.status).toBeLessThan(500);
      if (c.extensions) expect(error.extensions).toMatchObject(c.extensions);
      if (c.code !== 'GRAPHQL_VALIDATION_FAILED') expect(error.message).toMatch(/[a-z]/);
      expect(error.message).not.toMatch(/Internal server error|Unexpected error/i);
    }
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it('reports every malformed CSV row with its row and column', async () => {
    const csv = [
      'actielijn;actielijn_titel;actie;omschrijving;doel;trekker;partners;eigenaren;start;eind;cadans_dagen;status;voortgang;publiek',
      '1;;Goede rij;;;;;;;;7;op koers;10;nee',
      'x;;;;;Onbekende School;;niemand@example.org;2025-13-01;;7;prima;150;misschien',
    ].join('\n');
    const result = await beheerder.query('mutation($a: ID!, $csv: String!) { importActieagendaCsv(agendaId: $a, csv: $csv) { created } }', { a: ids.agendaId, csv });
    const rows = result.errors?.[0].extensions?.['rows'] as Array<{ row: number; column: string; message: string }>;
    expect(rows.map((r) => `${r.row}:${r.column}`)).toEqual(['3:actielijn', '3:actie', '3:actielijn_titel', '3:trekker', '3:eigenaren', '3:start', '3:status', '3:voortgang', '3:publiek']);
    expect(rows[0].message).toMatch(/^Rij 3: /);
  });

  it('lists every field error for a form', async () => {
    const result = await beheerder.query('mutation($r: ID!) { createSchool(input: { regionId: $r, name: "", kind: VO, website: "geen url", brin: "x" }) { id } }', {
      r: ids.regionId,
    });
    const fields = (result.errors?.[0].extensions?.['fields'] as Array<{ field: string; message: string }>).map((f) => f.field);
    expect(fields).toEqual(['name', 'brin', 'website']);
  });

  it('refuses malformed variables with BAD_USER_INPUT before running anything', async () => {
    const result = await beheerder.query('query($id: ID!) { school(id: $id) { id } }', { id: { nested: true } });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.status).toBe(400);
  });

  it('refuses queries that are too deep or too expensive', async () => {
    const deep = await beheerder.query('{ regions { schools { region { schools { region { schools { region { schools { region { schools { region { id } } } } } } } } } } } }');
    expect(deep.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const wide = await beheerder.query('{ notifications(first: 100) { id } regions { memberships { person { memberships { school { memberships { person { id name email } } } } } } } }');
    expect(wide.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('rate-limits repeated failed sign-ins for one address', async () => {
    const client = new GraphqlHttpClient(suite.api.url);
    const codes: string[] = [];
    for (let n = 0; n < 12; n++) {
      const result = await client.signIn('bram.kuipers@example.org', `fout-wachtwoord-${n}`);
      codes.push(String(result.errors?.[0].extensions?.code));
    }
    expect(codes.slice(0, 3)).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS']);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    // Even the right password is refused while limited.
    const right = await client.signIn('bram.kuipers@example.org', 'demo-wachtwoord');
    expect(right.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});
