import '../workspace-aliases';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { PasswordsService } from '@verbinder/identity/core';
import { loadConfig } from '@verbinder/platform/config';
import { JsonLogger } from '@verbinder/platform/events';
import { PeopleService, REGIONS_REPOSITORY, RegionsRepository } from '@verbinder/regions/core';
import type { Actor } from '@verbinder/shared/kernel';
import { createApp } from '../bootstrap';

const INSTALLER: Actor = {
  personId: '00000000-0000-4000-8000-000000000000',
  name: 'Installatie',
  email: 'installatie@example.org',
  systemRole: 'BEHEERDER',
  memberships: [],
};

/**
 * `npm run admin:create -- --name "Naam" --email naam@school.nl`: creates the first platform
 * beheerder (or promotes an existing person) on a fresh installation, and prints a one-time
 * password unless the person will sign in with OIDC only (--oidc-only).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { name: { type: 'string' }, email: { type: 'string' }, 'oidc-only': { type: 'boolean', default: false } } });
  if (!values.email) throw new Error('usage: npm run admin:create -- --name "Naam" --email naam@school.nl [--oidc-only]');
  const config = { ...loadConfig(), seedDemo: false, redisUrl: null };
  const app = await createApp(config, new JsonLogger('warn'));
  try {
    const repo = app.app.get<RegionsRepository>(REGIONS_REPOSITORY);
    const existing = await repo.findPersonByEmail(values.email);
    const person = existing ?? (await app.app.get(PeopleService).createPerson(INSTALLER, { name: values.name ?? values.email, email: values.email }));
    await repo.updatePerson(person.id, { systemRole: 'BEHEERDER' });
    process.stdout.write(`${person.name} <${person.email}> is platformbeheerder.\n`);
    if (!values['oidc-only']) {
      const password = randomBytes(12).toString('base64url');
      await app.app.get(PasswordsService).setPassword(person.id, password, { mustChange: true });
      process.stdout.write(`Eenmalig wachtwoord: ${password}\n(bij de eerste keer inloggen kies je een eigen wachtwoord)\n`);
    }
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`admin:create failed: ${(error as Error).message}\n`);
  process.exit(1);
});
