// The data map of the notifications domain (see @verbinder/platform/db data-map.ts).
import { classify, nonPersonal, personal, publicTask } from '@verbinder/platform/db';
import { notifications } from './notifications.tables';

export const notificationsDataMap = [
  classify('notifications', notifications, {
    purpose: 'Meldingen in de app voor een medewerker (nieuwe berichten, herinneringen, toewijzingen).',
    ...publicTask(['staff'], { rule: 'Gelezen meldingen 90 dagen, ongelezen een jaar; verdwijnen met de persoon.', enforcedBy: 'NotificationsService.purgeExpired (RetentionJob)' }),
    subject: { personId: ['personId'] },
    erasure: { action: 'delete', reason: 'Meldingen aan de persoon; in meldingen aan anderen wordt hun naam Oud-deelnemer.', nameIn: ['title', 'body'] },
    columns: { ...nonPersonal('id', 'kind', 'link'), ...personal('personId', 'title', 'body', 'createdAt', 'readAt') },
  }),
];
