// The data map of the regions domain (see @verbinder/platform/db data-map.ts).
import { classify, nonPersonal, personal, publicTask } from '@verbinder/platform/db';
import { leerlabSchools, leerlabs, leerroutes, memberships, persons, regionInvitations, regions, schools } from './regions.tables';

const KEPT_WITH_REGION = { rule: 'Zolang de regio bestaat; geen persoonsgegevens.', enforcedBy: null };

export const regionsDataMap = [
  classify('regions', regions, {
    purpose: 'De regio (het samenwerkingsverband) met haar publieke naam en beschrijving.',
    ...publicTask([], KEPT_WITH_REGION),
    columns: { ...nonPersonal('id', 'slug', 'name', 'description', 'createdAt', 'updatedAt') },
  }),
  classify('regions', schools, {
    purpose: 'De scholen van de regio (naam, soort, BRIN, locaties).',
    ...publicTask([], KEPT_WITH_REGION),
    columns: { ...nonPersonal('id', 'regionId', 'name', 'kind', 'koepel', 'brin', 'website', 'locations', 'createdAt', 'updatedAt') },
  }),
  classify('regions', leerlabs, {
    purpose: 'Leerlabs: ontwikkelrondes van scholen samen.',
    ...publicTask([], KEPT_WITH_REGION),
    columns: { ...nonPersonal('id', 'regionId', 'name', 'round', 'startYear', 'theme', 'description', 'createdAt', 'updatedAt') },
  }),
  classify('regions', leerlabSchools, {
    purpose: 'Welke scholen aan een leerlab meedoen.',
    ...publicTask([], KEPT_WITH_REGION),
    columns: { ...nonPersonal('leerlabId', 'schoolId') },
  }),
  classify('regions', leerroutes, {
    purpose: 'Doorlopende leerroutes vmbo–mbo op opleidingsniveau (geen gegevens van leerlingen).',
    ...publicTask([], KEPT_WITH_REGION),
    columns: {
      ...nonPersonal('id', 'regionId', 'leerlabId', 'name', 'routeType', 'phase', 'vmboLeerweg', 'vmboProfiel', 'mboOpleiding', 'mboNiveau', 'mboLeerweg', 'shorteningMonths', 'vmboExamScope'),
      ...nonPersonal('vmboExamLastRouteYear', 'bpvStartRouteYear', 'voSchoolId', 'mboSchoolId', 'agreementSignedOn', 'duoVoRegisteredOn', 'duoMboRegisteredOn', 'fundingTransferAgreed', 'startYear'),
      ...nonPersonal('targetGroup', 'description', 'createdAt', 'updatedAt'),
    },
  }),
  classify('regions', persons, {
    purpose: 'Het account van een medewerker: naam, e-mailadres en functie, om samen te werken en berichten te sturen.',
    ...publicTask(['staff'], {
      rule: 'Zolang de persoon lid is van een regio of platformbeheerder is; DEPARTED_RETENTION_MONTHS (standaard 12) maanden daarna gewist (Oud-deelnemer), of eerder door een platformbeheerder op verzoek.',
      enforcedBy: 'PersonErasureService.sweepDeparted (RetentionJob), erasePerson',
    }),
    subject: { personId: ['id'], email: ['email'] },
    erasure: { action: 'pseudonymise', reason: 'Naam wordt Oud-deelnemer, e-mailadres en functie verdwijnen; verwijzingen elders wijzen dan naar dit pseudoniem.' },
    columns: { ...personal('id', 'name', 'email', 'jobTitle', 'systemRole', 'erasureRequestedAt', 'erasedAt', 'departedAt', 'createdAt', 'updatedAt') },
  }),
  classify('regions', memberships, {
    purpose: 'Lidmaatschap van een regio: rol, laag en school van een medewerker (bepaalt wat iemand mag zien en doen).',
    ...publicTask(['staff'], { rule: 'Tot een beheerder het lidmaatschap beëindigt; dan direct verwijderd.', enforcedBy: 'MembershipsService.removeMembership' }),
    subject: { personId: ['personId'] },
    erasure: { action: 'delete', reason: 'De persoon is geen lid meer van een regio.' },
    columns: { ...nonPersonal('id', 'regionId'), ...personal('personId', 'schoolId', 'role', 'layer', 'createdAt') },
  }),
  classify('regions', regionInvitations, {
    purpose: 'Uitnodigingen om lid te worden van een regio.',
    ...publicTask(['staff'], { rule: 'Beantwoorde uitnodigingen blijven bewaard; nog geen automatische opruiming.', enforcedBy: null }),
    subject: { personId: ['personId'], email: ['email'] },
    erasure: { action: 'delete', reason: 'Uitnodigingen aan de persoon vervallen.' },
    columns: { ...nonPersonal('id', 'regionId', 'schoolId', 'role', 'layer', 'status', 'createdAt', 'respondedAt'), ...personal('personId', 'email', 'invitedName', 'invitedById') },
  }),
];
