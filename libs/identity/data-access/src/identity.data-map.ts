// The data map of the identity domain (see @verbinder/platform/db data-map.ts).
import { classify, nonPersonal, personal, publicTask, Retention } from '@verbinder/platform/db';
import { accounts, oidcIdentities, passwordResetTokens, sessions } from './identity.tables';

/** A person's own login data: kept for staff on the public task, found by `personId` and deleted when the person is erased. */
const ownLoginData = (retention: Retention, erasedBecause: string) => ({
  ...publicTask(['staff'], retention),
  subject: { personId: ['personId' as const] },
  erasure: { action: 'delete' as const, reason: erasedBecause },
});

export const identityDataMap = [
  classify('identity', accounts, {
    purpose: 'Inloggen met een wachtwoord (alleen een hash van het wachtwoord wordt bewaard).',
    ...ownLoginData({ rule: 'Zolang het account van de persoon bestaat; verdwijnt met de persoon.', enforcedBy: 'database (ON DELETE CASCADE)' }, 'Inloggen is niet meer mogelijk.'),
    columns: { ...personal('personId', 'passwordHash', 'passwordChangedAt', 'mustChangePassword') },
  }),
  classify('identity', sessions, {
    purpose: 'Ingelogd blijven; uitloggen beëindigt de sessie op elk apparaat en elke live verbinding.',
    ...ownLoginData(
      { rule: 'Verlopen sessies worden verwijderd; uitloggen verwijdert de sessie direct.', enforcedBy: 'AuthService.purgeExpired (RetentionJob)' },
      'Elke sessie en live verbinding eindigt direct.',
    ),
    columns: { ...personal('idHash', 'personId', 'createdAt', 'expiresAt', 'oidcIdToken') },
  }),
  classify('identity', oidcIdentities, {
    purpose: 'Inloggen via de identiteitsprovider van de school (koppeling aan het onderwerp-id van de provider).',
    ...ownLoginData(
      {
        rule: 'Een aangevraagde, niet bevestigde koppeling wordt na enkele dagen verwijderd; een bevestigde zolang de persoon bestaat.',
        enforcedBy: 'AuthService.purgeExpired (RetentionJob)',
      },
      'De koppeling met de identiteitsprovider van de school verdwijnt.',
    ),
    columns: { ...nonPersonal('issuer'), ...personal('subject', 'personId', 'linkedAt', 'confirmedAt') },
  }),
  classify('identity', passwordResetTokens, {
    purpose: 'Een wachtwoord opnieuw instellen via een link per e-mail (alleen een hash van de link).',
    ...ownLoginData({ rule: 'Na 24 uur verwijderd.', enforcedBy: 'AuthService.purgeExpired (RetentionJob)' }, 'Lopende herstellinks vervallen.'),
    columns: { ...personal('tokenHash', 'personId', 'createdAt', 'expiresAt', 'usedAt') },
  }),
];
