// The data map of the outbox (see @verbinder/platform/db data-map.ts).
import { classify } from '@verbinder/platform/db';
import { outbox } from './outbox.tables';

export const outboxDataMap = [
  classify('platform', outbox, {
    purpose: 'Wachtrij van werk dat na een wijziging moet gebeuren: e-mails (met adres en tekst), Teams-spiegeling, aankondigingen.',
    subjects: ['staff', 'company-contacts', 'subscribers', 'public'],
    legalBasis: 'public-task',
    retention: { rule: 'Afgehandelde taken 30 dagen na afhandeling, opgegeven taken 90 dagen na aanmaken.', enforcedBy: 'DatabaseOutbox.purgeFinished (RetentionJob)' },
    erasure: {
      action: 'delete',
      reason: 'Taken met het e-mailadres van de persoon (e-mails aan hen) vervallen; in e-mails aan anderen wordt hun naam Oud-deelnemer.',
      emailIn: ['payload.to', 'payload.email'],
      nameIn: ['payload.subject', 'payload.text'],
    },
    columns: {
      id: 'none',
      kind: 'none',
      payload: 'personal',
      key: 'personal',
      status: 'none',
      attempts: 'none',
      runAfter: 'none',
      lockedUntil: 'none',
      lastError: 'none',
      createdAt: 'none',
      doneAt: 'none',
    },
  }),
];
