// The data map of the outbox (see @verbinder/platform/db data-map.ts).
import { classify } from '@verbinder/platform/db';
import { outbox } from './outbox.tables';

export const outboxDataMap = [
  classify('platform', outbox, {
    purpose: 'Wachtrij van werk dat na een wijziging moet gebeuren: e-mails (met adres en tekst), Teams-spiegeling, aankondigingen.',
    subjects: ['staff', 'company-contacts', 'subscribers', 'public'],
    legalBasis: 'public-task',
    retention: { rule: 'Afgehandelde taken blijven bewaard; nog geen automatische opruiming.', enforcedBy: null },
    columns: { id: 'none', kind: 'none', payload: 'personal', key: 'personal', status: 'none', attempts: 'none', runAfter: 'none', lockedUntil: 'none', lastError: 'none', createdAt: 'none', doneAt: 'none' },
  }),
];
