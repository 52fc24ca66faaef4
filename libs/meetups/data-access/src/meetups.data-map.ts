// The data map of the meetups domain (see @verbinder/platform/db data-map.ts).
import { classify, nonPersonal, personal, publicTask, Retention } from '@verbinder/platform/db';
import { activities, activityAgendaItems, activityOrganisers, activityRegistrations, activitySeries, calendarFeeds, regionHolidays } from './meetups.tables';

const WITH_CALENDAR: Retention = { rule: 'Zolang de regio de activiteit in haar agenda houdt.', enforcedBy: null };

export const meetupsDataMap = [
  classify('meetups', activitySeries, {
    purpose: 'Terugkerende activiteiten (bijv. de wekelijkse meetup die rouleert tussen scholen) en hun organisatoren.',
    ...publicTask(['staff'], WITH_CALENDAR),
    erasure: { action: 'keep', reason: 'Een reeks blijft; de persoon verdwijnt uit de organisatoren (anders kwam die terug bij nieuwe keren).', removeFromLists: ['organiserIds'] },
    columns: {
      ...nonPersonal('id', 'regionId', 'kind', 'title', 'description', 'weekday', 'startTime', 'endTime', 'startDate', 'endDate', 'rotationStart', 'hostSchoolIds', 'skipDates', 'audience'),
      ...nonPersonal('capacity', 'isPublic', 'createdAt'),
      ...personal('organiserIds'),
    },
  }),
  classify('meetups', activities, {
    purpose: 'Activiteiten: meetups, werkbezoeken, open dagen; plaats, tijd, doelgroep en verslag.',
    ...publicTask(['staff'], WITH_CALENDAR),
    columns: {
      ...nonPersonal('id', 'regionId', 'seriesId', 'detached', 'kind', 'title', 'description', 'hostSchoolId', 'address', 'room', 'travelNote', 'startsAt', 'endsAt', 'audience', 'capacity'),
      ...nonPersonal('registrationOpensAt', 'registrationClosesAt', 'isPublic', 'actielijnId', 'actieId', 'werkgroepId', 'createdAt', 'updatedAt'),
      ...personal('minutes'),
    },
  }),
  classify('meetups', activityOrganisers, {
    purpose: 'Organisatoren van een activiteit (aanspreekpunt, meldingen over aanmeldingen).',
    ...publicTask(['staff'], WITH_CALENDAR),
    subject: { personId: ['personId'] },
    erasure: { action: 'delete', reason: 'De persoon organiseert niets meer; de activiteit blijft.' },
    columns: { ...nonPersonal('activityId'), ...personal('personId') },
  }),
  classify('meetups', activityRegistrations, {
    purpose: 'Aanmeldingen en wachtlijst voor een activiteit; aanwezigheid voor de organisator.',
    ...publicTask(['staff', 'public'], {
      rule: 'Zolang de activiteit in de agenda staat; een verlopen wachtlijstaanbod vervalt automatisch.',
      enforcedBy: 'WaitlistService.sweepExpiredOffers (planner)',
    }),
    subject: { personId: ['personId'], email: ['email'] },
    erasure: { action: 'delete', reason: 'Aanmeldingen van de persoon vervallen.' },
    columns: { ...nonPersonal('id', 'activityId'), ...personal('personId', 'name', 'email', 'status', 'queuedAt', 'tokenHash', 'tokenExpiresAt', 'attended', 'createdAt') },
  }),
  classify('meetups', regionHolidays, {
    purpose: 'Vakanties van de regio (geen activiteiten en geen loket-termijnen in die dagen).',
    ...publicTask([], WITH_CALENDAR),
    columns: { ...nonPersonal('id', 'regionId', 'name', 'startDate', 'endDate') },
  }),
  classify('meetups', activityAgendaItems, {
    purpose: 'Agendapunten van een activiteit.',
    ...publicTask([], WITH_CALENDAR),
    columns: { ...nonPersonal('id', 'activityId', 'position', 'title', 'actieId'), ...personal('notes') },
  }),
  classify('meetups', calendarFeeds, {
    purpose: 'Persoonlijke agenda-abonnementen (iCal) via een geheime link (alleen een hash van de link).',
    ...publicTask(['staff'], { rule: 'Tot de persoon de link intrekt of het lidmaatschap eindigt (dan ingetrokken).', enforcedBy: 'CalendarFeedsService (intrekken)' }),
    subject: { personId: ['personId'] },
    erasure: { action: 'delete', reason: 'Agenda-abonnementen van de persoon stoppen.' },
    columns: { ...nonPersonal('id', 'scope', 'regionId', 'werkgroepId'), ...personal('personId', 'tokenHash', 'createdAt', 'revokedAt') },
  }),
];
