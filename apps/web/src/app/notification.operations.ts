import { gql, type TypedDocumentNode } from '@apollo/client';

export const NOTIFICATION_PAGE_SIZE = 20;

export interface NotificationItem {
  __typename?: 'Notification';
  id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export const NOTIFICATIONS_QUERY: TypedDocumentNode<{ notifications: NotificationItem[] }, { first: number }> = gql`
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
`;

export const UNREAD_COUNT_QUERY: TypedDocumentNode<{ unreadNotificationCount: number }, Record<string, never>> = gql`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`;

export const MARK_NOTIFICATIONS_READ: TypedDocumentNode<{ markNotificationsRead: number }, { ids?: string[] }> = gql`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`;
