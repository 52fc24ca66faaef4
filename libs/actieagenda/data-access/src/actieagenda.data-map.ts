// The data map of the actieagenda domain (see @verbinder/platform/db data-map.ts).
import { classify, nonPersonal, personal, publicTask, Retention } from '@verbinder/platform/db';
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
    ...publicTask([], WITH_AGENDA),
    columns: { ...nonPersonal('id', 'regionId', 'title', 'periodStart', 'periodEnd', 'createdAt') },
  }),
  classify('actieagenda', actielijnen, {
    purpose: 'De actielijnen van een actieagenda.',
    ...publicTask([], WITH_AGENDA),
    columns: { ...nonPersonal('id', 'agendaId', 'number', 'title', 'description', 'focusYears') },
  }),
  classify('actieagenda', acties, {
    purpose: 'Acties binnen een actielijn: doel, trekkende school, voortgang en status.',
    ...publicTask([], WITH_AGENDA),
    columns: {
      ...nonPersonal('id', 'actielijnId', 'parentId', 'title', 'description', 'target', 'leadSchoolId', 'periodStart', 'periodEnd', 'status', 'closure', 'closedAt', 'progressMode', 'progress'),
      ...nonPersonal('cadenceDays', 'nextCheckInDue', 'isPublic', 'publicSummary', 'createdAt', 'updatedAt'),
    },
  }),
  classify('actieagenda', actiePartners, {
    purpose: 'Partnerscholen van een actie.',
    ...publicTask([], WITH_AGENDA),
    columns: { ...nonPersonal('actieId', 'schoolId') },
  }),
  classify('actieagenda', actieOwners, {
    purpose: 'Eigenaren van een actie (wie een check-in moet doen en herinneringen krijgt).',
    ...publicTask(['staff'], { rule: 'Tot de eigenaar wordt gewijzigd of de persoon wordt verwijderd.', enforcedBy: 'database (ON DELETE CASCADE)' }),
    subject: { personId: ['personId'] },
    erasure: { action: 'delete', reason: 'Eigenaarschap van een actie hoort bij een persoon die meedoet; de actie blijft.' },
    columns: { ...nonPersonal('actieId'), ...personal('personId') },
  }),
  classify('actieagenda', checkIns, {
    purpose: 'Check-ins: voortgang van een actie op een datum, met toelichting en bewijslinks.',
    ...publicTask(['staff'], WORK_RECORD),
    subject: { personId: ['authorId'] },
    erasure: { action: 'keep', reason: 'De voortgang van een actie is de geschiedenis van de regio; de auteur wordt Oud-deelnemer.' },
    columns: { ...nonPersonal('id', 'actieId', 'date', 'status', 'progress', 'evidenceLinks'), ...personal('authorId', 'text', 'createdAt') },
  }),
  classify('actieagenda', bijstellingen, {
    purpose: 'Bijstellingen van een actie: wat veranderde en waarom.',
    ...publicTask(['staff'], WORK_RECORD),
    subject: { personId: ['authorId'] },
    erasure: { action: 'keep', reason: 'Bijstellingen van de actieagenda blijven voor de regio; de auteur wordt Oud-deelnemer.' },
    columns: { ...nonPersonal('id', 'actieId', 'what', 'before', 'after'), ...personal('authorId', 'why', 'createdAt') },
  }),
  classify('actieagenda', reviews, {
    purpose: 'Reviews van een actie door de stuurgroep: gevraagd, besloten, toelichting.',
    ...publicTask(['staff'], WORK_RECORD),
    subject: { personId: ['requestedById', 'decidedById'] },
    erasure: { action: 'keep', reason: 'Reviews van de actieagenda blijven voor de regio; aanvrager en beslisser worden Oud-deelnemer.' },
    columns: { ...nonPersonal('id', 'actieId', 'outcome'), ...personal('requestedById', 'requestedAt', 'question', 'decidedById', 'decidedAt', 'note') },
  }),
  classify('actieagenda', decisions, {
    purpose: 'Besluiten over een actie, met de datum van het overleg.',
    ...publicTask(['staff'], WORK_RECORD),
    subject: { personId: ['authorId'] },
    erasure: { action: 'keep', reason: 'Besluiten blijven voor de regio; de auteur wordt Oud-deelnemer.' },
    columns: { ...nonPersonal('id', 'actieId', 'meetingDate'), ...personal('authorId', 'text', 'createdAt') },
  }),
  classify('actieagenda', checkInReminders, {
    purpose: 'Welke check-in-herinneringen zijn verstuurd (om er niet twee te sturen).',
    ...publicTask([], WITH_AGENDA),
    columns: { ...nonPersonal('actieId', 'dueDate', 'sentAt') },
  }),
];
