// The data map of the platform's own tables (see data-map.ts).
import { classify } from './data-map';
import { rateLimitAttempts } from './rate-limit.tables';

export const platformDbDataMap = [
  classify('platform', rateLimitAttempts, {
    purpose: 'Pogingen om in te loggen of formulieren te versturen, per e-mailadres of IP-adres, om misbruik te begrenzen.',
    subjects: ['staff', 'company-contacts', 'public'],
    legalBasis: 'legitimate-interest',
    retention: {
      rule: 'Zolang de limiet ze nodig heeft en hoogstens een dag; een geslaagde inlog zolang die het apparaat als bekend laat gelden.',
      enforcedBy: 'AuthService.purgeExpired (planner)',
    },
    columns: { key: 'personal', attemptedAt: 'personal', succeeded: 'personal' },
  }),
];
