// Every domain's data map in one list: the source of docs/privacy.md and docs/verwerkingsregister.md.
import { actieagendaDataMap } from '@verbinder/actieagenda/data-access';
import { identityDataMap } from '@verbinder/identity/data-access';
import { loketDataMap } from '@verbinder/loket/data-access';
import { meetupsDataMap } from '@verbinder/meetups/data-access';
import { notificationsDataMap } from '@verbinder/notifications/data-access';
import { DataMapEntry, platformDbDataMap } from '@verbinder/platform/db';
import { outboxDataMap } from '@verbinder/platform/outbox';
import { regionsDataMap } from '@verbinder/regions/data-access';
import { storiesDataMap } from '@verbinder/stories/data-access';
import { teamsMirrorDataMap } from '@verbinder/teams-mirror/data-access';
import { werkgroepenDataMap } from '@verbinder/werkgroepen/data-access';

export const DATA_MAP: DataMapEntry[] = [
  ...platformDbDataMap,
  ...outboxDataMap,
  ...regionsDataMap,
  ...identityDataMap,
  ...notificationsDataMap,
  ...actieagendaDataMap,
  ...werkgroepenDataMap,
  ...meetupsDataMap,
  ...loketDataMap,
  ...storiesDataMap,
  ...teamsMirrorDataMap,
];
