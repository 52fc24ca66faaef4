import { useEffect, useId, useRef, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import { errorMessage, useSocketEvent } from '@verbinder/web/api-client';
import { Button, EmptyState, ErrorMessage, Loading, formatDateTime } from '@verbinder/web/ui';
import { MARK_NOTIFICATIONS_READ, NOTIFICATIONS_QUERY, NOTIFICATION_PAGE_SIZE, UNREAD_COUNT_QUERY, type NotificationItem } from './notification.operations';

const listVariables = { first: NOTIFICATION_PAGE_SIZE };

/** Bell with unread count in the header, a panel with recent notifications, live via socket. */
export function NotificationCentre() {
  const client = useApolloClient();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const { data: countData } = useQuery(UNREAD_COUNT_QUERY);
  const list = useQuery(NOTIFICATIONS_QUERY, { variables: listVariables, skip: !open, fetchPolicy: 'cache-and-network' });
  const [markRead, markState] = useMutation(MARK_NOTIFICATIONS_READ, {
    refetchQueries: ['Notifications', 'UnreadNotificationCount'],
  });
  const unread = countData?.unreadNotificationCount ?? 0;

  useSocketEvent('notification:new', (notification) => {
    const item: NotificationItem = {
      __typename: 'Notification',
      id: notification.id,
      kind: notification.kind,
      title: notification.title,
      body: notification.body ?? null,
      link: notification.link ?? null,
      createdAt: notification.createdAt,
      readAt: notification.readAt ?? null,
    };
    client.cache.updateQuery({ query: NOTIFICATIONS_QUERY, variables: listVariables }, (data) => (data ? { notifications: [item, ...data.notifications.filter((n) => n.id !== item.id)] } : data));
    client.cache.updateQuery({ query: UNREAD_COUNT_QUERY }, (data) => (data ? { unreadNotificationCount: data.unreadNotificationCount + 1 } : data));
    setAnnouncement(`Nieuwe melding: ${notification.title}`);
  });

  // Close on Escape (focus back to the bell) and on a click outside the panel.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const notifications = list.data?.notifications;

  return (
    <div className="vb-notifications" ref={rootRef}>
      <button ref={buttonRef} type="button" className="vb-notifications__bell" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((value) => !value)}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="currentColor">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        <span className="vb-visually-hidden">Meldingen{unread > 0 ? `, ${unread} ongelezen` : ''}</span>
        {unread > 0 && (
          <span className="vb-notifications__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      <div className="vb-visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
      {open && (
        <div id={panelId} className="vb-notifications__panel" role="region" aria-label="Meldingen">
          <div className="vb-notifications__header">
            <h2>Meldingen</h2>
            <Button variant="quiet" busy={markState.loading} disabled={unread === 0} onClick={() => void markRead().catch(() => undefined)}>
              Alles gelezen
            </Button>
          </div>
          {markState.error && <p className="vb-field__error">{errorMessage(markState.error)}</p>}
          {notifications ? (
            notifications.length === 0 ? (
              <EmptyState message="Je hebt nog geen meldingen." />
            ) : (
              <ul className="vb-notifications__list">
                {notifications.map((notification) => (
                  <NotificationRow key={notification.id} notification={notification} onFollow={() => setOpen(false)} />
                ))}
              </ul>
            )
          ) : list.error ? (
            <ErrorMessage message={errorMessage(list.error)} onRetry={() => void list.refetch()} />
          ) : (
            <Loading label="Meldingen laden…" />
          )}
        </div>
      )}
    </div>
  );
}

function NotificationRow({ notification, onFollow }: { notification: NotificationItem; onFollow: () => void }) {
  const unread = !notification.readAt;
  const title = notification.link ? (
    notification.link.startsWith('/') ? (
      <Link to={notification.link} onClick={onFollow}>
        {notification.title}
      </Link>
    ) : (
      <a href={notification.link}>{notification.title}</a>
    )
  ) : (
    notification.title
  );
  return (
    <li className={unread ? 'vb-notification vb-notification--unread' : 'vb-notification'}>
      <p className="vb-notification__title">
        {unread && <span className="vb-visually-hidden">Ongelezen: </span>}
        {title}
      </p>
      {notification.body && <p>{notification.body}</p>}
      <p className="vb-muted">
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
      </p>
    </li>
  );
}
