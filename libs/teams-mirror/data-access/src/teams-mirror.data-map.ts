// The data map of the Teams mirror (see @verbinder/platform/db data-map.ts). Verbinder writes a
// werkgroep's documents into the school's own Teams channel; Microsoft is the school's processor.
import { classify, nonPersonal, personal, publicTask, Retention } from '@verbinder/platform/db';
import { teamsAnnouncementDocuments, teamsAnnouncements } from './teams-announcements.tables';
import { teamsDriftCursors, teamsDrifts } from './teams-drift.tables';
import { teamsLinks, teamsMirrorEvents, teamsMirrorItems, teamsTenants } from './teams-mirror.tables';

const WITH_LINK: Retention = { rule: 'Zolang de werkgroep aan het Teams-kanaal gekoppeld is.', enforcedBy: null };

export const teamsMirrorDataMap = [
  classify('teams-mirror', teamsTenants, {
    purpose: 'De Microsoft 365-tenants van de scholen en de status van hun toestemming (admin consent).',
    ...publicTask([], { rule: 'Zolang de regio de tenant gebruikt.', enforcedBy: null }),
    columns: { ...nonPersonal('id', 'regionId', 'tenantId', 'name', 'consent', 'consentError', 'consentChangedAt', 'createdAt') },
  }),
  classify('teams-mirror', teamsLinks, {
    purpose: 'Koppeling van een werkgroep aan een Teams-kanaal (team, kanaal, map) en wie die maakte of ophief.',
    ...publicTask(['staff'], WITH_LINK),
    subject: { personId: ['createdById', 'removedById'] },
    erasure: { action: 'keep', reason: 'De koppeling met Teams is van de werkgroep; wie haar maakte wordt Oud-deelnemer.' },
    columns: {
      ...nonPersonal('id', 'werkgroepId', 'tenantRef', 'teamId', 'channelId', 'subfolder', 'announcementWebhookUrl', 'driveId', 'folderId', 'createdAt', 'removedAt'),
      ...personal('createdById', 'removedById'),
    },
  }),
  classify('teams-mirror', teamsMirrorItems, {
    purpose: 'Spiegelstatus per document: wat in Teams staat, wat nog moet, en waarom iets wacht.',
    ...publicTask([], WITH_LINK),
    files: ['pendingSha256'],
    columns: {
      ...nonPersonal('id', 'linkId', 'documentId', 'status', 'driveItemId', 'eTag', 'mirroredVersion', 'mirroredName', 'mirroredParentId', 'removedAt', 'uploadUrl', 'uploadVersion', 'pendingName'),
      ...nonPersonal('pendingParentId', 'pendingSha256', 'attempts', 'nextAttemptAt', 'lastError', 'leaseUntil', 'updatedAt'),
    },
  }),
  classify('teams-mirror', teamsMirrorEvents, {
    purpose: 'Logboek van de spiegel per document (geüpload, hernoemd, mislukt).',
    ...publicTask([], WITH_LINK),
    columns: { ...nonPersonal('id', 'itemId', 'action', 'outcome', 'version', 'message', 'at') },
  }),
  classify('teams-mirror', teamsAnnouncements, {
    purpose: 'Aankondigingen van nieuwe documenten in het Teams-kanaal (gebundeld).',
    ...publicTask([], WITH_LINK),
    columns: { ...nonPersonal('id', 'linkId', 'status', 'dueAt', 'documentCount', 'attempts', 'nextAttemptAt', 'lastError', 'sentAt', 'leaseUntil', 'createdAt', 'updatedAt') },
  }),
  classify('teams-mirror', teamsAnnouncementDocuments, {
    purpose: 'Welke documenten in een aankondiging staan.',
    ...publicTask([], WITH_LINK),
    columns: { ...nonPersonal('announcementId', 'linkId', 'documentId', 'addedAt') },
  }),
  classify('teams-mirror', teamsDriftCursors, {
    purpose: 'Waar de controle op wijzigingen in Teams gebleven is (delta-link) per koppeling.',
    ...publicTask([], WITH_LINK),
    columns: { ...nonPersonal('linkId', 'deltaLink', 'leaseUntil', 'lastScanAt', 'lastError') },
  }),
  classify('teams-mirror', teamsDrifts, {
    purpose: 'Wijzigingen die in Teams zijn gedaan buiten Verbinder om, met wie ze deed (naam uit Microsoft 365), om ze over te nemen of te negeren.',
    ...publicTask(['staff'], WITH_LINK),
    erasure: { action: 'keep', reason: 'Afwijkingen in Teams blijven voor de werkgroep; waar de naam in Microsoft 365 die van de persoon is, wordt die Oud-deelnemer.', nameIn: ['modifiedBy'] },
    columns: {
      ...nonPersonal('id', 'itemId', 'kind', 'driveItemId', 'teamsETag', 'teamsName', 'size', 'detectedAt', 'resolvedAt', 'resolution', 'importedVersion'),
      ...personal('modifiedBy', 'modifiedAt', 'resolvedById'),
    },
  }),
];
