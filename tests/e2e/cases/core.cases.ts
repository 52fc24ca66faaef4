// The authorization table of the core operations (regions, identity, actieagenda, meetups, loket);
// the other domains have their own cases files. all.cases.ts merges them.
import { validRoute } from '../../support/fixtures';
import { type AuthzCase, staffOnly } from './types';

export const CORE_AUTHZ: Record<string, AuthzCase> = {
  // queries
  viewer: { doc: '{ viewer { authenticated } }', public: true },
  authConfig: { doc: '{ authConfig { demoMode } }', public: true },
  demoPersonas: { doc: '{ demoPersonas { key } }', public: true },
  // The regions one belongs to (all for a platform beheerder): region B's people get their own, never region A.
  regions: { doc: '{ regions { id name } }', neutral: true },
  // A region with its people is for its members: not neutral (region B is refused; the bare facts of
  // a region reach others only as part of an invitation or membership).
  region: { doc: 'query($id: ID) { region(id: $id) { id canManage memberships { id person { email } } } }', vars: (i) => ({ id: i.regionId }) },
  school: { doc: 'query($id: ID!) { school(id: $id) { id memberships { id person { email } } } }', vars: (i) => ({ id: i.schoolId }) },
  leerlab: { doc: 'query($id: ID!) { leerlab(id: $id) { id } }', vars: (i) => ({ id: i.leerlabId }) },
  people: { doc: '{ people { id name email } }', neutral: true },
  // The directory entry of region A's docent: name for everyone signed in; address and memberships only where a region is shared.
  person: { doc: 'query($id: ID!) { person(id: $id) { id name email memberships { id school { id } } } }', vars: (i) => ({ id: i.personId }), neutral: true },
  leerroute: { doc: 'query($id: ID!) { leerroute(id: $id) { id } }', vars: (i) => ({ id: i.leerrouteId }) },
  notifications: { doc: '{ notifications { id title } }', neutral: true },
  unreadNotificationCount: { doc: '{ unreadNotificationCount }', neutral: true },
  // mutations
  signIn: { doc: 'mutation { signIn(email: "nobody@example.org", password: "verkeerd-wachtwoord") { authenticated } }', public: true },
  signInAsDemo: { doc: 'mutation { signInAsDemo(key: "docent") { authenticated } }', public: true },
  signOut: { doc: 'mutation { signOut }', public: true },
  // account lifecycle: a session (also one that must change its password) changes its own password
  changePassword: { doc: 'mutation { changePassword(currentPassword: "niet-het-wachtwoord", newPassword: "een-ander-wachtwoord") }', docentCode: 'INVALID_CREDENTIALS', neutral: true },
  requestPasswordReset: { doc: 'mutation { requestPasswordReset(email: "nobody@example.org") }', public: true },
  resetPassword: { doc: 'mutation { resetPassword(token: "onbekende-link-0123456789abcdef", newPassword: "een-ander-wachtwoord") }', public: true },
  // sign-in links (OIDC): only the person or a platform beheerder
  oidcLinks: { doc: '{ oidcLinks { issuer subject confirmed } }', neutral: true },
  confirmOidcLink: {
    doc: 'mutation($p: ID!) { confirmOidcLink(personId: $p, issuer: "https://idp.example.org", subject: "onbekend") { subject } }',
    vars: (i) => ({ p: i.personId }),
    docentCode: 'NOT_FOUND',
  },
  removeOidcLink: {
    doc: 'mutation($p: ID!) { removeOidcLink(personId: $p, issuer: "https://idp.example.org", subject: "onbekend") { subject } }',
    vars: (i) => ({ p: i.personId }),
    docentCode: 'NOT_FOUND',
  },
  createRegion: { doc: 'mutation { createRegion(input: { slug: "nieuwe-regio", name: "Nieuwe regio" }) { id } }', docentForbidden: true, neutral: true },
  updateRegion: { doc: 'mutation($id: ID!) { updateRegion(input: { id: $id, name: "Andere naam" }) { id } }', vars: (i) => ({ id: i.regionId }), docentForbidden: true },
  createLeerlab: staffOnly('mutation($r: ID!) { createLeerlab(input: { regionId: $r, name: "Nieuw leerlab", round: 2024, startYear: 2024 }) { id } }', (i) => ({ r: i.regionId })),
  updateLeerlab: { doc: 'mutation($id: ID!) { updateLeerlab(input: { id: $id, theme: "Ander thema" }) { id } }', vars: (i) => ({ id: i.leerlabId }), docentForbidden: true },
  createSchool: { doc: 'mutation($r: ID!) { createSchool(input: { regionId: $r, name: "Nieuwe school", kind: VO }) { id } }', vars: (i) => ({ r: i.regionId }), docentForbidden: true },
  updateSchool: { doc: 'mutation($id: ID!) { updateSchool(input: { id: $id, koepel: "Koepel" }) { id } }', vars: (i) => ({ id: i.schoolId }), docentForbidden: true },
  createPerson: { doc: 'mutation { createPerson(input: { name: "Nieuw Iemand", email: "nieuw.iemand@example.org" }) { id } }', docentForbidden: true, neutral: true },
  // Erasure (AVG art. 17) of a member of region A: a platform beheerder's act only.
  erasePerson: { doc: 'mutation($p: ID!) { erasePerson(personId: $p) { id completedAt } }', vars: (i) => ({ p: i.erasablePersonId }), docentForbidden: true },
  personErasure: { doc: 'query($p: ID!) { personErasure(personId: $p) { id stepsDone } }', vars: (i) => ({ p: i.erasablePersonId }), docentForbidden: true },
  // The docent's own name: identity, changed only by the person or a platform beheerder.
  updatePerson: { doc: 'mutation($id: ID!) { updatePerson(input: { id: $id, name: "Youssef El Amrani", jobTitle: "Decaan" }) { id } }', vars: (i) => ({ id: i.personId }) },
  addMembership: staffOnly('mutation($p: ID!, $s: ID!) { addMembership(input: { personId: $p, schoolId: $s, role: DECAAN, layer: PROFESSIONEEL }) { id } }', (i) => ({
    p: i.personId,
    s: i.callerSchoolId ?? i.schoolId,
  })),
  removeMembership: { doc: 'mutation($id: ID!) { removeMembership(id: $id) }', vars: (i) => ({ id: i.membershipId }), docentForbidden: true },
  inviteToRegion: staffOnly('mutation($r: ID!) { inviteToRegion(input: { email: "uitgenodigd@example.org", regionId: $r, role: DOCENT, layer: PROFESSIONEEL }) { id } }', (i) => ({ r: i.regionId })),
  regionInvitations: { doc: 'query($r: ID!) { regionInvitations(regionId: $r) { id } }', vars: (i) => ({ r: i.regionId }), docentForbidden: true },
  // One's own invitations: everyone signed in, in any region.
  myInvitations: { doc: '{ myInvitations { id } }', neutral: true },
  // Someone else's invitation (a real open one into region A) is not confirmed to exist, whoever asks.
  acceptInvitation: { doc: 'mutation($id: ID!) { acceptInvitation(id: $id) { id } }', vars: (i) => ({ id: i.othersInvitationId }), docentCode: 'NOT_FOUND' },
  declineInvitation: { doc: 'mutation($id: ID!) { declineInvitation(id: $id) { id status } }', vars: (i) => ({ id: i.othersInvitationId }), docentCode: 'NOT_FOUND' },
  createLeerroute: { doc: 'mutation($input: LeerrouteInput!) { createLeerroute(input: $input) { id } }', vars: (i) => ({ input: validRoute(i.regionId) }), docentForbidden: true },
  updateLeerroute: staffOnly('mutation($id: ID!, $input: LeerrouteInput!) { updateLeerroute(id: $id, input: $input) { id } }', (i) => ({ id: i.leerrouteId, input: validRoute(i.regionId) })),
  deleteLeerroute: { doc: 'mutation($id: ID!) { deleteLeerroute(id: $id) }', vars: (i) => ({ id: i.leerrouteId }), docentForbidden: true },
  markNotificationsRead: { doc: 'mutation { markNotificationsRead }', neutral: true },
  // actieagenda: members read; verbinders, projectleiders and beheerders edit; owners check in
  actieagenda: { doc: 'query($r: ID!) { actieagenda(regionId: $r) { id progress lines { progress } } }', vars: (i) => ({ r: i.regionId }) },
  actie: { doc: 'query($id: ID!) { actie(id: $id) { id history { kind } } }', vars: (i) => ({ id: i.actieId }) },
  achtje: { doc: 'query($r: ID!) { achtje(regionId: $r) { school { id } layers { engaged } } }', vars: (i) => ({ r: i.regionId }) },
  meetingAgenda: { doc: 'query($a: ID!) { meetingAgenda(agendaId: $a) { id } }', vars: (i) => ({ a: i.agendaId }) },
  exportActieagendaCsv: { doc: 'query($a: ID!) { exportActieagendaCsv(agendaId: $a) }', vars: (i) => ({ a: i.agendaId }) },
  createActieagenda: staffOnly('mutation($r: ID!) { createActieagenda(input: { regionId: $r, title: "Tweede agenda", periodStart: "2025-01-01", periodEnd: "2026-01-01" }) { id } }', (i) => ({
    r: i.regionId,
  })),
  upsertActielijn: { doc: 'mutation($a: ID!) { upsertActielijn(input: { agendaId: $a, number: 8, title: "Extra lijn" }) { id } }', vars: (i) => ({ a: i.agendaId }), docentForbidden: true },
  createActie: { doc: 'mutation($l: ID!) { createActie(input: { actielijnId: $l, title: "Nieuwe actie" }) { id } }', vars: (i) => ({ l: i.actielijnId }), docentForbidden: true },
  updateActie: {
    doc: 'mutation($id: ID!, $l: ID!) { updateActie(id: $id, input: { actielijnId: $l, title: "Andere titel" }) { id } }',
    vars: (i) => ({ id: i.actieId, l: i.actielijnId }),
    docentForbidden: true,
  },
  closeActie: { doc: 'mutation($id: ID!) { closeActie(id: $id, closure: BEHAALD) { id } }', vars: (i) => ({ id: i.actieId }), docentForbidden: true },
  reopenActie: { doc: 'mutation($id: ID!) { reopenActie(id: $id) { id } }', vars: (i) => ({ id: i.closedActieId }), docentForbidden: true },
  setActiePublic: { doc: 'mutation($id: ID!) { setActiePublic(id: $id, isPublic: false) { id } }', vars: (i) => ({ id: i.actieId }), docentForbidden: true },
  addCheckIn: {
    doc: 'mutation($id: ID!) { addCheckIn(input: { actieId: $id, status: OP_KOERS, progress: 50, text: "Tussenstand" }) { id } }',
    vars: (i) => ({ id: i.actieId }),
    docentForbidden: true,
  },
  addBijstelling: { doc: 'mutation($id: ID!) { addBijstelling(input: { actieId: $id, what: "Planning", why: "Roosters" }) { id } }', vars: (i) => ({ id: i.actieId }), docentForbidden: true },
  requestReview: { doc: 'mutation($id: ID!) { requestReview(actieId: $id) { id } }', vars: (i) => ({ id: i.actieId }), docentForbidden: true },
  decideReview: { doc: 'mutation($id: ID!) { decideReview(reviewId: $id, outcome: RELEVANT_EN_HAALBAAR) { id } }', vars: (i) => ({ id: i.openReviewId }), docentForbidden: true },
  recordDecision: { doc: 'mutation($id: ID!) { recordDecision(actieId: $id, text: "Doorgaan") { id } }', vars: (i) => ({ id: i.actieId }), docentForbidden: true },
  importActieagendaCsv: { doc: 'mutation($a: ID!) { importActieagendaCsv(agendaId: $a, csv: "x") { created } }', vars: (i) => ({ a: i.agendaId }), docentForbidden: true },
  // meetups: members read and register; verbinders, projectleiders, beheerders and organisers edit;
  // public registration, confirmation and claim links work without an account
  activities: { doc: 'query($r: ID!) { activities(regionId: $r) { id placesLeft myRegistration { status } } }', vars: (i) => ({ r: i.regionId }) },
  activity: { doc: 'query($id: ID!) { activity(id: $id) { id confirmedCount agenda { id } } }', vars: (i) => ({ id: i.workshopId }) },
  regionHolidays: { doc: 'query($r: ID!) { regionHolidays(regionId: $r) { id name } }', vars: (i) => ({ r: i.regionId }) },
  myCalendarFeeds: { doc: '{ myCalendarFeeds { id scope } }', neutral: true },
  createActivity: staffOnly(
    'mutation($r: ID!) { createActivity(input: { regionId: $r, kind: GASTLES, title: "Gastles", startsAt: "2030-01-09T10:00:00+01:00", endsAt: "2030-01-09T11:00:00+01:00" }) { id } }',
    (i) => ({ r: i.regionId }),
  ),
  updateActivity: staffOnly(
    'mutation($id: ID!, $r: ID!) { updateActivity(id: $id, input: { regionId: $r, kind: WORKSHOP, title: "Andere titel", startsAt: "2030-01-09T10:00:00+01:00", endsAt: "2030-01-09T11:00:00+01:00", capacity: 10 }) { id } }',
    (i) => ({ id: i.workshopId, r: i.regionId }),
  ),
  registerForActivity: { doc: 'mutation($id: ID!) { registerForActivity(activityId: $id) { status } }', vars: (i) => ({ id: i.kennismakingId }) },
  cancelRegistration: { doc: 'mutation($id: ID!) { cancelRegistration(activityId: $id) { status } }', vars: (i) => ({ id: i.kennismakingId }) },
  claimOfferedPlace: { doc: 'mutation($id: ID!) { claimOfferedPlace(activityId: $id) { status } }', vars: (i) => ({ id: i.kennismakingId }), docentCode: 'CONFLICT' },
  claimWaitlistPlace: { doc: 'mutation { claimWaitlistPlace(token: "onbekende-link") { status } }', public: true },
  markAttendance: { doc: 'mutation($id: ID!) { markAttendance(registrationId: $id, attended: true) { id } }', vars: (i) => ({ id: i.waitlistedRegistrationId }), docentForbidden: true },
  registerForPublicActivity: {
    doc: 'mutation($id: ID!) { registerForPublicActivity(activityId: $id, name: "Iemand", email: "iemand@bedrijf.example") { message } }',
    vars: (i) => ({ id: i.publicActivityId }),
    public: true,
  },
  confirmPublicRegistration: { doc: 'mutation { confirmPublicRegistration(token: "onbekende-link") { status } }', public: true },
  createActivitySeries: staffOnly(
    'mutation($r: ID!) { createActivitySeries(input: { regionId: $r, kind: VERBINDERSOVERLEG, title: "Reeks", weekday: 3, startTime: "13:00", endTime: "14:00", startDate: "2030-01-01", endDate: "2030-02-01", hostSchoolIds: [] }) { id } }',
    (i) => ({ r: i.regionId }),
  ),
  updateSeriesOccurrence: staffOnly('mutation($id: ID!) { updateSeriesOccurrence(activityId: $id, scope: THIS, input: { title: "Anders" }) { id } }', (i) => ({ id: i.overlegId })),
  addRegionHoliday: staffOnly('mutation($r: ID!) { addRegionHoliday(input: { regionId: $r, name: "Kerstvakantie", startDate: "2030-12-21", endDate: "2031-01-05" }) { id } }', (i) => ({
    r: i.regionId,
  })),
  addAgendaItem: { doc: 'mutation($id: ID!) { addAgendaItem(activityId: $id, title: "Rondvraag") { id } }', vars: (i) => ({ id: i.overlegId }), docentForbidden: true },
  setMeetingMinutes: { doc: 'mutation($id: ID!) { setMeetingMinutes(activityId: $id, minutes: "Notulen") { id } }', vars: (i) => ({ id: i.overlegId }), docentForbidden: true },
  recordMeetingDecision: staffOnly('mutation($id: ID!, $a: ID!) { recordMeetingDecision(activityId: $id, actieId: $a, text: "Besluit") { id } }', (i) => ({ id: i.overlegId, a: i.actieId })),
  createCalendarFeed: { doc: 'mutation($r: ID!) { createCalendarFeed(scope: REGION, regionId: $r) { url } }', vars: (i) => ({ r: i.regionId }) },
  revokeCalendarFeed: { doc: 'mutation($id: ID!) { revokeCalendarFeed(id: $id) { id revokedAt } }', vars: (i) => ({ id: i.docentFeedId }) },
  // loket: companies use the form and their status link without an account; the region's
  // loket-medewerkers, verbinders and beheerders handle requests. The demo docent is a school
  // contact of the gastles request split to Morgen College: he lists, opens, answers and reads
  // its audit log and the canned replies, and is refused every staff operation on it.
  loketFormToken: { doc: '{ loketFormToken }', public: true },
  submitLoketRequest: {
    doc: 'mutation { submitLoketRequest(input: { regionSlug: "noord-west-veluwe", companyName: "Bedrijf", kvk: "12345678", contactName: "Iemand", contactEmail: "iemand@bedrijf.example", type: GASTLES, consent: true, formToken: "x" }) { message } }',
    public: true,
  },
  loketRequestByToken: { doc: 'query { loketRequestByToken(token: "onbekende-link") { reference } }', public: true },
  replyToLoketRequestByToken: { doc: 'mutation { replyToLoketRequestByToken(token: "onbekende-link", body: "Hallo") { id } }', public: true },
  loketRequests: { doc: 'query($r: ID!) { loketRequests(regionId: $r) { id viewerAccess } }', vars: (i) => ({ r: i.regionId }) },
  loketRequest: { doc: 'query($id: ID!) { loketRequest(id: $id) { id viewerAccess sla { paused } } }', vars: (i) => ({ id: i.morgenLoketRequestId }) },
  replyToLoketRequest: { doc: 'mutation($id: ID!) { replyToLoketRequest(id: $id, body: "Hallo") { id } }', vars: (i) => ({ id: i.morgenLoketRequestId }) },
  setLoketRequestStatus: { doc: 'mutation($id: ID!) { setLoketRequestStatus(id: $id, status: IN_BEHANDELING) { id } }', vars: (i) => ({ id: i.morgenLoketRequestId }), docentForbidden: true },
  assignLoketRequest: staffOnly('mutation($id: ID!, $p: ID!) { assignLoketRequest(id: $id, input: { ownerId: $p, schoolIds: [] }) { id } }', (i) => ({
    id: i.morgenLoketRequestId,
    p: i.loketMedewerkerId,
  })),
  loketRoutingRules: { doc: 'query($r: ID!) { loketRoutingRules(regionId: $r) { id } }', vars: (i) => ({ r: i.regionId }), docentForbidden: true },
  addLoketRoutingRule: staffOnly('mutation($r: ID!, $p: ID!) { addLoketRoutingRule(input: { regionId: $r, assigneeId: $p, schoolIds: [] }) { id } }', (i) => ({
    r: i.regionId,
    p: i.loketMedewerkerId,
  })),
  deleteLoketRoutingRule: { doc: 'mutation($id: ID!) { deleteLoketRoutingRule(id: $id) }', vars: (i) => ({ id: i.loketRuleId }), docentForbidden: true },
  loketSlaPolicy: { doc: 'query($r: ID!) { loketSlaPolicy(regionId: $r) { firstResponseMinutes } }', vars: (i) => ({ r: i.regionId }), docentForbidden: true },
  loketCompanies: { doc: 'query($r: ID!) { loketCompanies(regionId: $r) { id name } }', vars: (i) => ({ r: i.regionId }) },
  companyContactsThisMonth: { doc: 'query($c: ID!) { companyContactsThisMonth(companyId: $c) { id channel school { name } } }', vars: (i) => ({ c: i.loketCompanyId }) },
  // A docent logs approaches for their own school only.
  logCompanyContact: staffOnly('mutation($c: ID!, $s: ID!) { logCompanyContact(input: { companyId: $c, schoolId: $s }) { warning } }', (i) => ({ c: i.loketCompanyId, s: i.loketSchoolId })),
  mergeLoketRequest: { doc: 'mutation($a: ID!, $b: ID!) { mergeLoketRequest(id: $a, intoId: $b) { id } }', vars: (i) => ({ a: i.otherLoketRequestId, b: i.loketRequestId }), docentForbidden: true },
  exportLoketCompany: { doc: 'query($c: ID!) { exportLoketCompany(companyId: $c) }', vars: (i) => ({ c: i.loketCompanyId }), docentForbidden: true },
  eraseLoketCompany: { doc: 'mutation($c: ID!) { eraseLoketCompany(companyId: $c) }', vars: (i) => ({ c: i.loketCompanyId }), docentForbidden: true },
  exportLoketRequestsCsv: { doc: 'query($r: ID!) { exportLoketRequestsCsv(regionId: $r, filter: { includeClosed: true }) }', vars: (i) => ({ r: i.regionId }), docentForbidden: true },
  loketReport: staffOnly('query($r: ID!) { loketReport(regionId: $r, from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { total byType { key count } } }', (i) => ({ r: i.regionId })),
  loketCannedReplies: { doc: 'query($r: ID!) { loketCannedReplies(regionId: $r) { id title } }', vars: (i) => ({ r: i.regionId }) },
  saveLoketCannedReply: staffOnly('mutation($r: ID!) { saveLoketCannedReply(input: { regionId: $r, title: "Nieuw", body: "Tekst" }) { id } }', (i) => ({ r: i.regionId })),
  deleteLoketCannedReply: { doc: 'mutation($id: ID!) { deleteLoketCannedReply(id: $id) }', vars: (i) => ({ id: i.loketCannedReplyId }), docentForbidden: true },
  loketAuditLog: { doc: 'query($id: ID!) { loketAuditLog(requestId: $id) { id action what personName at } }', vars: (i) => ({ id: i.morgenLoketRequestId }) },
  setLoketSlaPolicy: staffOnly('mutation($r: ID!) { setLoketSlaPolicy(input: { regionId: $r, firstResponseMinutes: 480, resolutionMinutes: 4800, warnBeforeMinutes: 60 }) { regionId } }', (i) => ({
    r: i.regionId,
  })),
};
