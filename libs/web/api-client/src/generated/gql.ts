/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SignInOptions {\n    authConfig {\n      demoMode\n      oidcEnabled\n      oidcLabel\n      oidcLoginUrl\n    }\n    demoPersonas {\n      key\n      label\n      personName\n      description\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      authenticated\n      mustChangePassword\n      person {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignInAsDemo($key: String!) {\n    signInAsDemo(key: $key) {\n      authenticated\n      person {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignInAsDemoDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment OidcLinkFields on OidcLink {\n    issuer\n    subject\n    linkedAt\n    confirmed\n  }\n": typeof types.OidcLinkFieldsFragmentDoc,
    "\n  query OidcLinks {\n    oidcLinks {\n      ...OidcLinkFields\n    }\n  }\n": typeof types.OidcLinksDocument,
    "\n  mutation ConfirmOidcLink($personId: ID!, $issuer: String!, $subject: String!) {\n    confirmOidcLink(personId: $personId, issuer: $issuer, subject: $subject) {\n      ...OidcLinkFields\n    }\n  }\n": typeof types.ConfirmOidcLinkDocument,
    "\n  mutation RemoveOidcLink($personId: ID!, $issuer: String!, $subject: String!) {\n    removeOidcLink(personId: $personId, issuer: $issuer, subject: $subject) {\n      ...OidcLinkFields\n    }\n  }\n": typeof types.RemoveOidcLinkDocument,
    "\n  query Notifications($first: Int) {\n    notifications(first: $first) {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment ActieagendaPersonName on Person {\n    id\n    name\n  }\n": typeof types.ActieagendaPersonNameFragmentDoc,
    "\n  fragment ActieSummaryFields on Actie {\n    id\n    title\n    description\n    target\n    leadSchool {\n      id\n      name\n    }\n    partnerSchools {\n      id\n      name\n    }\n    owners {\n      ...ActieagendaPersonName\n    }\n    periodStart\n    periodEnd\n    status\n    closure\n    closedAt\n    progressMode\n    progress\n    trend\n    cadenceDays\n    nextCheckInDue\n    overdue\n    canEdit\n    canCheckIn\n    parent {\n      id\n      title\n    }\n    subActies {\n      id\n      title\n      status\n      progress\n      closure\n      overdue\n      nextCheckInDue\n    }\n  }\n": typeof types.ActieSummaryFieldsFragmentDoc,
    "\n  fragment CheckInFields on CheckIn {\n    id\n    author {\n      ...ActieagendaPersonName\n    }\n    date\n    status\n    progress\n    text\n    evidenceLinks\n    createdAt\n  }\n": typeof types.CheckInFieldsFragmentDoc,
    "\n  fragment ReviewFields on Review {\n    id\n    requestedBy {\n      ...ActieagendaPersonName\n    }\n    requestedAt\n    question\n    outcome\n    decidedBy {\n      ...ActieagendaPersonName\n    }\n    decidedAt\n    note\n  }\n": typeof types.ReviewFieldsFragmentDoc,
    "\n  fragment MeetingActieFields on Actie {\n    ...ActieSummaryFields\n    actielijn {\n      id\n      number\n      title\n    }\n    latestCheckIn {\n      ...CheckInFields\n    }\n    reviews {\n      ...ReviewFields\n    }\n  }\n": typeof types.MeetingActieFieldsFragmentDoc,
    "\n  fragment ActielijnFields on Actielijn {\n    id\n    number\n    title\n    description\n    focusYears\n    inFocus\n    progress\n    status\n    trend\n  }\n": typeof types.ActielijnFieldsFragmentDoc,
    "\n  query ActieagendaRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      canManage\n      schools {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.ActieagendaRegionDocument,
    "\n  query ActieagendaPeople($regionId: ID!) {\n    people(regionId: $regionId) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.ActieagendaPeopleDocument,
    "\n  query Actieagenda($regionId: ID!, $filter: ActieFilter) {\n    actieagenda(regionId: $regionId) {\n      id\n      title\n      periodStart\n      periodEnd\n      progress\n      status\n      canEdit\n      overdueCount\n      region {\n        id\n        slug\n        name\n      }\n      lines {\n        ...ActielijnFields\n        acties(filter: $filter) {\n          ...ActieSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.ActieagendaDocument,
    "\n  query ActieagendaRef($regionId: ID!) {\n    actieagenda(regionId: $regionId) {\n      id\n      title\n      canEdit\n    }\n  }\n": typeof types.ActieagendaRefDocument,
    "\n  query Actie($id: ID!) {\n    actie(id: $id) {\n      ...MeetingActieFields\n      isPublic\n      publicSummary\n      leadSchool {\n        id\n        name\n        region {\n          id\n          slug\n          name\n        }\n      }\n      partnerSchools {\n        id\n        name\n        region {\n          id\n          slug\n          name\n        }\n      }\n      history {\n        kind\n        at\n        date\n        actorName\n        summary\n      }\n    }\n  }\n": typeof types.ActieDocument,
    "\n  query MeetingAgenda($agendaId: ID!, $date: Date) {\n    meetingAgenda(agendaId: $agendaId, date: $date) {\n      ...MeetingActieFields\n    }\n  }\n": typeof types.MeetingAgendaDocument,
    "\n  query MeetingActie($id: ID!) {\n    actie(id: $id) {\n      ...MeetingActieFields\n    }\n  }\n": typeof types.MeetingActieDocument,
    "\n  query Achtje($regionId: ID!) {\n    achtje(regionId: $regionId) {\n      school {\n        id\n        name\n        kind\n      }\n      layers {\n        layer\n        engaged\n        people {\n          ...ActieagendaPersonName\n        }\n        lastActiveAt\n      }\n    }\n  }\n": typeof types.AchtjeDocument,
    "\n  query ExportActieagendaCsv($agendaId: ID!) {\n    exportActieagendaCsv(agendaId: $agendaId)\n  }\n": typeof types.ExportActieagendaCsvDocument,
    "\n  mutation CreateActieagenda($input: CreateActieagendaInput!) {\n    createActieagenda(input: $input) {\n      id\n      title\n      periodStart\n      periodEnd\n    }\n  }\n": typeof types.CreateActieagendaDocument,
    "\n  mutation UpsertActielijn($input: ActielijnInput!) {\n    upsertActielijn(input: $input) {\n      ...ActielijnFields\n    }\n  }\n": typeof types.UpsertActielijnDocument,
    "\n  mutation CreateActie($input: ActieInput!) {\n    createActie(input: $input) {\n      ...ActieSummaryFields\n    }\n  }\n": typeof types.CreateActieDocument,
    "\n  mutation UpdateActie($id: ID!, $input: ActieInput!) {\n    updateActie(id: $id, input: $input) {\n      ...ActieSummaryFields\n    }\n  }\n": typeof types.UpdateActieDocument,
    "\n  mutation CloseActie($id: ID!, $closure: ActieClosure!, $note: String) {\n    closeActie(id: $id, closure: $closure, note: $note) {\n      ...ActieSummaryFields\n    }\n  }\n": typeof types.CloseActieDocument,
    "\n  mutation ReopenActie($id: ID!) {\n    reopenActie(id: $id) {\n      ...ActieSummaryFields\n    }\n  }\n": typeof types.ReopenActieDocument,
    "\n  mutation SetActiePublic($id: ID!, $isPublic: Boolean!, $publicSummary: String) {\n    setActiePublic(id: $id, isPublic: $isPublic, publicSummary: $publicSummary) {\n      id\n      isPublic\n      publicSummary\n    }\n  }\n": typeof types.SetActiePublicDocument,
    "\n  mutation AddCheckIn($input: CheckInInput!) {\n    addCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n": typeof types.AddCheckInDocument,
    "\n  mutation AddBijstelling($input: BijstellingInput!) {\n    addBijstelling(input: $input) {\n      id\n      author {\n        ...ActieagendaPersonName\n      }\n      what\n      why\n      before\n      after\n      createdAt\n    }\n  }\n": typeof types.AddBijstellingDocument,
    "\n  mutation RequestReview($actieId: ID!, $question: String) {\n    requestReview(actieId: $actieId, question: $question) {\n      ...ReviewFields\n    }\n  }\n": typeof types.RequestReviewDocument,
    "\n  mutation DecideReview($reviewId: ID!, $outcome: ReviewOutcome!, $note: String) {\n    decideReview(reviewId: $reviewId, outcome: $outcome, note: $note) {\n      ...ReviewFields\n    }\n  }\n": typeof types.DecideReviewDocument,
    "\n  mutation RecordDecision($actieId: ID!, $text: String!, $meetingDate: Date) {\n    recordDecision(actieId: $actieId, text: $text, meetingDate: $meetingDate) {\n      id\n      author {\n        ...ActieagendaPersonName\n      }\n      text\n      meetingDate\n      createdAt\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  mutation ImportActieagendaCsv($agendaId: ID!, $csv: String!) {\n    importActieagendaCsv(agendaId: $agendaId, csv: $csv) {\n      created\n      updated\n      lines\n    }\n  }\n": typeof types.ImportActieagendaCsvDocument,
    "\n  fragment LoketSlaFields on LoketSla {\n    elapsedMinutes\n    firstResponseDueAt\n    firstResponseBreached\n    resolutionDueAt\n    resolutionBreached\n    paused\n    overdue\n    atRisk\n  }\n": typeof types.LoketSlaFieldsFragmentDoc,
    "\n  fragment LoketRequestSummaryFields on LoketRequest {\n    id\n    reference\n    type\n    status\n    createdAt\n    updatedAt\n    company {\n      ...LoketCompanyFields\n    }\n    owner {\n      id\n      name\n    }\n    schools {\n      id\n      name\n    }\n    sla {\n      ...LoketSlaFields\n    }\n    duplicateOf {\n      id\n      reference\n    }\n    mergedIntoId\n  }\n": typeof types.LoketRequestSummaryFieldsFragmentDoc,
    "\n  fragment LoketCompanyFields on LoketCompany {\n    id\n    name\n    kvk\n    sector\n    location\n  }\n": typeof types.LoketCompanyFieldsFragmentDoc,
    "\n  fragment LoketMessageFields on LoketMessage {\n    id\n    author\n    authorName\n    body\n    createdAt\n  }\n": typeof types.LoketMessageFieldsFragmentDoc,
    "\n  fragment LoketSlaPolicyFields on LoketSlaPolicy {\n    regionId\n    firstResponseMinutes\n    resolutionMinutes\n    warnBeforeMinutes\n    businessHours\n  }\n": typeof types.LoketSlaPolicyFieldsFragmentDoc,
    "\n  fragment LoketCannedReplyFields on LoketCannedReply {\n    id\n    regionId\n    title\n    body\n    updatedAt\n  }\n": typeof types.LoketCannedReplyFieldsFragmentDoc,
    "\n  fragment LoketRegionFields on Region {\n    id\n    slug\n    name\n    schools {\n      id\n      name\n    }\n    memberships {\n      id\n      role\n      person {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoketRegionFieldsFragmentDoc,
    "\n  query LoketRegion($slug: String!) {\n    region(slug: $slug) {\n      ...LoketRegionFields\n    }\n  }\n": typeof types.LoketRegionDocument,
    "\n  query LoketRequests($regionId: ID!, $filter: LoketRequestFilter) {\n    loketRequests(regionId: $regionId, filter: $filter) {\n      ...LoketRequestSummaryFields\n    }\n  }\n": typeof types.LoketRequestsDocument,
    "\n  query LoketRequest($id: ID!) {\n    loketRequest(id: $id) {\n      ...LoketRequestSummaryFields\n      contactName\n      contactEmail\n      contactPhone\n      level\n      period\n      periodStart\n      periodEnd\n      capacity\n      message\n      submittedCompany {\n        name\n        sector\n        location\n      }\n      firstResponseAt\n      viewerAccess\n      duplicateOf {\n        id\n        reference\n        status\n        createdAt\n        company {\n          id\n          name\n          kvk\n        }\n      }\n      messages {\n        ...LoketMessageFields\n      }\n      region {\n        ...LoketRegionFields\n      }\n    }\n  }\n": typeof types.LoketRequestDocument,
    "\n  query LoketExportCsv($regionId: ID!, $filter: LoketRequestFilter) {\n    exportLoketRequestsCsv(regionId: $regionId, filter: $filter)\n  }\n": typeof types.LoketExportCsvDocument,
    "\n  query LoketAuditLog($requestId: ID!) {\n    loketAuditLog(requestId: $requestId) {\n      id\n      action\n      what\n      personId\n      personName\n      at\n    }\n  }\n": typeof types.LoketAuditLogDocument,
    "\n  query LoketRoutingRules($regionId: ID!) {\n    loketRoutingRules(regionId: $regionId) {\n      id\n      requestType\n      sector\n      assignee {\n        id\n        name\n      }\n      schools {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoketRoutingRulesDocument,
    "\n  query LoketSlaPolicy($regionId: ID!) {\n    loketSlaPolicy(regionId: $regionId) {\n      ...LoketSlaPolicyFields\n    }\n  }\n": typeof types.LoketSlaPolicyDocument,
    "\n  query LoketCannedReplies($regionId: ID!) {\n    loketCannedReplies(regionId: $regionId) {\n      ...LoketCannedReplyFields\n    }\n  }\n": typeof types.LoketCannedRepliesDocument,
    "\n  query LoketCompanies($regionId: ID!, $search: String) {\n    loketCompanies(regionId: $regionId, search: $search) {\n      ...LoketCompanyFields\n    }\n  }\n": typeof types.LoketCompaniesDocument,
    "\n  query LoketCompanyContacts($companyId: ID!) {\n    companyContactsThisMonth(companyId: $companyId) {\n      id\n      channel\n      contactedAt\n      note\n      requestId\n      person {\n        id\n        name\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoketCompanyContactsDocument,
    "\n  query LoketExportCompany($companyId: ID!) {\n    exportLoketCompany(companyId: $companyId)\n  }\n": typeof types.LoketExportCompanyDocument,
    "\n  query LoketReport($regionId: ID!, $from: DateTime!, $to: DateTime!) {\n    loketReport(regionId: $regionId, from: $from, to: $to) {\n      from\n      to\n      total\n      byType {\n        ...LoketReportRowFields\n      }\n      bySchool {\n        ...LoketReportRowFields\n      }\n    }\n  }\n  fragment LoketReportRowFields on LoketReportRow {\n    key\n    label\n    count\n    open\n    closed\n    medianFirstResponseMinutes\n    firstResponseMet\n    firstResponseBreached\n    resolutionMet\n    resolutionBreached\n  }\n": typeof types.LoketReportDocument,
    "\n  query LoketMySchools {\n    viewer {\n      person {\n        id\n        memberships {\n          id\n          region {\n            id\n          }\n          school {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.LoketMySchoolsDocument,
    "\n  mutation LoketReply($id: ID!, $body: String!, $internal: Boolean, $waitForCompany: Boolean) {\n    replyToLoketRequest(id: $id, body: $body, internal: $internal, waitForCompany: $waitForCompany) {\n      ...LoketMessageFields\n    }\n  }\n": typeof types.LoketReplyDocument,
    "\n  mutation LoketSetStatus($id: ID!, $status: LoketRequestStatus!) {\n    setLoketRequestStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.LoketSetStatusDocument,
    "\n  mutation LoketAssign($id: ID!, $input: LoketAssignInput!) {\n    assignLoketRequest(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.LoketAssignDocument,
    "\n  mutation LoketMerge($id: ID!, $intoId: ID!) {\n    mergeLoketRequest(id: $id, intoId: $intoId) {\n      id\n    }\n  }\n": typeof types.LoketMergeDocument,
    "\n  mutation LoketAddRoutingRule($input: LoketRoutingRuleInput!) {\n    addLoketRoutingRule(input: $input) {\n      id\n    }\n  }\n": typeof types.LoketAddRoutingRuleDocument,
    "\n  mutation LoketDeleteRoutingRule($id: ID!) {\n    deleteLoketRoutingRule(id: $id)\n  }\n": typeof types.LoketDeleteRoutingRuleDocument,
    "\n  mutation LoketSetSlaPolicy($input: LoketSlaPolicyInput!) {\n    setLoketSlaPolicy(input: $input) {\n      ...LoketSlaPolicyFields\n    }\n  }\n": typeof types.LoketSetSlaPolicyDocument,
    "\n  mutation LoketSaveCannedReply($input: LoketCannedReplyInput!) {\n    saveLoketCannedReply(input: $input) {\n      ...LoketCannedReplyFields\n    }\n  }\n": typeof types.LoketSaveCannedReplyDocument,
    "\n  mutation LoketDeleteCannedReply($id: ID!) {\n    deleteLoketCannedReply(id: $id)\n  }\n": typeof types.LoketDeleteCannedReplyDocument,
    "\n  mutation LoketLogCompanyContact($input: LogCompanyContactInput!) {\n    logCompanyContact(input: $input) {\n      warning\n      contact {\n        id\n      }\n    }\n  }\n": typeof types.LoketLogCompanyContactDocument,
    "\n  mutation LoketEraseCompany($companyId: ID!) {\n    eraseLoketCompany(companyId: $companyId)\n  }\n": typeof types.LoketEraseCompanyDocument,
    "\n  fragment CalendarFeedFields on CalendarFeed {\n    id\n    scope\n    regionId\n    werkgroepId\n    createdAt\n    revokedAt\n  }\n": typeof types.CalendarFeedFieldsFragmentDoc,
    "\n  query MyCalendarFeeds {\n    myCalendarFeeds {\n      ...CalendarFeedFields\n    }\n  }\n": typeof types.MyCalendarFeedsDocument,
    "\n  mutation CreateCalendarFeed($scope: CalendarFeedScope!, $regionId: ID, $werkgroepId: ID) {\n    createCalendarFeed(scope: $scope, regionId: $regionId, werkgroepId: $werkgroepId) {\n      url\n      feed {\n        ...CalendarFeedFields\n      }\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed($id: ID!) {\n    revokeCalendarFeed(id: $id) {\n      ...CalendarFeedFields\n    }\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  fragment MeetupsMyRegistrationFields on MyRegistration {\n    id\n    status\n    waitlistPosition\n    offerExpiresAt\n  }\n": typeof types.MeetupsMyRegistrationFieldsFragmentDoc,
    "\n  fragment MeetupsActivitySummaryFields on Activity {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    address\n    room\n    hostSchool {\n      id\n      name\n    }\n    audience\n    capacity\n    placesLeft\n    waitlistCount\n    registrationOpen\n    isPublic\n    myRegistration {\n      ...MeetupsMyRegistrationFields\n    }\n  }\n": typeof types.MeetupsActivitySummaryFieldsFragmentDoc,
    "\n  query MeetupsRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      canManage\n      schools {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeetupsRegionDocument,
    "\n  query MeetupsActivities($regionId: ID!) {\n    activities(regionId: $regionId) {\n      ...MeetupsActivitySummaryFields\n    }\n  }\n": typeof types.MeetupsActivitiesDocument,
    "\n  query MeetupsActivity($id: ID!) {\n    activity(id: $id) {\n      ...MeetupsActivitySummaryFields\n      description\n      travelNote\n      confirmedCount\n      registrationOpensAt\n      registrationClosesAt\n      organisers {\n        id\n        name\n      }\n      actieId\n      actielijnId\n      seriesId\n      detached\n      series {\n        id\n        title\n        weekday\n        startTime\n        endTime\n        startDate\n        endDate\n        hostSchoolIds\n        skipDates\n      }\n      minutes\n      canEdit\n      agenda {\n        id\n        position\n        title\n        actieId\n        notes\n      }\n      region {\n        id\n        slug\n        name\n        schools {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeetupsActivityDocument,
    "\n  query MeetupsActivityRegistrations($id: ID!) {\n    activity(id: $id) {\n      id\n      registrations {\n        id\n        status\n        name\n        email\n        queuedAt\n        tokenExpiresAt\n        attended\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeetupsActivityRegistrationsDocument,
    "\n  mutation MeetupsCreateActivity($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.MeetupsCreateActivityDocument,
    "\n  mutation MeetupsUpdateActivity($id: ID!, $input: ActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.MeetupsUpdateActivityDocument,
    "\n  mutation MeetupsCreateSeries($input: SeriesInput!) {\n    createActivitySeries(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.MeetupsCreateSeriesDocument,
    "\n  mutation MeetupsUpdateOccurrence($activityId: ID!, $scope: OccurrenceScope!, $input: OccurrenceChangeInput!) {\n    updateSeriesOccurrence(activityId: $activityId, scope: $scope, input: $input) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.MeetupsUpdateOccurrenceDocument,
    "\n  mutation MeetupsRegister($activityId: ID!) {\n    registerForActivity(activityId: $activityId) {\n      id\n      status\n    }\n  }\n": typeof types.MeetupsRegisterDocument,
    "\n  mutation MeetupsCancelRegistration($activityId: ID!) {\n    cancelRegistration(activityId: $activityId) {\n      id\n      status\n    }\n  }\n": typeof types.MeetupsCancelRegistrationDocument,
    "\n  mutation MeetupsClaimOfferedPlace($activityId: ID!) {\n    claimOfferedPlace(activityId: $activityId) {\n      id\n      status\n    }\n  }\n": typeof types.MeetupsClaimOfferedPlaceDocument,
    "\n  mutation MeetupsMarkAttendance($registrationId: ID!, $attended: Boolean!) {\n    markAttendance(registrationId: $registrationId, attended: $attended) {\n      id\n      attended\n    }\n  }\n": typeof types.MeetupsMarkAttendanceDocument,
    "\n  mutation MeetupsAddAgendaItem($activityId: ID!, $title: String!, $actieId: ID, $notes: String) {\n    addAgendaItem(activityId: $activityId, title: $title, actieId: $actieId, notes: $notes) {\n      id\n      position\n      title\n      actieId\n      notes\n    }\n  }\n": typeof types.MeetupsAddAgendaItemDocument,
    "\n  mutation MeetupsSetMinutes($activityId: ID!, $minutes: String) {\n    setMeetingMinutes(activityId: $activityId, minutes: $minutes) {\n      id\n      minutes\n    }\n  }\n": typeof types.MeetupsSetMinutesDocument,
    "\n  fragment RegionCountsFields on RegionCounts {\n    schools\n    leerlabs\n    people\n    leerroutes\n  }\n": typeof types.RegionCountsFieldsFragmentDoc,
    "\n  fragment RegionOptionsFields on Region {\n    id\n    slug\n    name\n    canManage\n    schools {\n      id\n      name\n      kind\n    }\n    leerlabs {\n      id\n      name\n    }\n  }\n": typeof types.RegionOptionsFieldsFragmentDoc,
    "\n  fragment RegionSummaryFields on Region {\n    id\n    slug\n    name\n    description\n    canManage\n    counts {\n      ...RegionCountsFields\n    }\n  }\n": typeof types.RegionSummaryFieldsFragmentDoc,
    "\n  fragment LeerlabFields on Leerlab {\n    id\n    name\n    round\n    startYear\n    theme\n    description\n    schools {\n      id\n      name\n    }\n  }\n": typeof types.LeerlabFieldsFragmentDoc,
    "\n  fragment LeerrouteSummaryFields on Leerroute {\n    id\n    name\n    routeType\n    phase\n    vmboLeerweg\n    vmboProfiel\n    mboOpleiding\n    mboNiveau\n    mboLeerweg\n    updatedAt\n  }\n": typeof types.LeerrouteSummaryFieldsFragmentDoc,
    "\n  fragment LeerrouteDetailFields on Leerroute {\n    ...LeerrouteSummaryFields\n    shorteningMonths\n    vmboExamScope\n    vmboExamLastRouteYear\n    bpvStartRouteYear\n    agreementSignedOn\n    duoVoRegisteredOn\n    duoMboRegisteredOn\n    fundingTransferAgreed\n    startYear\n    targetGroup\n    description\n    leerlab {\n      id\n      name\n    }\n    voSchool {\n      id\n      name\n    }\n    mboSchool {\n      id\n      name\n    }\n    region {\n      ...RegionOptionsFields\n    }\n  }\n": typeof types.LeerrouteDetailFieldsFragmentDoc,
    "\n  fragment SchoolDetailFields on School {\n    id\n    name\n    kind\n    koepel\n    brin\n    website\n    locations {\n      name\n      address\n      city\n    }\n    region {\n      id\n      slug\n      name\n      canManage\n    }\n    memberships {\n      id\n      role\n      layer\n      person {\n        id\n        name\n        jobTitle\n      }\n    }\n  }\n": typeof types.SchoolDetailFieldsFragmentDoc,
    "\n  fragment MembershipFields on Membership {\n    id\n    scope\n    role\n    layer\n    region {\n      id\n      slug\n      name\n      canManage\n    }\n    school {\n      id\n      name\n    }\n  }\n": typeof types.MembershipFieldsFragmentDoc,
    "\n  fragment PersonContactFields on Person {\n    id\n    name\n    email\n    jobTitle\n  }\n": typeof types.PersonContactFieldsFragmentDoc,
    "\n  fragment PersonFields on Person {\n    ...PersonContactFields\n    memberships {\n      ...MembershipFields\n    }\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  query Regions {\n    regions {\n      ...RegionSummaryFields\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query Region($slug: String!) {\n    region(slug: $slug) {\n      ...RegionSummaryFields\n      schools {\n        id\n        name\n        kind\n        koepel\n        locations {\n          name\n          address\n          city\n        }\n      }\n      leerlabs {\n        ...LeerlabFields\n      }\n      leerroutes {\n        ...LeerrouteSummaryFields\n      }\n    }\n  }\n": typeof types.RegionDocument,
    "\n  query MembershipOptions {\n    regions {\n      ...RegionOptionsFields\n    }\n  }\n": typeof types.MembershipOptionsDocument,
    "\n  query School($id: ID!) {\n    school(id: $id) {\n      ...SchoolDetailFields\n    }\n  }\n": typeof types.SchoolDocument,
    "\n  query Leerlab($id: ID!) {\n    leerlab(id: $id) {\n      ...LeerlabFields\n      region {\n        ...RegionOptionsFields\n      }\n    }\n  }\n": typeof types.LeerlabDocument,
    "\n  query People($regionId: ID, $search: String) {\n    people(regionId: $regionId, search: $search) {\n      ...PersonFields\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n      systemRole\n    }\n  }\n": typeof types.PersonDocument,
    "\n  query Leerroute($id: ID!) {\n    leerroute(id: $id) {\n      ...LeerrouteDetailFields\n    }\n  }\n": typeof types.LeerrouteDocument,
    "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      ...SchoolDetailFields\n    }\n  }\n": typeof types.CreateSchoolDocument,
    "\n  mutation UpdateSchool($input: UpdateSchoolInput!) {\n    updateSchool(input: $input) {\n      ...SchoolDetailFields\n    }\n  }\n": typeof types.UpdateSchoolDocument,
    "\n  mutation CreateLeerlab($input: CreateLeerlabInput!) {\n    createLeerlab(input: $input) {\n      ...LeerlabFields\n    }\n  }\n": typeof types.CreateLeerlabDocument,
    "\n  mutation UpdateLeerlab($input: UpdateLeerlabInput!) {\n    updateLeerlab(input: $input) {\n      ...LeerlabFields\n    }\n  }\n": typeof types.UpdateLeerlabDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonContactFields\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...PersonContactFields\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n": typeof types.AddMembershipDocument,
    "\n  mutation InviteToRegion($input: InviteToRegionInput!) {\n    inviteToRegion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.InviteToRegionDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      role\n      layer\n      invitedByName\n      createdAt\n      region {\n        id\n        name\n        slug\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyInvitationsDocument,
    "\n  mutation AcceptInvitation($id: ID!) {\n    acceptInvitation(id: $id) {\n      id\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($id: ID!) {\n    declineInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  mutation RemoveMembership($id: ID!) {\n    removeMembership(id: $id)\n  }\n": typeof types.RemoveMembershipDocument,
    "\n  mutation CreateLeerroute($input: LeerrouteInput!) {\n    createLeerroute(input: $input) {\n      ...LeerrouteDetailFields\n    }\n  }\n": typeof types.CreateLeerrouteDocument,
    "\n  mutation UpdateLeerroute($id: ID!, $input: LeerrouteInput!) {\n    updateLeerroute(id: $id, input: $input) {\n      ...LeerrouteDetailFields\n    }\n  }\n": typeof types.UpdateLeerrouteDocument,
    "\n  mutation DeleteLeerroute($id: ID!) {\n    deleteLeerroute(id: $id)\n  }\n": typeof types.DeleteLeerrouteDocument,
    "\n  query StoriesRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.StoriesRegionDocument,
    "\n  fragment StorySummaryFields on Story {\n    id\n    title\n    lead\n    status\n    publishAt\n    publishedAt\n    updatedAt\n    blockedReason\n  }\n": typeof types.StorySummaryFieldsFragmentDoc,
    "\n  query RedactieStories($regionId: ID!) {\n    stories(regionId: $regionId) {\n      ...StorySummaryFields\n    }\n  }\n": typeof types.RedactieStoriesDocument,
    "\n  fragment StoryConsentFields on StoryConsent {\n    id\n    subjectName\n    givenByName\n    relation\n    scope\n    schoolYear\n    givenAt\n    expiresAt\n    withdrawnAt\n    withdrawnReason\n    recordedByName\n  }\n": typeof types.StoryConsentFieldsFragmentDoc,
    "\n  query RedactieStory($id: ID!) {\n    story(id: $id) {\n      ...StorySummaryFields\n      regionId\n      slug\n      body\n      audience\n      tags\n      canEdit\n      canPublish\n      people {\n        id\n        name\n        role\n        quote\n        inPhoto\n        isPupil\n        birthDate\n        consent {\n          ...StoryConsentFields\n        }\n        missing {\n          storyPersonId\n          name\n          needed\n          message\n        }\n      }\n      missingConsents {\n        storyPersonId\n        name\n        needed\n        message\n      }\n      translations {\n        language\n        title\n        lead\n        body\n        dir\n        updatedAt\n      }\n      images {\n        id\n        url\n        alt\n        mimeType\n        byteSize\n        width\n        height\n        inBody\n      }\n      revisions {\n        id\n        title\n        authorName\n        createdAt\n      }\n      comments {\n        id\n        authorName\n        body\n        createdAt\n      }\n      history {\n        id\n        action\n        note\n        actorName\n        createdAt\n      }\n    }\n  }\n": typeof types.RedactieStoryDocument,
    "\n  mutation CreateStory($input: CreateStoryInput!) {\n    createStory(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateStoryDocument,
    "\n  mutation UpdateStory($input: UpdateStoryInput!) {\n    updateStory(input: $input) {\n      id\n      body\n    }\n  }\n": typeof types.UpdateStoryDocument,
    "\n  mutation SubmitStory($id: ID!) {\n    submitStory(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitStoryDocument,
    "\n  mutation ApproveStory($id: ID!) {\n    approveStory(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveStoryDocument,
    "\n  mutation PublishStory($id: ID!) {\n    publishStory(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PublishStoryDocument,
    "\n  mutation ScheduleStory($id: ID!, $publishAt: DateTime!) {\n    scheduleStory(id: $id, publishAt: $publishAt) {\n      id\n      status\n    }\n  }\n": typeof types.ScheduleStoryDocument,
    "\n  mutation UnpublishStory($id: ID!, $reason: String) {\n    unpublishStory(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.UnpublishStoryDocument,
    "\n  mutation CommentOnStory($id: ID!, $body: String!) {\n    commentOnStory(id: $id, body: $body) {\n      id\n    }\n  }\n": typeof types.CommentOnStoryDocument,
    "\n  mutation AddStoryPerson($storyId: ID!, $input: StoryPersonInput!) {\n    addStoryPerson(storyId: $storyId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddStoryPersonDocument,
    "\n  mutation UpdateStoryPerson($id: ID!, $input: StoryPersonInput!) {\n    updateStoryPerson(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateStoryPersonDocument,
    "\n  mutation RemoveStoryPerson($id: ID!) {\n    removeStoryPerson(id: $id)\n  }\n": typeof types.RemoveStoryPersonDocument,
    "\n  mutation RecordStoryConsent($input: RecordStoryConsentInput!) {\n    recordStoryConsent(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordStoryConsentDocument,
    "\n  mutation WithdrawStoryConsent($id: ID!, $reason: String!) {\n    withdrawStoryConsent(id: $id, reason: $reason) {\n      consent {\n        id\n      }\n      unpublished {\n        id\n        title\n      }\n    }\n  }\n": typeof types.WithdrawStoryConsentDocument,
    "\n  mutation SetStoryTranslation($input: StoryTranslationInput!) {\n    setStoryTranslation(input: $input) {\n      language\n    }\n  }\n": typeof types.SetStoryTranslationDocument,
    "\n  mutation RemoveStoryTranslation($storyId: ID!, $language: String!) {\n    removeStoryTranslation(storyId: $storyId, language: $language)\n  }\n": typeof types.RemoveStoryTranslationDocument,
    "\n  mutation UpdateStoryImage($id: ID!, $alt: String!) {\n    updateStoryImage(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n": typeof types.UpdateStoryImageDocument,
    "\n  mutation RemoveStoryImage($id: ID!) {\n    removeStoryImage(id: $id)\n  }\n": typeof types.RemoveStoryImageDocument,
    "\n  query Viewer {\n    viewer {\n      authenticated\n      mustChangePassword\n      person {\n        id\n        name\n        systemRole\n        memberships {\n          id\n          role\n          region {\n            id\n            slug\n            name\n          }\n          school {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query WerkgroepCurriculum($id: ID!) {\n    werkgroep(id: $id) {\n      id\n      name\n      archivedAt\n      permissions { isMember canRead canWrite }\n      members { personId person { id name } }\n      region { id schools { id name kind } }\n    }\n    curriculum(werkgroepId: $id) {\n      werkgroepId\n      items { id side kind code title description studyHours school { id name } }\n      pairs {\n        id\n        voItem { id code title }\n        mboItem { id code title }\n        relation\n        decision\n        owner { id name }\n        hoursFreed\n        note\n        decidedAt\n        updatedAt\n      }\n      summary {\n        voItems mboItems pairs overlaps gaps fits decided undecided hoursFreed maxShorteningHours shareOfMaximum\n        byDecision { decision pairs hours }\n      }\n    }\n  }\n": typeof types.WerkgroepCurriculumDocument,
    "\n  mutation SaveCurriculumItem($input: CurriculumItemInput!) {\n    saveCurriculumItem(input: $input) { id }\n  }\n": typeof types.SaveCurriculumItemDocument,
    "\n  mutation DeleteCurriculumItem($id: ID!) {\n    deleteCurriculumItem(id: $id)\n  }\n": typeof types.DeleteCurriculumItemDocument,
    "\n  mutation SaveCurriculumPair($input: CurriculumPairInput!) {\n    saveCurriculumPair(input: $input) { id }\n  }\n": typeof types.SaveCurriculumPairDocument,
    "\n  mutation DeleteCurriculumPair($id: ID!) {\n    deleteCurriculumPair(id: $id)\n  }\n": typeof types.DeleteCurriculumPairDocument,
    "\n  mutation ImportCurriculumCsv($werkgroepId: ID!, $csv: String!) {\n    importCurriculumCsv(werkgroepId: $werkgroepId, csv: $csv) { created updated }\n  }\n": typeof types.ImportCurriculumCsvDocument,
    "\n  query ExportCurriculumCsv($werkgroepId: ID!) {\n    exportCurriculumCsv(werkgroepId: $werkgroepId)\n  }\n": typeof types.ExportCurriculumCsvDocument,
    "\n  fragment DocumentVersionFields on DocumentVersion {\n    id\n    version\n    fileName\n    contentType\n    size\n    note\n    createdAt\n    downloadUrl\n    author {\n      id\n      name\n    }\n  }\n": typeof types.DocumentVersionFieldsFragmentDoc,
    "\n  query WerkgroepDocsHeader($id: ID!) {\n    werkgroep(id: $id) { id name permissions { canRead canWrite } }\n  }\n": typeof types.WerkgroepDocsHeaderDocument,
    "\n  query WerkgroepDocuments($werkgroepId: ID!, $folderId: ID) {\n    documentFolders(werkgroepId: $werkgroepId) { id parentId name }\n    werkgroepDocuments(werkgroepId: $werkgroepId, folderId: $folderId) {\n      id werkgroepId folderId title description currentVersion updatedAt\n      latest { ...DocumentVersionFields }\n    }\n  }\n": typeof types.WerkgroepDocumentsDocument,
    "\n  query WerkgroepDocumentVersions($id: ID!) {\n    werkgroepDocument(id: $id) {\n      id werkgroepId folderId title description currentVersion updatedAt\n      latest { ...DocumentVersionFields }\n      versions { ...DocumentVersionFields }\n    }\n  }\n": typeof types.WerkgroepDocumentVersionsDocument,
    "\n  query SearchWerkgroepDocuments($werkgroepId: ID!, $query: String!) {\n    searchWerkgroepDocuments(werkgroepId: $werkgroepId, query: $query) {\n      snippet\n      document { id werkgroepId folderId title description currentVersion updatedAt latest { ...DocumentVersionFields } }\n    }\n  }\n": typeof types.SearchWerkgroepDocumentsDocument,
    "\n  mutation CreateDocumentFolder($werkgroepId: ID!, $parentId: ID, $name: String!) {\n    createDocumentFolder(input: { werkgroepId: $werkgroepId, parentId: $parentId, name: $name }) { id parentId name }\n  }\n": typeof types.CreateDocumentFolderDocument,
    "\n  mutation RenameDocumentFolder($id: ID!, $name: String!) {\n    renameDocumentFolder(id: $id, name: $name) { id parentId name }\n  }\n": typeof types.RenameDocumentFolderDocument,
    "\n  mutation DeleteDocumentFolder($id: ID!) {\n    deleteDocumentFolder(id: $id)\n  }\n": typeof types.DeleteDocumentFolderDocument,
    "\n  mutation UpdateWerkgroepDocument($id: ID!, $title: String!, $description: String) {\n    updateDocument(id: $id, input: { title: $title, description: $description }) { id title description }\n  }\n": typeof types.UpdateWerkgroepDocumentDocument,
    "\n  mutation MoveWerkgroepDocument($id: ID!, $folderId: ID) {\n    moveDocument(id: $id, folderId: $folderId) { id folderId }\n  }\n": typeof types.MoveWerkgroepDocumentDocument,
    "\n  mutation DeleteWerkgroepDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n": typeof types.DeleteWerkgroepDocumentDocument,
    "\n  query WerkgroepDraaiboek($werkgroepId: ID!) {\n    draaiboek(werkgroepId: $werkgroepId) {\n      werkgroepId version body note updatedAt author { id name }\n      versions { version note createdAt author { id name } }\n    }\n  }\n": typeof types.WerkgroepDraaiboekDocument,
    "\n  query WerkgroepDraaiboekVersion($werkgroepId: ID!, $version: Int!) {\n    draaiboekVersion(werkgroepId: $werkgroepId, version: $version) { version body }\n  }\n": typeof types.WerkgroepDraaiboekVersionDocument,
    "\n  query WerkgroepDraaiboekDiff($werkgroepId: ID!, $from: Int!, $to: Int!) {\n    draaiboekDiff(werkgroepId: $werkgroepId, from: $from, to: $to) { kind text }\n  }\n": typeof types.WerkgroepDraaiboekDiffDocument,
    "\n  mutation SaveDraaiboek($werkgroepId: ID!, $body: String!, $note: String, $baseVersion: Int!) {\n    saveDraaiboek(input: { werkgroepId: $werkgroepId, body: $body, note: $note, baseVersion: $baseVersion }) { version }\n  }\n": typeof types.SaveDraaiboekDocument,
    "\n  fragment WerkgroepSummaryFields on Werkgroep {\n    id\n    name\n    kind\n    kindText\n    sector\n    visibility\n    memberCount\n    unreadCount\n    archivedAt\n    permissions {\n      isMember\n      canRead\n      canWrite\n      canManage\n    }\n  }\n": typeof types.WerkgroepSummaryFieldsFragmentDoc,
    "\n  query WerkgroepenRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      canManage\n      schools {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WerkgroepenRegionDocument,
    "\n  query WerkgroepenOfRegion($regionId: ID!) {\n    werkgroepen(regionId: $regionId) {\n      ...WerkgroepSummaryFields\n    }\n  }\n": typeof types.WerkgroepenOfRegionDocument,
    "\n  query WerkgroepSignals($regionId: ID!) {\n    werkgroepSignals(regionId: $regionId) {\n      werkgroep {\n        id\n        name\n        kindText\n      }\n      signal {\n        meetings\n        intervals\n        activeIntervals\n        posts\n        flagged\n        summary\n      }\n    }\n  }\n": typeof types.WerkgroepSignalsDocument,
    "\n  query WerkgroepDetail($id: ID!) {\n    werkgroep(id: $id) {\n      ...WerkgroepSummaryFields\n      description\n      cadenceDays\n      cadenceNote\n      region {\n        id\n        slug\n        name\n      }\n      actielijnen {\n        id\n        number\n        title\n      }\n      members {\n        personId\n        role\n        layer\n        joinedAt\n        person {\n          id\n          name\n        }\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.WerkgroepDetailDocument,
    "\n  mutation CreateWerkgroep($input: WerkgroepInput!) {\n    createWerkgroep(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateWerkgroepDocument,
    "\n  fragment WerkgroepPostFields on WerkgroepPost {\n    id\n    parentId\n    body\n    createdAt\n    editedAt\n    deleted\n    canEdit\n    canDelete\n    author {\n      id\n      name\n    }\n    mentions {\n      id\n      name\n    }\n    reactions {\n      reaction\n      count\n      mine\n    }\n    revisions {\n      body\n      replacedAt\n      change\n      replacedBy {\n        id\n        name\n      }\n    }\n    glossaryTerms {\n      id\n      term\n    }\n  }\n": typeof types.WerkgroepPostFieldsFragmentDoc,
    "\n  query WerkgroepStream($werkgroepId: ID!, $before: DateTime) {\n    werkgroepPosts(werkgroepId: $werkgroepId, before: $before) {\n      ...WerkgroepPostFields\n      replies {\n        ...WerkgroepPostFields\n        replies {\n          id\n        }\n      }\n    }\n  }\n": typeof types.WerkgroepStreamDocument,
    "\n  mutation CreateWerkgroepPost($input: WerkgroepPostInput!) {\n    createWerkgroepPost(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateWerkgroepPostDocument,
    "\n  mutation EditWerkgroepPost($id: ID!, $body: String!, $mentionIds: [ID!]) {\n    editWerkgroepPost(id: $id, body: $body, mentionIds: $mentionIds) {\n      id\n    }\n  }\n": typeof types.EditWerkgroepPostDocument,
    "\n  mutation DeleteWerkgroepPost($id: ID!) {\n    deleteWerkgroepPost(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteWerkgroepPostDocument,
    "\n  mutation ReactToWerkgroepPost($id: ID!, $reaction: String!) {\n    reactToWerkgroepPost(id: $id, reaction: $reaction) {\n      id\n      reactions {\n        reaction\n        count\n        mine\n      }\n    }\n  }\n": typeof types.ReactToWerkgroepPostDocument,
    "\n  mutation MarkWerkgroepRead($werkgroepId: ID!) {\n    markWerkgroepRead(werkgroepId: $werkgroepId)\n  }\n": typeof types.MarkWerkgroepReadDocument,
    "\n  mutation UpsertWerkgroepMember($input: WerkgroepMemberInput!) {\n    upsertWerkgroepMember(input: $input) {\n      personId\n    }\n  }\n": typeof types.UpsertWerkgroepMemberDocument,
    "\n  mutation RemoveWerkgroepMember($werkgroepId: ID!, $personId: ID!) {\n    removeWerkgroepMember(werkgroepId: $werkgroepId, personId: $personId)\n  }\n": typeof types.RemoveWerkgroepMemberDocument,
    "\n  query WerkgroepPeopleSearch($regionId: ID!, $search: String!) {\n    people(regionId: $regionId, search: $search) {\n      id\n      name\n      email\n      jobTitle\n    }\n  }\n": typeof types.WerkgroepPeopleSearchDocument,
    "\n  fragment GlossaryTermFields on GlossaryTerm {\n    id\n    regionId\n    term\n    sharedMeaning\n    updatedAt\n    canDelete\n    werkgroep {\n      id\n      name\n    }\n    meanings {\n      id\n      sector\n      meaning\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.GlossaryTermFieldsFragmentDoc,
    "\n  query Taalbrug($regionId: ID!, $search: String) {\n    glossary(regionId: $regionId, search: $search) {\n      ...GlossaryTermFields\n    }\n  }\n": typeof types.TaalbrugDocument,
    "\n  mutation SaveGlossaryTerm($input: GlossaryTermInput!) {\n    saveGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n": typeof types.SaveGlossaryTermDocument,
    "\n  mutation AddGlossaryMeaning($input: GlossaryMeaningInput!) {\n    addGlossaryMeaning(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n": typeof types.AddGlossaryMeaningDocument,
    "\n  mutation DeleteGlossaryMeaning($id: ID!) {\n    deleteGlossaryMeaning(id: $id) {\n      ...GlossaryTermFields\n    }\n  }\n": typeof types.DeleteGlossaryMeaningDocument,
    "\n  mutation DeleteGlossaryTerm($id: ID!) {\n    deleteGlossaryTerm(id: $id)\n  }\n": typeof types.DeleteGlossaryTermDocument,
    "\n  query TaalbrugTerm($id: ID!) {\n    glossaryTerm(id: $id) {\n      ...GlossaryTermFields\n    }\n  }\n": typeof types.TaalbrugTermDocument,
    "\n  fragment TeamsDriftFields on TeamsDrift {\n    id\n    linkId\n    documentId\n    documentTitle\n    documentDeleted\n    kind\n    teamsName\n    size\n    modifiedBy\n    modifiedAt\n    detectedAt\n    resolvedAt\n    resolution\n    importedVersion\n  }\n": typeof types.TeamsDriftFieldsFragmentDoc,
    "\n  query WerkgroepTeamsDrifts($id: ID!) {\n    teamsDrifts(werkgroepId: $id) { ...TeamsDriftFields }\n  }\n": typeof types.WerkgroepTeamsDriftsDocument,
    "\n  mutation ImportTeamsVersion($id: ID!) {\n    importTeamsVersion(id: $id) { ...TeamsDriftFields }\n  }\n": typeof types.ImportTeamsVersionDocument,
    "\n  mutation DismissTeamsDrift($id: ID!) {\n    dismissTeamsDrift(id: $id) { ...TeamsDriftFields }\n  }\n": typeof types.DismissTeamsDriftDocument,
    "\n  fragment TeamsLinkAnnouncementFields on TeamsLink {\n    announcementWebhookUrl\n    announcementsEnabled\n    lastAnnouncement {\n      id\n      status\n      documentCount\n      dueAt\n      attempts\n      nextAttemptAt\n      lastError\n      sentAt\n    }\n  }\n": typeof types.TeamsLinkAnnouncementFieldsFragmentDoc,
    "\n  fragment TeamsTenantFields on TeamsTenant {\n    id\n    tenantId\n    name\n    consent\n    consentError\n    consentChangedAt\n  }\n": typeof types.TeamsTenantFieldsFragmentDoc,
    "\n  query WerkgroepTeams($id: ID!) {\n    werkgroep(id: $id) { id name permissions { canRead canWrite } }\n    teamsMirror(werkgroepId: $id) {\n      configured canManage\n      links {\n        id teamId channelId subfolder createdAt waitingReason ...TeamsLinkAnnouncementFields\n        createdBy { id name }\n        tenant { id name consent consentError }\n        counts { mirrored pending waiting retrying failed drift }\n      }\n      tenants { ...TeamsTenantFields }\n    }\n  }\n": typeof types.WerkgroepTeamsDocument,
    "\n  query WerkgroepDocumentMirrors($id: ID!) {\n    documentMirrors(werkgroepId: $id) { id linkId documentId documentTitle documentDeleted status mirroredVersion mirroredName attempts nextAttemptAt lastError updatedAt waitingReason }\n  }\n": typeof types.WerkgroepDocumentMirrorsDocument,
    "\n  query DocumentMirrorHistory($documentId: ID!) {\n    documentMirrorHistory(documentId: $documentId) { id action outcome version message at }\n  }\n": typeof types.DocumentMirrorHistoryDocument,
    "\n  mutation LinkTeamsChannel($input: TeamsLinkInput!) {\n    linkTeamsChannel(input: $input) { id }\n  }\n": typeof types.LinkTeamsChannelDocument,
    "\n  mutation UnlinkTeamsChannel($id: ID!) {\n    unlinkTeamsChannel(id: $id)\n  }\n": typeof types.UnlinkTeamsChannelDocument,
    "\n  mutation RetryDocumentMirror($id: ID!) {\n    retryDocumentMirror(id: $id) { id status }\n  }\n": typeof types.RetryDocumentMirrorDocument,
    "\n  query RegionForTeamsTenants($slug: String!) {\n    region(slug: $slug) { id name }\n  }\n": typeof types.RegionForTeamsTenantsDocument,
    "\n  query TeamsTenants($regionId: ID!) {\n    teamsTenants(regionId: $regionId) { ...TeamsTenantFields }\n  }\n": typeof types.TeamsTenantsDocument,
    "\n  mutation RegisterTeamsTenant($input: TeamsTenantInput!) {\n    registerTeamsTenant(input: $input) { ...TeamsTenantFields }\n  }\n": typeof types.RegisterTeamsTenantDocument,
    "\n  mutation SetTeamsTenantConsent($id: ID!, $consent: TeamsConsentStatus!, $note: String) {\n    setTeamsTenantConsent(id: $id, consent: $consent, note: $note) { ...TeamsTenantFields }\n  }\n": typeof types.SetTeamsTenantConsentDocument,
    "\n  mutation SetTeamsLinkAnnouncements($id: ID!, $webhookUrl: String) {\n    setTeamsLinkAnnouncements(id: $id, webhookUrl: $webhookUrl) { id ...TeamsLinkAnnouncementFields }\n  }\n": typeof types.SetTeamsLinkAnnouncementsDocument,
};
const documents: Documents = {
    "\n  query SignInOptions {\n    authConfig {\n      demoMode\n      oidcEnabled\n      oidcLabel\n      oidcLoginUrl\n    }\n    demoPersonas {\n      key\n      label\n      personName\n      description\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      authenticated\n      mustChangePassword\n      person {\n        id\n        name\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignInAsDemo($key: String!) {\n    signInAsDemo(key: $key) {\n      authenticated\n      person {\n        id\n        name\n      }\n    }\n  }\n": types.SignInAsDemoDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment OidcLinkFields on OidcLink {\n    issuer\n    subject\n    linkedAt\n    confirmed\n  }\n": types.OidcLinkFieldsFragmentDoc,
    "\n  query OidcLinks {\n    oidcLinks {\n      ...OidcLinkFields\n    }\n  }\n": types.OidcLinksDocument,
    "\n  mutation ConfirmOidcLink($personId: ID!, $issuer: String!, $subject: String!) {\n    confirmOidcLink(personId: $personId, issuer: $issuer, subject: $subject) {\n      ...OidcLinkFields\n    }\n  }\n": types.ConfirmOidcLinkDocument,
    "\n  mutation RemoveOidcLink($personId: ID!, $issuer: String!, $subject: String!) {\n    removeOidcLink(personId: $personId, issuer: $issuer, subject: $subject) {\n      ...OidcLinkFields\n    }\n  }\n": types.RemoveOidcLinkDocument,
    "\n  query Notifications($first: Int) {\n    notifications(first: $first) {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment ActieagendaPersonName on Person {\n    id\n    name\n  }\n": types.ActieagendaPersonNameFragmentDoc,
    "\n  fragment ActieSummaryFields on Actie {\n    id\n    title\n    description\n    target\n    leadSchool {\n      id\n      name\n    }\n    partnerSchools {\n      id\n      name\n    }\n    owners {\n      ...ActieagendaPersonName\n    }\n    periodStart\n    periodEnd\n    status\n    closure\n    closedAt\n    progressMode\n    progress\n    trend\n    cadenceDays\n    nextCheckInDue\n    overdue\n    canEdit\n    canCheckIn\n    parent {\n      id\n      title\n    }\n    subActies {\n      id\n      title\n      status\n      progress\n      closure\n      overdue\n      nextCheckInDue\n    }\n  }\n": types.ActieSummaryFieldsFragmentDoc,
    "\n  fragment CheckInFields on CheckIn {\n    id\n    author {\n      ...ActieagendaPersonName\n    }\n    date\n    status\n    progress\n    text\n    evidenceLinks\n    createdAt\n  }\n": types.CheckInFieldsFragmentDoc,
    "\n  fragment ReviewFields on Review {\n    id\n    requestedBy {\n      ...ActieagendaPersonName\n    }\n    requestedAt\n    question\n    outcome\n    decidedBy {\n      ...ActieagendaPersonName\n    }\n    decidedAt\n    note\n  }\n": types.ReviewFieldsFragmentDoc,
    "\n  fragment MeetingActieFields on Actie {\n    ...ActieSummaryFields\n    actielijn {\n      id\n      number\n      title\n    }\n    latestCheckIn {\n      ...CheckInFields\n    }\n    reviews {\n      ...ReviewFields\n    }\n  }\n": types.MeetingActieFieldsFragmentDoc,
    "\n  fragment ActielijnFields on Actielijn {\n    id\n    number\n    title\n    description\n    focusYears\n    inFocus\n    progress\n    status\n    trend\n  }\n": types.ActielijnFieldsFragmentDoc,
    "\n  query ActieagendaRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      canManage\n      schools {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.ActieagendaRegionDocument,
    "\n  query ActieagendaPeople($regionId: ID!) {\n    people(regionId: $regionId) {\n      id\n      name\n      email\n    }\n  }\n": types.ActieagendaPeopleDocument,
    "\n  query Actieagenda($regionId: ID!, $filter: ActieFilter) {\n    actieagenda(regionId: $regionId) {\n      id\n      title\n      periodStart\n      periodEnd\n      progress\n      status\n      canEdit\n      overdueCount\n      region {\n        id\n        slug\n        name\n      }\n      lines {\n        ...ActielijnFields\n        acties(filter: $filter) {\n          ...ActieSummaryFields\n        }\n      }\n    }\n  }\n": types.ActieagendaDocument,
    "\n  query ActieagendaRef($regionId: ID!) {\n    actieagenda(regionId: $regionId) {\n      id\n      title\n      canEdit\n    }\n  }\n": types.ActieagendaRefDocument,
    "\n  query Actie($id: ID!) {\n    actie(id: $id) {\n      ...MeetingActieFields\n      isPublic\n      publicSummary\n      leadSchool {\n        id\n        name\n        region {\n          id\n          slug\n          name\n        }\n      }\n      partnerSchools {\n        id\n        name\n        region {\n          id\n          slug\n          name\n        }\n      }\n      history {\n        kind\n        at\n        date\n        actorName\n        summary\n      }\n    }\n  }\n": types.ActieDocument,
    "\n  query MeetingAgenda($agendaId: ID!, $date: Date) {\n    meetingAgenda(agendaId: $agendaId, date: $date) {\n      ...MeetingActieFields\n    }\n  }\n": types.MeetingAgendaDocument,
    "\n  query MeetingActie($id: ID!) {\n    actie(id: $id) {\n      ...MeetingActieFields\n    }\n  }\n": types.MeetingActieDocument,
    "\n  query Achtje($regionId: ID!) {\n    achtje(regionId: $regionId) {\n      school {\n        id\n        name\n        kind\n      }\n      layers {\n        layer\n        engaged\n        people {\n          ...ActieagendaPersonName\n        }\n        lastActiveAt\n      }\n    }\n  }\n": types.AchtjeDocument,
    "\n  query ExportActieagendaCsv($agendaId: ID!) {\n    exportActieagendaCsv(agendaId: $agendaId)\n  }\n": types.ExportActieagendaCsvDocument,
    "\n  mutation CreateActieagenda($input: CreateActieagendaInput!) {\n    createActieagenda(input: $input) {\n      id\n      title\n      periodStart\n      periodEnd\n    }\n  }\n": types.CreateActieagendaDocument,
    "\n  mutation UpsertActielijn($input: ActielijnInput!) {\n    upsertActielijn(input: $input) {\n      ...ActielijnFields\n    }\n  }\n": types.UpsertActielijnDocument,
    "\n  mutation CreateActie($input: ActieInput!) {\n    createActie(input: $input) {\n      ...ActieSummaryFields\n    }\n  }\n": types.CreateActieDocument,
    "\n  mutation UpdateActie($id: ID!, $input: ActieInput!) {\n    updateActie(id: $id, input: $input) {\n      ...ActieSummaryFields\n    }\n  }\n": types.UpdateActieDocument,
    "\n  mutation CloseActie($id: ID!, $closure: ActieClosure!, $note: String) {\n    closeActie(id: $id, closure: $closure, note: $note) {\n      ...ActieSummaryFields\n    }\n  }\n": types.CloseActieDocument,
    "\n  mutation ReopenActie($id: ID!) {\n    reopenActie(id: $id) {\n      ...ActieSummaryFields\n    }\n  }\n": types.ReopenActieDocument,
    "\n  mutation SetActiePublic($id: ID!, $isPublic: Boolean!, $publicSummary: String) {\n    setActiePublic(id: $id, isPublic: $isPublic, publicSummary: $publicSummary) {\n      id\n      isPublic\n      publicSummary\n    }\n  }\n": types.SetActiePublicDocument,
    "\n  mutation AddCheckIn($input: CheckInInput!) {\n    addCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n": types.AddCheckInDocument,
    "\n  mutation AddBijstelling($input: BijstellingInput!) {\n    addBijstelling(input: $input) {\n      id\n      author {\n        ...ActieagendaPersonName\n      }\n      what\n      why\n      before\n      after\n      createdAt\n    }\n  }\n": types.AddBijstellingDocument,
    "\n  mutation RequestReview($actieId: ID!, $question: String) {\n    requestReview(actieId: $actieId, question: $question) {\n      ...ReviewFields\n    }\n  }\n": types.RequestReviewDocument,
    "\n  mutation DecideReview($reviewId: ID!, $outcome: ReviewOutcome!, $note: String) {\n    decideReview(reviewId: $reviewId, outcome: $outcome, note: $note) {\n      ...ReviewFields\n    }\n  }\n": types.DecideReviewDocument,
    "\n  mutation RecordDecision($actieId: ID!, $text: String!, $meetingDate: Date) {\n    recordDecision(actieId: $actieId, text: $text, meetingDate: $meetingDate) {\n      id\n      author {\n        ...ActieagendaPersonName\n      }\n      text\n      meetingDate\n      createdAt\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  mutation ImportActieagendaCsv($agendaId: ID!, $csv: String!) {\n    importActieagendaCsv(agendaId: $agendaId, csv: $csv) {\n      created\n      updated\n      lines\n    }\n  }\n": types.ImportActieagendaCsvDocument,
    "\n  fragment LoketSlaFields on LoketSla {\n    elapsedMinutes\n    firstResponseDueAt\n    firstResponseBreached\n    resolutionDueAt\n    resolutionBreached\n    paused\n    overdue\n    atRisk\n  }\n": types.LoketSlaFieldsFragmentDoc,
    "\n  fragment LoketRequestSummaryFields on LoketRequest {\n    id\n    reference\n    type\n    status\n    createdAt\n    updatedAt\n    company {\n      ...LoketCompanyFields\n    }\n    owner {\n      id\n      name\n    }\n    schools {\n      id\n      name\n    }\n    sla {\n      ...LoketSlaFields\n    }\n    duplicateOf {\n      id\n      reference\n    }\n    mergedIntoId\n  }\n": types.LoketRequestSummaryFieldsFragmentDoc,
    "\n  fragment LoketCompanyFields on LoketCompany {\n    id\n    name\n    kvk\n    sector\n    location\n  }\n": types.LoketCompanyFieldsFragmentDoc,
    "\n  fragment LoketMessageFields on LoketMessage {\n    id\n    author\n    authorName\n    body\n    createdAt\n  }\n": types.LoketMessageFieldsFragmentDoc,
    "\n  fragment LoketSlaPolicyFields on LoketSlaPolicy {\n    regionId\n    firstResponseMinutes\n    resolutionMinutes\n    warnBeforeMinutes\n    businessHours\n  }\n": types.LoketSlaPolicyFieldsFragmentDoc,
    "\n  fragment LoketCannedReplyFields on LoketCannedReply {\n    id\n    regionId\n    title\n    body\n    updatedAt\n  }\n": types.LoketCannedReplyFieldsFragmentDoc,
    "\n  fragment LoketRegionFields on Region {\n    id\n    slug\n    name\n    schools {\n      id\n      name\n    }\n    memberships {\n      id\n      role\n      person {\n        id\n        name\n      }\n    }\n  }\n": types.LoketRegionFieldsFragmentDoc,
    "\n  query LoketRegion($slug: String!) {\n    region(slug: $slug) {\n      ...LoketRegionFields\n    }\n  }\n": types.LoketRegionDocument,
    "\n  query LoketRequests($regionId: ID!, $filter: LoketRequestFilter) {\n    loketRequests(regionId: $regionId, filter: $filter) {\n      ...LoketRequestSummaryFields\n    }\n  }\n": types.LoketRequestsDocument,
    "\n  query LoketRequest($id: ID!) {\n    loketRequest(id: $id) {\n      ...LoketRequestSummaryFields\n      contactName\n      contactEmail\n      contactPhone\n      level\n      period\n      periodStart\n      periodEnd\n      capacity\n      message\n      submittedCompany {\n        name\n        sector\n        location\n      }\n      firstResponseAt\n      viewerAccess\n      duplicateOf {\n        id\n        reference\n        status\n        createdAt\n        company {\n          id\n          name\n          kvk\n        }\n      }\n      messages {\n        ...LoketMessageFields\n      }\n      region {\n        ...LoketRegionFields\n      }\n    }\n  }\n": types.LoketRequestDocument,
    "\n  query LoketExportCsv($regionId: ID!, $filter: LoketRequestFilter) {\n    exportLoketRequestsCsv(regionId: $regionId, filter: $filter)\n  }\n": types.LoketExportCsvDocument,
    "\n  query LoketAuditLog($requestId: ID!) {\n    loketAuditLog(requestId: $requestId) {\n      id\n      action\n      what\n      personId\n      personName\n      at\n    }\n  }\n": types.LoketAuditLogDocument,
    "\n  query LoketRoutingRules($regionId: ID!) {\n    loketRoutingRules(regionId: $regionId) {\n      id\n      requestType\n      sector\n      assignee {\n        id\n        name\n      }\n      schools {\n        id\n        name\n      }\n    }\n  }\n": types.LoketRoutingRulesDocument,
    "\n  query LoketSlaPolicy($regionId: ID!) {\n    loketSlaPolicy(regionId: $regionId) {\n      ...LoketSlaPolicyFields\n    }\n  }\n": types.LoketSlaPolicyDocument,
    "\n  query LoketCannedReplies($regionId: ID!) {\n    loketCannedReplies(regionId: $regionId) {\n      ...LoketCannedReplyFields\n    }\n  }\n": types.LoketCannedRepliesDocument,
    "\n  query LoketCompanies($regionId: ID!, $search: String) {\n    loketCompanies(regionId: $regionId, search: $search) {\n      ...LoketCompanyFields\n    }\n  }\n": types.LoketCompaniesDocument,
    "\n  query LoketCompanyContacts($companyId: ID!) {\n    companyContactsThisMonth(companyId: $companyId) {\n      id\n      channel\n      contactedAt\n      note\n      requestId\n      person {\n        id\n        name\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.LoketCompanyContactsDocument,
    "\n  query LoketExportCompany($companyId: ID!) {\n    exportLoketCompany(companyId: $companyId)\n  }\n": types.LoketExportCompanyDocument,
    "\n  query LoketReport($regionId: ID!, $from: DateTime!, $to: DateTime!) {\n    loketReport(regionId: $regionId, from: $from, to: $to) {\n      from\n      to\n      total\n      byType {\n        ...LoketReportRowFields\n      }\n      bySchool {\n        ...LoketReportRowFields\n      }\n    }\n  }\n  fragment LoketReportRowFields on LoketReportRow {\n    key\n    label\n    count\n    open\n    closed\n    medianFirstResponseMinutes\n    firstResponseMet\n    firstResponseBreached\n    resolutionMet\n    resolutionBreached\n  }\n": types.LoketReportDocument,
    "\n  query LoketMySchools {\n    viewer {\n      person {\n        id\n        memberships {\n          id\n          region {\n            id\n          }\n          school {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.LoketMySchoolsDocument,
    "\n  mutation LoketReply($id: ID!, $body: String!, $internal: Boolean, $waitForCompany: Boolean) {\n    replyToLoketRequest(id: $id, body: $body, internal: $internal, waitForCompany: $waitForCompany) {\n      ...LoketMessageFields\n    }\n  }\n": types.LoketReplyDocument,
    "\n  mutation LoketSetStatus($id: ID!, $status: LoketRequestStatus!) {\n    setLoketRequestStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": types.LoketSetStatusDocument,
    "\n  mutation LoketAssign($id: ID!, $input: LoketAssignInput!) {\n    assignLoketRequest(id: $id, input: $input) {\n      id\n    }\n  }\n": types.LoketAssignDocument,
    "\n  mutation LoketMerge($id: ID!, $intoId: ID!) {\n    mergeLoketRequest(id: $id, intoId: $intoId) {\n      id\n    }\n  }\n": types.LoketMergeDocument,
    "\n  mutation LoketAddRoutingRule($input: LoketRoutingRuleInput!) {\n    addLoketRoutingRule(input: $input) {\n      id\n    }\n  }\n": types.LoketAddRoutingRuleDocument,
    "\n  mutation LoketDeleteRoutingRule($id: ID!) {\n    deleteLoketRoutingRule(id: $id)\n  }\n": types.LoketDeleteRoutingRuleDocument,
    "\n  mutation LoketSetSlaPolicy($input: LoketSlaPolicyInput!) {\n    setLoketSlaPolicy(input: $input) {\n      ...LoketSlaPolicyFields\n    }\n  }\n": types.LoketSetSlaPolicyDocument,
    "\n  mutation LoketSaveCannedReply($input: LoketCannedReplyInput!) {\n    saveLoketCannedReply(input: $input) {\n      ...LoketCannedReplyFields\n    }\n  }\n": types.LoketSaveCannedReplyDocument,
    "\n  mutation LoketDeleteCannedReply($id: ID!) {\n    deleteLoketCannedReply(id: $id)\n  }\n": types.LoketDeleteCannedReplyDocument,
    "\n  mutation LoketLogCompanyContact($input: LogCompanyContactInput!) {\n    logCompanyContact(input: $input) {\n      warning\n      contact {\n        id\n      }\n    }\n  }\n": types.LoketLogCompanyContactDocument,
    "\n  mutation LoketEraseCompany($companyId: ID!) {\n    eraseLoketCompany(companyId: $companyId)\n  }\n": types.LoketEraseCompanyDocument,
    "\n  fragment CalendarFeedFields on CalendarFeed {\n    id\n    scope\n    regionId\n    werkgroepId\n    createdAt\n    revokedAt\n  }\n": types.CalendarFeedFieldsFragmentDoc,
    "\n  query MyCalendarFeeds {\n    myCalendarFeeds {\n      ...CalendarFeedFields\n    }\n  }\n": types.MyCalendarFeedsDocument,
    "\n  mutation CreateCalendarFeed($scope: CalendarFeedScope!, $regionId: ID, $werkgroepId: ID) {\n    createCalendarFeed(scope: $scope, regionId: $regionId, werkgroepId: $werkgroepId) {\n      url\n      feed {\n        ...CalendarFeedFields\n      }\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed($id: ID!) {\n    revokeCalendarFeed(id: $id) {\n      ...CalendarFeedFields\n    }\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  fragment MeetupsMyRegistrationFields on MyRegistration {\n    id\n    status\n    waitlistPosition\n    offerExpiresAt\n  }\n": types.MeetupsMyRegistrationFieldsFragmentDoc,
    "\n  fragment MeetupsActivitySummaryFields on Activity {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    address\n    room\n    hostSchool {\n      id\n      name\n    }\n    audience\n    capacity\n    placesLeft\n    waitlistCount\n    registrationOpen\n    isPublic\n    myRegistration {\n      ...MeetupsMyRegistrationFields\n    }\n  }\n": types.MeetupsActivitySummaryFieldsFragmentDoc,
    "\n  query MeetupsRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      canManage\n      schools {\n        id\n        name\n      }\n    }\n  }\n": types.MeetupsRegionDocument,
    "\n  query MeetupsActivities($regionId: ID!) {\n    activities(regionId: $regionId) {\n      ...MeetupsActivitySummaryFields\n    }\n  }\n": types.MeetupsActivitiesDocument,
    "\n  query MeetupsActivity($id: ID!) {\n    activity(id: $id) {\n      ...MeetupsActivitySummaryFields\n      description\n      travelNote\n      confirmedCount\n      registrationOpensAt\n      registrationClosesAt\n      organisers {\n        id\n        name\n      }\n      actieId\n      actielijnId\n      seriesId\n      detached\n      series {\n        id\n        title\n        weekday\n        startTime\n        endTime\n        startDate\n        endDate\n        hostSchoolIds\n        skipDates\n      }\n      minutes\n      canEdit\n      agenda {\n        id\n        position\n        title\n        actieId\n        notes\n      }\n      region {\n        id\n        slug\n        name\n        schools {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeetupsActivityDocument,
    "\n  query MeetupsActivityRegistrations($id: ID!) {\n    activity(id: $id) {\n      id\n      registrations {\n        id\n        status\n        name\n        email\n        queuedAt\n        tokenExpiresAt\n        attended\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeetupsActivityRegistrationsDocument,
    "\n  mutation MeetupsCreateActivity($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n": types.MeetupsCreateActivityDocument,
    "\n  mutation MeetupsUpdateActivity($id: ID!, $input: ActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      id\n    }\n  }\n": types.MeetupsUpdateActivityDocument,
    "\n  mutation MeetupsCreateSeries($input: SeriesInput!) {\n    createActivitySeries(input: $input) {\n      id\n      title\n    }\n  }\n": types.MeetupsCreateSeriesDocument,
    "\n  mutation MeetupsUpdateOccurrence($activityId: ID!, $scope: OccurrenceScope!, $input: OccurrenceChangeInput!) {\n    updateSeriesOccurrence(activityId: $activityId, scope: $scope, input: $input) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n": types.MeetupsUpdateOccurrenceDocument,
    "\n  mutation MeetupsRegister($activityId: ID!) {\n    registerForActivity(activityId: $activityId) {\n      id\n      status\n    }\n  }\n": types.MeetupsRegisterDocument,
    "\n  mutation MeetupsCancelRegistration($activityId: ID!) {\n    cancelRegistration(activityId: $activityId) {\n      id\n      status\n    }\n  }\n": types.MeetupsCancelRegistrationDocument,
    "\n  mutation MeetupsClaimOfferedPlace($activityId: ID!) {\n    claimOfferedPlace(activityId: $activityId) {\n      id\n      status\n    }\n  }\n": types.MeetupsClaimOfferedPlaceDocument,
    "\n  mutation MeetupsMarkAttendance($registrationId: ID!, $attended: Boolean!) {\n    markAttendance(registrationId: $registrationId, attended: $attended) {\n      id\n      attended\n    }\n  }\n": types.MeetupsMarkAttendanceDocument,
    "\n  mutation MeetupsAddAgendaItem($activityId: ID!, $title: String!, $actieId: ID, $notes: String) {\n    addAgendaItem(activityId: $activityId, title: $title, actieId: $actieId, notes: $notes) {\n      id\n      position\n      title\n      actieId\n      notes\n    }\n  }\n": types.MeetupsAddAgendaItemDocument,
    "\n  mutation MeetupsSetMinutes($activityId: ID!, $minutes: String) {\n    setMeetingMinutes(activityId: $activityId, minutes: $minutes) {\n      id\n      minutes\n    }\n  }\n": types.MeetupsSetMinutesDocument,
    "\n  fragment RegionCountsFields on RegionCounts {\n    schools\n    leerlabs\n    people\n    leerroutes\n  }\n": types.RegionCountsFieldsFragmentDoc,
    "\n  fragment RegionOptionsFields on Region {\n    id\n    slug\n    name\n    canManage\n    schools {\n      id\n      name\n      kind\n    }\n    leerlabs {\n      id\n      name\n    }\n  }\n": types.RegionOptionsFieldsFragmentDoc,
    "\n  fragment RegionSummaryFields on Region {\n    id\n    slug\n    name\n    description\n    canManage\n    counts {\n      ...RegionCountsFields\n    }\n  }\n": types.RegionSummaryFieldsFragmentDoc,
    "\n  fragment LeerlabFields on Leerlab {\n    id\n    name\n    round\n    startYear\n    theme\n    description\n    schools {\n      id\n      name\n    }\n  }\n": types.LeerlabFieldsFragmentDoc,
    "\n  fragment LeerrouteSummaryFields on Leerroute {\n    id\n    name\n    routeType\n    phase\n    vmboLeerweg\n    vmboProfiel\n    mboOpleiding\n    mboNiveau\n    mboLeerweg\n    updatedAt\n  }\n": types.LeerrouteSummaryFieldsFragmentDoc,
    "\n  fragment LeerrouteDetailFields on Leerroute {\n    ...LeerrouteSummaryFields\n    shorteningMonths\n    vmboExamScope\n    vmboExamLastRouteYear\n    bpvStartRouteYear\n    agreementSignedOn\n    duoVoRegisteredOn\n    duoMboRegisteredOn\n    fundingTransferAgreed\n    startYear\n    targetGroup\n    description\n    leerlab {\n      id\n      name\n    }\n    voSchool {\n      id\n      name\n    }\n    mboSchool {\n      id\n      name\n    }\n    region {\n      ...RegionOptionsFields\n    }\n  }\n": types.LeerrouteDetailFieldsFragmentDoc,
    "\n  fragment SchoolDetailFields on School {\n    id\n    name\n    kind\n    koepel\n    brin\n    website\n    locations {\n      name\n      address\n      city\n    }\n    region {\n      id\n      slug\n      name\n      canManage\n    }\n    memberships {\n      id\n      role\n      layer\n      person {\n        id\n        name\n        jobTitle\n      }\n    }\n  }\n": types.SchoolDetailFieldsFragmentDoc,
    "\n  fragment MembershipFields on Membership {\n    id\n    scope\n    role\n    layer\n    region {\n      id\n      slug\n      name\n      canManage\n    }\n    school {\n      id\n      name\n    }\n  }\n": types.MembershipFieldsFragmentDoc,
    "\n  fragment PersonContactFields on Person {\n    id\n    name\n    email\n    jobTitle\n  }\n": types.PersonContactFieldsFragmentDoc,
    "\n  fragment PersonFields on Person {\n    ...PersonContactFields\n    memberships {\n      ...MembershipFields\n    }\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  query Regions {\n    regions {\n      ...RegionSummaryFields\n    }\n  }\n": types.RegionsDocument,
    "\n  query Region($slug: String!) {\n    region(slug: $slug) {\n      ...RegionSummaryFields\n      schools {\n        id\n        name\n        kind\n        koepel\n        locations {\n          name\n          address\n          city\n        }\n      }\n      leerlabs {\n        ...LeerlabFields\n      }\n      leerroutes {\n        ...LeerrouteSummaryFields\n      }\n    }\n  }\n": types.RegionDocument,
    "\n  query MembershipOptions {\n    regions {\n      ...RegionOptionsFields\n    }\n  }\n": types.MembershipOptionsDocument,
    "\n  query School($id: ID!) {\n    school(id: $id) {\n      ...SchoolDetailFields\n    }\n  }\n": types.SchoolDocument,
    "\n  query Leerlab($id: ID!) {\n    leerlab(id: $id) {\n      ...LeerlabFields\n      region {\n        ...RegionOptionsFields\n      }\n    }\n  }\n": types.LeerlabDocument,
    "\n  query People($regionId: ID, $search: String) {\n    people(regionId: $regionId, search: $search) {\n      ...PersonFields\n    }\n  }\n": types.PeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n      systemRole\n    }\n  }\n": types.PersonDocument,
    "\n  query Leerroute($id: ID!) {\n    leerroute(id: $id) {\n      ...LeerrouteDetailFields\n    }\n  }\n": types.LeerrouteDocument,
    "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      ...SchoolDetailFields\n    }\n  }\n": types.CreateSchoolDocument,
    "\n  mutation UpdateSchool($input: UpdateSchoolInput!) {\n    updateSchool(input: $input) {\n      ...SchoolDetailFields\n    }\n  }\n": types.UpdateSchoolDocument,
    "\n  mutation CreateLeerlab($input: CreateLeerlabInput!) {\n    createLeerlab(input: $input) {\n      ...LeerlabFields\n    }\n  }\n": types.CreateLeerlabDocument,
    "\n  mutation UpdateLeerlab($input: UpdateLeerlabInput!) {\n    updateLeerlab(input: $input) {\n      ...LeerlabFields\n    }\n  }\n": types.UpdateLeerlabDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonContactFields\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...PersonContactFields\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n": types.AddMembershipDocument,
    "\n  mutation InviteToRegion($input: InviteToRegionInput!) {\n    inviteToRegion(input: $input) {\n      id\n      status\n    }\n  }\n": types.InviteToRegionDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      role\n      layer\n      invitedByName\n      createdAt\n      region {\n        id\n        name\n        slug\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.MyInvitationsDocument,
    "\n  mutation AcceptInvitation($id: ID!) {\n    acceptInvitation(id: $id) {\n      id\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($id: ID!) {\n    declineInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.DeclineInvitationDocument,
    "\n  mutation RemoveMembership($id: ID!) {\n    removeMembership(id: $id)\n  }\n": types.RemoveMembershipDocument,
    "\n  mutation CreateLeerroute($input: LeerrouteInput!) {\n    createLeerroute(input: $input) {\n      ...LeerrouteDetailFields\n    }\n  }\n": types.CreateLeerrouteDocument,
    "\n  mutation UpdateLeerroute($id: ID!, $input: LeerrouteInput!) {\n    updateLeerroute(id: $id, input: $input) {\n      ...LeerrouteDetailFields\n    }\n  }\n": types.UpdateLeerrouteDocument,
    "\n  mutation DeleteLeerroute($id: ID!) {\n    deleteLeerroute(id: $id)\n  }\n": types.DeleteLeerrouteDocument,
    "\n  query StoriesRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n": types.StoriesRegionDocument,
    "\n  fragment StorySummaryFields on Story {\n    id\n    title\n    lead\n    status\n    publishAt\n    publishedAt\n    updatedAt\n    blockedReason\n  }\n": types.StorySummaryFieldsFragmentDoc,
    "\n  query RedactieStories($regionId: ID!) {\n    stories(regionId: $regionId) {\n      ...StorySummaryFields\n    }\n  }\n": types.RedactieStoriesDocument,
    "\n  fragment StoryConsentFields on StoryConsent {\n    id\n    subjectName\n    givenByName\n    relation\n    scope\n    schoolYear\n    givenAt\n    expiresAt\n    withdrawnAt\n    withdrawnReason\n    recordedByName\n  }\n": types.StoryConsentFieldsFragmentDoc,
    "\n  query RedactieStory($id: ID!) {\n    story(id: $id) {\n      ...StorySummaryFields\n      regionId\n      slug\n      body\n      audience\n      tags\n      canEdit\n      canPublish\n      people {\n        id\n        name\n        role\n        quote\n        inPhoto\n        isPupil\n        birthDate\n        consent {\n          ...StoryConsentFields\n        }\n        missing {\n          storyPersonId\n          name\n          needed\n          message\n        }\n      }\n      missingConsents {\n        storyPersonId\n        name\n        needed\n        message\n      }\n      translations {\n        language\n        title\n        lead\n        body\n        dir\n        updatedAt\n      }\n      images {\n        id\n        url\n        alt\n        mimeType\n        byteSize\n        width\n        height\n        inBody\n      }\n      revisions {\n        id\n        title\n        authorName\n        createdAt\n      }\n      comments {\n        id\n        authorName\n        body\n        createdAt\n      }\n      history {\n        id\n        action\n        note\n        actorName\n        createdAt\n      }\n    }\n  }\n": types.RedactieStoryDocument,
    "\n  mutation CreateStory($input: CreateStoryInput!) {\n    createStory(input: $input) {\n      id\n    }\n  }\n": types.CreateStoryDocument,
    "\n  mutation UpdateStory($input: UpdateStoryInput!) {\n    updateStory(input: $input) {\n      id\n      body\n    }\n  }\n": types.UpdateStoryDocument,
    "\n  mutation SubmitStory($id: ID!) {\n    submitStory(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitStoryDocument,
    "\n  mutation ApproveStory($id: ID!) {\n    approveStory(id: $id) {\n      id\n      status\n    }\n  }\n": types.ApproveStoryDocument,
    "\n  mutation PublishStory($id: ID!) {\n    publishStory(id: $id) {\n      id\n      status\n    }\n  }\n": types.PublishStoryDocument,
    "\n  mutation ScheduleStory($id: ID!, $publishAt: DateTime!) {\n    scheduleStory(id: $id, publishAt: $publishAt) {\n      id\n      status\n    }\n  }\n": types.ScheduleStoryDocument,
    "\n  mutation UnpublishStory($id: ID!, $reason: String) {\n    unpublishStory(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.UnpublishStoryDocument,
    "\n  mutation CommentOnStory($id: ID!, $body: String!) {\n    commentOnStory(id: $id, body: $body) {\n      id\n    }\n  }\n": types.CommentOnStoryDocument,
    "\n  mutation AddStoryPerson($storyId: ID!, $input: StoryPersonInput!) {\n    addStoryPerson(storyId: $storyId, input: $input) {\n      id\n    }\n  }\n": types.AddStoryPersonDocument,
    "\n  mutation UpdateStoryPerson($id: ID!, $input: StoryPersonInput!) {\n    updateStoryPerson(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateStoryPersonDocument,
    "\n  mutation RemoveStoryPerson($id: ID!) {\n    removeStoryPerson(id: $id)\n  }\n": types.RemoveStoryPersonDocument,
    "\n  mutation RecordStoryConsent($input: RecordStoryConsentInput!) {\n    recordStoryConsent(input: $input) {\n      id\n    }\n  }\n": types.RecordStoryConsentDocument,
    "\n  mutation WithdrawStoryConsent($id: ID!, $reason: String!) {\n    withdrawStoryConsent(id: $id, reason: $reason) {\n      consent {\n        id\n      }\n      unpublished {\n        id\n        title\n      }\n    }\n  }\n": types.WithdrawStoryConsentDocument,
    "\n  mutation SetStoryTranslation($input: StoryTranslationInput!) {\n    setStoryTranslation(input: $input) {\n      language\n    }\n  }\n": types.SetStoryTranslationDocument,
    "\n  mutation RemoveStoryTranslation($storyId: ID!, $language: String!) {\n    removeStoryTranslation(storyId: $storyId, language: $language)\n  }\n": types.RemoveStoryTranslationDocument,
    "\n  mutation UpdateStoryImage($id: ID!, $alt: String!) {\n    updateStoryImage(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n": types.UpdateStoryImageDocument,
    "\n  mutation RemoveStoryImage($id: ID!) {\n    removeStoryImage(id: $id)\n  }\n": types.RemoveStoryImageDocument,
    "\n  query Viewer {\n    viewer {\n      authenticated\n      mustChangePassword\n      person {\n        id\n        name\n        systemRole\n        memberships {\n          id\n          role\n          region {\n            id\n            slug\n            name\n          }\n          school {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query WerkgroepCurriculum($id: ID!) {\n    werkgroep(id: $id) {\n      id\n      name\n      archivedAt\n      permissions { isMember canRead canWrite }\n      members { personId person { id name } }\n      region { id schools { id name kind } }\n    }\n    curriculum(werkgroepId: $id) {\n      werkgroepId\n      items { id side kind code title description studyHours school { id name } }\n      pairs {\n        id\n        voItem { id code title }\n        mboItem { id code title }\n        relation\n        decision\n        owner { id name }\n        hoursFreed\n        note\n        decidedAt\n        updatedAt\n      }\n      summary {\n        voItems mboItems pairs overlaps gaps fits decided undecided hoursFreed maxShorteningHours shareOfMaximum\n        byDecision { decision pairs hours }\n      }\n    }\n  }\n": types.WerkgroepCurriculumDocument,
    "\n  mutation SaveCurriculumItem($input: CurriculumItemInput!) {\n    saveCurriculumItem(input: $input) { id }\n  }\n": types.SaveCurriculumItemDocument,
    "\n  mutation DeleteCurriculumItem($id: ID!) {\n    deleteCurriculumItem(id: $id)\n  }\n": types.DeleteCurriculumItemDocument,
    "\n  mutation SaveCurriculumPair($input: CurriculumPairInput!) {\n    saveCurriculumPair(input: $input) { id }\n  }\n": types.SaveCurriculumPairDocument,
    "\n  mutation DeleteCurriculumPair($id: ID!) {\n    deleteCurriculumPair(id: $id)\n  }\n": types.DeleteCurriculumPairDocument,
    "\n  mutation ImportCurriculumCsv($werkgroepId: ID!, $csv: String!) {\n    importCurriculumCsv(werkgroepId: $werkgroepId, csv: $csv) { created updated }\n  }\n": types.ImportCurriculumCsvDocument,
    "\n  query ExportCurriculumCsv($werkgroepId: ID!) {\n    exportCurriculumCsv(werkgroepId: $werkgroepId)\n  }\n": types.ExportCurriculumCsvDocument,
    "\n  fragment DocumentVersionFields on DocumentVersion {\n    id\n    version\n    fileName\n    contentType\n    size\n    note\n    createdAt\n    downloadUrl\n    author {\n      id\n      name\n    }\n  }\n": types.DocumentVersionFieldsFragmentDoc,
    "\n  query WerkgroepDocsHeader($id: ID!) {\n    werkgroep(id: $id) { id name permissions { canRead canWrite } }\n  }\n": types.WerkgroepDocsHeaderDocument,
    "\n  query WerkgroepDocuments($werkgroepId: ID!, $folderId: ID) {\n    documentFolders(werkgroepId: $werkgroepId) { id parentId name }\n    werkgroepDocuments(werkgroepId: $werkgroepId, folderId: $folderId) {\n      id werkgroepId folderId title description currentVersion updatedAt\n      latest { ...DocumentVersionFields }\n    }\n  }\n": types.WerkgroepDocumentsDocument,
    "\n  query WerkgroepDocumentVersions($id: ID!) {\n    werkgroepDocument(id: $id) {\n      id werkgroepId folderId title description currentVersion updatedAt\n      latest { ...DocumentVersionFields }\n      versions { ...DocumentVersionFields }\n    }\n  }\n": types.WerkgroepDocumentVersionsDocument,
    "\n  query SearchWerkgroepDocuments($werkgroepId: ID!, $query: String!) {\n    searchWerkgroepDocuments(werkgroepId: $werkgroepId, query: $query) {\n      snippet\n      document { id werkgroepId folderId title description currentVersion updatedAt latest { ...DocumentVersionFields } }\n    }\n  }\n": types.SearchWerkgroepDocumentsDocument,
    "\n  mutation CreateDocumentFolder($werkgroepId: ID!, $parentId: ID, $name: String!) {\n    createDocumentFolder(input: { werkgroepId: $werkgroepId, parentId: $parentId, name: $name }) { id parentId name }\n  }\n": types.CreateDocumentFolderDocument,
    "\n  mutation RenameDocumentFolder($id: ID!, $name: String!) {\n    renameDocumentFolder(id: $id, name: $name) { id parentId name }\n  }\n": types.RenameDocumentFolderDocument,
    "\n  mutation DeleteDocumentFolder($id: ID!) {\n    deleteDocumentFolder(id: $id)\n  }\n": types.DeleteDocumentFolderDocument,
    "\n  mutation UpdateWerkgroepDocument($id: ID!, $title: String!, $description: String) {\n    updateDocument(id: $id, input: { title: $title, description: $description }) { id title description }\n  }\n": types.UpdateWerkgroepDocumentDocument,
    "\n  mutation MoveWerkgroepDocument($id: ID!, $folderId: ID) {\n    moveDocument(id: $id, folderId: $folderId) { id folderId }\n  }\n": types.MoveWerkgroepDocumentDocument,
    "\n  mutation DeleteWerkgroepDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n": types.DeleteWerkgroepDocumentDocument,
    "\n  query WerkgroepDraaiboek($werkgroepId: ID!) {\n    draaiboek(werkgroepId: $werkgroepId) {\n      werkgroepId version body note updatedAt author { id name }\n      versions { version note createdAt author { id name } }\n    }\n  }\n": types.WerkgroepDraaiboekDocument,
    "\n  query WerkgroepDraaiboekVersion($werkgroepId: ID!, $version: Int!) {\n    draaiboekVersion(werkgroepId: $werkgroepId, version: $version) { version body }\n  }\n": types.WerkgroepDraaiboekVersionDocument,
    "\n  query WerkgroepDraaiboekDiff($werkgroepId: ID!, $from: Int!, $to: Int!) {\n    draaiboekDiff(werkgroepId: $werkgroepId, from: $from, to: $to) { kind text }\n  }\n": types.WerkgroepDraaiboekDiffDocument,
    "\n  mutation SaveDraaiboek($werkgroepId: ID!, $body: String!, $note: String, $baseVersion: Int!) {\n    saveDraaiboek(input: { werkgroepId: $werkgroepId, body: $body, note: $note, baseVersion: $baseVersion }) { version }\n  }\n": types.SaveDraaiboekDocument,
    "\n  fragment WerkgroepSummaryFields on Werkgroep {\n    id\n    name\n    kind\n    kindText\n    sector\n    visibility\n    memberCount\n    unreadCount\n    archivedAt\n    permissions {\n      isMember\n      canRead\n      canWrite\n      canManage\n    }\n  }\n": types.WerkgroepSummaryFieldsFragmentDoc,
    "\n  query WerkgroepenRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      canManage\n      schools {\n        id\n        name\n      }\n    }\n  }\n": types.WerkgroepenRegionDocument,
    "\n  query WerkgroepenOfRegion($regionId: ID!) {\n    werkgroepen(regionId: $regionId) {\n      ...WerkgroepSummaryFields\n    }\n  }\n": types.WerkgroepenOfRegionDocument,
    "\n  query WerkgroepSignals($regionId: ID!) {\n    werkgroepSignals(regionId: $regionId) {\n      werkgroep {\n        id\n        name\n        kindText\n      }\n      signal {\n        meetings\n        intervals\n        activeIntervals\n        posts\n        flagged\n        summary\n      }\n    }\n  }\n": types.WerkgroepSignalsDocument,
    "\n  query WerkgroepDetail($id: ID!) {\n    werkgroep(id: $id) {\n      ...WerkgroepSummaryFields\n      description\n      cadenceDays\n      cadenceNote\n      region {\n        id\n        slug\n        name\n      }\n      actielijnen {\n        id\n        number\n        title\n      }\n      members {\n        personId\n        role\n        layer\n        joinedAt\n        person {\n          id\n          name\n        }\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.WerkgroepDetailDocument,
    "\n  mutation CreateWerkgroep($input: WerkgroepInput!) {\n    createWerkgroep(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateWerkgroepDocument,
    "\n  fragment WerkgroepPostFields on WerkgroepPost {\n    id\n    parentId\n    body\n    createdAt\n    editedAt\n    deleted\n    canEdit\n    canDelete\n    author {\n      id\n      name\n    }\n    mentions {\n      id\n      name\n    }\n    reactions {\n      reaction\n      count\n      mine\n    }\n    revisions {\n      body\n      replacedAt\n      change\n      replacedBy {\n        id\n        name\n      }\n    }\n    glossaryTerms {\n      id\n      term\n    }\n  }\n": types.WerkgroepPostFieldsFragmentDoc,
    "\n  query WerkgroepStream($werkgroepId: ID!, $before: DateTime) {\n    werkgroepPosts(werkgroepId: $werkgroepId, before: $before) {\n      ...WerkgroepPostFields\n      replies {\n        ...WerkgroepPostFields\n        replies {\n          id\n        }\n      }\n    }\n  }\n": types.WerkgroepStreamDocument,
    "\n  mutation CreateWerkgroepPost($input: WerkgroepPostInput!) {\n    createWerkgroepPost(input: $input) {\n      id\n    }\n  }\n": types.CreateWerkgroepPostDocument,
    "\n  mutation EditWerkgroepPost($id: ID!, $body: String!, $mentionIds: [ID!]) {\n    editWerkgroepPost(id: $id, body: $body, mentionIds: $mentionIds) {\n      id\n    }\n  }\n": types.EditWerkgroepPostDocument,
    "\n  mutation DeleteWerkgroepPost($id: ID!) {\n    deleteWerkgroepPost(id: $id) {\n      id\n    }\n  }\n": types.DeleteWerkgroepPostDocument,
    "\n  mutation ReactToWerkgroepPost($id: ID!, $reaction: String!) {\n    reactToWerkgroepPost(id: $id, reaction: $reaction) {\n      id\n      reactions {\n        reaction\n        count\n        mine\n      }\n    }\n  }\n": types.ReactToWerkgroepPostDocument,
    "\n  mutation MarkWerkgroepRead($werkgroepId: ID!) {\n    markWerkgroepRead(werkgroepId: $werkgroepId)\n  }\n": types.MarkWerkgroepReadDocument,
    "\n  mutation UpsertWerkgroepMember($input: WerkgroepMemberInput!) {\n    upsertWerkgroepMember(input: $input) {\n      personId\n    }\n  }\n": types.UpsertWerkgroepMemberDocument,
    "\n  mutation RemoveWerkgroepMember($werkgroepId: ID!, $personId: ID!) {\n    removeWerkgroepMember(werkgroepId: $werkgroepId, personId: $personId)\n  }\n": types.RemoveWerkgroepMemberDocument,
    "\n  query WerkgroepPeopleSearch($regionId: ID!, $search: String!) {\n    people(regionId: $regionId, search: $search) {\n      id\n      name\n      email\n      jobTitle\n    }\n  }\n": types.WerkgroepPeopleSearchDocument,
    "\n  fragment GlossaryTermFields on GlossaryTerm {\n    id\n    regionId\n    term\n    sharedMeaning\n    updatedAt\n    canDelete\n    werkgroep {\n      id\n      name\n    }\n    meanings {\n      id\n      sector\n      meaning\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.GlossaryTermFieldsFragmentDoc,
    "\n  query Taalbrug($regionId: ID!, $search: String) {\n    glossary(regionId: $regionId, search: $search) {\n      ...GlossaryTermFields\n    }\n  }\n": types.TaalbrugDocument,
    "\n  mutation SaveGlossaryTerm($input: GlossaryTermInput!) {\n    saveGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n": types.SaveGlossaryTermDocument,
    "\n  mutation AddGlossaryMeaning($input: GlossaryMeaningInput!) {\n    addGlossaryMeaning(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n": types.AddGlossaryMeaningDocument,
    "\n  mutation DeleteGlossaryMeaning($id: ID!) {\n    deleteGlossaryMeaning(id: $id) {\n      ...GlossaryTermFields\n    }\n  }\n": types.DeleteGlossaryMeaningDocument,
    "\n  mutation DeleteGlossaryTerm($id: ID!) {\n    deleteGlossaryTerm(id: $id)\n  }\n": types.DeleteGlossaryTermDocument,
    "\n  query TaalbrugTerm($id: ID!) {\n    glossaryTerm(id: $id) {\n      ...GlossaryTermFields\n    }\n  }\n": types.TaalbrugTermDocument,
    "\n  fragment TeamsDriftFields on TeamsDrift {\n    id\n    linkId\n    documentId\n    documentTitle\n    documentDeleted\n    kind\n    teamsName\n    size\n    modifiedBy\n    modifiedAt\n    detectedAt\n    resolvedAt\n    resolution\n    importedVersion\n  }\n": types.TeamsDriftFieldsFragmentDoc,
    "\n  query WerkgroepTeamsDrifts($id: ID!) {\n    teamsDrifts(werkgroepId: $id) { ...TeamsDriftFields }\n  }\n": types.WerkgroepTeamsDriftsDocument,
    "\n  mutation ImportTeamsVersion($id: ID!) {\n    importTeamsVersion(id: $id) { ...TeamsDriftFields }\n  }\n": types.ImportTeamsVersionDocument,
    "\n  mutation DismissTeamsDrift($id: ID!) {\n    dismissTeamsDrift(id: $id) { ...TeamsDriftFields }\n  }\n": types.DismissTeamsDriftDocument,
    "\n  fragment TeamsLinkAnnouncementFields on TeamsLink {\n    announcementWebhookUrl\n    announcementsEnabled\n    lastAnnouncement {\n      id\n      status\n      documentCount\n      dueAt\n      attempts\n      nextAttemptAt\n      lastError\n      sentAt\n    }\n  }\n": types.TeamsLinkAnnouncementFieldsFragmentDoc,
    "\n  fragment TeamsTenantFields on TeamsTenant {\n    id\n    tenantId\n    name\n    consent\n    consentError\n    consentChangedAt\n  }\n": types.TeamsTenantFieldsFragmentDoc,
    "\n  query WerkgroepTeams($id: ID!) {\n    werkgroep(id: $id) { id name permissions { canRead canWrite } }\n    teamsMirror(werkgroepId: $id) {\n      configured canManage\n      links {\n        id teamId channelId subfolder createdAt waitingReason ...TeamsLinkAnnouncementFields\n        createdBy { id name }\n        tenant { id name consent consentError }\n        counts { mirrored pending waiting retrying failed drift }\n      }\n      tenants { ...TeamsTenantFields }\n    }\n  }\n": types.WerkgroepTeamsDocument,
    "\n  query WerkgroepDocumentMirrors($id: ID!) {\n    documentMirrors(werkgroepId: $id) { id linkId documentId documentTitle documentDeleted status mirroredVersion mirroredName attempts nextAttemptAt lastError updatedAt waitingReason }\n  }\n": types.WerkgroepDocumentMirrorsDocument,
    "\n  query DocumentMirrorHistory($documentId: ID!) {\n    documentMirrorHistory(documentId: $documentId) { id action outcome version message at }\n  }\n": types.DocumentMirrorHistoryDocument,
    "\n  mutation LinkTeamsChannel($input: TeamsLinkInput!) {\n    linkTeamsChannel(input: $input) { id }\n  }\n": types.LinkTeamsChannelDocument,
    "\n  mutation UnlinkTeamsChannel($id: ID!) {\n    unlinkTeamsChannel(id: $id)\n  }\n": types.UnlinkTeamsChannelDocument,
    "\n  mutation RetryDocumentMirror($id: ID!) {\n    retryDocumentMirror(id: $id) { id status }\n  }\n": types.RetryDocumentMirrorDocument,
    "\n  query RegionForTeamsTenants($slug: String!) {\n    region(slug: $slug) { id name }\n  }\n": types.RegionForTeamsTenantsDocument,
    "\n  query TeamsTenants($regionId: ID!) {\n    teamsTenants(regionId: $regionId) { ...TeamsTenantFields }\n  }\n": types.TeamsTenantsDocument,
    "\n  mutation RegisterTeamsTenant($input: TeamsTenantInput!) {\n    registerTeamsTenant(input: $input) { ...TeamsTenantFields }\n  }\n": types.RegisterTeamsTenantDocument,
    "\n  mutation SetTeamsTenantConsent($id: ID!, $consent: TeamsConsentStatus!, $note: String) {\n    setTeamsTenantConsent(id: $id, consent: $consent, note: $note) { ...TeamsTenantFields }\n  }\n": types.SetTeamsTenantConsentDocument,
    "\n  mutation SetTeamsLinkAnnouncements($id: ID!, $webhookUrl: String) {\n    setTeamsLinkAnnouncements(id: $id, webhookUrl: $webhookUrl) { id ...TeamsLinkAnnouncementFields }\n  }\n": types.SetTeamsLinkAnnouncementsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    authConfig {\n      demoMode\n      oidcEnabled\n      oidcLabel\n      oidcLoginUrl\n    }\n    demoPersonas {\n      key\n      label\n      personName\n      description\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    authConfig {\n      demoMode\n      oidcEnabled\n      oidcLabel\n      oidcLoginUrl\n    }\n    demoPersonas {\n      key\n      label\n      personName\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      authenticated\n      mustChangePassword\n      person {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      authenticated\n      mustChangePassword\n      person {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInAsDemo($key: String!) {\n    signInAsDemo(key: $key) {\n      authenticated\n      person {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInAsDemo($key: String!) {\n    signInAsDemo(key: $key) {\n      authenticated\n      person {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OidcLinkFields on OidcLink {\n    issuer\n    subject\n    linkedAt\n    confirmed\n  }\n"): (typeof documents)["\n  fragment OidcLinkFields on OidcLink {\n    issuer\n    subject\n    linkedAt\n    confirmed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OidcLinks {\n    oidcLinks {\n      ...OidcLinkFields\n    }\n  }\n"): (typeof documents)["\n  query OidcLinks {\n    oidcLinks {\n      ...OidcLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmOidcLink($personId: ID!, $issuer: String!, $subject: String!) {\n    confirmOidcLink(personId: $personId, issuer: $issuer, subject: $subject) {\n      ...OidcLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmOidcLink($personId: ID!, $issuer: String!, $subject: String!) {\n    confirmOidcLink(personId: $personId, issuer: $issuer, subject: $subject) {\n      ...OidcLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOidcLink($personId: ID!, $issuer: String!, $subject: String!) {\n    removeOidcLink(personId: $personId, issuer: $issuer, subject: $subject) {\n      ...OidcLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveOidcLink($personId: ID!, $issuer: String!, $subject: String!) {\n    removeOidcLink(personId: $personId, issuer: $issuer, subject: $subject) {\n      ...OidcLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int) {\n    notifications(first: $first) {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int) {\n    notifications(first: $first) {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActieagendaPersonName on Person {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment ActieagendaPersonName on Person {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActieSummaryFields on Actie {\n    id\n    title\n    description\n    target\n    leadSchool {\n      id\n      name\n    }\n    partnerSchools {\n      id\n      name\n    }\n    owners {\n      ...ActieagendaPersonName\n    }\n    periodStart\n    periodEnd\n    status\n    closure\n    closedAt\n    progressMode\n    progress\n    trend\n    cadenceDays\n    nextCheckInDue\n    overdue\n    canEdit\n    canCheckIn\n    parent {\n      id\n      title\n    }\n    subActies {\n      id\n      title\n      status\n      progress\n      closure\n      overdue\n      nextCheckInDue\n    }\n  }\n"): (typeof documents)["\n  fragment ActieSummaryFields on Actie {\n    id\n    title\n    description\n    target\n    leadSchool {\n      id\n      name\n    }\n    partnerSchools {\n      id\n      name\n    }\n    owners {\n      ...ActieagendaPersonName\n    }\n    periodStart\n    periodEnd\n    status\n    closure\n    closedAt\n    progressMode\n    progress\n    trend\n    cadenceDays\n    nextCheckInDue\n    overdue\n    canEdit\n    canCheckIn\n    parent {\n      id\n      title\n    }\n    subActies {\n      id\n      title\n      status\n      progress\n      closure\n      overdue\n      nextCheckInDue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckInFields on CheckIn {\n    id\n    author {\n      ...ActieagendaPersonName\n    }\n    date\n    status\n    progress\n    text\n    evidenceLinks\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CheckInFields on CheckIn {\n    id\n    author {\n      ...ActieagendaPersonName\n    }\n    date\n    status\n    progress\n    text\n    evidenceLinks\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewFields on Review {\n    id\n    requestedBy {\n      ...ActieagendaPersonName\n    }\n    requestedAt\n    question\n    outcome\n    decidedBy {\n      ...ActieagendaPersonName\n    }\n    decidedAt\n    note\n  }\n"): (typeof documents)["\n  fragment ReviewFields on Review {\n    id\n    requestedBy {\n      ...ActieagendaPersonName\n    }\n    requestedAt\n    question\n    outcome\n    decidedBy {\n      ...ActieagendaPersonName\n    }\n    decidedAt\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingActieFields on Actie {\n    ...ActieSummaryFields\n    actielijn {\n      id\n      number\n      title\n    }\n    latestCheckIn {\n      ...CheckInFields\n    }\n    reviews {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingActieFields on Actie {\n    ...ActieSummaryFields\n    actielijn {\n      id\n      number\n      title\n    }\n    latestCheckIn {\n      ...CheckInFields\n    }\n    reviews {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActielijnFields on Actielijn {\n    id\n    number\n    title\n    description\n    focusYears\n    inFocus\n    progress\n    status\n    trend\n  }\n"): (typeof documents)["\n  fragment ActielijnFields on Actielijn {\n    id\n    number\n    title\n    description\n    focusYears\n    inFocus\n    progress\n    status\n    trend\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActieagendaRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      canManage\n      schools {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActieagendaRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      canManage\n      schools {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActieagendaPeople($regionId: ID!) {\n    people(regionId: $regionId) {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query ActieagendaPeople($regionId: ID!) {\n    people(regionId: $regionId) {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Actieagenda($regionId: ID!, $filter: ActieFilter) {\n    actieagenda(regionId: $regionId) {\n      id\n      title\n      periodStart\n      periodEnd\n      progress\n      status\n      canEdit\n      overdueCount\n      region {\n        id\n        slug\n        name\n      }\n      lines {\n        ...ActielijnFields\n        acties(filter: $filter) {\n          ...ActieSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Actieagenda($regionId: ID!, $filter: ActieFilter) {\n    actieagenda(regionId: $regionId) {\n      id\n      title\n      periodStart\n      periodEnd\n      progress\n      status\n      canEdit\n      overdueCount\n      region {\n        id\n        slug\n        name\n      }\n      lines {\n        ...ActielijnFields\n        acties(filter: $filter) {\n          ...ActieSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActieagendaRef($regionId: ID!) {\n    actieagenda(regionId: $regionId) {\n      id\n      title\n      canEdit\n    }\n  }\n"): (typeof documents)["\n  query ActieagendaRef($regionId: ID!) {\n    actieagenda(regionId: $regionId) {\n      id\n      title\n      canEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Actie($id: ID!) {\n    actie(id: $id) {\n      ...MeetingActieFields\n      isPublic\n      publicSummary\n      leadSchool {\n        id\n        name\n        region {\n          id\n          slug\n          name\n        }\n      }\n      partnerSchools {\n        id\n        name\n        region {\n          id\n          slug\n          name\n        }\n      }\n      history {\n        kind\n        at\n        date\n        actorName\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query Actie($id: ID!) {\n    actie(id: $id) {\n      ...MeetingActieFields\n      isPublic\n      publicSummary\n      leadSchool {\n        id\n        name\n        region {\n          id\n          slug\n          name\n        }\n      }\n      partnerSchools {\n        id\n        name\n        region {\n          id\n          slug\n          name\n        }\n      }\n      history {\n        kind\n        at\n        date\n        actorName\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingAgenda($agendaId: ID!, $date: Date) {\n    meetingAgenda(agendaId: $agendaId, date: $date) {\n      ...MeetingActieFields\n    }\n  }\n"): (typeof documents)["\n  query MeetingAgenda($agendaId: ID!, $date: Date) {\n    meetingAgenda(agendaId: $agendaId, date: $date) {\n      ...MeetingActieFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingActie($id: ID!) {\n    actie(id: $id) {\n      ...MeetingActieFields\n    }\n  }\n"): (typeof documents)["\n  query MeetingActie($id: ID!) {\n    actie(id: $id) {\n      ...MeetingActieFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Achtje($regionId: ID!) {\n    achtje(regionId: $regionId) {\n      school {\n        id\n        name\n        kind\n      }\n      layers {\n        layer\n        engaged\n        people {\n          ...ActieagendaPersonName\n        }\n        lastActiveAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Achtje($regionId: ID!) {\n    achtje(regionId: $regionId) {\n      school {\n        id\n        name\n        kind\n      }\n      layers {\n        layer\n        engaged\n        people {\n          ...ActieagendaPersonName\n        }\n        lastActiveAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportActieagendaCsv($agendaId: ID!) {\n    exportActieagendaCsv(agendaId: $agendaId)\n  }\n"): (typeof documents)["\n  query ExportActieagendaCsv($agendaId: ID!) {\n    exportActieagendaCsv(agendaId: $agendaId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActieagenda($input: CreateActieagendaInput!) {\n    createActieagenda(input: $input) {\n      id\n      title\n      periodStart\n      periodEnd\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActieagenda($input: CreateActieagendaInput!) {\n    createActieagenda(input: $input) {\n      id\n      title\n      periodStart\n      periodEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertActielijn($input: ActielijnInput!) {\n    upsertActielijn(input: $input) {\n      ...ActielijnFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertActielijn($input: ActielijnInput!) {\n    upsertActielijn(input: $input) {\n      ...ActielijnFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActie($input: ActieInput!) {\n    createActie(input: $input) {\n      ...ActieSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActie($input: ActieInput!) {\n    createActie(input: $input) {\n      ...ActieSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActie($id: ID!, $input: ActieInput!) {\n    updateActie(id: $id, input: $input) {\n      ...ActieSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActie($id: ID!, $input: ActieInput!) {\n    updateActie(id: $id, input: $input) {\n      ...ActieSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseActie($id: ID!, $closure: ActieClosure!, $note: String) {\n    closeActie(id: $id, closure: $closure, note: $note) {\n      ...ActieSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseActie($id: ID!, $closure: ActieClosure!, $note: String) {\n    closeActie(id: $id, closure: $closure, note: $note) {\n      ...ActieSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenActie($id: ID!) {\n    reopenActie(id: $id) {\n      ...ActieSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenActie($id: ID!) {\n    reopenActie(id: $id) {\n      ...ActieSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActiePublic($id: ID!, $isPublic: Boolean!, $publicSummary: String) {\n    setActiePublic(id: $id, isPublic: $isPublic, publicSummary: $publicSummary) {\n      id\n      isPublic\n      publicSummary\n    }\n  }\n"): (typeof documents)["\n  mutation SetActiePublic($id: ID!, $isPublic: Boolean!, $publicSummary: String) {\n    setActiePublic(id: $id, isPublic: $isPublic, publicSummary: $publicSummary) {\n      id\n      isPublic\n      publicSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCheckIn($input: CheckInInput!) {\n    addCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCheckIn($input: CheckInInput!) {\n    addCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddBijstelling($input: BijstellingInput!) {\n    addBijstelling(input: $input) {\n      id\n      author {\n        ...ActieagendaPersonName\n      }\n      what\n      why\n      before\n      after\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddBijstelling($input: BijstellingInput!) {\n    addBijstelling(input: $input) {\n      id\n      author {\n        ...ActieagendaPersonName\n      }\n      what\n      why\n      before\n      after\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReview($actieId: ID!, $question: String) {\n    requestReview(actieId: $actieId, question: $question) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestReview($actieId: ID!, $question: String) {\n    requestReview(actieId: $actieId, question: $question) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideReview($reviewId: ID!, $outcome: ReviewOutcome!, $note: String) {\n    decideReview(reviewId: $reviewId, outcome: $outcome, note: $note) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideReview($reviewId: ID!, $outcome: ReviewOutcome!, $note: String) {\n    decideReview(reviewId: $reviewId, outcome: $outcome, note: $note) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($actieId: ID!, $text: String!, $meetingDate: Date) {\n    recordDecision(actieId: $actieId, text: $text, meetingDate: $meetingDate) {\n      id\n      author {\n        ...ActieagendaPersonName\n      }\n      text\n      meetingDate\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDecision($actieId: ID!, $text: String!, $meetingDate: Date) {\n    recordDecision(actieId: $actieId, text: $text, meetingDate: $meetingDate) {\n      id\n      author {\n        ...ActieagendaPersonName\n      }\n      text\n      meetingDate\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportActieagendaCsv($agendaId: ID!, $csv: String!) {\n    importActieagendaCsv(agendaId: $agendaId, csv: $csv) {\n      created\n      updated\n      lines\n    }\n  }\n"): (typeof documents)["\n  mutation ImportActieagendaCsv($agendaId: ID!, $csv: String!) {\n    importActieagendaCsv(agendaId: $agendaId, csv: $csv) {\n      created\n      updated\n      lines\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoketSlaFields on LoketSla {\n    elapsedMinutes\n    firstResponseDueAt\n    firstResponseBreached\n    resolutionDueAt\n    resolutionBreached\n    paused\n    overdue\n    atRisk\n  }\n"): (typeof documents)["\n  fragment LoketSlaFields on LoketSla {\n    elapsedMinutes\n    firstResponseDueAt\n    firstResponseBreached\n    resolutionDueAt\n    resolutionBreached\n    paused\n    overdue\n    atRisk\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoketRequestSummaryFields on LoketRequest {\n    id\n    reference\n    type\n    status\n    createdAt\n    updatedAt\n    company {\n      ...LoketCompanyFields\n    }\n    owner {\n      id\n      name\n    }\n    schools {\n      id\n      name\n    }\n    sla {\n      ...LoketSlaFields\n    }\n    duplicateOf {\n      id\n      reference\n    }\n    mergedIntoId\n  }\n"): (typeof documents)["\n  fragment LoketRequestSummaryFields on LoketRequest {\n    id\n    reference\n    type\n    status\n    createdAt\n    updatedAt\n    company {\n      ...LoketCompanyFields\n    }\n    owner {\n      id\n      name\n    }\n    schools {\n      id\n      name\n    }\n    sla {\n      ...LoketSlaFields\n    }\n    duplicateOf {\n      id\n      reference\n    }\n    mergedIntoId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoketCompanyFields on LoketCompany {\n    id\n    name\n    kvk\n    sector\n    location\n  }\n"): (typeof documents)["\n  fragment LoketCompanyFields on LoketCompany {\n    id\n    name\n    kvk\n    sector\n    location\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoketMessageFields on LoketMessage {\n    id\n    author\n    authorName\n    body\n    createdAt\n  }\n"): (typeof documents)["\n  fragment LoketMessageFields on LoketMessage {\n    id\n    author\n    authorName\n    body\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoketSlaPolicyFields on LoketSlaPolicy {\n    regionId\n    firstResponseMinutes\n    resolutionMinutes\n    warnBeforeMinutes\n    businessHours\n  }\n"): (typeof documents)["\n  fragment LoketSlaPolicyFields on LoketSlaPolicy {\n    regionId\n    firstResponseMinutes\n    resolutionMinutes\n    warnBeforeMinutes\n    businessHours\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoketCannedReplyFields on LoketCannedReply {\n    id\n    regionId\n    title\n    body\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment LoketCannedReplyFields on LoketCannedReply {\n    id\n    regionId\n    title\n    body\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoketRegionFields on Region {\n    id\n    slug\n    name\n    schools {\n      id\n      name\n    }\n    memberships {\n      id\n      role\n      person {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LoketRegionFields on Region {\n    id\n    slug\n    name\n    schools {\n      id\n      name\n    }\n    memberships {\n      id\n      role\n      person {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoketRegion($slug: String!) {\n    region(slug: $slug) {\n      ...LoketRegionFields\n    }\n  }\n"): (typeof documents)["\n  query LoketRegion($slug: String!) {\n    region(slug: $slug) {\n      ...LoketRegionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoketRequests($regionId: ID!, $filter: LoketRequestFilter) {\n    loketRequests(regionId: $regionId, filter: $filter) {\n      ...LoketRequestSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query LoketRequests($regionId: ID!, $filter: LoketRequestFilter) {\n    loketRequests(regionId: $regionId, filter: $filter) {\n      ...LoketRequestSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoketRequest($id: ID!) {\n    loketRequest(id: $id) {\n      ...LoketRequestSummaryFields\n      contactName\n      contactEmail\n      contactPhone\n      level\n      period\n      periodStart\n      periodEnd\n      capacity\n      message\n      submittedCompany {\n        name\n        sector\n        location\n      }\n      firstResponseAt\n      viewerAccess\n      duplicateOf {\n        id\n        reference\n        status\n        createdAt\n        company {\n          id\n          name\n          kvk\n        }\n      }\n      messages {\n        ...LoketMessageFields\n      }\n      region {\n        ...LoketRegionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoketRequest($id: ID!) {\n    loketRequest(id: $id) {\n      ...LoketRequestSummaryFields\n      contactName\n      contactEmail\n      contactPhone\n      level\n      period\n      periodStart\n      periodEnd\n      capacity\n      message\n      submittedCompany {\n        name\n        sector\n        location\n      }\n      firstResponseAt\n      viewerAccess\n      duplicateOf {\n        id\n        reference\n        status\n        createdAt\n        company {\n          id\n          name\n          kvk\n        }\n      }\n      messages {\n        ...LoketMessageFields\n      }\n      region {\n        ...LoketRegionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoketExportCsv($regionId: ID!, $filter: LoketRequestFilter) {\n    exportLoketRequestsCsv(regionId: $regionId, filter: $filter)\n  }\n"): (typeof documents)["\n  query LoketExportCsv($regionId: ID!, $filter: LoketRequestFilter) {\n    exportLoketRequestsCsv(regionId: $regionId, filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoketAuditLog($requestId: ID!) {\n    loketAuditLog(requestId: $requestId) {\n      id\n      action\n      what\n      personId\n      personName\n      at\n    }\n  }\n"): (typeof documents)["\n  query LoketAuditLog($requestId: ID!) {\n    loketAuditLog(requestId: $requestId) {\n      id\n      action\n      what\n      personId\n      personName\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoketRoutingRules($regionId: ID!) {\n    loketRoutingRules(regionId: $regionId) {\n      id\n      requestType\n      sector\n      assignee {\n        id\n        name\n      }\n      schools {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoketRoutingRules($regionId: ID!) {\n    loketRoutingRules(regionId: $regionId) {\n      id\n      requestType\n      sector\n      assignee {\n        id\n        name\n      }\n      schools {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoketSlaPolicy($regionId: ID!) {\n    loketSlaPolicy(regionId: $regionId) {\n      ...LoketSlaPolicyFields\n    }\n  }\n"): (typeof documents)["\n  query LoketSlaPolicy($regionId: ID!) {\n    loketSlaPolicy(regionId: $regionId) {\n      ...LoketSlaPolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoketCannedReplies($regionId: ID!) {\n    loketCannedReplies(regionId: $regionId) {\n      ...LoketCannedReplyFields\n    }\n  }\n"): (typeof documents)["\n  query LoketCannedReplies($regionId: ID!) {\n    loketCannedReplies(regionId: $regionId) {\n      ...LoketCannedReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoketCompanies($regionId: ID!, $search: String) {\n    loketCompanies(regionId: $regionId, search: $search) {\n      ...LoketCompanyFields\n    }\n  }\n"): (typeof documents)["\n  query LoketCompanies($regionId: ID!, $search: String) {\n    loketCompanies(regionId: $regionId, search: $search) {\n      ...LoketCompanyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoketCompanyContacts($companyId: ID!) {\n    companyContactsThisMonth(companyId: $companyId) {\n      id\n      channel\n      contactedAt\n      note\n      requestId\n      person {\n        id\n        name\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoketCompanyContacts($companyId: ID!) {\n    companyContactsThisMonth(companyId: $companyId) {\n      id\n      channel\n      contactedAt\n      note\n      requestId\n      person {\n        id\n        name\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoketExportCompany($companyId: ID!) {\n    exportLoketCompany(companyId: $companyId)\n  }\n"): (typeof documents)["\n  query LoketExportCompany($companyId: ID!) {\n    exportLoketCompany(companyId: $companyId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoketReport($regionId: ID!, $from: DateTime!, $to: DateTime!) {\n    loketReport(regionId: $regionId, from: $from, to: $to) {\n      from\n      to\n      total\n      byType {\n        ...LoketReportRowFields\n      }\n      bySchool {\n        ...LoketReportRowFields\n      }\n    }\n  }\n  fragment LoketReportRowFields on LoketReportRow {\n    key\n    label\n    count\n    open\n    closed\n    medianFirstResponseMinutes\n    firstResponseMet\n    firstResponseBreached\n    resolutionMet\n    resolutionBreached\n  }\n"): (typeof documents)["\n  query LoketReport($regionId: ID!, $from: DateTime!, $to: DateTime!) {\n    loketReport(regionId: $regionId, from: $from, to: $to) {\n      from\n      to\n      total\n      byType {\n        ...LoketReportRowFields\n      }\n      bySchool {\n        ...LoketReportRowFields\n      }\n    }\n  }\n  fragment LoketReportRowFields on LoketReportRow {\n    key\n    label\n    count\n    open\n    closed\n    medianFirstResponseMinutes\n    firstResponseMet\n    firstResponseBreached\n    resolutionMet\n    resolutionBreached\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoketMySchools {\n    viewer {\n      person {\n        id\n        memberships {\n          id\n          region {\n            id\n          }\n          school {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoketMySchools {\n    viewer {\n      person {\n        id\n        memberships {\n          id\n          region {\n            id\n          }\n          school {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoketReply($id: ID!, $body: String!, $internal: Boolean, $waitForCompany: Boolean) {\n    replyToLoketRequest(id: $id, body: $body, internal: $internal, waitForCompany: $waitForCompany) {\n      ...LoketMessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation LoketReply($id: ID!, $body: String!, $internal: Boolean, $waitForCompany: Boolean) {\n    replyToLoketRequest(id: $id, body: $body, internal: $internal, waitForCompany: $waitForCompany) {\n      ...LoketMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoketSetStatus($id: ID!, $status: LoketRequestStatus!) {\n    setLoketRequestStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation LoketSetStatus($id: ID!, $status: LoketRequestStatus!) {\n    setLoketRequestStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoketAssign($id: ID!, $input: LoketAssignInput!) {\n    assignLoketRequest(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LoketAssign($id: ID!, $input: LoketAssignInput!) {\n    assignLoketRequest(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoketMerge($id: ID!, $intoId: ID!) {\n    mergeLoketRequest(id: $id, intoId: $intoId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LoketMerge($id: ID!, $intoId: ID!) {\n    mergeLoketRequest(id: $id, intoId: $intoId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoketAddRoutingRule($input: LoketRoutingRuleInput!) {\n    addLoketRoutingRule(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LoketAddRoutingRule($input: LoketRoutingRuleInput!) {\n    addLoketRoutingRule(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoketDeleteRoutingRule($id: ID!) {\n    deleteLoketRoutingRule(id: $id)\n  }\n"): (typeof documents)["\n  mutation LoketDeleteRoutingRule($id: ID!) {\n    deleteLoketRoutingRule(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoketSetSlaPolicy($input: LoketSlaPolicyInput!) {\n    setLoketSlaPolicy(input: $input) {\n      ...LoketSlaPolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation LoketSetSlaPolicy($input: LoketSlaPolicyInput!) {\n    setLoketSlaPolicy(input: $input) {\n      ...LoketSlaPolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoketSaveCannedReply($input: LoketCannedReplyInput!) {\n    saveLoketCannedReply(input: $input) {\n      ...LoketCannedReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation LoketSaveCannedReply($input: LoketCannedReplyInput!) {\n    saveLoketCannedReply(input: $input) {\n      ...LoketCannedReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoketDeleteCannedReply($id: ID!) {\n    deleteLoketCannedReply(id: $id)\n  }\n"): (typeof documents)["\n  mutation LoketDeleteCannedReply($id: ID!) {\n    deleteLoketCannedReply(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoketLogCompanyContact($input: LogCompanyContactInput!) {\n    logCompanyContact(input: $input) {\n      warning\n      contact {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoketLogCompanyContact($input: LogCompanyContactInput!) {\n    logCompanyContact(input: $input) {\n      warning\n      contact {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoketEraseCompany($companyId: ID!) {\n    eraseLoketCompany(companyId: $companyId)\n  }\n"): (typeof documents)["\n  mutation LoketEraseCompany($companyId: ID!) {\n    eraseLoketCompany(companyId: $companyId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarFeedFields on CalendarFeed {\n    id\n    scope\n    regionId\n    werkgroepId\n    createdAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment CalendarFeedFields on CalendarFeed {\n    id\n    scope\n    regionId\n    werkgroepId\n    createdAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarFeeds {\n    myCalendarFeeds {\n      ...CalendarFeedFields\n    }\n  }\n"): (typeof documents)["\n  query MyCalendarFeeds {\n    myCalendarFeeds {\n      ...CalendarFeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed($scope: CalendarFeedScope!, $regionId: ID, $werkgroepId: ID) {\n    createCalendarFeed(scope: $scope, regionId: $regionId, werkgroepId: $werkgroepId) {\n      url\n      feed {\n        ...CalendarFeedFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed($scope: CalendarFeedScope!, $regionId: ID, $werkgroepId: ID) {\n    createCalendarFeed(scope: $scope, regionId: $regionId, werkgroepId: $werkgroepId) {\n      url\n      feed {\n        ...CalendarFeedFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed($id: ID!) {\n    revokeCalendarFeed(id: $id) {\n      ...CalendarFeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed($id: ID!) {\n    revokeCalendarFeed(id: $id) {\n      ...CalendarFeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetupsMyRegistrationFields on MyRegistration {\n    id\n    status\n    waitlistPosition\n    offerExpiresAt\n  }\n"): (typeof documents)["\n  fragment MeetupsMyRegistrationFields on MyRegistration {\n    id\n    status\n    waitlistPosition\n    offerExpiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetupsActivitySummaryFields on Activity {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    address\n    room\n    hostSchool {\n      id\n      name\n    }\n    audience\n    capacity\n    placesLeft\n    waitlistCount\n    registrationOpen\n    isPublic\n    myRegistration {\n      ...MeetupsMyRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  fragment MeetupsActivitySummaryFields on Activity {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    address\n    room\n    hostSchool {\n      id\n      name\n    }\n    audience\n    capacity\n    placesLeft\n    waitlistCount\n    registrationOpen\n    isPublic\n    myRegistration {\n      ...MeetupsMyRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetupsRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      canManage\n      schools {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetupsRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      canManage\n      schools {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetupsActivities($regionId: ID!) {\n    activities(regionId: $regionId) {\n      ...MeetupsActivitySummaryFields\n    }\n  }\n"): (typeof documents)["\n  query MeetupsActivities($regionId: ID!) {\n    activities(regionId: $regionId) {\n      ...MeetupsActivitySummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetupsActivity($id: ID!) {\n    activity(id: $id) {\n      ...MeetupsActivitySummaryFields\n      description\n      travelNote\n      confirmedCount\n      registrationOpensAt\n      registrationClosesAt\n      organisers {\n        id\n        name\n      }\n      actieId\n      actielijnId\n      seriesId\n      detached\n      series {\n        id\n        title\n        weekday\n        startTime\n        endTime\n        startDate\n        endDate\n        hostSchoolIds\n        skipDates\n      }\n      minutes\n      canEdit\n      agenda {\n        id\n        position\n        title\n        actieId\n        notes\n      }\n      region {\n        id\n        slug\n        name\n        schools {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetupsActivity($id: ID!) {\n    activity(id: $id) {\n      ...MeetupsActivitySummaryFields\n      description\n      travelNote\n      confirmedCount\n      registrationOpensAt\n      registrationClosesAt\n      organisers {\n        id\n        name\n      }\n      actieId\n      actielijnId\n      seriesId\n      detached\n      series {\n        id\n        title\n        weekday\n        startTime\n        endTime\n        startDate\n        endDate\n        hostSchoolIds\n        skipDates\n      }\n      minutes\n      canEdit\n      agenda {\n        id\n        position\n        title\n        actieId\n        notes\n      }\n      region {\n        id\n        slug\n        name\n        schools {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetupsActivityRegistrations($id: ID!) {\n    activity(id: $id) {\n      id\n      registrations {\n        id\n        status\n        name\n        email\n        queuedAt\n        tokenExpiresAt\n        attended\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetupsActivityRegistrations($id: ID!) {\n    activity(id: $id) {\n      id\n      registrations {\n        id\n        status\n        name\n        email\n        queuedAt\n        tokenExpiresAt\n        attended\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetupsCreateActivity($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetupsCreateActivity($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetupsUpdateActivity($id: ID!, $input: ActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetupsUpdateActivity($id: ID!, $input: ActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetupsCreateSeries($input: SeriesInput!) {\n    createActivitySeries(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation MeetupsCreateSeries($input: SeriesInput!) {\n    createActivitySeries(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetupsUpdateOccurrence($activityId: ID!, $scope: OccurrenceScope!, $input: OccurrenceChangeInput!) {\n    updateSeriesOccurrence(activityId: $activityId, scope: $scope, input: $input) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  mutation MeetupsUpdateOccurrence($activityId: ID!, $scope: OccurrenceScope!, $input: OccurrenceChangeInput!) {\n    updateSeriesOccurrence(activityId: $activityId, scope: $scope, input: $input) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetupsRegister($activityId: ID!) {\n    registerForActivity(activityId: $activityId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MeetupsRegister($activityId: ID!) {\n    registerForActivity(activityId: $activityId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetupsCancelRegistration($activityId: ID!) {\n    cancelRegistration(activityId: $activityId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MeetupsCancelRegistration($activityId: ID!) {\n    cancelRegistration(activityId: $activityId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetupsClaimOfferedPlace($activityId: ID!) {\n    claimOfferedPlace(activityId: $activityId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MeetupsClaimOfferedPlace($activityId: ID!) {\n    claimOfferedPlace(activityId: $activityId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetupsMarkAttendance($registrationId: ID!, $attended: Boolean!) {\n    markAttendance(registrationId: $registrationId, attended: $attended) {\n      id\n      attended\n    }\n  }\n"): (typeof documents)["\n  mutation MeetupsMarkAttendance($registrationId: ID!, $attended: Boolean!) {\n    markAttendance(registrationId: $registrationId, attended: $attended) {\n      id\n      attended\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetupsAddAgendaItem($activityId: ID!, $title: String!, $actieId: ID, $notes: String) {\n    addAgendaItem(activityId: $activityId, title: $title, actieId: $actieId, notes: $notes) {\n      id\n      position\n      title\n      actieId\n      notes\n    }\n  }\n"): (typeof documents)["\n  mutation MeetupsAddAgendaItem($activityId: ID!, $title: String!, $actieId: ID, $notes: String) {\n    addAgendaItem(activityId: $activityId, title: $title, actieId: $actieId, notes: $notes) {\n      id\n      position\n      title\n      actieId\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetupsSetMinutes($activityId: ID!, $minutes: String) {\n    setMeetingMinutes(activityId: $activityId, minutes: $minutes) {\n      id\n      minutes\n    }\n  }\n"): (typeof documents)["\n  mutation MeetupsSetMinutes($activityId: ID!, $minutes: String) {\n    setMeetingMinutes(activityId: $activityId, minutes: $minutes) {\n      id\n      minutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionCountsFields on RegionCounts {\n    schools\n    leerlabs\n    people\n    leerroutes\n  }\n"): (typeof documents)["\n  fragment RegionCountsFields on RegionCounts {\n    schools\n    leerlabs\n    people\n    leerroutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionOptionsFields on Region {\n    id\n    slug\n    name\n    canManage\n    schools {\n      id\n      name\n      kind\n    }\n    leerlabs {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RegionOptionsFields on Region {\n    id\n    slug\n    name\n    canManage\n    schools {\n      id\n      name\n      kind\n    }\n    leerlabs {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionSummaryFields on Region {\n    id\n    slug\n    name\n    description\n    canManage\n    counts {\n      ...RegionCountsFields\n    }\n  }\n"): (typeof documents)["\n  fragment RegionSummaryFields on Region {\n    id\n    slug\n    name\n    description\n    canManage\n    counts {\n      ...RegionCountsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeerlabFields on Leerlab {\n    id\n    name\n    round\n    startYear\n    theme\n    description\n    schools {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment LeerlabFields on Leerlab {\n    id\n    name\n    round\n    startYear\n    theme\n    description\n    schools {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeerrouteSummaryFields on Leerroute {\n    id\n    name\n    routeType\n    phase\n    vmboLeerweg\n    vmboProfiel\n    mboOpleiding\n    mboNiveau\n    mboLeerweg\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment LeerrouteSummaryFields on Leerroute {\n    id\n    name\n    routeType\n    phase\n    vmboLeerweg\n    vmboProfiel\n    mboOpleiding\n    mboNiveau\n    mboLeerweg\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeerrouteDetailFields on Leerroute {\n    ...LeerrouteSummaryFields\n    shorteningMonths\n    vmboExamScope\n    vmboExamLastRouteYear\n    bpvStartRouteYear\n    agreementSignedOn\n    duoVoRegisteredOn\n    duoMboRegisteredOn\n    fundingTransferAgreed\n    startYear\n    targetGroup\n    description\n    leerlab {\n      id\n      name\n    }\n    voSchool {\n      id\n      name\n    }\n    mboSchool {\n      id\n      name\n    }\n    region {\n      ...RegionOptionsFields\n    }\n  }\n"): (typeof documents)["\n  fragment LeerrouteDetailFields on Leerroute {\n    ...LeerrouteSummaryFields\n    shorteningMonths\n    vmboExamScope\n    vmboExamLastRouteYear\n    bpvStartRouteYear\n    agreementSignedOn\n    duoVoRegisteredOn\n    duoMboRegisteredOn\n    fundingTransferAgreed\n    startYear\n    targetGroup\n    description\n    leerlab {\n      id\n      name\n    }\n    voSchool {\n      id\n      name\n    }\n    mboSchool {\n      id\n      name\n    }\n    region {\n      ...RegionOptionsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchoolDetailFields on School {\n    id\n    name\n    kind\n    koepel\n    brin\n    website\n    locations {\n      name\n      address\n      city\n    }\n    region {\n      id\n      slug\n      name\n      canManage\n    }\n    memberships {\n      id\n      role\n      layer\n      person {\n        id\n        name\n        jobTitle\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SchoolDetailFields on School {\n    id\n    name\n    kind\n    koepel\n    brin\n    website\n    locations {\n      name\n      address\n      city\n    }\n    region {\n      id\n      slug\n      name\n      canManage\n    }\n    memberships {\n      id\n      role\n      layer\n      person {\n        id\n        name\n        jobTitle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembershipFields on Membership {\n    id\n    scope\n    role\n    layer\n    region {\n      id\n      slug\n      name\n      canManage\n    }\n    school {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MembershipFields on Membership {\n    id\n    scope\n    role\n    layer\n    region {\n      id\n      slug\n      name\n      canManage\n    }\n    school {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonContactFields on Person {\n    id\n    name\n    email\n    jobTitle\n  }\n"): (typeof documents)["\n  fragment PersonContactFields on Person {\n    id\n    name\n    email\n    jobTitle\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    ...PersonContactFields\n    memberships {\n      ...MembershipFields\n    }\n  }\n"): (typeof documents)["\n  fragment PersonFields on Person {\n    ...PersonContactFields\n    memberships {\n      ...MembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    regions {\n      ...RegionSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query Regions {\n    regions {\n      ...RegionSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Region($slug: String!) {\n    region(slug: $slug) {\n      ...RegionSummaryFields\n      schools {\n        id\n        name\n        kind\n        koepel\n        locations {\n          name\n          address\n          city\n        }\n      }\n      leerlabs {\n        ...LeerlabFields\n      }\n      leerroutes {\n        ...LeerrouteSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Region($slug: String!) {\n    region(slug: $slug) {\n      ...RegionSummaryFields\n      schools {\n        id\n        name\n        kind\n        koepel\n        locations {\n          name\n          address\n          city\n        }\n      }\n      leerlabs {\n        ...LeerlabFields\n      }\n      leerroutes {\n        ...LeerrouteSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipOptions {\n    regions {\n      ...RegionOptionsFields\n    }\n  }\n"): (typeof documents)["\n  query MembershipOptions {\n    regions {\n      ...RegionOptionsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query School($id: ID!) {\n    school(id: $id) {\n      ...SchoolDetailFields\n    }\n  }\n"): (typeof documents)["\n  query School($id: ID!) {\n    school(id: $id) {\n      ...SchoolDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leerlab($id: ID!) {\n    leerlab(id: $id) {\n      ...LeerlabFields\n      region {\n        ...RegionOptionsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Leerlab($id: ID!) {\n    leerlab(id: $id) {\n      ...LeerlabFields\n      region {\n        ...RegionOptionsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($regionId: ID, $search: String) {\n    people(regionId: $regionId, search: $search) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  query People($regionId: ID, $search: String) {\n    people(regionId: $regionId, search: $search) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n      systemRole\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n      systemRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leerroute($id: ID!) {\n    leerroute(id: $id) {\n      ...LeerrouteDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Leerroute($id: ID!) {\n    leerroute(id: $id) {\n      ...LeerrouteDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      ...SchoolDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      ...SchoolDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSchool($input: UpdateSchoolInput!) {\n    updateSchool(input: $input) {\n      ...SchoolDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSchool($input: UpdateSchoolInput!) {\n    updateSchool(input: $input) {\n      ...SchoolDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLeerlab($input: CreateLeerlabInput!) {\n    createLeerlab(input: $input) {\n      ...LeerlabFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLeerlab($input: CreateLeerlabInput!) {\n    createLeerlab(input: $input) {\n      ...LeerlabFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLeerlab($input: UpdateLeerlabInput!) {\n    updateLeerlab(input: $input) {\n      ...LeerlabFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLeerlab($input: UpdateLeerlabInput!) {\n    updateLeerlab(input: $input) {\n      ...LeerlabFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonContactFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonContactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...PersonContactFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...PersonContactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToRegion($input: InviteToRegionInput!) {\n    inviteToRegion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToRegion($input: InviteToRegionInput!) {\n    inviteToRegion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInvitations {\n    myInvitations {\n      id\n      role\n      layer\n      invitedByName\n      createdAt\n      region {\n        id\n        name\n        slug\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInvitations {\n    myInvitations {\n      id\n      role\n      layer\n      invitedByName\n      createdAt\n      region {\n        id\n        name\n        slug\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($id: ID!) {\n    acceptInvitation(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($id: ID!) {\n    acceptInvitation(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInvitation($id: ID!) {\n    declineInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineInvitation($id: ID!) {\n    declineInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMembership($id: ID!) {\n    removeMembership(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveMembership($id: ID!) {\n    removeMembership(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLeerroute($input: LeerrouteInput!) {\n    createLeerroute(input: $input) {\n      ...LeerrouteDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLeerroute($input: LeerrouteInput!) {\n    createLeerroute(input: $input) {\n      ...LeerrouteDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLeerroute($id: ID!, $input: LeerrouteInput!) {\n    updateLeerroute(id: $id, input: $input) {\n      ...LeerrouteDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLeerroute($id: ID!, $input: LeerrouteInput!) {\n    updateLeerroute(id: $id, input: $input) {\n      ...LeerrouteDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLeerroute($id: ID!) {\n    deleteLeerroute(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteLeerroute($id: ID!) {\n    deleteLeerroute(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoriesRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query StoriesRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StorySummaryFields on Story {\n    id\n    title\n    lead\n    status\n    publishAt\n    publishedAt\n    updatedAt\n    blockedReason\n  }\n"): (typeof documents)["\n  fragment StorySummaryFields on Story {\n    id\n    title\n    lead\n    status\n    publishAt\n    publishedAt\n    updatedAt\n    blockedReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RedactieStories($regionId: ID!) {\n    stories(regionId: $regionId) {\n      ...StorySummaryFields\n    }\n  }\n"): (typeof documents)["\n  query RedactieStories($regionId: ID!) {\n    stories(regionId: $regionId) {\n      ...StorySummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoryConsentFields on StoryConsent {\n    id\n    subjectName\n    givenByName\n    relation\n    scope\n    schoolYear\n    givenAt\n    expiresAt\n    withdrawnAt\n    withdrawnReason\n    recordedByName\n  }\n"): (typeof documents)["\n  fragment StoryConsentFields on StoryConsent {\n    id\n    subjectName\n    givenByName\n    relation\n    scope\n    schoolYear\n    givenAt\n    expiresAt\n    withdrawnAt\n    withdrawnReason\n    recordedByName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RedactieStory($id: ID!) {\n    story(id: $id) {\n      ...StorySummaryFields\n      regionId\n      slug\n      body\n      audience\n      tags\n      canEdit\n      canPublish\n      people {\n        id\n        name\n        role\n        quote\n        inPhoto\n        isPupil\n        birthDate\n        consent {\n          ...StoryConsentFields\n        }\n        missing {\n          storyPersonId\n          name\n          needed\n          message\n        }\n      }\n      missingConsents {\n        storyPersonId\n        name\n        needed\n        message\n      }\n      translations {\n        language\n        title\n        lead\n        body\n        dir\n        updatedAt\n      }\n      images {\n        id\n        url\n        alt\n        mimeType\n        byteSize\n        width\n        height\n        inBody\n      }\n      revisions {\n        id\n        title\n        authorName\n        createdAt\n      }\n      comments {\n        id\n        authorName\n        body\n        createdAt\n      }\n      history {\n        id\n        action\n        note\n        actorName\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query RedactieStory($id: ID!) {\n    story(id: $id) {\n      ...StorySummaryFields\n      regionId\n      slug\n      body\n      audience\n      tags\n      canEdit\n      canPublish\n      people {\n        id\n        name\n        role\n        quote\n        inPhoto\n        isPupil\n        birthDate\n        consent {\n          ...StoryConsentFields\n        }\n        missing {\n          storyPersonId\n          name\n          needed\n          message\n        }\n      }\n      missingConsents {\n        storyPersonId\n        name\n        needed\n        message\n      }\n      translations {\n        language\n        title\n        lead\n        body\n        dir\n        updatedAt\n      }\n      images {\n        id\n        url\n        alt\n        mimeType\n        byteSize\n        width\n        height\n        inBody\n      }\n      revisions {\n        id\n        title\n        authorName\n        createdAt\n      }\n      comments {\n        id\n        authorName\n        body\n        createdAt\n      }\n      history {\n        id\n        action\n        note\n        actorName\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStory($input: CreateStoryInput!) {\n    createStory(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStory($input: CreateStoryInput!) {\n    createStory(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStory($input: UpdateStoryInput!) {\n    updateStory(input: $input) {\n      id\n      body\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStory($input: UpdateStoryInput!) {\n    updateStory(input: $input) {\n      id\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitStory($id: ID!) {\n    submitStory(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitStory($id: ID!) {\n    submitStory(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveStory($id: ID!) {\n    approveStory(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveStory($id: ID!) {\n    approveStory(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishStory($id: ID!) {\n    publishStory(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PublishStory($id: ID!) {\n    publishStory(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleStory($id: ID!, $publishAt: DateTime!) {\n    scheduleStory(id: $id, publishAt: $publishAt) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleStory($id: ID!, $publishAt: DateTime!) {\n    scheduleStory(id: $id, publishAt: $publishAt) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishStory($id: ID!, $reason: String) {\n    unpublishStory(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishStory($id: ID!, $reason: String) {\n    unpublishStory(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnStory($id: ID!, $body: String!) {\n    commentOnStory(id: $id, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnStory($id: ID!, $body: String!) {\n    commentOnStory(id: $id, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStoryPerson($storyId: ID!, $input: StoryPersonInput!) {\n    addStoryPerson(storyId: $storyId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddStoryPerson($storyId: ID!, $input: StoryPersonInput!) {\n    addStoryPerson(storyId: $storyId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStoryPerson($id: ID!, $input: StoryPersonInput!) {\n    updateStoryPerson(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStoryPerson($id: ID!, $input: StoryPersonInput!) {\n    updateStoryPerson(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveStoryPerson($id: ID!) {\n    removeStoryPerson(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveStoryPerson($id: ID!) {\n    removeStoryPerson(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordStoryConsent($input: RecordStoryConsentInput!) {\n    recordStoryConsent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordStoryConsent($input: RecordStoryConsentInput!) {\n    recordStoryConsent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawStoryConsent($id: ID!, $reason: String!) {\n    withdrawStoryConsent(id: $id, reason: $reason) {\n      consent {\n        id\n      }\n      unpublished {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawStoryConsent($id: ID!, $reason: String!) {\n    withdrawStoryConsent(id: $id, reason: $reason) {\n      consent {\n        id\n      }\n      unpublished {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStoryTranslation($input: StoryTranslationInput!) {\n    setStoryTranslation(input: $input) {\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation SetStoryTranslation($input: StoryTranslationInput!) {\n    setStoryTranslation(input: $input) {\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveStoryTranslation($storyId: ID!, $language: String!) {\n    removeStoryTranslation(storyId: $storyId, language: $language)\n  }\n"): (typeof documents)["\n  mutation RemoveStoryTranslation($storyId: ID!, $language: String!) {\n    removeStoryTranslation(storyId: $storyId, language: $language)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStoryImage($id: ID!, $alt: String!) {\n    updateStoryImage(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStoryImage($id: ID!, $alt: String!) {\n    updateStoryImage(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveStoryImage($id: ID!) {\n    removeStoryImage(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveStoryImage($id: ID!) {\n    removeStoryImage(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      authenticated\n      mustChangePassword\n      person {\n        id\n        name\n        systemRole\n        memberships {\n          id\n          role\n          region {\n            id\n            slug\n            name\n          }\n          school {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      authenticated\n      mustChangePassword\n      person {\n        id\n        name\n        systemRole\n        memberships {\n          id\n          role\n          region {\n            id\n            slug\n            name\n          }\n          school {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkgroepCurriculum($id: ID!) {\n    werkgroep(id: $id) {\n      id\n      name\n      archivedAt\n      permissions { isMember canRead canWrite }\n      members { personId person { id name } }\n      region { id schools { id name kind } }\n    }\n    curriculum(werkgroepId: $id) {\n      werkgroepId\n      items { id side kind code title description studyHours school { id name } }\n      pairs {\n        id\n        voItem { id code title }\n        mboItem { id code title }\n        relation\n        decision\n        owner { id name }\n        hoursFreed\n        note\n        decidedAt\n        updatedAt\n      }\n      summary {\n        voItems mboItems pairs overlaps gaps fits decided undecided hoursFreed maxShorteningHours shareOfMaximum\n        byDecision { decision pairs hours }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WerkgroepCurriculum($id: ID!) {\n    werkgroep(id: $id) {\n      id\n      name\n      archivedAt\n      permissions { isMember canRead canWrite }\n      members { personId person { id name } }\n      region { id schools { id name kind } }\n    }\n    curriculum(werkgroepId: $id) {\n      werkgroepId\n      items { id side kind code title description studyHours school { id name } }\n      pairs {\n        id\n        voItem { id code title }\n        mboItem { id code title }\n        relation\n        decision\n        owner { id name }\n        hoursFreed\n        note\n        decidedAt\n        updatedAt\n      }\n      summary {\n        voItems mboItems pairs overlaps gaps fits decided undecided hoursFreed maxShorteningHours shareOfMaximum\n        byDecision { decision pairs hours }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCurriculumItem($input: CurriculumItemInput!) {\n    saveCurriculumItem(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation SaveCurriculumItem($input: CurriculumItemInput!) {\n    saveCurriculumItem(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCurriculumItem($id: ID!) {\n    deleteCurriculumItem(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCurriculumItem($id: ID!) {\n    deleteCurriculumItem(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCurriculumPair($input: CurriculumPairInput!) {\n    saveCurriculumPair(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation SaveCurriculumPair($input: CurriculumPairInput!) {\n    saveCurriculumPair(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCurriculumPair($id: ID!) {\n    deleteCurriculumPair(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCurriculumPair($id: ID!) {\n    deleteCurriculumPair(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCurriculumCsv($werkgroepId: ID!, $csv: String!) {\n    importCurriculumCsv(werkgroepId: $werkgroepId, csv: $csv) { created updated }\n  }\n"): (typeof documents)["\n  mutation ImportCurriculumCsv($werkgroepId: ID!, $csv: String!) {\n    importCurriculumCsv(werkgroepId: $werkgroepId, csv: $csv) { created updated }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportCurriculumCsv($werkgroepId: ID!) {\n    exportCurriculumCsv(werkgroepId: $werkgroepId)\n  }\n"): (typeof documents)["\n  query ExportCurriculumCsv($werkgroepId: ID!) {\n    exportCurriculumCsv(werkgroepId: $werkgroepId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentVersionFields on DocumentVersion {\n    id\n    version\n    fileName\n    contentType\n    size\n    note\n    createdAt\n    downloadUrl\n    author {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentVersionFields on DocumentVersion {\n    id\n    version\n    fileName\n    contentType\n    size\n    note\n    createdAt\n    downloadUrl\n    author {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkgroepDocsHeader($id: ID!) {\n    werkgroep(id: $id) { id name permissions { canRead canWrite } }\n  }\n"): (typeof documents)["\n  query WerkgroepDocsHeader($id: ID!) {\n    werkgroep(id: $id) { id name permissions { canRead canWrite } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkgroepDocuments($werkgroepId: ID!, $folderId: ID) {\n    documentFolders(werkgroepId: $werkgroepId) { id parentId name }\n    werkgroepDocuments(werkgroepId: $werkgroepId, folderId: $folderId) {\n      id werkgroepId folderId title description currentVersion updatedAt\n      latest { ...DocumentVersionFields }\n    }\n  }\n"): (typeof documents)["\n  query WerkgroepDocuments($werkgroepId: ID!, $folderId: ID) {\n    documentFolders(werkgroepId: $werkgroepId) { id parentId name }\n    werkgroepDocuments(werkgroepId: $werkgroepId, folderId: $folderId) {\n      id werkgroepId folderId title description currentVersion updatedAt\n      latest { ...DocumentVersionFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkgroepDocumentVersions($id: ID!) {\n    werkgroepDocument(id: $id) {\n      id werkgroepId folderId title description currentVersion updatedAt\n      latest { ...DocumentVersionFields }\n      versions { ...DocumentVersionFields }\n    }\n  }\n"): (typeof documents)["\n  query WerkgroepDocumentVersions($id: ID!) {\n    werkgroepDocument(id: $id) {\n      id werkgroepId folderId title description currentVersion updatedAt\n      latest { ...DocumentVersionFields }\n      versions { ...DocumentVersionFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchWerkgroepDocuments($werkgroepId: ID!, $query: String!) {\n    searchWerkgroepDocuments(werkgroepId: $werkgroepId, query: $query) {\n      snippet\n      document { id werkgroepId folderId title description currentVersion updatedAt latest { ...DocumentVersionFields } }\n    }\n  }\n"): (typeof documents)["\n  query SearchWerkgroepDocuments($werkgroepId: ID!, $query: String!) {\n    searchWerkgroepDocuments(werkgroepId: $werkgroepId, query: $query) {\n      snippet\n      document { id werkgroepId folderId title description currentVersion updatedAt latest { ...DocumentVersionFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDocumentFolder($werkgroepId: ID!, $parentId: ID, $name: String!) {\n    createDocumentFolder(input: { werkgroepId: $werkgroepId, parentId: $parentId, name: $name }) { id parentId name }\n  }\n"): (typeof documents)["\n  mutation CreateDocumentFolder($werkgroepId: ID!, $parentId: ID, $name: String!) {\n    createDocumentFolder(input: { werkgroepId: $werkgroepId, parentId: $parentId, name: $name }) { id parentId name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameDocumentFolder($id: ID!, $name: String!) {\n    renameDocumentFolder(id: $id, name: $name) { id parentId name }\n  }\n"): (typeof documents)["\n  mutation RenameDocumentFolder($id: ID!, $name: String!) {\n    renameDocumentFolder(id: $id, name: $name) { id parentId name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDocumentFolder($id: ID!) {\n    deleteDocumentFolder(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDocumentFolder($id: ID!) {\n    deleteDocumentFolder(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWerkgroepDocument($id: ID!, $title: String!, $description: String) {\n    updateDocument(id: $id, input: { title: $title, description: $description }) { id title description }\n  }\n"): (typeof documents)["\n  mutation UpdateWerkgroepDocument($id: ID!, $title: String!, $description: String) {\n    updateDocument(id: $id, input: { title: $title, description: $description }) { id title description }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveWerkgroepDocument($id: ID!, $folderId: ID) {\n    moveDocument(id: $id, folderId: $folderId) { id folderId }\n  }\n"): (typeof documents)["\n  mutation MoveWerkgroepDocument($id: ID!, $folderId: ID) {\n    moveDocument(id: $id, folderId: $folderId) { id folderId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWerkgroepDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWerkgroepDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkgroepDraaiboek($werkgroepId: ID!) {\n    draaiboek(werkgroepId: $werkgroepId) {\n      werkgroepId version body note updatedAt author { id name }\n      versions { version note createdAt author { id name } }\n    }\n  }\n"): (typeof documents)["\n  query WerkgroepDraaiboek($werkgroepId: ID!) {\n    draaiboek(werkgroepId: $werkgroepId) {\n      werkgroepId version body note updatedAt author { id name }\n      versions { version note createdAt author { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkgroepDraaiboekVersion($werkgroepId: ID!, $version: Int!) {\n    draaiboekVersion(werkgroepId: $werkgroepId, version: $version) { version body }\n  }\n"): (typeof documents)["\n  query WerkgroepDraaiboekVersion($werkgroepId: ID!, $version: Int!) {\n    draaiboekVersion(werkgroepId: $werkgroepId, version: $version) { version body }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkgroepDraaiboekDiff($werkgroepId: ID!, $from: Int!, $to: Int!) {\n    draaiboekDiff(werkgroepId: $werkgroepId, from: $from, to: $to) { kind text }\n  }\n"): (typeof documents)["\n  query WerkgroepDraaiboekDiff($werkgroepId: ID!, $from: Int!, $to: Int!) {\n    draaiboekDiff(werkgroepId: $werkgroepId, from: $from, to: $to) { kind text }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDraaiboek($werkgroepId: ID!, $body: String!, $note: String, $baseVersion: Int!) {\n    saveDraaiboek(input: { werkgroepId: $werkgroepId, body: $body, note: $note, baseVersion: $baseVersion }) { version }\n  }\n"): (typeof documents)["\n  mutation SaveDraaiboek($werkgroepId: ID!, $body: String!, $note: String, $baseVersion: Int!) {\n    saveDraaiboek(input: { werkgroepId: $werkgroepId, body: $body, note: $note, baseVersion: $baseVersion }) { version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WerkgroepSummaryFields on Werkgroep {\n    id\n    name\n    kind\n    kindText\n    sector\n    visibility\n    memberCount\n    unreadCount\n    archivedAt\n    permissions {\n      isMember\n      canRead\n      canWrite\n      canManage\n    }\n  }\n"): (typeof documents)["\n  fragment WerkgroepSummaryFields on Werkgroep {\n    id\n    name\n    kind\n    kindText\n    sector\n    visibility\n    memberCount\n    unreadCount\n    archivedAt\n    permissions {\n      isMember\n      canRead\n      canWrite\n      canManage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkgroepenRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      canManage\n      schools {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query WerkgroepenRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      canManage\n      schools {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkgroepenOfRegion($regionId: ID!) {\n    werkgroepen(regionId: $regionId) {\n      ...WerkgroepSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query WerkgroepenOfRegion($regionId: ID!) {\n    werkgroepen(regionId: $regionId) {\n      ...WerkgroepSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkgroepSignals($regionId: ID!) {\n    werkgroepSignals(regionId: $regionId) {\n      werkgroep {\n        id\n        name\n        kindText\n      }\n      signal {\n        meetings\n        intervals\n        activeIntervals\n        posts\n        flagged\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query WerkgroepSignals($regionId: ID!) {\n    werkgroepSignals(regionId: $regionId) {\n      werkgroep {\n        id\n        name\n        kindText\n      }\n      signal {\n        meetings\n        intervals\n        activeIntervals\n        posts\n        flagged\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkgroepDetail($id: ID!) {\n    werkgroep(id: $id) {\n      ...WerkgroepSummaryFields\n      description\n      cadenceDays\n      cadenceNote\n      region {\n        id\n        slug\n        name\n      }\n      actielijnen {\n        id\n        number\n        title\n      }\n      members {\n        personId\n        role\n        layer\n        joinedAt\n        person {\n          id\n          name\n        }\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WerkgroepDetail($id: ID!) {\n    werkgroep(id: $id) {\n      ...WerkgroepSummaryFields\n      description\n      cadenceDays\n      cadenceNote\n      region {\n        id\n        slug\n        name\n      }\n      actielijnen {\n        id\n        number\n        title\n      }\n      members {\n        personId\n        role\n        layer\n        joinedAt\n        person {\n          id\n          name\n        }\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWerkgroep($input: WerkgroepInput!) {\n    createWerkgroep(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWerkgroep($input: WerkgroepInput!) {\n    createWerkgroep(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WerkgroepPostFields on WerkgroepPost {\n    id\n    parentId\n    body\n    createdAt\n    editedAt\n    deleted\n    canEdit\n    canDelete\n    author {\n      id\n      name\n    }\n    mentions {\n      id\n      name\n    }\n    reactions {\n      reaction\n      count\n      mine\n    }\n    revisions {\n      body\n      replacedAt\n      change\n      replacedBy {\n        id\n        name\n      }\n    }\n    glossaryTerms {\n      id\n      term\n    }\n  }\n"): (typeof documents)["\n  fragment WerkgroepPostFields on WerkgroepPost {\n    id\n    parentId\n    body\n    createdAt\n    editedAt\n    deleted\n    canEdit\n    canDelete\n    author {\n      id\n      name\n    }\n    mentions {\n      id\n      name\n    }\n    reactions {\n      reaction\n      count\n      mine\n    }\n    revisions {\n      body\n      replacedAt\n      change\n      replacedBy {\n        id\n        name\n      }\n    }\n    glossaryTerms {\n      id\n      term\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkgroepStream($werkgroepId: ID!, $before: DateTime) {\n    werkgroepPosts(werkgroepId: $werkgroepId, before: $before) {\n      ...WerkgroepPostFields\n      replies {\n        ...WerkgroepPostFields\n        replies {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WerkgroepStream($werkgroepId: ID!, $before: DateTime) {\n    werkgroepPosts(werkgroepId: $werkgroepId, before: $before) {\n      ...WerkgroepPostFields\n      replies {\n        ...WerkgroepPostFields\n        replies {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWerkgroepPost($input: WerkgroepPostInput!) {\n    createWerkgroepPost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWerkgroepPost($input: WerkgroepPostInput!) {\n    createWerkgroepPost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditWerkgroepPost($id: ID!, $body: String!, $mentionIds: [ID!]) {\n    editWerkgroepPost(id: $id, body: $body, mentionIds: $mentionIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EditWerkgroepPost($id: ID!, $body: String!, $mentionIds: [ID!]) {\n    editWerkgroepPost(id: $id, body: $body, mentionIds: $mentionIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWerkgroepPost($id: ID!) {\n    deleteWerkgroepPost(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteWerkgroepPost($id: ID!) {\n    deleteWerkgroepPost(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactToWerkgroepPost($id: ID!, $reaction: String!) {\n    reactToWerkgroepPost(id: $id, reaction: $reaction) {\n      id\n      reactions {\n        reaction\n        count\n        mine\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReactToWerkgroepPost($id: ID!, $reaction: String!) {\n    reactToWerkgroepPost(id: $id, reaction: $reaction) {\n      id\n      reactions {\n        reaction\n        count\n        mine\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkWerkgroepRead($werkgroepId: ID!) {\n    markWerkgroepRead(werkgroepId: $werkgroepId)\n  }\n"): (typeof documents)["\n  mutation MarkWerkgroepRead($werkgroepId: ID!) {\n    markWerkgroepRead(werkgroepId: $werkgroepId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertWerkgroepMember($input: WerkgroepMemberInput!) {\n    upsertWerkgroepMember(input: $input) {\n      personId\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertWerkgroepMember($input: WerkgroepMemberInput!) {\n    upsertWerkgroepMember(input: $input) {\n      personId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveWerkgroepMember($werkgroepId: ID!, $personId: ID!) {\n    removeWerkgroepMember(werkgroepId: $werkgroepId, personId: $personId)\n  }\n"): (typeof documents)["\n  mutation RemoveWerkgroepMember($werkgroepId: ID!, $personId: ID!) {\n    removeWerkgroepMember(werkgroepId: $werkgroepId, personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkgroepPeopleSearch($regionId: ID!, $search: String!) {\n    people(regionId: $regionId, search: $search) {\n      id\n      name\n      email\n      jobTitle\n    }\n  }\n"): (typeof documents)["\n  query WerkgroepPeopleSearch($regionId: ID!, $search: String!) {\n    people(regionId: $regionId, search: $search) {\n      id\n      name\n      email\n      jobTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GlossaryTermFields on GlossaryTerm {\n    id\n    regionId\n    term\n    sharedMeaning\n    updatedAt\n    canDelete\n    werkgroep {\n      id\n      name\n    }\n    meanings {\n      id\n      sector\n      meaning\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GlossaryTermFields on GlossaryTerm {\n    id\n    regionId\n    term\n    sharedMeaning\n    updatedAt\n    canDelete\n    werkgroep {\n      id\n      name\n    }\n    meanings {\n      id\n      sector\n      meaning\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Taalbrug($regionId: ID!, $search: String) {\n    glossary(regionId: $regionId, search: $search) {\n      ...GlossaryTermFields\n    }\n  }\n"): (typeof documents)["\n  query Taalbrug($regionId: ID!, $search: String) {\n    glossary(regionId: $regionId, search: $search) {\n      ...GlossaryTermFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveGlossaryTerm($input: GlossaryTermInput!) {\n    saveGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveGlossaryTerm($input: GlossaryTermInput!) {\n    saveGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGlossaryMeaning($input: GlossaryMeaningInput!) {\n    addGlossaryMeaning(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddGlossaryMeaning($input: GlossaryMeaningInput!) {\n    addGlossaryMeaning(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGlossaryMeaning($id: ID!) {\n    deleteGlossaryMeaning(id: $id) {\n      ...GlossaryTermFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteGlossaryMeaning($id: ID!) {\n    deleteGlossaryMeaning(id: $id) {\n      ...GlossaryTermFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGlossaryTerm($id: ID!) {\n    deleteGlossaryTerm(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteGlossaryTerm($id: ID!) {\n    deleteGlossaryTerm(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaalbrugTerm($id: ID!) {\n    glossaryTerm(id: $id) {\n      ...GlossaryTermFields\n    }\n  }\n"): (typeof documents)["\n  query TaalbrugTerm($id: ID!) {\n    glossaryTerm(id: $id) {\n      ...GlossaryTermFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamsDriftFields on TeamsDrift {\n    id\n    linkId\n    documentId\n    documentTitle\n    documentDeleted\n    kind\n    teamsName\n    size\n    modifiedBy\n    modifiedAt\n    detectedAt\n    resolvedAt\n    resolution\n    importedVersion\n  }\n"): (typeof documents)["\n  fragment TeamsDriftFields on TeamsDrift {\n    id\n    linkId\n    documentId\n    documentTitle\n    documentDeleted\n    kind\n    teamsName\n    size\n    modifiedBy\n    modifiedAt\n    detectedAt\n    resolvedAt\n    resolution\n    importedVersion\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkgroepTeamsDrifts($id: ID!) {\n    teamsDrifts(werkgroepId: $id) { ...TeamsDriftFields }\n  }\n"): (typeof documents)["\n  query WerkgroepTeamsDrifts($id: ID!) {\n    teamsDrifts(werkgroepId: $id) { ...TeamsDriftFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTeamsVersion($id: ID!) {\n    importTeamsVersion(id: $id) { ...TeamsDriftFields }\n  }\n"): (typeof documents)["\n  mutation ImportTeamsVersion($id: ID!) {\n    importTeamsVersion(id: $id) { ...TeamsDriftFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissTeamsDrift($id: ID!) {\n    dismissTeamsDrift(id: $id) { ...TeamsDriftFields }\n  }\n"): (typeof documents)["\n  mutation DismissTeamsDrift($id: ID!) {\n    dismissTeamsDrift(id: $id) { ...TeamsDriftFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamsLinkAnnouncementFields on TeamsLink {\n    announcementWebhookUrl\n    announcementsEnabled\n    lastAnnouncement {\n      id\n      status\n      documentCount\n      dueAt\n      attempts\n      nextAttemptAt\n      lastError\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  fragment TeamsLinkAnnouncementFields on TeamsLink {\n    announcementWebhookUrl\n    announcementsEnabled\n    lastAnnouncement {\n      id\n      status\n      documentCount\n      dueAt\n      attempts\n      nextAttemptAt\n      lastError\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamsTenantFields on TeamsTenant {\n    id\n    tenantId\n    name\n    consent\n    consentError\n    consentChangedAt\n  }\n"): (typeof documents)["\n  fragment TeamsTenantFields on TeamsTenant {\n    id\n    tenantId\n    name\n    consent\n    consentError\n    consentChangedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkgroepTeams($id: ID!) {\n    werkgroep(id: $id) { id name permissions { canRead canWrite } }\n    teamsMirror(werkgroepId: $id) {\n      configured canManage\n      links {\n        id teamId channelId subfolder createdAt waitingReason ...TeamsLinkAnnouncementFields\n        createdBy { id name }\n        tenant { id name consent consentError }\n        counts { mirrored pending waiting retrying failed drift }\n      }\n      tenants { ...TeamsTenantFields }\n    }\n  }\n"): (typeof documents)["\n  query WerkgroepTeams($id: ID!) {\n    werkgroep(id: $id) { id name permissions { canRead canWrite } }\n    teamsMirror(werkgroepId: $id) {\n      configured canManage\n      links {\n        id teamId channelId subfolder createdAt waitingReason ...TeamsLinkAnnouncementFields\n        createdBy { id name }\n        tenant { id name consent consentError }\n        counts { mirrored pending waiting retrying failed drift }\n      }\n      tenants { ...TeamsTenantFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkgroepDocumentMirrors($id: ID!) {\n    documentMirrors(werkgroepId: $id) { id linkId documentId documentTitle documentDeleted status mirroredVersion mirroredName attempts nextAttemptAt lastError updatedAt waitingReason }\n  }\n"): (typeof documents)["\n  query WerkgroepDocumentMirrors($id: ID!) {\n    documentMirrors(werkgroepId: $id) { id linkId documentId documentTitle documentDeleted status mirroredVersion mirroredName attempts nextAttemptAt lastError updatedAt waitingReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentMirrorHistory($documentId: ID!) {\n    documentMirrorHistory(documentId: $documentId) { id action outcome version message at }\n  }\n"): (typeof documents)["\n  query DocumentMirrorHistory($documentId: ID!) {\n    documentMirrorHistory(documentId: $documentId) { id action outcome version message at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkTeamsChannel($input: TeamsLinkInput!) {\n    linkTeamsChannel(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation LinkTeamsChannel($input: TeamsLinkInput!) {\n    linkTeamsChannel(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkTeamsChannel($id: ID!) {\n    unlinkTeamsChannel(id: $id)\n  }\n"): (typeof documents)["\n  mutation UnlinkTeamsChannel($id: ID!) {\n    unlinkTeamsChannel(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryDocumentMirror($id: ID!) {\n    retryDocumentMirror(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation RetryDocumentMirror($id: ID!) {\n    retryDocumentMirror(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionForTeamsTenants($slug: String!) {\n    region(slug: $slug) { id name }\n  }\n"): (typeof documents)["\n  query RegionForTeamsTenants($slug: String!) {\n    region(slug: $slug) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsTenants($regionId: ID!) {\n    teamsTenants(regionId: $regionId) { ...TeamsTenantFields }\n  }\n"): (typeof documents)["\n  query TeamsTenants($regionId: ID!) {\n    teamsTenants(regionId: $regionId) { ...TeamsTenantFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterTeamsTenant($input: TeamsTenantInput!) {\n    registerTeamsTenant(input: $input) { ...TeamsTenantFields }\n  }\n"): (typeof documents)["\n  mutation RegisterTeamsTenant($input: TeamsTenantInput!) {\n    registerTeamsTenant(input: $input) { ...TeamsTenantFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamsTenantConsent($id: ID!, $consent: TeamsConsentStatus!, $note: String) {\n    setTeamsTenantConsent(id: $id, consent: $consent, note: $note) { ...TeamsTenantFields }\n  }\n"): (typeof documents)["\n  mutation SetTeamsTenantConsent($id: ID!, $consent: TeamsConsentStatus!, $note: String) {\n    setTeamsTenantConsent(id: $id, consent: $consent, note: $note) { ...TeamsTenantFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamsLinkAnnouncements($id: ID!, $webhookUrl: String) {\n    setTeamsLinkAnnouncements(id: $id, webhookUrl: $webhookUrl) { id ...TeamsLinkAnnouncementFields }\n  }\n"): (typeof documents)["\n  mutation SetTeamsLinkAnnouncements($id: ID!, $webhookUrl: String) {\n    setTeamsLinkAnnouncements(id: $id, webhookUrl: $webhookUrl) { id ...TeamsLinkAnnouncementFields }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;