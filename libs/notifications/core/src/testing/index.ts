// A fake of the notifications port for the unit specs of other domains. Never part of a build
// (apps/api/tsconfig.app.json excludes **/testing/**); import as '@verbinder/notifications/core/testing'.
import type { NewNotification, NotificationsService } from '../notifications.service';

/** A NotificationsService that records who was notified of what (kind and title), in order. */
export function recordingNotifications() {
  const notified: Array<{ personIds: string[]; kind: string; title: string }> = [];
  const notifications = {
    notify: async (personIds: string[], n: NewNotification) => void notified.push({ personIds, kind: n.kind, title: n.title }),
  } as unknown as NotificationsService;
  return { notifications, notified };
}
