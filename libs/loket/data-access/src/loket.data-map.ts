// The data map of the loket domain (see @verbinder/platform/db data-map.ts).
import { classify, Retention } from '@verbinder/platform/db';
import {
  loketAudit,
  loketCannedReplies,
  loketCompanies,
  loketContacts,
  loketMessages,
  loketRequests,
  loketRoutingRules,
  loketSignInLinks,
  loketSlaPolicies,
  loketSpentFormTokens,
} from './loket.tables';

/** A request's contact details and the company's messages are anonymised after the retention period. */
const REQUEST_RETENTION: Retention = {
  rule: 'Contactgegevens en berichten van het bedrijf worden geanonimiseerd LOKET_RETENTION_MONTHS maanden nadat de aanvraag is afgerond; op verzoek eerder (inzage en wissen per bedrijf).',
  enforcedBy: 'LoketPrivacyService.sweepRetention (RetentionJob), LoketPrivacyService.eraseCompany',
};
const SETTINGS: Retention = { rule: 'Zolang de regio de instelling gebruikt.', enforcedBy: null };

export const loketDataMap = [
  classify('loket', loketCompanies, {
    purpose: 'Bedrijven die het loket benaderen (naam, KvK-nummer, sector, plaats): één bedrijf, niet vijf keer.',
    subjects: [],
    legalBasis: 'public-task',
    retention: { rule: 'Zolang de regio met het bedrijf samenwerkt; op verzoek te wissen met al zijn aanvragen.', enforcedBy: 'LoketPrivacyService.eraseCompany' },
    columns: { id: 'none', regionId: 'none', name: 'none', kvk: 'none', sector: 'none', location: 'none', createdAt: 'none' },
  }),
  classify('loket', loketRequests, {
    purpose: 'Aanvragen van bedrijven (stageplaatsen, gastlessen, opdrachten) en hun behandeling door de scholen.',
    subjects: ['company-contacts', 'staff'],
    legalBasis: 'public-task',
    retention: REQUEST_RETENTION,
    subject: { email: ['contactEmail'] },
    erasure: { action: 'keep', reason: 'Aanvragen zijn van het bedrijf; de contactpersoon wordt gewist via het wissen van het bedrijf (LoketPrivacyService.eraseCompany).' },
    columns: {
      id: 'none', regionId: 'none', companyId: 'none', contactName: 'personal', contactEmail: 'personal', contactPhone: 'personal', type: 'none', level: 'none',
      period: 'none', periodStart: 'none', periodEnd: 'none', capacity: 'none', message: 'personal', submittedCompany: 'none', status: 'none',
      duplicateOfId: 'none', mergedIntoId: 'none', ownerId: 'personal', schoolIds: 'none', tokenHash: 'personal', firstResponseAt: 'none', pausedAt: 'none',
      pausedMs: 'none', closedAt: 'none', anonymisedAt: 'none', createdAt: 'none', updatedAt: 'none',
    },
  }),
  classify('loket', loketMessages, {
    purpose: 'Het gesprek over een aanvraag: berichten van het bedrijf, antwoorden en interne notities.',
    subjects: ['company-contacts', 'staff'],
    legalBasis: 'public-task',
    retention: REQUEST_RETENTION,
    subject: { personId: ['personId'] },
    erasure: { action: 'keep', reason: 'Het gesprek met het bedrijf blijft voor de school; de naam van de schrijver wordt Oud-deelnemer.', pseudonymise: { by: ['personId'], names: ['authorName'] } },
    columns: { id: 'none', requestId: 'none', originRequestId: 'none', author: 'none', personId: 'personal', authorName: 'personal', body: 'personal', createdAt: 'none' },
  }),
  classify('loket', loketRoutingRules, {
    purpose: 'Regels die een aanvraag naar een behandelaar en scholen sturen.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: SETTINGS,
    subject: { personId: ['assigneeId'] },
    erasure: { action: 'delete', reason: 'Aanvragen worden niet meer aan de persoon toegewezen.' },
    columns: { id: 'none', regionId: 'none', requestType: 'none', sector: 'none', assigneeId: 'personal', schoolIds: 'none', createdAt: 'none' },
  }),
  classify('loket', loketSlaPolicies, {
    purpose: 'Afspraken over reactietijden van het loket.',
    subjects: [],
    legalBasis: 'public-task',
    retention: SETTINGS,
    columns: { regionId: 'none', firstResponseMinutes: 'none', resolutionMinutes: 'none', warnBeforeMinutes: 'none', businessHours: 'none' },
  }),
  classify('loket', loketContacts, {
    purpose: 'Contactmomenten van scholen met een bedrijf (zodat een bedrijf niet door vijf scholen tegelijk wordt benaderd).',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: { rule: 'Zolang het bedrijf bestaat; notities worden gewist wanneer het bedrijf wordt gewist.', enforcedBy: 'LoketPrivacyService.eraseCompany' },
    subject: { personId: ['personId'] },
    erasure: { action: 'keep', reason: 'Contactmomenten met een bedrijf blijven voor de regio; de medewerker wordt Oud-deelnemer.' },
    columns: { id: 'none', regionId: 'none', companyId: 'none', schoolId: 'none', personId: 'personal', channel: 'none', requestId: 'none', note: 'personal', contactedAt: 'none' },
  }),
  classify('loket', loketSpentFormTokens, {
    purpose: 'Gebruikte formuliersleutels van het aanvraagformulier (tegen dubbel insturen en misbruik).',
    subjects: [],
    legalBasis: 'public-task',
    retention: { rule: 'Verwijderd zodra de sleutel verlopen is.', enforcedBy: 'LoketIntakeService (bij elke aanvraag)' },
    columns: { tokenHash: 'none', expiresAt: 'none' },
  }),
  classify('loket', loketCannedReplies, {
    purpose: 'Standaardantwoorden van het loket.',
    subjects: [],
    legalBasis: 'public-task',
    retention: SETTINGS,
    columns: { id: 'none', regionId: 'none', title: 'none', body: 'none', updatedAt: 'none' },
  }),
  classify('loket', loketAudit, {
    purpose: 'Wie een aanvraag bekeek of wijzigde (verantwoording over toegang tot gegevens van bedrijven).',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: { rule: 'Zolang de aanvraag bestaat.', enforcedBy: null },
    subject: { personId: ['personId'] },
    erasure: { action: 'keep', reason: 'De verantwoording over toegang tot gegevens van bedrijven blijft; de naam wordt Oud-deelnemer.', pseudonymise: { by: ['personId'], names: ['personName'] } },
    columns: { id: 'none', requestId: 'none', personId: 'personal', personName: 'personal', action: 'none', what: 'none', at: 'personal' },
  }),
  classify('loket', loketSignInLinks, {
    purpose: 'Inloglinks per e-mail voor contactpersonen van bedrijven (alleen een hash van de link).',
    subjects: ['company-contacts'],
    legalBasis: 'public-task',
    retention: { rule: 'Een dag na het verlopen van de link verwijderd.', enforcedBy: 'LoketPrivacyService.sweepRetention (RetentionJob)' },
    subject: { email: ['email'] },
    erasure: { action: 'delete', reason: 'Inloglinks naar het e-mailadres vervallen.' },
    columns: { id: 'none', regionId: 'none', email: 'personal', tokenHash: 'personal', expiresAt: 'none', usedAt: 'personal', createdAt: 'personal' },
  }),
];
