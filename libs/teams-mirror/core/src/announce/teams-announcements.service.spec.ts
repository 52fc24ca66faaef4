import type { Actor, OutboxJob } from '@verbinder/shared/kernel';
import type { WerkgroepenService } from '@verbinder/werkgroepen/core';
import type { TeamsMirrorRepository } from '../mirror/mirror-repository.port';
import type { TeamsLink } from '../mirror/mirror.types';
import type { AnnouncementPatch, TeamsAnnouncementRepository } from './announcement-repository.port';
import type { AnnouncedDocument, TeamsAnnouncement } from './announcement.types';
import { AnnouncementDeliveryError, AnnouncementMessage, TeamsAnnouncerPort } from './announcer.port';
import { mirrorPorts, teamsLink } from '../testing/mirror-rows';
import { TeamsAnnouncementsService } from './teams-announcements.service';

const NOW = new Date('2026-03-02T10:00:00Z');
const ANNOUNCEMENT_ID = '00000000-0000-4000-8000-0000000000a1';
const LINK_ID = '00000000-0000-4000-8000-0000000000b1';
const HOOK = 'https://prod-01.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?sig=x';

const link = (patch: Partial<TeamsLink> = {}): TeamsLink => teamsLink({ id: LINK_ID, announcementWebhookUrl: HOOK, driveId: 'drive', folderId: 'folder', ...patch });

const announcement = (patch: Partial<TeamsAnnouncement> = {}): TeamsAnnouncement => ({
  id: ANNOUNCEMENT_ID,
  linkId: LINK_ID,
  status: 'SENDING',
  dueAt: NOW,
  documentCount: 2,
  attempts: 0,
  nextAttemptAt: null,
  lastError: null,
  sentAt: null,
  leaseUntil: null,
  createdAt: NOW,
  updatedAt: NOW,
  ...patch,
});

const actor = (role: 'BEHEERDER' | 'VERBINDER'): Actor => ({
  personId: 'p1',
  name: 'Anne',
  email: 'anne@example.org',
  systemRole: null,
  memberships: [{ regionId: 'r1', schoolId: null, role }] as Actor['memberships'],
});

function setup(
  options: {
    links?: TeamsLink[];
    claimed?: TeamsAnnouncement | null;
    post?: (url: string, message: AnnouncementMessage) => Promise<void>;
    documents?: AnnouncedDocument[];
    configured?: boolean;
    announcer?: boolean;
    maxAttempts?: number;
  } = {},
) {
  const links = options.links ?? [link()];
  const updates: AnnouncementPatch[] = [];
  const jobs: OutboxJob[] = [];
  const posts: AnnouncementMessage[] = [];
  const changes: string[] = [];
  const webhooks: Array<string | null> = [];
  let opened = 0;
  const repo: Partial<TeamsAnnouncementRepository> = {
    addToOpen: async (_linkId, _documentId, dueAt) => ({ announcement: announcement({ status: 'OPEN', dueAt }), opened: opened++ === 0 }),
    claim: async () => (options.claimed === undefined ? announcement() : options.claimed),
    update: async (_id, patch) => (updates.push(patch), announcement(patch)),
    documents: async () =>
      options.documents ?? [
        { documentId: 'd1', title: 'Leesplan', deleted: false },
        { documentId: 'd2', title: 'Toetsmatrijs', deleted: false },
      ],
    werkgroepName: async () => 'Engels',
    setWebhook: async (_id, url) => void webhooks.push(url),
  };
  const mirrorRepo: Partial<TeamsMirrorRepository> = { activeLinks: async () => links, findLink: async (id) => links.find((l) => l.id === id) ?? null };
  const announcer: TeamsAnnouncerPort = {
    post: async (url, message) => {
      posts.push(message);
      await options.post?.(url, message);
    },
    targetProblem: async () => null,
  };
  const werkgroepen = {
    changed: (_w: unknown, _kind: string, _id: string | null, action: string) => changes.push(action),
    access: async () => ({ werkgroep: { id: 'w1', regionId: 'r1' }, canRead: true, member: false }),
  } as unknown as WerkgroepenService;
  const service = new TeamsAnnouncementsService(
    repo as TeamsAnnouncementRepository,
    mirrorPorts({
      repo: mirrorRepo,
      settings: { configured: options.configured ?? true, maxAttempts: 5, leaseMs: 20_000 },
      outbox: { enqueue: async (job) => (jobs.push(job), true) },
      clock: { now: () => NOW },
    }),
    { windowMs: 120_000, maxAttempts: options.maxAttempts ?? 8, publicUrl: 'https://verbinder.example' },
    options.announcer === false ? null : announcer,
    werkgroepen,
  );
  return { service, updates, jobs, posts, changes, webhooks };
}

describe('TeamsAnnouncementsService', () => {
  it('opens one announcement per link with a webhook, due after the window, and queues its send job once', async () => {
    const t = setup({ links: [link(), link({ id: 'no-hook', announcementWebhookUrl: null })] });
    await t.service.documentAdded('w1', 'd1');
    await t.service.documentAdded('w1', 'd2');
    expect(t.jobs).toEqual([{ kind: 'teams.announce', payload: { announcementId: ANNOUNCEMENT_ID }, key: `teams-announce:${ANNOUNCEMENT_ID}`, runAfter: new Date(NOW.getTime() + 120_000) }]);
  });

  it('announces nothing on a server without the mirror configured', async () => {
    const t = setup({ configured: false });
    await t.service.documentAdded('w1', 'd1');
    expect(t.jobs).toEqual([]);
  });

  it('posts once and marks the announcement SENT', async () => {
    const t = setup();
    await t.service.send({ announcementId: ANNOUNCEMENT_ID });
    expect(t.posts).toHaveLength(1);
    expect(t.posts[0].title).toContain('Engels');
    expect(t.posts[0].items.map((i) => i.title)).toEqual(['Leesplan', 'Toetsmatrijs']);
    expect(t.updates).toEqual([{ status: 'SENT', sentAt: NOW, attempts: 1, lastError: null, nextAttemptAt: null, leaseUntil: null }]);
    expect(t.changes).toEqual(['announced']);
  });

  it('does nothing when the announcement is sent, failed or held by another sender', async () => {
    const t = setup({ claimed: null });
    await t.service.send({ announcementId: ANNOUNCEMENT_ID });
    await t.service.send({ announcementId: 'not-a-uuid' });
    expect(t.posts).toEqual([]);
    expect(t.updates).toEqual([]);
  });

  it('plans a retry at Retry-After on a retryable refusal, as a new outbox job', async () => {
    const t = setup({ post: async () => Promise.reject(new AnnouncementDeliveryError('Teams vraagt om te wachten.', 429, true, 30_000)) });
    await t.service.send({ announcementId: ANNOUNCEMENT_ID });
    const nextAttemptAt = new Date(NOW.getTime() + 30_000);
    expect(t.updates).toEqual([{ status: 'SENDING', attempts: 1, lastError: 'Teams vraagt om te wachten.', nextAttemptAt, leaseUntil: null }]);
    expect(t.jobs).toEqual([{ kind: 'teams.announce', payload: { announcementId: ANNOUNCEMENT_ID }, key: `teams-announce:${ANNOUNCEMENT_ID}:1`, runAfter: nextAttemptAt }]);
  });

  it('fails at once on a refusal a retry cannot fix, and after the last attempt', async () => {
    const removed = setup({ post: async () => Promise.reject(new AnnouncementDeliveryError('De workflow bestaat niet meer.', 404, false)) });
    await removed.service.send({ announcementId: ANNOUNCEMENT_ID });
    expect(removed.updates).toEqual([{ status: 'FAILED', attempts: 1, lastError: 'De workflow bestaat niet meer.', nextAttemptAt: null, leaseUntil: null }]);
    expect(removed.jobs).toEqual([]);
    const last = setup({ maxAttempts: 1, post: async () => Promise.reject(new Error('socket hang up')) });
    await last.service.send({ announcementId: ANNOUNCEMENT_ID });
    expect(last.updates).toEqual([{ status: 'FAILED', attempts: 1, lastError: 'Versturen mislukt: socket hang up (na 1 pogingen)', nextAttemptAt: null, leaseUntil: null }]);
  });

  it('skips the announcement when its link lost the webhook or every document was deleted', async () => {
    const noHook = setup({ links: [link({ announcementWebhookUrl: null })] });
    await noHook.service.send({ announcementId: ANNOUNCEMENT_ID });
    expect(noHook.updates[0]).toMatchObject({ status: 'SKIPPED' });
    const deleted = setup({ documents: [{ documentId: 'd1', title: 'Leesplan', deleted: true }] });
    await deleted.service.send({ announcementId: ANNOUNCEMENT_ID });
    expect(deleted.updates[0]).toMatchObject({ status: 'SKIPPED', lastError: 'De documenten zijn intussen verwijderd.' });
    expect(deleted.posts).toEqual([]);
  });

  it('lets only beheerders of the region set the webhook, refuses a bad address, and clears it with an empty value', async () => {
    const t = setup();
    await expect(t.service.setWebhook(actor('VERBINDER'), LINK_ID, HOOK)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(t.service.setWebhook(actor('BEHEERDER'), LINK_ID, 'http://example.org/hook')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(t.service.setWebhook(actor('BEHEERDER'), 'no-uuid', HOOK)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.service.setWebhook(actor('BEHEERDER'), LINK_ID, HOOK)).toMatchObject({ announcementWebhookUrl: HOOK });
    expect(await t.service.setWebhook(actor('BEHEERDER'), LINK_ID, '  ')).toMatchObject({ announcementWebhookUrl: null });
    expect(t.webhooks).toEqual([HOOK, null]);
  });
});
