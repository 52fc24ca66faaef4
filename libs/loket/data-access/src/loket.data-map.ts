// The data map of the loket domain (see @verbinder/platform/db data-map.ts).
import { classify, nonPersonal, personal, publicTask, Retention } from '@verbinder/platform/db';
import * as tables from './loket.tables';

/** A request's contact details and the company's messages are anonymised after the retention period. */
const REQUEST_RETENTION: Retention = {
  rule: 'Contactgegevens en berichten van het bedrijf worden geanonimiseerd LOKET_RETENTION_MONTHS maanden nadat de aanvraag is afgerond; op verzoek eerder (inzage en wissen per bedrijf).',
  enforcedBy: 'LoketPrivacyService.sweepRetention (RetentionJob), LoketPrivacyService.eraseCompany',
};
const SETTINGS: Retention = { rule: 'Zolang de regio de instelling gebruikt.', enforcedBy: null };

export const loketDataMap = [
  classify('loket', tables.loketCompanies, {
    purpose: 'Bedrijven die het loket benaderen (naam, KvK-nummer, sector, plaats): één bedrijf, niet vijf keer.',
    ...publicTask([], { rule: 'Zolang de regio met het bedrijf samenwerkt; op verzoek te wissen met al zijn aanvragen.', enforcedBy: 'LoketPrivacyService.eraseCompany' }),
    columns: { ...nonPersonal('id', 'regionId', 'name', 'kvk', 'sector', 'location', 'createdAt') },
  }),
  classify('loket', tables.loketRequests, {
    purpose: 'Aanvragen van bedrijven (stageplaatsen, gastlessen, opdrachten) en hun behandeling door de scholen.',
    ...publicTask(['company-contacts', 'staff'], REQUEST_RETENTION),
    subject: { email: ['contactEmail'] },
    erasure: { action: 'keep', reason: 'Aanvragen zijn van het bedrijf; de contactpersoon wordt gewist via het wissen van het bedrijf (LoketPrivacyService.eraseCompany).' },
    columns: {
      ...nonPersonal('id', 'regionId', 'companyId', 'type', 'level', 'period', 'periodStart', 'periodEnd', 'capacity', 'submittedCompany', 'status', 'duplicateOfId', 'mergedIntoId', 'schoolIds'),
      ...nonPersonal('firstResponseAt', 'pausedAt', 'pausedMs', 'closedAt', 'anonymisedAt', 'createdAt', 'updatedAt'),
      ...personal('contactName', 'contactEmail', 'contactPhone', 'message', 'ownerId', 'tokenHash'),
    },
  }),
  classify('loket', tables.loketMessages, {
    purpose: 'Het gesprek over een aanvraag: berichten van het bedrijf, antwoorden en interne notities.',
    ...publicTask(['company-contacts', 'staff'], REQUEST_RETENTION),
    subject: { personId: ['personId'] },
    erasure: { action: 'keep', reason: 'Het gesprek met het bedrijf blijft voor de school; de naam van de schrijver wordt Oud-deelnemer.', pseudonymise: { by: ['personId'], names: ['authorName'] } },
    columns: { ...nonPersonal('id', 'requestId', 'originRequestId', 'author', 'createdAt'), ...personal('personId', 'authorName', 'body') },
  }),
  classify('loket', tables.loketRoutingRules, {
    purpose: 'Regels die een aanvraag naar een behandelaar en scholen sturen.',
    ...publicTask(['staff'], SETTINGS),
    subject: { personId: ['assigneeId'] },
    erasure: { action: 'delete', reason: 'Aanvragen worden niet meer aan de persoon toegewezen.' },
    columns: { ...nonPersonal('id', 'regionId', 'requestType', 'sector', 'schoolIds', 'createdAt'), ...personal('assigneeId') },
  }),
  classify('loket', tables.loketSlaPolicies, {
    purpose: 'Afspraken over reactietijden van het loket.',
    ...publicTask([], SETTINGS),
    columns: { ...nonPersonal('regionId', 'firstResponseMinutes', 'resolutionMinutes', 'warnBeforeMinutes', 'businessHours') },
  }),
  classify('loket', tables.loketContacts, {
    purpose: 'Contactmomenten van scholen met een bedrijf (zodat een bedrijf niet door vijf scholen tegelijk wordt benaderd).',
    ...publicTask(['staff'], { rule: 'Zolang het bedrijf bestaat; notities worden gewist wanneer het bedrijf wordt gewist.', enforcedBy: 'LoketPrivacyService.eraseCompany' }),
    subject: { personId: ['personId'] },
    erasure: { action: 'keep', reason: 'Contactmomenten met een bedrijf blijven voor de regio; de medewerker wordt Oud-deelnemer.' },
    columns: { ...nonPersonal('id', 'regionId', 'companyId', 'schoolId', 'channel', 'requestId', 'contactedAt'), ...personal('personId', 'note') },
  }),
  classify('loket', tables.loketSpentFormTokens, {
    purpose: 'Gebruikte formuliersleutels van het aanvraagformulier (tegen dubbel insturen en misbruik).',
    ...publicTask([], { rule: 'Verwijderd zodra de sleutel verlopen is.', enforcedBy: 'LoketIntakeService (bij elke aanvraag)' }),
    columns: { ...nonPersonal('tokenHash', 'expiresAt') },
  }),
  classify('loket', tables.loketCannedReplies, {
    purpose: 'Standaardantwoorden van het loket.',
    ...publicTask([], SETTINGS),
    columns: { ...nonPersonal('id', 'regionId', 'title', 'body', 'updatedAt') },
  }),
  classify('loket', tables.loketAudit, {
    purpose: 'Wie een aanvraag bekeek of wijzigde (verantwoording over toegang tot gegevens van bedrijven).',
    ...publicTask(['staff'], { rule: 'Zolang de aanvraag bestaat.', enforcedBy: null }),
    subject: { personId: ['personId'] },
    erasure: { action: 'keep', reason: 'De verantwoording over toegang tot gegevens van bedrijven blijft; de naam wordt Oud-deelnemer.', pseudonymise: { by: ['personId'], names: ['personName'] } },
    columns: { ...nonPersonal('id', 'requestId', 'action', 'what'), ...personal('personId', 'personName', 'at') },
  }),
  classify('loket', tables.loketSignInLinks, {
    purpose: 'Inloglinks per e-mail voor contactpersonen van bedrijven (alleen een hash van de link).',
    ...publicTask(['company-contacts'], { rule: 'Een dag na het verlopen van de link verwijderd.', enforcedBy: 'LoketPrivacyService.sweepRetention (RetentionJob)' }),
    subject: { email: ['email'] },
    erasure: { action: 'delete', reason: 'Inloglinks naar het e-mailadres vervallen.' },
    columns: { ...nonPersonal('id', 'regionId', 'expiresAt'), ...personal('email', 'tokenHash', 'usedAt', 'createdAt') },
  }),
];
