// Story images end to end against the built API: uploads over real HTTP multipart (type from
// the bytes, not the name; at most 10 MB, refused while streaming with nothing stored; alt text
// required; only the redactie of the story's region), the public image route (404 until a
// published story shows the image, 200 with nosniff, a long immutable Cache-Control and an
// ETag/304 while it does, 404 again once the story goes offline or a consent is withdrawn; the
// redactie's preview), og:image on the story page, and alt text changes and removal in GraphQL.
import { createHash } from 'node:crypto';
import { apiSuite } from '../support/api-suite';
import { signedIn } from '../support/fixtures';
import { storedFiles } from '../support/files';
import type { GraphqlHttpClient } from '../support/graphql-client';
import { jpegHeader, makePng } from '../support/images';
import { STORY_REGION, StoryClients, storyClients } from '../support/stories-public-fixtures';

const MAX = 10 * 1024 * 1024;
const PUBLIC_CACHE = 'public, max-age=31536000, s-maxage=60, immutable';

interface UploadAnswer {
  image?: { id: string; url: string; alt: string; mimeType: string; byteSize: number; width: number | null; height: number | null };
  code?: string;
  message?: string;
  rule?: string;
  fields?: Array<{ field: string; message: string }>;
}
interface ImageRow {
  id: string;
  url: string;
  alt: string;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  inBody: boolean;
}

const IMAGES = 'images { id url alt mimeType byteSize width height inBody }';
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('story images', () => {
  let c: StoryClients;
  let docent: GraphqlHttpClient;
  const suite = apiSuite({
    setup: async (api) => {
      c = await storyClients(api.url);
      docent = await signedIn(api.url, 'docent');
    },
  });

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => fetch(`${suite.api.url}${path}`, { method, headers, redirect: 'manual' });

  async function upload(client: GraphqlHttpClient | null, storyId: string, file: { name: string; bytes: Buffer | string } | null, fields: Record<string, string> = {}) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (file) form.append('file', new Blob([typeof file.bytes === 'string' ? Buffer.from(file.bytes) : file.bytes], { type: 'application/octet-stream' }), file.name);
    const headers: Record<string, string> = client ? { cookie: client.cookieHeader() } : {};
    const response = await fetch(`${suite.api.url}/bestanden/verhalen/${storyId}/afbeeldingen`, { method: 'POST', body: form, headers });
    return { status: response.status, body: (await response.json()) as UploadAnswer };
  }

  async function draft(title: string, body = '<p>Een verhaal over de werkplaats.</p>'): Promise<string> {
    const { createStory } = await c.redacteur.request<{ createStory: { id: string } }>('mutation($input: CreateStoryInput!) { createStory(input: $input) { id } }', {
      input: { regionId: c.regionId, title, lead: 'Een intro.', body, audience: ['OUDERS'] },
    });
    return createStory.id;
  }

  const setBody = (id: string, title: string, body: string) =>
    c.redacteur.request('mutation($input: UpdateStoryInput!) { updateStory(input: $input) { id } }', { input: { id, title, lead: 'Een intro.', body, audience: ['OUDERS'] } });

  async function publish(id: string): Promise<void> {
    await c.redacteur.request('mutation($id: ID!) { submitStory(id: $id) { id } }', { id });
    await c.verbinder.request('mutation($id: ID!) { approveStory(id: $id) { id } }', { id });
    await c.verbinder.request('mutation($id: ID!) { publishStory(id: $id) { id } }', { id });
  }

  const images = async (client: GraphqlHttpClient, id: string) => (await client.request<{ story: { images: ImageRow[] } }>(`query($id: ID!) { story(id: $id) { ${IMAGES} } }`, { id })).story.images;

  it('uploads an image, keeps it private until a published story shows it, then serves it with nosniff, immutable caching and ETag/304', async () => {
    const png = makePng(48, 32);
    const title = 'Leerlingen in de werkplaats';
    const id = await draft(title);
    const up = await upload(c.redacteur, id, { name: 'werkplaats.png', bytes: png }, { alt: '  Twee leerlingen aan de draaibank  ' });
    expect(up.status).toBe(201);
    expect(up.body.image).toMatchObject({ url: `/verhalen/afbeeldingen/${sha(png)}`, alt: 'Twee leerlingen aan de draaibank', mimeType: 'image/png', byteSize: png.length, width: 48, height: 32 });
    const url = up.body.image!.url;
    expect(storedFiles(suite.api.dataDir)).toContain(`${sha(png).slice(0, 2)}/${sha(png)}`);
    expect(storedFiles(suite.api.dataDir).filter((f) => f.startsWith('tmp/'))).toEqual([]);

    // A draft's image: not public (404, not cached), but the redactie previews it.
    const hidden = await get(url);
    expect(hidden.status).toBe(404);
    expect(hidden.headers.get('cache-control')).toBe('no-store');
    const preview = await get(url, { cookie: c.redacteur.cookieHeader() });
    expect(preview.status).toBe(200);
    expect(preview.headers.get('cache-control')).toBe('private, no-cache');
    expect(preview.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await preview.arrayBuffer()).equals(png)).toBe(true);
    expect((await get(url, { cookie: docent.cookieHeader() })).status).toBe(404);
    expect((await images(c.redacteur, id)).map((i) => [i.alt, i.inBody])).toEqual([['Twee leerlingen aan de draaibank', false]]);

    // Published, but the body does not show it yet: still not public.
    await publish(id);
    expect((await get(url)).status).toBe(404);
    await c.verbinder.request('mutation($id: ID!) { unpublishStory(id: $id) { id } }', { id });

    await setBody(id, title, `<p>In de werkplaats.</p><figure><img src="${url}" alt="Twee leerlingen aan de draaibank"><figcaption>Les metaal</figcaption></figure>`);
    await publish(id);
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-length')).toBe(String(png.length));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe(PUBLIC_CACHE);
    expect(res.headers.get('etag')).toBe(`"${sha(png)}"`);
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    const again = await get(url, { 'If-None-Match': `"${sha(png)}"` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const head = await get(url, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(png.length));

    // Other members see the images the public story shows; the story page links it in og:image.
    expect((await images(docent, id)).map((i) => [i.url, i.inBody])).toEqual([[url, true]]);
    const { story } = await c.redacteur.request<{ story: { slug: string } }>('query($id: ID!) { story(id: $id) { slug } }', { id });
    const page = await (await get(`/publiek/${STORY_REGION}/verhalen/${story.slug}`)).text();
    expect(page).toContain(`<img src="${url}" alt="Twee leerlingen aan de draaibank" />`);
    expect(page).toContain(`<meta property="og:image" content="${suite.api.url}${url}"/>`);
    expect(page).toContain('<meta property="og:image:alt" content="Twee leerlingen aan de draaibank"/>');
    // The feeds carry the image with an absolute URL.
    expect(await (await get(`/publiek/${STORY_REGION}/verhalen.rss`)).text()).toContain(`${suite.api.url}${url}`);
    expect(await (await get(`/publiek/${STORY_REGION}/verhalen.atom`)).text()).toContain(`${suite.api.url}${url}`);

    // Offline: gone for the public at once, even for a cache that revalidates with its ETag.
    await c.verbinder.request('mutation($id: ID!) { unpublishStory(id: $id) { id } }', { id });
    const gone = await get(url, { 'If-None-Match': `"${sha(png)}"` });
    expect(gone.status).toBe(404);
    expect(gone.headers.get('cache-control')).toBe('no-store');
    expect((await get(url, { cookie: c.redacteur.cookieHeader() })).status).toBe(200);
  });

  it('hides the image again when a consent the story rests on is withdrawn', async () => {
    const title = 'Stage bij de garage';
    const id = await draft(title);
    const png = makePng(20, 20, [200, 30, 30], [30, 30, 200]);
    const { image } = (await upload(c.redacteur, id, { name: 'garage.png', bytes: png }, { alt: 'Sem bij een auto' })).body;
    await setBody(id, title, `<p>Sem sleutelt.</p><img src="${image!.url}" alt="Sem bij een auto">`);
    const { addStoryPerson } = await c.redacteur.request<{ addStoryPerson: { id: string } }>(
      'mutation($s: ID!) { addStoryPerson(storyId: $s, input: { name: "Garagehouder Bos", isPupil: false, inPhoto: true }) { id } }',
      { s: id },
    );
    const { recordStoryConsent } = await c.redacteur.request<{ recordStoryConsent: { id: string } }>('mutation($input: RecordStoryConsentInput!) { recordStoryConsent(input: $input) { id } }', {
      input: { storyPersonId: addStoryPerson.id, givenByName: 'Garagehouder Bos', relation: 'ZELF', scope: 'THIS_STORY' },
    });
    await publish(id);
    expect((await get(image!.url)).status).toBe(200);
    await c.verbinder.request('mutation($id: ID!, $r: String!) { withdrawStoryConsent(id: $id, reason: $r) { consent { id } } }', { id: recordStoryConsent.id, r: 'Telefoontje van de heer Bos' });
    expect((await get(image!.url)).status).toBe(404);
  });

  it('judges the type by the bytes, not the name', async () => {
    const id = await draft('Type uit de inhoud');
    const png = makePng(8, 6);
    const asJpg = await upload(c.redacteur, id, { name: 'foto.jpg', bytes: png }, { alt: 'Een PNG met een .jpg-naam' });
    expect(asJpg.status).toBe(201);
    expect(asJpg.body.image).toMatchObject({ mimeType: 'image/png', width: 8, height: 6 });
    const jpeg = await upload(c.redacteur, id, { name: 'foto.png', bytes: jpegHeader(640, 480) }, { alt: 'Een JPEG met een .png-naam' });
    expect(jpeg.status).toBe(201);
    expect(jpeg.body.image).toMatchObject({ mimeType: 'image/jpeg', width: 640, height: 480 });

    const before = storedFiles(suite.api.dataDir);
    for (const file of [
      { name: 'foto.png', bytes: 'Dit is gewoon tekst, geen afbeelding.' },
      { name: 'foto.jpg', bytes: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' },
      { name: 'scan.jpg', bytes: '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n' },
      { name: 'foto.jpg', bytes: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]) },
    ]) {
      const refused = await upload(c.redacteur, id, file, { alt: 'Een afbeelding' });
      expect(refused.status).toBe(415);
      expect(refused.body).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'FILE_TYPE_REFUSED', fields: [{ field: 'file', message: expect.stringContaining('JPEG-, PNG-, WebP- of GIF-afbeelding') }] });
    }
    expect(storedFiles(suite.api.dataDir)).toEqual(before);
    expect(await images(c.redacteur, id)).toHaveLength(2);
  });

  it('refuses more than 10 MB while streaming, with nothing stored', async () => {
    const id = await draft('Te grote foto');
    const big = Buffer.alloc(MAX + 1, 0x41);
    makePng(4, 4).copy(big);
    const before = storedFiles(suite.api.dataDir);
    const refused = await upload(c.redacteur, id, { name: 'groot.png', bytes: big }, { alt: 'Een heel grote foto' });
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'FILE_TOO_LARGE', message: 'De afbeelding is groter dan 10 MB. Verklein de foto en probeer het opnieuw.' });
    expect(storedFiles(suite.api.dataDir)).toEqual(before);
    expect(await images(c.redacteur, id)).toEqual([]);
    // Exactly 10 MB is allowed.
    const fits = await upload(c.redacteur, id, { name: 'precies.png', bytes: big.subarray(0, MAX) }, { alt: 'Precies tien megabyte' });
    expect(fits.status).toBe(201);
    expect(fits.body.image?.byteSize).toBe(MAX);
  }, 60_000);

  it('requires alt text and a file, and stores nothing without them', async () => {
    const id = await draft('Zonder beschrijving');
    const png = makePng(10, 10, [0, 0, 0], [255, 255, 255]);
    const before = storedFiles(suite.api.dataDir);
    for (const fields of [{}, { alt: '   ' }, { alt: 'x'.repeat(251) }] as Array<Record<string, string>>) {
      const refused = await upload(c.redacteur, id, { name: 'foto.png', bytes: png }, fields);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'alt', message: expect.stringMatching(/^De beschrijving \(alt-tekst\) (is verplicht|mag hoogstens 250 tekens hebben)\.$/) }],
      });
    }
    const noFile = await upload(c.redacteur, id, null, { alt: 'Een foto' });
    expect(noFile.status).toBe(400);
    expect(noFile.body.fields).toEqual([{ field: 'file', message: 'Kies een afbeelding om te uploaden.' }]);
    const empty = await upload(c.redacteur, id, { name: 'leeg.png', bytes: Buffer.alloc(0) }, { alt: 'Leeg' });
    expect(empty.status).toBe(400);
    expect(empty.body.rule).toBe('FILE_EMPTY');
    expect(storedFiles(suite.api.dataDir)).toEqual(before);
    expect(await images(c.redacteur, id)).toEqual([]);

    // The same bytes twice in one story: a clear conflict, one row.
    expect((await upload(c.redacteur, id, { name: 'a.png', bytes: png }, { alt: 'Zwart-wit' })).status).toBe(201);
    const twice = await upload(c.redacteur, id, { name: 'b.png', bytes: png }, { alt: 'Nog eens' });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'CONFLICT', message: 'Deze afbeelding hoort al bij dit verhaal.' });
    expect(await images(c.redacteur, id)).toHaveLength(1);
  });

  it('keeps only the exact URL of our own image as img src: traversal and encoding tricks are dropped on save, links with traversal lose their href', async () => {
    const png = makePng(12, 12);
    const title = 'Afbeeldingen met omwegen';
    const id = await draft(title);
    const { image } = (await upload(c.redacteur, id, { name: 'echt.png', bytes: png }, { alt: 'Echte foto' })).body;
    const hostileSrcs = [
      '/verhalen/afbeeldingen/%2e%2e/%2e%2e/graphql',
      `${image!.url}/%2e%2e/%2e%2e/bestanden/werkgroepen`,
      '/verhalen/afbeeldingen/..%2f..%2fgraphql',
      '/verhalen/afbeeldingen/..\\..\\graphql',
      '/verhalen/afbeeldingen/%252e%252e/%252e%252e/graphql',
      '/verhalen/afbeeldingen/../../healthz',
      `${image!.url}?x=1`,
    ];
    const hostileHrefs = ['/publiek/%2e%2e/graphql', '/publiek/..%2fgraphql', '/publiek/%252e%252e/graphql', '/publiek\\..\\graphql', '//evil.example/x'];
    const body = [
      '<p>Begin.</p>',
      ...hostileSrcs.map((src, i) => `<img src="${src}" alt="Omweg ${i}">`),
      ...hostileHrefs.map((href, i) => `<p><a href="${href}">link ${i}</a></p>`),
      `<figure><img src="${image!.url}" alt="Echte foto"></figure>`,
    ].join('');
    await setBody(id, title, body);
    const { story } = await c.redacteur.request<{ story: { body: string } }>('query($id: ID!) { story(id: $id) { body } }', { id });
    expect(story.body.match(/<img [^>]*>/g)).toEqual([`<img src="${image!.url}" alt="Echte foto" />`]);
    expect(story.body.match(/<a [^>]*>/g)).toEqual(hostileHrefs.map(() => '<a rel="noopener">'));
    for (const text of [...hostileSrcs, ...hostileHrefs, 'Omweg']) expect(story.body).not.toContain(text.replace(/&/g, '&amp;'));
    // The story page shows only the real image, and only that one is served.
    await publish(id);
    const { story: published } = await c.redacteur.request<{ story: { slug: string } }>('query($id: ID!) { story(id: $id) { slug } }', { id });
    const page = await (await get(`/publiek/${STORY_REGION}/verhalen/${published.slug}`)).text();
    expect(page.match(/<img [^>]*>/g)?.every((tag) => tag.includes(`src="${image!.url}"`) || !tag.includes('/verhalen/afbeeldingen/'))).toBe(true);
    expect(page).not.toContain('%2e%2e');
    expect(page).not.toContain('%252e');
    expect((await get(image!.url)).status).toBe(200);
  });

  it('lets only the redactie of the story’s region upload', async () => {
    const id = await draft('Alleen de redactie');
    const png = makePng(12, 12, [10, 200, 10], [10, 10, 10]);
    const before = storedFiles(suite.api.dataDir);
    const anonymous = await upload(null, id, { name: 'foto.png', bytes: png }, { alt: 'Foto' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    const byDocent = await upload(docent, id, { name: 'foto.png', bytes: png }, { alt: 'Foto' });
    expect(byDocent.status).toBe(403);
    expect(byDocent.body.code).toBe('FORBIDDEN');
    const unknown = await upload(c.redacteur, '00000000-0000-4000-8000-000000000000', { name: 'foto.png', bytes: png }, { alt: 'Foto' });
    expect(unknown.status).toBe(404);
    expect(storedFiles(suite.api.dataDir)).toEqual(before);
    expect(await images(c.redacteur, id)).toEqual([]);
  });

  it('changes alt text (in the body too, as a new revision) and removes an image only when the text no longer shows it', async () => {
    const title = 'Alt-tekst wijzigen';
    const id = await draft(title);
    const png = makePng(16, 9, [90, 90, 90], [250, 250, 0]);
    const { image } = (await upload(c.redacteur, id, { name: 'foto.png', bytes: png }, { alt: 'Oude beschrijving' })).body;
    await setBody(id, title, `<p>Tekst.</p><img src="${image!.url}" alt="Oude beschrijving">`);

    const bad = await c.redacteur.query('mutation($id: ID!) { updateStoryImage(id: $id, alt: "  ") { id } }', { id: image!.id });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'alt', message: 'De beschrijving (alt-tekst) is verplicht.' }] });
    const byDocent = await docent.query('mutation($id: ID!) { updateStoryImage(id: $id, alt: "Anders") { id } }', { id: image!.id });
    expect(byDocent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { updateStoryImage } = await c.redacteur.request<{ updateStoryImage: ImageRow }>('mutation($id: ID!) { updateStoryImage(id: $id, alt: "Nieuwe beschrijving & meer") { alt inBody } }', {
      id: image!.id,
    });
    expect(updateStoryImage).toEqual({ alt: 'Nieuwe beschrijving & meer', inBody: true });
    const { story } = await c.redacteur.request<{ story: { body: string; revisions: Array<{ id: string }> } }>('query($id: ID!) { story(id: $id) { body revisions { id } } }', { id });
    expect(story.body).toContain(`src="${image!.url}" alt="Nieuwe beschrijving &amp; meer"`);
    expect(story.body).not.toContain('Oude beschrijving');
    expect(story.revisions).toHaveLength(3);

    const inUse = await c.redacteur.query('mutation($id: ID!) { removeStoryImage(id: $id) }', { id: image!.id });
    expect(inUse.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(inUse.errors?.[0]?.message).toBe('Deze afbeelding staat nog in de tekst (of in een vertaling). Haal haar daar eerst weg.');

    await publish(id);
    const published = await c.redacteur.query('mutation($id: ID!) { updateStoryImage(id: $id, alt: "Weer anders") { id } }', { id: image!.id });
    expect(published.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await c.verbinder.request('mutation($id: ID!) { unpublishStory(id: $id) { id } }', { id });

    await setBody(id, title, '<p>Tekst zonder foto.</p>');
    expect((await c.redacteur.request<{ removeStoryImage: boolean }>('mutation($id: ID!) { removeStoryImage(id: $id) }', { id: image!.id })).removeStoryImage).toBe(true);
    expect(await images(c.redacteur, id)).toEqual([]);
    expect((await get(image!.url, { cookie: c.redacteur.cookieHeader() })).status).toBe(404);
  });
});
