export * from './file-document-store';
export * from './disk-space';
