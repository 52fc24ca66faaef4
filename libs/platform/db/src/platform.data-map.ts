// The data map of the platform's own tables (see data-map.ts).
import { classify } from './data-map';
import { personErasures } from './person-erasure.tables';
import { personExports } from './person-export.tables';
import { rateLimitAttempts } from './rate-limit.tables';

export const platformDbDataMap = [
  classify('platform', rateLimitAttempts, {
    purpose: 'Pogingen om in te loggen of formulieren te versturen, per e-mailadres of IP-adres, om misbruik te begrenzen.',
    subjects: ['staff', 'company-contacts', 'public'],
    legalBasis: 'legitimate-interest',
    retention: {
      rule: 'Zolang de limiet ze nodig heeft en hoogstens een dag; een geslaagde inlog zolang die het apparaat als bekend laat gelden.',
      enforcedBy: 'AuthService.purgeExpired (RetentionJob)',
    },
    erasure: { action: 'delete', reason: 'Inlogpogingen op het e-mailadres vervallen.', emailIn: ['key'] },
    columns: { key: 'personal', attemptedAt: 'personal', succeeded: 'personal' },
  }),
  classify('platform', personErasures, {
    purpose: 'Verantwoording van het wissen van personen (art. 17 AVG): wie het vroeg, wanneer, hoe ver het is en hoeveel rijen per tabel; zonder de gewiste gegevens.',
    subjects: ['staff'],
    legalBasis: 'legal-obligation',
    retention: { rule: 'Zolang Verbinder bestaat: het bewijs dat een verzoek tot wissen is uitgevoerd.', enforcedBy: null },
    columns: {
      id: 'none',
      personId: 'personal',
      requestedById: 'personal',
      requestedAt: 'personal',
      stepsDone: 'none',
      stepsTotal: 'none',
      removed: 'none',
      pendingEmail: 'personal',
      completedAt: 'personal',
    },
  }),
  classify('platform', personExports, {
    purpose: 'Inzage (art. 15 AVG) die te groot is om meteen te maken: voor wie, door wie gevraagd, de voortgang en het bestand (in DATA_DIR/exports) met de gegevens zelf, tot het verloopt.',
    subjects: ['staff'],
    legalBasis: 'legal-obligation',
    retention: {
      rule: 'Zeven dagen nadat het klaarstond (PERSON_EXPORT_RETENTION_HOURS); het bestand gaat mee. Bestanden zonder rij (een afgebroken taak) gaan na een dag.',
      enforcedBy: 'PreparedExportStore.purgeExpired (RetentionJob)',
    },
    subject: { personId: ['personId'] },
    erasure: { action: 'delete', reason: 'Een klaargezette inzage is van de persoon zelf; de bestanden gaan bij de eerste stap van het wissen.' },
    columns: {
      id: 'none',
      personId: 'personal',
      requestedById: 'personal',
      status: 'none',
      tablesDone: 'none',
      tablesTotal: 'none',
      fileName: 'none',
      sizeBytes: 'none',
      createdAt: 'personal',
      readyAt: 'personal',
      expiresAt: 'none',
    },
  }),
];
