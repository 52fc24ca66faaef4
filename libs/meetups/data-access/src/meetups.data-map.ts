// The data map of the meetups domain (see @verbinder/platform/db data-map.ts).
import { classify, Retention } from '@verbinder/platform/db';
import { activities, activityAgendaItems, activityOrganisers, activityRegistrations, activitySeries, calendarFeeds, regionHolidays } from './meetups.tables';

const WITH_CALENDAR: Retention = { rule: 'Zolang de regio de activiteit in haar agenda houdt.', enforcedBy: null };

export const meetupsDataMap = [
  classify('meetups', activitySeries, {
    purpose: 'Terugkerende activiteiten (bijv. de wekelijkse meetup die rouleert tussen scholen) en hun organisatoren.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: WITH_CALENDAR,
    erasure: { action: 'keep', reason: 'Een reeks blijft; de persoon verdwijnt uit de organisatoren (anders kwam die terug bij nieuwe keren).', removeFromLists: ['organiserIds'] },
    columns: {
      id: 'none', regionId: 'none', kind: 'none', title: 'none', description: 'none', weekday: 'none', startTime: 'none', endTime: 'none', startDate: 'none',
      endDate: 'none', rotationStart: 'none', hostSchoolIds: 'none', skipDates: 'none', audience: 'none', capacity: 'none', isPublic: 'none',
      organiserIds: 'personal', createdAt: 'none',
    },
  }),
  classify('meetups', activities, {
    purpose: 'Activiteiten: meetups, werkbezoeken, open dagen; plaats, tijd, doelgroep en verslag.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: WITH_CALENDAR,
    columns: {
      id: 'none', regionId: 'none', seriesId: 'none', detached: 'none', kind: 'none', title: 'none', description: 'none', hostSchoolId: 'none', address: 'none',
      room: 'none', travelNote: 'none', startsAt: 'none', endsAt: 'none', audience: 'none', capacity: 'none', registrationOpensAt: 'none',
      registrationClosesAt: 'none', isPublic: 'none', actielijnId: 'none', actieId: 'none', werkgroepId: 'none', minutes: 'personal', createdAt: 'none', updatedAt: 'none',
    },
  }),
  classify('meetups', activityOrganisers, {
    purpose: 'Organisatoren van een activiteit (aanspreekpunt, meldingen over aanmeldingen).',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: WITH_CALENDAR,
    subject: { personId: ['personId'] },
    erasure: { action: 'delete', reason: 'De persoon organiseert niets meer; de activiteit blijft.' },
    columns: { activityId: 'none', personId: 'personal' },
  }),
  classify('meetups', activityRegistrations, {
    purpose: 'Aanmeldingen en wachtlijst voor een activiteit; aanwezigheid voor de organisator.',
    subjects: ['staff', 'public'],
    legalBasis: 'public-task',
    retention: { rule: 'Zolang de activiteit in de agenda staat; een verlopen wachtlijstaanbod vervalt automatisch.', enforcedBy: 'WaitlistService.sweepExpiredOffers (planner)' },
    subject: { personId: ['personId'], email: ['email'] },
    erasure: { action: 'delete', reason: 'Aanmeldingen van de persoon vervallen.' },
    columns: {
      id: 'none', activityId: 'none', personId: 'personal', name: 'personal', email: 'personal', status: 'personal', queuedAt: 'personal', tokenHash: 'personal',
      tokenExpiresAt: 'personal', attended: 'personal', createdAt: 'personal',
    },
  }),
  classify('meetups', regionHolidays, {
    purpose: 'Vakanties van de regio (geen activiteiten en geen loket-termijnen in die dagen).',
    subjects: [],
    legalBasis: 'public-task',
    retention: WITH_CALENDAR,
    columns: { id: 'none', regionId: 'none', name: 'none', startDate: 'none', endDate: 'none' },
  }),
  classify('meetups', activityAgendaItems, {
    purpose: 'Agendapunten van een activiteit.',
    subjects: [],
    legalBasis: 'public-task',
    retention: WITH_CALENDAR,
    columns: { id: 'none', activityId: 'none', position: 'none', title: 'none', actieId: 'none', notes: 'personal' },
  }),
  classify('meetups', calendarFeeds, {
    purpose: 'Persoonlijke agenda-abonnementen (iCal) via een geheime link (alleen een hash van de link).',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: { rule: 'Tot de persoon de link intrekt of het lidmaatschap eindigt (dan ingetrokken).', enforcedBy: 'CalendarFeedsService (intrekken)' },
    subject: { personId: ['personId'] },
    erasure: { action: 'delete', reason: 'Agenda-abonnementen van de persoon stoppen.' },
    columns: { id: 'none', personId: 'personal', scope: 'none', regionId: 'none', werkgroepId: 'none', tokenHash: 'personal', createdAt: 'personal', revokedAt: 'personal' },
  }),
];
