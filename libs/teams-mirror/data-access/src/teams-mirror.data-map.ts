// The data map of the Teams mirror (see @verbinder/platform/db data-map.ts). Verbinder writes a
// werkgroep's documents into the school's own Teams channel; Microsoft is the school's processor.
import { classify, Retention } from '@verbinder/platform/db';
import { teamsAnnouncementDocuments, teamsAnnouncements } from './teams-announcements.tables';
import { teamsDriftCursors, teamsDrifts } from './teams-drift.tables';
import { teamsLinks, teamsMirrorEvents, teamsMirrorItems, teamsTenants } from './teams-mirror.tables';

const WITH_LINK: Retention = { rule: 'Zolang de werkgroep aan het Teams-kanaal gekoppeld is.', enforcedBy: null };

export const teamsMirrorDataMap = [
  classify('teams-mirror', teamsTenants, {
    purpose: 'De Microsoft 365-tenants van de scholen en de status van hun toestemming (admin consent).',
    subjects: [],
    legalBasis: 'public-task',
    retention: { rule: 'Zolang de regio de tenant gebruikt.', enforcedBy: null },
    columns: { id: 'none', regionId: 'none', tenantId: 'none', name: 'none', consent: 'none', consentError: 'none', consentChangedAt: 'none', createdAt: 'none' },
  }),
  classify('teams-mirror', teamsLinks, {
    purpose: 'Koppeling van een werkgroep aan een Teams-kanaal (team, kanaal, map) en wie die maakte of ophief.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: WITH_LINK,
    subject: { personId: ['createdById', 'removedById'] },
    erasure: { action: 'keep', reason: 'De koppeling met Teams is van de werkgroep; wie haar maakte wordt Oud-deelnemer.' },
    columns: {
      id: 'none', werkgroepId: 'none', tenantRef: 'none', teamId: 'none', channelId: 'none', subfolder: 'none', announcementWebhookUrl: 'none', driveId: 'none',
      folderId: 'none', createdById: 'personal', createdAt: 'none', removedAt: 'none', removedById: 'personal',
    },
  }),
  classify('teams-mirror', teamsMirrorItems, {
    purpose: 'Spiegelstatus per document: wat in Teams staat, wat nog moet, en waarom iets wacht.',
    subjects: [],
    legalBasis: 'public-task',
    retention: WITH_LINK,
    files: ['pendingSha256'],
    columns: {
      id: 'none', linkId: 'none', documentId: 'none', status: 'none', driveItemId: 'none', eTag: 'none', mirroredVersion: 'none', mirroredName: 'none',
      mirroredParentId: 'none', removedAt: 'none', uploadUrl: 'none', uploadVersion: 'none', pendingName: 'none', pendingParentId: 'none', pendingSha256: 'none',
      attempts: 'none', nextAttemptAt: 'none', lastError: 'none', leaseUntil: 'none', updatedAt: 'none',
    },
  }),
  classify('teams-mirror', teamsMirrorEvents, {
    purpose: 'Logboek van de spiegel per document (geüpload, hernoemd, mislukt).',
    subjects: [],
    legalBasis: 'public-task',
    retention: WITH_LINK,
    columns: { id: 'none', itemId: 'none', action: 'none', outcome: 'none', version: 'none', message: 'none', at: 'none' },
  }),
  classify('teams-mirror', teamsAnnouncements, {
    purpose: 'Aankondigingen van nieuwe documenten in het Teams-kanaal (gebundeld).',
    subjects: [],
    legalBasis: 'public-task',
    retention: WITH_LINK,
    columns: {
      id: 'none', linkId: 'none', status: 'none', dueAt: 'none', documentCount: 'none', attempts: 'none', nextAttemptAt: 'none', lastError: 'none', sentAt: 'none',
      leaseUntil: 'none', createdAt: 'none', updatedAt: 'none',
    },
  }),
  classify('teams-mirror', teamsAnnouncementDocuments, {
    purpose: 'Welke documenten in een aankondiging staan.',
    subjects: [],
    legalBasis: 'public-task',
    retention: WITH_LINK,
    columns: { announcementId: 'none', linkId: 'none', documentId: 'none', addedAt: 'none' },
  }),
  classify('teams-mirror', teamsDriftCursors, {
    purpose: 'Waar de controle op wijzigingen in Teams gebleven is (delta-link) per koppeling.',
    subjects: [],
    legalBasis: 'public-task',
    retention: WITH_LINK,
    columns: { linkId: 'none', deltaLink: 'none', leaseUntil: 'none', lastScanAt: 'none', lastError: 'none' },
  }),
  classify('teams-mirror', teamsDrifts, {
    purpose: 'Wijzigingen die in Teams zijn gedaan buiten Verbinder om, met wie ze deed (naam uit Microsoft 365), om ze over te nemen of te negeren.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: WITH_LINK,
    erasure: { action: 'keep', reason: 'Afwijkingen in Teams blijven voor de werkgroep; waar de naam in Microsoft 365 die van de persoon is, wordt die Oud-deelnemer.', nameIn: ['modifiedBy'] },
    columns: {
      id: 'none', itemId: 'none', kind: 'none', driveItemId: 'none', teamsETag: 'none', teamsName: 'none', size: 'none', modifiedBy: 'personal', modifiedAt: 'personal',
      detectedAt: 'none', resolvedAt: 'none', resolution: 'none', resolvedById: 'personal', importedVersion: 'none',
    },
  }),
];
