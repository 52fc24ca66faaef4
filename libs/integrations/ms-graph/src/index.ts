export * from './ms-graph.options';
export * from './ms-graph-teams-drive.adapter';
export * from './map-graph-error';
export * from './graph-drive-item.mapper';
export { createNodeHttpsFetch } from './node-https-fetch';
export type { NodeHttpsFetch } from './node-https-fetch';
export { mapIdentityError } from './tenant-credentials';
export * from './workflows-webhook.announcer';
