export * from './etag';
export * from './forms';
export * from './http';
export * from './layout';
export * from './page-cache';
export * from './http-fault.filter';
export * from './not-found.filter';
// What the public controllers need from the GraphQL platform (one error-to-status map, cookies).
export { httpStatusOf, readCookie, SESSION_COOKIE } from '@verbinder/platform/graphql';
