// The data map of the regions domain (see @verbinder/platform/db data-map.ts).
import { classify } from '@verbinder/platform/db';
import { leerlabSchools, leerlabs, leerroutes, memberships, persons, regionInvitations, regions, schools } from './regions.tables';

const KEPT_WITH_REGION = { rule: 'Zolang de regio bestaat; geen persoonsgegevens.', enforcedBy: null };

export const regionsDataMap = [
  classify('regions', regions, {
    purpose: 'De regio (het samenwerkingsverband) met haar publieke naam en beschrijving.',
    subjects: [],
    legalBasis: 'public-task',
    retention: KEPT_WITH_REGION,
    columns: { id: 'none', slug: 'none', name: 'none', description: 'none', createdAt: 'none', updatedAt: 'none' },
  }),
  classify('regions', schools, {
    purpose: 'De scholen van de regio (naam, soort, BRIN, locaties).',
    subjects: [],
    legalBasis: 'public-task',
    retention: KEPT_WITH_REGION,
    columns: { id: 'none', regionId: 'none', name: 'none', kind: 'none', koepel: 'none', brin: 'none', website: 'none', locations: 'none', createdAt: 'none', updatedAt: 'none' },
  }),
  classify('regions', leerlabs, {
    purpose: 'Leerlabs: ontwikkelrondes van scholen samen.',
    subjects: [],
    legalBasis: 'public-task',
    retention: KEPT_WITH_REGION,
    columns: { id: 'none', regionId: 'none', name: 'none', round: 'none', startYear: 'none', theme: 'none', description: 'none', createdAt: 'none', updatedAt: 'none' },
  }),
  classify('regions', leerlabSchools, {
    purpose: 'Welke scholen aan een leerlab meedoen.',
    subjects: [],
    legalBasis: 'public-task',
    retention: KEPT_WITH_REGION,
    columns: { leerlabId: 'none', schoolId: 'none' },
  }),
  classify('regions', leerroutes, {
    purpose: 'Doorlopende leerroutes vmbo–mbo op opleidingsniveau (geen gegevens van leerlingen).',
    subjects: [],
    legalBasis: 'public-task',
    retention: KEPT_WITH_REGION,
    columns: {
      id: 'none', regionId: 'none', leerlabId: 'none', name: 'none', routeType: 'none', phase: 'none', vmboLeerweg: 'none', vmboProfiel: 'none',
      mboOpleiding: 'none', mboNiveau: 'none', mboLeerweg: 'none', shorteningMonths: 'none', vmboExamScope: 'none', vmboExamLastRouteYear: 'none',
      bpvStartRouteYear: 'none', voSchoolId: 'none', mboSchoolId: 'none', agreementSignedOn: 'none', duoVoRegisteredOn: 'none', duoMboRegisteredOn: 'none',
      fundingTransferAgreed: 'none', startYear: 'none', targetGroup: 'none', description: 'none', createdAt: 'none', updatedAt: 'none',
    },
  }),
  classify('regions', persons, {
    purpose: 'Het account van een medewerker: naam, e-mailadres en functie, om samen te werken en berichten te sturen.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: { rule: 'Zolang de persoon lid is van een regio of platformbeheerder is; DEPARTED_RETENTION_MONTHS (standaard 12) maanden daarna gewist (Oud-deelnemer), of eerder door een platformbeheerder op verzoek.', enforcedBy: 'PersonErasureService.sweepDeparted (RetentionJob), erasePerson' },
    subject: { personId: ['id'], email: ['email'] },
    erasure: { action: 'pseudonymise', reason: 'Naam wordt Oud-deelnemer, e-mailadres en functie verdwijnen; verwijzingen elders wijzen dan naar dit pseudoniem.' },
    columns: { id: 'personal', name: 'personal', email: 'personal', jobTitle: 'personal', systemRole: 'personal', erasureRequestedAt: 'personal', erasedAt: 'personal', departedAt: 'personal', createdAt: 'personal', updatedAt: 'personal' },
  }),
  classify('regions', memberships, {
    purpose: 'Lidmaatschap van een regio: rol, laag en school van een medewerker (bepaalt wat iemand mag zien en doen).',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: { rule: 'Tot een beheerder het lidmaatschap beëindigt; dan direct verwijderd.', enforcedBy: 'MembershipsService.removeMembership' },
    subject: { personId: ['personId'] },
    erasure: { action: 'delete', reason: 'De persoon is geen lid meer van een regio.' },
    columns: { id: 'none', personId: 'personal', regionId: 'none', schoolId: 'personal', role: 'personal', layer: 'personal', createdAt: 'personal' },
  }),
  classify('regions', regionInvitations, {
    purpose: 'Uitnodigingen om lid te worden van een regio.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: { rule: 'Beantwoorde uitnodigingen blijven bewaard; nog geen automatische opruiming.', enforcedBy: null },
    subject: { personId: ['personId'], email: ['email'] },
    erasure: { action: 'delete', reason: 'Uitnodigingen aan de persoon vervallen.' },
    columns: {
      id: 'none', regionId: 'none', schoolId: 'none', personId: 'personal', email: 'personal', invitedName: 'personal', role: 'none', layer: 'none',
      invitedById: 'personal', status: 'none', createdAt: 'none', respondedAt: 'none',
    },
  }),
];
