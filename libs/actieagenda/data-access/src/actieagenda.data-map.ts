// The data map of the actieagenda domain (see @verbinder/platform/db data-map.ts).
import { classify, Retention } from '@verbinder/platform/db';
import { actieOwners, actiePartners, actieagendas, acties, actielijnen, bijstellingen, checkInReminders, checkIns, decisions, reviews } from './actieagenda.tables';

const WITH_AGENDA: Retention = { rule: 'Zolang de actieagenda van de regio bestaat; geen persoonsgegevens.', enforcedBy: null };
/** Work records: the region's accountability for its actieagenda; the author is named in them. */
const WORK_RECORD: Retention = {
  rule: 'Zolang de actieagenda bestaat (verantwoording van de regio). De auteur blijft genoemd.',
  enforcedBy: null,
};

export const actieagendaDataMap = [
  classify('actieagenda', actieagendas, {
    purpose: 'De actieagenda van een regio en haar looptijd.',
    subjects: [],
    legalBasis: 'public-task',
    retention: WITH_AGENDA,
    columns: { id: 'none', regionId: 'none', title: 'none', periodStart: 'none', periodEnd: 'none', createdAt: 'none' },
  }),
  classify('actieagenda', actielijnen, {
    purpose: 'De actielijnen van een actieagenda.',
    subjects: [],
    legalBasis: 'public-task',
    retention: WITH_AGENDA,
    columns: { id: 'none', agendaId: 'none', number: 'none', title: 'none', description: 'none', focusYears: 'none' },
  }),
  classify('actieagenda', acties, {
    purpose: 'Acties binnen een actielijn: doel, trekkende school, voortgang en status.',
    subjects: [],
    legalBasis: 'public-task',
    retention: WITH_AGENDA,
    columns: {
      id: 'none', actielijnId: 'none', parentId: 'none', title: 'none', description: 'none', target: 'none', leadSchoolId: 'none', periodStart: 'none',
      periodEnd: 'none', status: 'none', closure: 'none', closedAt: 'none', progressMode: 'none', progress: 'none', cadenceDays: 'none',
      nextCheckInDue: 'none', isPublic: 'none', publicSummary: 'none', createdAt: 'none', updatedAt: 'none',
    },
  }),
  classify('actieagenda', actiePartners, {
    purpose: 'Partnerscholen van een actie.',
    subjects: [],
    legalBasis: 'public-task',
    retention: WITH_AGENDA,
    columns: { actieId: 'none', schoolId: 'none' },
  }),
  classify('actieagenda', actieOwners, {
    purpose: 'Eigenaren van een actie (wie een check-in moet doen en herinneringen krijgt).',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: { rule: 'Tot de eigenaar wordt gewijzigd of de persoon wordt verwijderd.', enforcedBy: 'database (ON DELETE CASCADE)' },
    subject: { personId: ['personId'] },
    erasure: { action: 'delete', reason: 'Eigenaarschap van een actie hoort bij een persoon die meedoet; de actie blijft.' },
    columns: { actieId: 'none', personId: 'personal' },
  }),
  classify('actieagenda', checkIns, {
    purpose: 'Check-ins: voortgang van een actie op een datum, met toelichting en bewijslinks.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: WORK_RECORD,
    subject: { personId: ['authorId'] },
    erasure: { action: 'keep', reason: 'De voortgang van een actie is de geschiedenis van de regio; de auteur wordt Oud-deelnemer.' },
    columns: { id: 'none', actieId: 'none', authorId: 'personal', date: 'none', status: 'none', progress: 'none', text: 'personal', evidenceLinks: 'none', createdAt: 'personal' },
  }),
  classify('actieagenda', bijstellingen, {
    purpose: 'Bijstellingen van een actie: wat veranderde en waarom.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: WORK_RECORD,
    subject: { personId: ['authorId'] },
    erasure: { action: 'keep', reason: 'Bijstellingen van de actieagenda blijven voor de regio; de auteur wordt Oud-deelnemer.' },
    columns: { id: 'none', actieId: 'none', authorId: 'personal', what: 'none', why: 'personal', before: 'none', after: 'none', createdAt: 'personal' },
  }),
  classify('actieagenda', reviews, {
    purpose: 'Reviews van een actie door de stuurgroep: gevraagd, besloten, toelichting.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: WORK_RECORD,
    subject: { personId: ['requestedById', 'decidedById'] },
    erasure: { action: 'keep', reason: 'Reviews van de actieagenda blijven voor de regio; aanvrager en beslisser worden Oud-deelnemer.' },
    columns: {
      id: 'none', actieId: 'none', requestedById: 'personal', requestedAt: 'personal', question: 'personal', outcome: 'none', decidedById: 'personal', decidedAt: 'personal', note: 'personal',
    },
  }),
  classify('actieagenda', decisions, {
    purpose: 'Besluiten over een actie, met de datum van het overleg.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: WORK_RECORD,
    subject: { personId: ['authorId'] },
    erasure: { action: 'keep', reason: 'Besluiten blijven voor de regio; de auteur wordt Oud-deelnemer.' },
    columns: { id: 'none', actieId: 'none', authorId: 'personal', text: 'personal', meetingDate: 'none', createdAt: 'personal' },
  }),
  classify('actieagenda', checkInReminders, {
    purpose: 'Welke check-in-herinneringen zijn verstuurd (om er niet twee te sturen).',
    subjects: [],
    legalBasis: 'public-task',
    retention: WITH_AGENDA,
    columns: { actieId: 'none', dueDate: 'none', sentAt: 'none' },
  }),
];
