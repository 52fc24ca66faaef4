// Stories: the review workflow and roles, the consent gate (a parent below 16, the pupil from 16,
// adults themselves, expiry, withdrawal that takes every dependent story offline at once) and
// scheduling by the sweep (REMINDER_INTERVAL_MS=500 here).
import { apiSuite } from '../support/api-suite';
import { demoIds, signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';

const FULL = `{ id status slug body blockedReason publishAt
  people { id name birthDate consent { id relation } missing { needed message } }
  missingConsents { name needed } revisions { id authorName } comments { body } history { action note } }`;

interface StoryView {
  id: string;
  status: string;
  slug: string;
  body: string;
  blockedReason: string | null;
  people: Array<{ id: string; name: string; birthDate: string | null; consent: { id: string } | null; missing: { needed: string } | null }>;
  missingConsents: Array<{ name: string; needed: string }>;
  revisions: Array<{ id: string }>;
  comments: Array<{ body: string }>;
  history: Array<{ action: string; note: string | null }>;
}

/** A birth date that makes someone `years` old (and a month) today. */
const bornYearsAgo = (years: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 10);
};

describe('stories', () => {
  const suite = apiSuite({ start: { env: { REMINDER_INTERVAL_MS: '500' } } });
  let regionId: string;
  let redacteur: GraphqlHttpClient;
  let verbinder: GraphqlHttpClient;
  let docent: GraphqlHttpClient;

  beforeAll(async () => {
    regionId = (await demoIds(await signedIn(suite.api.url, 'beheerder'))).regionId;
    redacteur = await signedIn(suite.api.url, 'redacteur');
    verbinder = await signedIn(suite.api.url, 'verbinder');
    docent = await signedIn(suite.api.url, 'docent');
  }, 90_000);

  const create = async (title: string, body = '<p>Een middag meedraaien op het mbo.</p>') =>
    (
      await redacteur.request<{ createStory: { id: string; slug: string; body: string } }>(
        'mutation($r: ID!, $t: String!, $b: String!) { createStory(input: { regionId: $r, title: $t, lead: "Intro", body: $b, audience: [OUDERS, LEERLINGEN], tags: ["Techniek"] }) { id slug body } }',
        { r: regionId, t: title, b: body },
      )
    ).createStory;
  const view = async (id: string, client = redacteur) => (await client.request<{ story: StoryView }>(`query($id: ID!) { story(id: $id) ${FULL} }`, { id })).story;
  const approved = async (title: string) => {
    const story = await create(title);
    await redacteur.request('mutation($id: ID!) { submitStory(id: $id) { id } }', { id: story.id });
    await verbinder.request('mutation($id: ID!) { approveStory(id: $id) { id } }', { id: story.id });
    return story;
  };
  const addPerson = async (storyId: string, name: string, isPupil: boolean, birthDate: string | null = null) =>
    (
      await redacteur.request<{ addStoryPerson: { id: string } }>(
        'mutation($s: ID!, $n: String!, $p: Boolean!, $b: String) { addStoryPerson(storyId: $s, input: { name: $n, isPupil: $p, birthDate: $b, inPhoto: true }) { id } }',
        {
          s: storyId,
          n: name,
          p: isPupil,
          b: birthDate,
        },
      )
    ).addStoryPerson.id;
  const consent = async (personId: string, relation: string, extra: Record<string, unknown> = {}) =>
    (
      await redacteur.request<{ recordStoryConsent: { id: string } }>('mutation($input: RecordStoryConsentInput!) { recordStoryConsent(input: $input) { id } }', {
        input: { storyPersonId: personId, givenByName: 'Ouder van de leerling', relation, scope: 'THIS_STORY', ...extra },
      })
    ).recordStoryConsent.id;
  const publish = (id: string) => verbinder.query<{ publishStory: { status: string } }>('mutation($id: ID!) { publishStory(id: $id) { status } }', { id });
  const publicIds = async () => (await docent.request<{ stories: Array<{ id: string }> }>('query($r: ID!) { stories(regionId: $r) { id } }', { r: regionId })).stories.map((s) => s.id);
  const waitFor = async <T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 10_000): Promise<T> => {
    const until = Date.now() + ms;
    let value = await read();
    while (!ok(value) && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 250));
      value = await read();
    }
    return value;
  };

  it('seeds demo stories through the service: published with consents, one blocked by a missing parent consent, a translation', async () => {
    type Demo = {
      title: string;
      status: string;
      missingConsents: Array<{ name: string; needed: string }>;
      people: Array<{ name: string; consent: { relation: string } | null }>;
      translations: Array<{ language: string }>;
    };
    const { stories } = await redacteur.request<{ stories: Demo[] }>(
      'query($r: ID!) { stories(regionId: $r) { title status missingConsents { name needed } people { name consent { relation } } translations { language } } }',
      { r: regionId },
    );
    const byTitle = (prefix: string) => stories.find((s) => s.title.startsWith(prefix)) as Demo;
    const docentstage = byTitle('Een halve dag op de werkvloer');
    expect(docentstage).toMatchObject({ status: 'PUBLISHED', missingConsents: [], people: [{ name: 'Lotte Visser', consent: { relation: 'ZELF' } }] });
    expect(byTitle('Kennismakingsdag')).toMatchObject({ status: 'PUBLISHED', missingConsents: [], people: [{ name: 'Noor', consent: { relation: 'LEERLING' } }] });
    expect(byTitle('Meelopen in de zorg')).toMatchObject({ status: 'APPROVED', missingConsents: [{ name: 'Sem', needed: 'OUDER' }] });
    expect(byTitle('Eén loket voor bedrijven')).toMatchObject({ status: 'PUBLISHED', translations: [{ language: 'en' }] });
    // Other members see only what is public now.
    const publicTitles = (await docent.request<{ stories: Array<{ title: string }> }>('query($r: ID!) { stories(regionId: $r) { title } }', { r: regionId })).stories.map((s) => s.title);
    expect(publicTitles).toContain(docentstage.title);
    expect(publicTitles).not.toContain(byTitle('Meelopen in de zorg').title);
  });

  it('runs draft → review → approved with roles, sanitising, revisions and comments', async () => {
    const story = await create('Techniek op de Veluwe', '<p onclick="x()">Hallo</p><script>alert(1)</script><a href="javascript:alert(1)">x</a>');
    expect(story.body).toBe('<p>Hallo</p><a rel="noopener">x</a>');
    expect(story.slug).toBe('techniek-op-de-veluwe');
    expect((await create('Techniek op de Veluwe')).slug).toBe('techniek-op-de-veluwe-2');
    const docentCreate = await docent.query('mutation($r: ID!) { createStory(input: { regionId: $r, title: "T", lead: "L", body: "<p>x</p>", audience: [OUDERS] }) { id } }', { r: regionId });
    expect(docentCreate.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await redacteur.request('mutation($id: ID!) { updateStory(input: { id: $id, title: "Techniek op de Veluwe", lead: "Intro", body: "<p>Tweede versie</p>", audience: [OUDERS] }) { id } }', {
      id: story.id,
    });
    await redacteur.request('mutation($id: ID!) { submitStory(id: $id) { id } }', { id: story.id });
    expect((await redacteur.query('mutation($id: ID!) { approveStory(id: $id) { id } }', { id: story.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await verbinder.request('mutation($id: ID!) { commentOnStory(id: $id, body: "Mooi, kort de intro in") { id } }', { id: story.id });
    expect((await verbinder.request<{ approveStory: { status: string } }>('mutation($id: ID!) { approveStory(id: $id) { status } }', { id: story.id })).approveStory.status).toBe('APPROVED');
    const full = await view(story.id);
    expect(full.revisions).toHaveLength(2);
    expect(full.comments.map((c) => c.body)).toEqual(['Mooi, kort de intro in']);
    expect(full.history.map((h) => h.action)).toEqual(['AANGEMAAKT', 'INGEDIEND', 'GOEDGEKEURD']);
    expect((await docent.query('query($id: ID!) { story(id: $id) { id } }', { id: story.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await publicIds()).not.toContain(story.id);
  });

  it('needs a parent for a pupil under 16, the pupil from 16, and adults themselves', async () => {
    const story = await approved('Een dag op het mbo');
    const young = await addPerson(story.id, 'Noah (14)', true, bornYearsAgo(14));
    const older = await addPerson(story.id, 'Lisa (17)', true, bornYearsAgo(17));
    const teacher = await addPerson(story.id, 'Meneer Bakker', false);
    let result = await publish(story.id);
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0].message).toMatch(/^Toestemming ontbreekt voor Noah \(14\): toestemming van een ouder/);
    expect((result.errors?.[0].extensions?.['missingConsents'] as Array<{ needed: string }>).map((m) => m.needed)).toEqual(['OUDER', 'LEERLING', 'ZELF']);
    // The 14-year-old's own consent does not count; the 17-year-old's parent's does not either.
    await consent(young, 'LEERLING');
    await consent(older, 'OUDER');
    await consent(teacher, 'ZELF');
    result = await publish(story.id);
    expect(result.errors?.[0].extensions?.['missingConsents'] as Array<{ name: string; needed: string }>).toEqual([
      expect.objectContaining({ name: 'Noah (14)', needed: 'OUDER' }),
      expect.objectContaining({ name: 'Lisa (17)', needed: 'LEERLING' }),
    ]);
    await consent(young, 'OUDER');
    await consent(older, 'LEERLING');
    expect((await publish(story.id)).data?.publishStory.status).toBe('PUBLISHED');
    expect(await publicIds()).toContain(story.id);
    const seen = await view(story.id, docent);
    expect(seen.people.every((p) => p.birthDate === null && p.consent === null)).toBe(true);
  });

  it('takes every dependent story offline at once when a consent is withdrawn, and records why', async () => {
    const first = await approved('Amira bij de kapper');
    const second = await approved('Amira op de open dag');
    const third = await approved('Amira later gepland');
    const p1 = await addPerson(first.id, 'Amira', true, bornYearsAgo(15));
    const yearConsent = await consent(p1, 'OUDER', { scope: 'SCHOOL_YEAR' });
    for (const s of [second, third]) {
      const p = await addPerson(s.id, 'Amira', true, bornYearsAgo(15));
      await redacteur.request('mutation($p: ID!, $c: ID!) { linkStoryConsent(storyPersonId: $p, consentId: $c) { id } }', { p, c: yearConsent });
    }
    expect((await publish(first.id)).errors).toBeUndefined();
    expect((await publish(second.id)).errors).toBeUndefined();
    const at = new Date(Date.now() + 3000).toISOString();
    expect((await verbinder.query('mutation($id: ID!, $at: DateTime!) { scheduleStory(id: $id, publishAt: $at) { status } }', { id: third.id, at })).errors).toBeUndefined();
    expect(await publicIds()).toEqual(expect.arrayContaining([first.id, second.id]));

    const { withdrawStoryConsent } = await redacteur.request<{ withdrawStoryConsent: { consent: { withdrawnAt: string }; unpublished: Array<{ id: string; status: string }> } }>(
      'mutation($id: ID!) { withdrawStoryConsent(id: $id, reason: "E-mail van moeder") { consent { withdrawnAt } unpublished { id status } } }',
      { id: yearConsent },
    );
    expect(withdrawStoryConsent.consent.withdrawnAt).toBeTruthy();
    expect(withdrawStoryConsent.unpublished.map((s) => s.id).sort()).toEqual([first.id, second.id].sort());
    expect(withdrawStoryConsent.unpublished.every((s) => s.status === 'UNPUBLISHED')).toBe(true);
    const ids = await publicIds();
    expect(ids).not.toContain(first.id);
    expect(ids).not.toContain(second.id);
    expect((await view(second.id)).history.at(-1)).toEqual({ action: 'OFFLINE', note: 'Toestemming voor Amira ingetrokken: E-mail van moeder' });

    // The scheduled one stays scheduled, is blocked at its time with the reason, and the eindredactie is told.
    const blocked = await waitFor(
      () => view(third.id),
      (s) => s.blockedReason !== null,
    );
    expect(blocked.status).toBe('SCHEDULED');
    expect(blocked.blockedReason).toMatch(/Amira: toestemming van een ouder of verzorger is ingetrokken/);
    expect(blocked.history.map((h) => h.action)).toContain('GEBLOKKEERD');
    const { notifications } = await verbinder.request<{ notifications: Array<{ title: string }> }>('{ notifications(first: 50) { title } }');
    expect(notifications.map((n) => n.title)).toContain('Verhaal niet gepubliceerd: Amira later gepland');
    expect(await publicIds()).not.toContain(third.id);
  }, 30_000);

  it('refuses a publication time in the past and publishes a due story by the sweep', async () => {
    const story = await approved('Gastles bij de bakker');
    await consent(await addPerson(story.id, 'Bakker Jan', false), 'ZELF');
    const past = await verbinder.query('mutation($id: ID!) { scheduleStory(id: $id, publishAt: "2020-01-01T00:00:00Z") { id } }', { id: story.id });
    expect(past.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const at = new Date(Date.now() + 2000).toISOString();
    expect(
      (await verbinder.request<{ scheduleStory: { status: string } }>('mutation($id: ID!, $at: DateTime!) { scheduleStory(id: $id, publishAt: $at) { status } }', { id: story.id, at })).scheduleStory
        .status,
    ).toBe('SCHEDULED');
    expect(await publicIds()).not.toContain(story.id);
    const published = await waitFor(
      () => view(story.id),
      (s) => s.status === 'PUBLISHED',
    );
    expect(published.status).toBe('PUBLISHED');
    expect(await publicIds()).toContain(story.id);
  }, 30_000);

  it('refuses to schedule past a consent expiry, and takes a story offline when its consent expires', async () => {
    const story = await approved('Stage bij het installatiebedrijf');
    const person = await addPerson(story.id, 'Mevrouw Yilmaz', false);
    await consent(person, 'ZELF', { expiresAt: new Date(Date.now() + 3000).toISOString() });
    const late = await verbinder.query('mutation($id: ID!, $at: DateTime!) { scheduleStory(id: $id, publishAt: $at) { id } }', { id: story.id, at: new Date(Date.now() + 60_000).toISOString() });
    expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await publish(story.id)).errors).toBeUndefined();
    const offline = await waitFor(
      () => view(story.id),
      (s) => s.status === 'UNPUBLISHED',
    );
    expect(offline.status).toBe('UNPUBLISHED');
    expect(offline.history.at(-1)?.note).toMatch(/^Toestemming verlopen: Mevrouw Yilmaz/);
    expect(await publicIds()).not.toContain(story.id);
  }, 30_000);

  it("stores translations with their direction, and lets a beheerder see and erase a person's consents", async () => {
    const story = await create('Open dag in het Arabisch');
    const { setStoryTranslation } = await redacteur.request<{ setStoryTranslation: { dir: string; body: string } }>(
      'mutation($s: ID!) { setStoryTranslation(input: { storyId: $s, language: "ar", title: "يوم مفتوح", lead: "مقدمة", body: "<p style=\\"x\\">نص</p>" }) { dir body } }',
      { s: story.id },
    );
    expect(setStoryTranslation).toEqual({ dir: 'rtl', body: '<p>نص</p>' });
    const bad = await redacteur.query('mutation($s: ID!) { setStoryTranslation(input: { storyId: $s, language: "xx", title: "T", lead: "L", body: "<p>x</p>" }) { dir } }', { s: story.id });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const beheerder = await signedIn(suite.api.url, 'beheerder');
    const listed = await beheerder.request<{ storyConsentsOfPerson: Array<{ id: string }> }>('query($r: ID!) { storyConsentsOfPerson(regionId: $r, name: "amira") { id } }', { r: regionId });
    expect(listed.storyConsentsOfPerson).toHaveLength(1);
    expect(
      (await beheerder.request<{ eraseStoryConsentsOfPerson: number }>('mutation($r: ID!) { eraseStoryConsentsOfPerson(regionId: $r, name: "Amira") }', { r: regionId })).eraseStoryConsentsOfPerson,
    ).toBe(1);
    expect(
      (await beheerder.request<{ storyConsentsOfPerson: unknown[] }>('query($r: ID!) { storyConsentsOfPerson(regionId: $r, name: "Amira") { id } }', { r: regionId })).storyConsentsOfPerson,
    ).toEqual([]);
  });
});
