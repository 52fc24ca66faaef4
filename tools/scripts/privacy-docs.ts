// `npm run docs:privacy`: writes docs/privacy.md and docs/verwerkingsregister.md from the data map.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPrivacyDoc, renderProcessingRegister } from '@verbinder/platform/db';
import { DATA_MAP } from '../../apps/api/src/privacy/data-map';

const root = join(__dirname, '../..');
writeFileSync(join(root, 'docs/privacy.md'), renderPrivacyDoc(DATA_MAP));
writeFileSync(join(root, 'docs/verwerkingsregister.md'), renderProcessingRegister(DATA_MAP));
console.log('docs/privacy.md and docs/verwerkingsregister.md written from the data map');
