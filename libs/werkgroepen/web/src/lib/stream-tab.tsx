import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { errorMessage, useRefetchQueries, useViewer } from '@verbinder/web/api-client';
import { CancelButton, Badge, Button, ConfirmDialog, EmptyState, ErrorMessage, formatDateTime, Notice } from '@verbinder/web/ui';
import { QueryState } from '@verbinder/web/forms';
import { REACTIONS } from './labels';
import {
  CREATE_POST,
  DELETE_POST,
  EDIT_POST,
  LIVE_WERKGROEP_QUERIES,
  MARK_READ,
  REACT_TO_POST,
  WERKGROEP_POSTS_QUERY,
  type WerkgroepDetail,
  type WerkgroepMember,
  type WerkgroepPost,
  type WerkgroepPostReply,
} from './operations';
import { PostBody } from './post-body';
import { NotAMemberNotice, useWerkgroep } from './werkgroep-layout';

const PAGE = 30;

/** The Stroom tab: threads newest first, replies inside, a composer with @mentions, live. */
export function StreamTab() {
  const { werkgroep, live } = useWerkgroep();
  if (!werkgroep.permissions.canRead) return <NotAMemberNotice werkgroep={werkgroep} />;
  return <Stream werkgroep={werkgroep} connected={live.connected} />;
}

function Stream({ werkgroep, connected }: { werkgroep: WerkgroepDetail; connected: boolean }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(WERKGROEP_POSTS_QUERY, { variables: { werkgroepId: werkgroep.id }, fetchPolicy: 'cache-and-network' });
  const refresh = useRefetchQueries(LIVE_WERKGROEP_QUERIES);
  const [markRead] = useMutation(MARK_READ);
  const [olderDone, setOlderDone] = useState(false);
  const [loadingOlder, setLoadingOlder] = useState(false);

  // Viewing the stream reads it: mark it read whenever there is something unread.
  const marking = useRef(false);
  useEffect(() => {
    if (!werkgroep.permissions.isMember || werkgroep.unreadCount === 0 || marking.current) return;
    marking.current = true;
    markRead({ variables: { werkgroepId: werkgroep.id } })
      .then(() => refresh())
      .catch(() => undefined)
      .finally(() => {
        marking.current = false;
      });
  }, [werkgroep.id, werkgroep.unreadCount, werkgroep.permissions.isMember, markRead, refresh]);

  const loadOlder = async (posts: WerkgroepPost[]) => {
    const oldest = posts[posts.length - 1];
    if (!oldest) return;
    setLoadingOlder(true);
    try {
      const more = await fetchMore({
        variables: { werkgroepId: werkgroep.id, before: oldest.createdAt },
        updateQuery: (previous, { fetchMoreResult }) => ({ werkgroepPosts: [...previous.werkgroepPosts, ...fetchMoreResult.werkgroepPosts] }),
      });
      if (more.data.werkgroepPosts.length < PAGE) setOlderDone(true);
    } finally {
      setLoadingOlder(false);
    }
  };

  return (
    <section aria-labelledby="stroom-titel" className="vb-stream">
      <h2 id="stroom-titel" className="vb-visually-hidden">
        Stroom
      </h2>
      <p className="vb-stream__live" role="status">
        {connected ? 'Live: nieuwe berichten verschijnen vanzelf.' : 'Geen live verbinding; vernieuw de pagina voor nieuwe berichten.'}
      </p>
      {werkgroep.permissions.canWrite ? (
        <Composer werkgroep={werkgroep} onSent={() => void refresh()} />
      ) : (
        <Notice tone="info">{werkgroep.archivedAt ? 'Deze werkgroep is gearchiveerd; er kan niets meer bij.' : 'Je leest mee: alleen leden van de werkgroep kunnen berichten plaatsen.'}</Notice>
      )}
      <QueryState data={data?.werkgroepPosts} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Berichten laden…">
        {(posts) =>
          posts.length === 0 ? (
            <EmptyState message="Nog geen berichten. Begin het gesprek: wat wil je met de groep delen?" />
          ) : (
            <>
              <ol className="vb-stream__threads">
                {posts.map((post) => (
                  <li key={post.id}>
                    <PostItem post={post} werkgroep={werkgroep} onChanged={() => void refresh()} />
                  </li>
                ))}
              </ol>
              {posts.length >= PAGE && !olderDone && (
                <Button variant="secondary" busy={loadingOlder} onClick={() => void loadOlder(posts)}>
                  Oudere berichten laden
                </Button>
              )}
            </>
          )
        }
      </QueryState>
    </section>
  );
}

/** Only mentions whose "@Naam" is still in the text are sent. */
function mentionsIn(body: string, members: readonly WerkgroepMember[], chosen: readonly string[]): string[] {
  return chosen.filter((id) => {
    const member = members.find((m) => m.personId === id);
    return member ? body.includes(`@${member.person.name}`) : false;
  });
}

function Composer({
  werkgroep,
  parentId,
  initial,
  postId,
  label,
  onSent,
  onCancel,
}: {
  werkgroep: WerkgroepDetail;
  parentId?: string;
  initial?: { body: string; mentionIds: string[] };
  /** Editing this post. */
  postId?: string;
  label?: string;
  onSent: () => void;
  onCancel?: () => void;
}) {
  const [body, setBody] = useState(initial?.body ?? '');
  const [mentionIds, setMentionIds] = useState<string[]>(initial?.mentionIds ?? []);
  const [picking, setPicking] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [create, createState] = useMutation(CREATE_POST);
  const [edit, editState] = useMutation(EDIT_POST);
  const busy = createState.loading || editState.loading;
  const serverError = createState.error ?? editState.error;
  const { data: viewer } = useViewer();
  const me = viewer?.viewer.person?.id;
  const candidates = werkgroep.members.filter((m) => m.personId !== me);
  const fieldId = `composer-${postId ?? parentId ?? 'nieuw'}`;

  const insertMention = (member: WerkgroepMember) => {
    const el = textarea.current;
    const at = el ? el.selectionStart : body.length;
    const before = body.slice(0, at);
    const text = `${before && !/\s$/.test(before) ? ' ' : ''}@${member.person.name} `;
    const next = before + text + body.slice(at);
    setBody(next);
    setMentionIds((ids) => (ids.includes(member.personId) ? ids : [...ids, member.personId]));
    setPicking(false);
    requestAnimationFrame(() => {
      el?.focus();
      const caret = at + text.length;
      el?.setSelectionRange(caret, caret);
    });
  };

  const send = async () => {
    if (!body.trim()) {
      setLocalError('Schrijf eerst een bericht.');
      return;
    }
    if (body.length > 5000) {
      setLocalError('Een bericht mag hoogstens 5000 tekens hebben.');
      return;
    }
    setLocalError(null);
    const mentions = mentionsIn(body, werkgroep.members, mentionIds);
    try {
      if (postId) await edit({ variables: { id: postId, body, mentionIds: mentions } });
      else await create({ variables: { input: { werkgroepId: werkgroep.id, body, parentId: parentId ?? null, mentionIds: mentions } } });
      setBody('');
      setMentionIds([]);
      onSent();
    } catch {
      // shown below from the mutation state
    }
  };

  const message = localError ?? (serverError ? errorMessage(serverError) : null);
  return (
    <form
      className="vb-composer"
      aria-label={label ?? (postId ? 'Bericht bewerken' : parentId ? 'Reactie schrijven' : 'Bericht plaatsen')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <label htmlFor={fieldId} className="vb-field__label">
        {postId ? 'Bericht' : parentId ? 'Je reactie' : 'Nieuw bericht'}
      </label>
      <textarea
        id={fieldId}
        ref={textarea}
        className="vb-input"
        rows={parentId || postId ? 2 : 3}
        value={body}
        maxLength={5000}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${fieldId}-error` : undefined}
        onChange={(event) => setBody(event.target.value)}
      />
      {message && (
        <p className="vb-field__error" id={`${fieldId}-error`} role="alert">
          {message}
        </p>
      )}
      <div className="vb-composer__actions">
        <Button type="submit" busy={busy}>
          {postId ? 'Opslaan' : parentId ? 'Reageren' : 'Plaatsen'}
        </Button>
        {candidates.length > 0 && (
          <Button variant="secondary" aria-expanded={picking} aria-controls={`${fieldId}-mentions`} onClick={() => setPicking((p) => !p)}>
            @ Iemand noemen
          </Button>
        )}
        {onCancel && <CancelButton variant="quiet" onClick={onCancel} />}
      </div>
      {picking && (
        <ul className="vb-composer__mentions" id={`${fieldId}-mentions`} aria-label="Leden om te noemen">
          {candidates.map((m) => (
            <li key={m.personId}>
              <button type="button" className="vb-link-button" onClick={() => insertMention(m)}>
                {m.person.name}
                {m.school ? <span className="vb-muted"> · {m.school.name}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

function PostItem({ post, werkgroep, onChanged, isReply = false }: { post: WerkgroepPost | WerkgroepPostReply; werkgroep: WerkgroepDetail; onChanged: () => void; isReply?: boolean }) {
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  // Replies come with the full post fields; their own replies only as ids (the stream is one level deep).
  const listed: ReadonlyArray<WerkgroepPostReply | { id: string }> = post.replies;
  const replies = listed.filter((reply): reply is WerkgroepPostReply => 'body' in reply);
  const [remove, removeState] = useMutation(DELETE_POST);
  const [react, reactState] = useMutation(REACT_TO_POST);
  const canWrite = werkgroep.permissions.canWrite;
  const headingId = `post-${post.id}`;

  return (
    <article className={['vb-post', isReply ? 'vb-post--reply' : '', post.deleted ? 'vb-post--deleted' : ''].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <header className="vb-post__header">
        <h3 id={headingId} className="vb-post__author">
          {post.author?.name ?? 'Onbekend'}
        </h3>
        <time dateTime={post.createdAt}>{formatDateTime(post.createdAt)}</time>
        {post.editedAt && !post.deleted && <Badge>bewerkt</Badge>}
        {post.revisions.length > 0 && (
          <button type="button" className="vb-link-button" aria-expanded={showHistory} onClick={() => setShowHistory((s) => !s)}>
            {showHistory ? 'Geschiedenis verbergen' : `Geschiedenis (${post.revisions.length})`}
          </button>
        )}
      </header>
      {editing ? (
        <Composer
          werkgroep={werkgroep}
          postId={post.id}
          initial={{ body: post.body, mentionIds: post.mentions.map((m) => m.id) }}
          onSent={() => {
            setEditing(false);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : post.deleted ? (
        <p className="vb-post__body vb-muted">Dit bericht is verwijderd.</p>
      ) : (
        <PostBody body={post.body} terms={post.glossaryTerms} regionSlug={werkgroep.region.slug} />
      )}
      {showHistory && (
        <section className="vb-post__history" aria-label="Eerdere versies">
          <ol>
            {post.revisions.map((r, i) => (
              <li key={i}>
                <p className="vb-muted">
                  {r.change === 'DELETED' ? 'Verwijderd' : 'Vervangen'} op {formatDateTime(r.replacedAt)}
                  {r.replacedBy ? ` door ${r.replacedBy.name}` : ''}:
                </p>
                <p className="vb-post__body">{r.body}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {!post.deleted && (
        <div className="vb-post__reactions" role="group" aria-label="Reacties">
          {post.reactions.map((r) => {
            const label = REACTIONS.find((x) => x.emoji === r.reaction)?.label ?? r.reaction;
            return (
              <button
                key={r.reaction}
                type="button"
                className="vb-reaction"
                aria-pressed={r.mine}
                disabled={!canWrite || reactState.loading}
                onClick={() => void react({ variables: { id: post.id, reaction: r.reaction } }).then(onChanged, () => undefined)}
              >
                <span aria-hidden="true">{r.reaction}</span> {r.count}
                <span className="vb-visually-hidden">
                  {' '}
                  × {label}
                  {r.mine ? ', ook van jou' : ''}
                </span>
              </button>
            );
          })}
          {canWrite && (
            <details className="vb-reaction-picker">
              <summary>Reactie geven</summary>
              {REACTIONS.map((r) => (
                <button
                  key={r.emoji}
                  type="button"
                  className="vb-reaction"
                  aria-label={r.label}
                  disabled={reactState.loading}
                  onClick={() => void react({ variables: { id: post.id, reaction: r.emoji } }).then(onChanged, () => undefined)}
                >
                  {r.emoji}
                </button>
              ))}
            </details>
          )}
        </div>
      )}
      {reactState.error && <ErrorMessage message={errorMessage(reactState.error)} />}
      <div className="vb-post__actions">
        {!isReply && canWrite && !post.deleted && (
          <Button variant="quiet" aria-expanded={replying} onClick={() => setReplying((r) => !r)}>
            Reageren
          </Button>
        )}
        {post.canEdit && !editing && (
          <Button variant="quiet" onClick={() => setEditing(true)}>
            Bewerken
          </Button>
        )}
        {post.canDelete && (
          <Button variant="quiet" onClick={() => setConfirmDelete(true)}>
            Verwijderen
          </Button>
        )}
      </div>
      {replies.length > 0 && (
        <ol className="vb-post__replies" aria-label={`Reacties op het bericht van ${post.author?.name ?? 'onbekend'}`}>
          {replies.map((reply) => (
            <li key={reply.id}>
              <PostItem post={reply} werkgroep={werkgroep} onChanged={onChanged} isReply />
            </li>
          ))}
        </ol>
      )}
      {replying && (
        <Composer
          werkgroep={werkgroep}
          parentId={post.id}
          onSent={() => {
            setReplying(false);
            onChanged();
          }}
          onCancel={() => setReplying(false)}
        />
      )}
      <ConfirmDialog
        open={confirmDelete}
        title="Bericht verwijderen?"
        confirmLabel="Verwijderen"
        destructive
        busy={removeState.loading}
        error={removeState.error ? errorMessage(removeState.error) : undefined}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() =>
          void remove({ variables: { id: post.id } }).then(
            () => {
              setConfirmDelete(false);
              onChanged();
            },
            () => undefined,
          )
        }
      >
        <p>Het bericht blijft als &quot;verwijderd&quot; in de stroom staan; de leden kunnen de eerdere tekst in de geschiedenis terugzien.</p>
      </ConfirmDialog>
    </article>
  );
}
