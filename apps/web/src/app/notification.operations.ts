import { graphql, type NotificationsQuery } from '@verbinder/web/api-client';

export const NOTIFICATION_PAGE_SIZE = 20;

/** A notification as the list selects it; written to the cache by hand when the socket brings one. */
export type NotificationItem = NotificationsQuery['notifications'][number] & { __typename?: 'Notification' };

export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications($first: Int) {
    notifications(first: $first) {
      id
      kind
      title
      body
      link
      createdAt
      readAt
    }
  }
`);

export const UNREAD_COUNT_QUERY = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
