// The werkgroep stream and the taalbrug end to end against the built API: a post reaches the
// other members live (socket.io room and graphql-ws), mentions of non-members are refused and
// nothing is stored, mentions notify, edits and deletes keep their history, reactions toggle,
// unread counts; who may read and write; the glossary with Dutch stemming; meetings linked to
// a group and the schijnsamenwerking signal on the demo groups.
import { viewerPersonId } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { connectSocket, graphqlWsClient, nextEvent, subscribe } from '../support/realtime-clients';
import { werkgroepenSuite } from '../support/werkgroepen-fixtures';

interface Post {
  id: string;
  parentId: string | null;
  body: string;
  deleted: boolean;
  editedAt: string | null;
  author: { name: string } | null;
  mentions: Array<{ id: string }>;
  replies: Post[];
  reactions: Array<{ reaction: string; count: number; mine: boolean }>;
  revisions: Array<{ body: string; change: string; replacedBy: { name: string } | null }>;
  canEdit: boolean;
  canDelete: boolean;
  glossaryTerms: Array<{ term: string }>;
}

const POST_FIELDS = `id parentId body deleted editedAt author { name } mentions { id } canEdit canDelete glossaryTerms { term }
  reactions { reaction count mine } revisions { body change replacedBy { name } }`;
const POSTS = `query($w: ID!) { werkgroepPosts(werkgroepId: $w) { ${POST_FIELDS} replies { ${POST_FIELDS} replies { id } } } }`;
const CREATE = `mutation($input: WerkgroepPostInput!) { createWerkgroepPost(input: $input) { ${POST_FIELDS} } }`;
const UNREAD = 'query($w: ID!) { werkgroep(id: $w) { unreadCount } }';
const GLOSSARY = 'query($r: ID!, $s: String) { glossary(regionId: $r, search: $s) { term } }';

describe('werkgroep stream and taalbrug', () => {
  const suite = werkgroepenSuite();
  /** The verbinder Sanne, made a member (LID) of the Engels group for this suite: the "other member". */
  let lotte: GraphqlHttpClient;
  let sanneId: string;
  let peterId: string;

  beforeAll(async () => {
    sanneId = await viewerPersonId(suite.verbinder);
    peterId = await viewerPersonId(suite.beheerder);
    await suite.verbinder.request('mutation($w: ID!, $p: ID!) { upsertWerkgroepMember(input: { werkgroepId: $w, personId: $p, role: LID }) { personId } }', {
      w: suite.ids.engelsWerkgroepId,
      p: sanneId,
    });
    lotte = suite.verbinder;
  }, 90_000);

  const posts = async (client: GraphqlHttpClient, w = suite.ids.engelsWerkgroepId) => (await client.request<{ werkgroepPosts: Post[] }>(POSTS, { w })).werkgroepPosts;
  const create = async (client: GraphqlHttpClient, input: Record<string, unknown>) =>
    (await client.request<{ createWerkgroepPost: Post }>(CREATE, { input: { werkgroepId: suite.ids.engelsWerkgroepId, ...input } })).createWerkgroepPost;
  const unread = async (client: GraphqlHttpClient) => (await client.request<{ werkgroep: { unreadCount: number } }>(UNREAD, { w: suite.ids.engelsWerkgroepId })).werkgroep.unreadCount;
  const codes = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.map((e) => e.extensions?.['code']);

  it('shows the demo stream: threads newest first, replies oldest first inside', async () => {
    const stream = await posts(suite.docent);
    expect(stream.length).toBeGreaterThanOrEqual(5);
    const thread = stream.find((p) => p.replies.length > 0);
    expect(thread?.replies[0].parentId).toBe(thread?.id);
    expect(stream.every((p) => p.parentId === null)).toBe(true);
  });

  it('delivers a new post live to the other members (socket.io and graphql-ws) and counts it as unread for them', async () => {
    await lotte.request('mutation($w: ID!) { markWerkgroepRead(werkgroepId: $w) }', { w: suite.ids.engelsWerkgroepId });
    await suite.docent.request('mutation($w: ID!) { markWerkgroepRead(werkgroepId: $w) }', { w: suite.ids.engelsWerkgroepId });
    expect(await unread(lotte)).toBe(0);

    const socket = await connectSocket(suite.api.url, lotte.cookieHeader());
    suite.sockets.push(socket);
    expect(await socket.emitWithAck('werkgroep:watch', suite.ids.engelsWerkgroepId)).toEqual({ ok: true });
    const ws = graphqlWsClient(suite.api.url, lotte.cookieHeader());
    const changes = subscribe<{ werkgroepChanged: { kind: string; entityId: string; action: string } }>(ws, 'subscription($w: ID!) { werkgroepChanged(werkgroepId: $w) { kind entityId action } }', {
      w: suite.ids.engelsWerkgroepId,
    });
    await new Promise((r) => setTimeout(r, 300));

    const onSocket = nextEvent<{ werkgroepId: string; kind: string; entityId: string }>(socket, 'werkgroep:changed');
    const post = await create(suite.docent, { body: 'Wie neemt de stage-opdracht Engels mee naar de bijeenkomst? De Stage begint in maart.' });
    expect(post.author?.name).toBe('Youssef El Amrani');
    expect(post.glossaryTerms.map((t) => t.term)).toEqual(['Stage']);
    expect(await onSocket).toMatchObject({ werkgroepId: suite.ids.engelsWerkgroepId, kind: 'post', entityId: post.id });
    expect((await changes.next()).data?.werkgroepChanged).toEqual({ kind: 'post', entityId: post.id, action: 'created' });

    expect(await unread(lotte)).toBe(1);
    // Your own post is not unread for you.
    expect(await unread(suite.docent)).toBe(0);
    await lotte.request('mutation($w: ID!) { markWerkgroepRead(werkgroepId: $w) }', { w: suite.ids.engelsWerkgroepId });
    expect(await unread(lotte)).toBe(0);
    await ws.dispose();
  }, 30_000);

  it('refuses a mention of a non-member, naming the person, and stores nothing', async () => {
    const before = (await posts(suite.docent)).length;
    const result = await suite.docent.query(CREATE, { input: { werkgroepId: suite.ids.engelsWerkgroepId, body: '@Peter Jansen kijk je mee?', mentionIds: [peterId] } });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].message).toBe('Peter Jansen is geen lid van deze werkgroep.');
    expect((await posts(suite.docent)).length).toBe(before);
  });

  it('notifies mentioned members with a link to the group, and threads a reply to a reply under the root', async () => {
    const root = await create(suite.docent, { body: '@Sanne de Vries heb jij de spreekvaardigheidstoetsen?', mentionIds: [sanneId] });
    expect(root.mentions).toEqual([{ id: sanneId }]);
    const { notifications } = await lotte.request<{ notifications: Array<{ title: string; link: string }> }>('{ notifications { title link } }');
    expect(notifications).toContainEqual({ title: 'Youssef El Amrani noemde je in Interscolaire vakgroep Engels', link: `/werkgroep/${suite.ids.engelsWerkgroepId}` });

    const reply = await create(lotte, { body: 'Ja, ik zet ze in de map.', parentId: root.id });
    const replyToReply = await create(suite.docent, { body: 'Dank je!', parentId: reply.id });
    expect(replyToReply.parentId).toBe(root.id);
    const thread = (await posts(lotte)).find((p) => p.id === root.id);
    expect(thread?.replies.map((r) => r.body)).toEqual(['Ja, ik zet ze in de map.', 'Dank je!']);
    expect(thread?.replies.every((r) => r.replies.length === 0)).toBe(true);
  });

  it('keeps the history of edits and deletes; only the author edits', async () => {
    const post = await create(lotte, { body: 'Eerste versie' });
    expect(post.canEdit).toBe(true);
    const foreign = await suite.docent.query('mutation($id: ID!) { editWerkgroepPost(id: $id, body: "Van Youssef") { id } }', { id: post.id });
    expect(codes(foreign)).toEqual(['FORBIDDEN']);
    const { editWerkgroepPost: edited } = await lotte.request<{ editWerkgroepPost: Post }>(`mutation($id: ID!) { editWerkgroepPost(id: $id, body: "Tweede versie") { ${POST_FIELDS} } }`, {
      id: post.id,
    });
    expect(edited.body).toBe('Tweede versie');
    expect(edited.editedAt).not.toBeNull();
    expect(edited.revisions).toEqual([{ body: 'Eerste versie', change: 'EDITED', replacedBy: { name: 'Sanne de Vries' } }]);

    // A plain member may not delete someone else's post.
    const otherMember = await suite.docent.query('mutation($id: ID!) { deleteWerkgroepPost(id: $id) { id } }', { id: post.id });
    expect(codes(otherMember)).toEqual(['FORBIDDEN']);
    const { deleteWerkgroepPost: deleted } = await lotte.request<{ deleteWerkgroepPost: Post }>(`mutation($id: ID!) { deleteWerkgroepPost(id: $id) { ${POST_FIELDS} } }`, { id: post.id });
    expect(deleted).toMatchObject({ body: '', deleted: true, canEdit: false, canDelete: false });
    expect(deleted.revisions.map((r) => [r.change, r.body])).toEqual([
      ['EDITED', 'Eerste versie'],
      ['DELETED', 'Tweede versie'],
    ]);
    // It keeps its place in the stream, with its history, for every member.
    expect((await posts(suite.docent)).find((p) => p.id === post.id)).toMatchObject({ deleted: true, body: '', revisions: [{ body: 'Eerste versie' }, { body: 'Tweede versie' }] });
  });

  it('toggles reactions and refuses reactions outside the set', async () => {
    const post = await create(lotte, { body: 'Nieuwe planning staat in de map.' });
    const react = `mutation($id: ID!, $r: String!) { reactToWerkgroepPost(id: $id, reaction: $r) { reactions { reaction count mine } } }`;
    type R = { reactToWerkgroepPost: { reactions: Post['reactions'] } };
    expect((await suite.docent.request<R>(react, { id: post.id, r: '👍' })).reactToWerkgroepPost.reactions).toEqual([{ reaction: '👍', count: 1, mine: true }]);
    expect((await lotte.request<R>(react, { id: post.id, r: '👍' })).reactToWerkgroepPost.reactions).toEqual([{ reaction: '👍', count: 2, mine: true }]);
    expect((await suite.docent.request<R>(react, { id: post.id, r: '👍' })).reactToWerkgroepPost.reactions).toEqual([{ reaction: '👍', count: 1, mine: false }]);
    expect(codes(await suite.docent.query(react, { id: post.id, r: '🤡' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('shows nothing of a members-only group to a non-member, and lets the region read but not post in a region-readable group', async () => {
    expect(codes(await suite.docent.query(POSTS, { w: suite.ids.techniekWerkgroepId }))).toEqual(['NOT_FOUND']);
    expect(codes(await suite.docent.query(CREATE, { input: { werkgroepId: suite.ids.techniekWerkgroepId, body: 'Hallo' } }))).toEqual(['NOT_FOUND']);
    // A beheerder of the region manages the Engels group but does not read its content.
    expect(codes(await suite.beheerder.query(POSTS, { w: suite.ids.engelsWerkgroepId }))).toEqual(['FORBIDDEN']);

    const { createWerkgroep } = await suite.verbinder.request<{ createWerkgroep: { id: string } }>(
      'mutation($r: ID!) { createWerkgroep(input: { regionId: $r, kind: DECANENKRING, name: "Decanenkring open", visibility: REGION }) { id } }',
      { r: suite.ids.regionId },
    );
    await suite.verbinder.request(CREATE, { input: { werkgroepId: createWerkgroep.id, body: 'Welkom in de decanenkring.' } });
    expect((await posts(suite.docent, createWerkgroep.id)).map((p) => p.body)).toEqual(['Welkom in de decanenkring.']);
    expect(codes(await suite.docent.query(CREATE, { input: { werkgroepId: createWerkgroep.id, body: 'Mag ik meedoen?' } }))).toEqual(['FORBIDDEN']);
  });

  it('searches the taalbrug with Dutch stemming, keeps terms unique per region and links the source group', async () => {
    const { saveGlossaryTerm } = await suite.docent.request<{ saveGlossaryTerm: { id: string; werkgroep: { name: string } | null } }>(
      'mutation($r: ID!, $w: ID!) { saveGlossaryTerm(input: { regionId: $r, werkgroepId: $w, term: "Stages", sharedMeaning: "Leren in een bedrijf." }) { id werkgroep { name } } }',
      { r: suite.ids.regionId, w: suite.ids.engelsWerkgroepId },
    );
    expect(saveGlossaryTerm.werkgroep).toEqual({ name: 'Interscolaire vakgroep Engels' });
    const { addGlossaryMeaning } = await suite.docent.request<{ addGlossaryMeaning: { meanings: Array<{ sector: string | null; meaning: string; school: { name: string } | null }> } }>(
      'mutation($t: ID!) { addGlossaryMeaning(input: { termId: $t, sector: "mbo", meaning: "Praktijkopleiders begeleiden de student." }) { meanings { sector meaning school { name } } } }',
      { t: saveGlossaryTerm.id },
    );
    expect(addGlossaryMeaning.meanings).toEqual([{ sector: 'mbo', meaning: 'Praktijkopleiders begeleiden de student.', school: null }]);

    const search = async (s: string | null) => (await suite.docent.request<{ glossary: Array<{ term: string }> }>(GLOSSARY, { r: suite.ids.regionId, s })).glossary.map((t) => t.term);
    expect(await search('stage')).toContain('Stages');
    // Both ways: the plural finds the singular term and the singular finds the plural.
    expect(await search('stages')).toEqual(expect.arrayContaining(['Stage', 'Stages']));
    expect(await search('stage')).toEqual(expect.arrayContaining(['Stage', 'Stages']));
    // "begeleiding" finds "begeleiden" (and the demo terms that mention a "begeleider").
    expect(await search('begeleiding')).toContain('Stages');
    expect(await search('"leren in een bedrijf"')).toEqual(['Stages']);
    expect(await search('zwembad')).toEqual([]);
    const all = await search(null);
    expect(all).toEqual([...all].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));
    expect(all).toEqual(expect.arrayContaining(['Stage', 'Stages', 'PTA', 'Keuzevak']));

    const clash = await suite.verbinder.query('mutation($r: ID!) { saveGlossaryTerm(input: { regionId: $r, term: "sTAGES" }) { id } }', { r: suite.ids.regionId });
    expect(codes(clash)).toEqual(['CONFLICT']);
    // The one who added it may delete it.
    expect((await suite.docent.request<{ deleteGlossaryTerm: boolean }>('mutation($id: ID!) { deleteGlossaryTerm(id: $id) }', { id: saveGlossaryTerm.id })).deleteGlossaryTerm).toBe(true);
    expect(await search('begeleiding')).not.toContain('Stages');
  });

  it('links meetings to a group: shown to those who may see the group, refused for a group one may not use', async () => {
    const input = (werkgroepId: string) => ({
      regionId: suite.ids.regionId,
      kind: 'WORKSHOP',
      title: 'Extra overleg techniek',
      startsAt: '2031-03-05T15:00:00+01:00',
      endsAt: '2031-03-05T16:30:00+01:00',
      werkgroepId,
    });
    const { createActivity } = await suite.verbinder.request<{ createActivity: { id: string; werkgroep: { name: string } | null } }>(
      'mutation($input: ActivityInput!) { createActivity(input: $input) { id werkgroep { name } } }',
      { input: input(suite.ids.techniekWerkgroepId) },
    );
    expect(createActivity.werkgroep).toEqual({ name: 'Vakgroep techniek' });
    const { activity } = await suite.docent.request<{ activity: { werkgroep: unknown } }>('query($id: ID!) { activity(id: $id) { werkgroep { name } } }', { id: createActivity.id });
    expect(activity.werkgroep).toBeNull();
    const unknown = await suite.verbinder.query('mutation($input: ActivityInput!) { createActivity(input: $input) { id } }', { input: input('00000000-0000-4000-8000-00000000000b') });
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
  });

  it('flags the demo techniek group on the verbinders dashboard and not the Engels group', async () => {
    const { werkgroepSignals } = await suite.verbinder.request<{ werkgroepSignals: Array<{ werkgroep: { name: string }; signal: { meetings: number; flagged: boolean; summary: string } }> }>(
      'query($r: ID!) { werkgroepSignals(regionId: $r) { werkgroep { name } signal { meetings flagged summary } } }',
      { r: suite.ids.regionId },
    );
    const of = (name: string) => werkgroepSignals.find((s) => s.werkgroep.name === name)?.signal;
    expect(of('Vakgroep techniek')).toMatchObject({ meetings: 7, flagged: true });
    expect(of('Interscolaire vakgroep Engels')).toMatchObject({ meetings: 3, flagged: false });
  });
});
