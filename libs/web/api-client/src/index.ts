export { createApolloClient, type ApolloClientOptions } from './lib/apollo';
export { csvRowErrors, errorCode, errorMessage, fieldErrors, isNetworkError, rawErrorCode, serverMessage, type CsvRowError } from './lib/errors';
export { useCoalescedCall, useCoalescedRefetch, useLiveRegionQueries, useRefetchQueries } from './lib/live';
export { connectSocket, disconnectSocket, getSocket, useSocketConnected, useSocketEvent, useSocketListener, type VerbinderSocket } from './lib/socket';
export { keepFresh, type ResyncSource } from './lib/resync';
export { VIEWER_QUERY, useViewer, viewerRegions, type ViewerData, type ViewerMembership, type ViewerPerson } from './lib/viewer';
export { ErrorCode, type NotificationDto, type RegionActivityDto, type ServerToClientEvents } from '@verbinder/shared/contracts';
export { uploadForm, type UploadAnswer, type UploadHandle } from './lib/upload';
// Typed documents generated from apps/api/schema.graphql (`npm run codegen`).
export { graphql } from './generated/gql';
export type * from './generated/graphql';
