// The erasure engine (libs/platform/db/src/subject-erasure.ts) with the real data map on both drivers,
// against hostile names and addresses: only the person's own rows go, only their whole full name is
// replaced (in any case, never inside a longer word, never a one-word name), JSON stays JSON and is
// changed only in the declared fields, and another person's e-mail that merely mentions the address
// is not deleted.
import { notifications, notificationsDataMap } from '@verbinder/notifications/data-access';
import { eraseByAddress, platformDbDataMap, pseudonymiseQuotedName, rateLimitAttempts } from '@verbinder/platform/db';
import { outbox, outboxDataMap } from '@verbinder/platform/outbox';
import { DrizzleRegionsRepository } from '@verbinder/regions/data-access';
import { eq } from 'drizzle-orm';
import { describeOnBothDrivers } from '../support/test-database';

/** The tables these cases touch, with their erasure rules as the application's data map has them. */
const DATA_MAP = [...platformDbDataMap, ...outboxDataMap, ...notificationsDataMap];

describeOnBothDrivers('erasure engine', 'verbinder_subject_erasure', (database, driver) => {
  let colleague: string;

  beforeAll(async () => {
    colleague = (await new DrizzleRegionsRepository(database()).insertPerson({ name: 'Collega Die Blijft', email: `blijft-${driver}@school.example`, jobTitle: null, systemRole: null })).id;
  }, 60_000);

  const note = (body: string) => database().db.insert(notifications).values({ personId: colleague, kind: 'test', title: 'Melding', body }).returning({ id: notifications.id });
  const job = (key: string, payload: Record<string, unknown>) => database().db.insert(outbox).values({ kind: 'email.send', key, payload }).returning({ id: outbox.id });

  it('replaces only the whole full name, in any case, in the declared fields, and keeps JSON valid', async () => {
    const quoted = await note('Jan de Vries heeft je toegevoegd.');
    const shouted = await note('JAN   DE VRIES was er ook.');
    const longer = await note('Jan de Vriesland en Marijan de Vries blijven.');
    const mail = await job(`naam-${driver}`, { to: `blijft-${driver}@school.example`, subject: 'Groet van Jan de Vries', text: 'Met vriendelijke groet, "Jan de Vries"' });
    await pseudonymiseQuotedName(database(), DATA_MAP, 'Jan de Vries');
    const body = async (id: string) => (await database().db.select({ body: notifications.body }).from(notifications).where(eq(notifications.id, id)))[0].body;
    expect(await body(quoted[0].id)).toBe('Oud-deelnemer heeft je toegevoegd.');
    expect(await body(shouted[0].id)).toBe('Oud-deelnemer was er ook.');
    expect(await body(longer[0].id)).toBe('Jan de Vriesland en Marijan de Vries blijven.');
    const [stored] = await database().db.select({ payload: outbox.payload }).from(outbox).where(eq(outbox.id, mail[0].id));
    expect(stored.payload).toEqual({ to: `blijft-${driver}@school.example`, subject: 'Groet van Oud-deelnemer', text: 'Met vriendelijke groet, "Oud-deelnemer"' });
  });

  it('leaves everything alone for a one-word name, whatever the word (JSON keys and values included)', async () => {
    const plain = await note('null text true Verbinder 2026');
    const mail = await job(`eenwoord-${driver}`, { to: `blijft-${driver}@school.example`, subject: 'null', text: 'Verbinder' });
    for (const name of ['null', 'text', 'Verbinder', '2026', '.*', '']) await pseudonymiseQuotedName(database(), DATA_MAP, name);
    expect((await database().db.select({ body: notifications.body }).from(notifications).where(eq(notifications.id, plain[0].id)))[0].body).toBe('null text true Verbinder 2026');
    expect((await database().db.select({ payload: outbox.payload }).from(outbox).where(eq(outbox.id, mail[0].id)))[0].payload).toEqual({
      to: `blijft-${driver}@school.example`,
      subject: 'null',
      text: 'Verbinder',
    });
  });

  it('deletes the e-mails to the address and its sign-in attempts, not an e-mail to someone else that mentions it', async () => {
    const address = `Jan.Vries+${driver}@School.example`;
    const toThem = await job(`aan-${driver}`, { to: address.toLowerCase(), subject: 'Hallo', text: 'Voor jou' });
    const mentions = await job(`noemt-${driver}`, { to: `blijft-${driver}@school.example`, subject: 'Belletje', text: `Contact: ${address} belde` });
    await database()
      .db.insert(rateLimitAttempts)
      .values([
        { key: `email:${address.toLowerCase()}`, attemptedAt: new Date() },
        { key: `email:bij${address.toLowerCase()}`, attemptedAt: new Date() },
      ]);
    const removed = await eraseByAddress(database(), DATA_MAP, address);
    expect(removed).toMatchObject({ outbox: 1, rate_limit_attempts: 1 });
    const left = async (id: string) => (await database().db.select({ id: outbox.id }).from(outbox).where(eq(outbox.id, id))).length;
    expect(await left(toThem[0].id)).toBe(0);
    expect(await left(mentions[0].id)).toBe(1);
    expect((await database().db.select({ key: rateLimitAttempts.key }).from(rateLimitAttempts)).map((r) => r.key)).toEqual([`email:bij${address.toLowerCase()}`]);
  });
});
