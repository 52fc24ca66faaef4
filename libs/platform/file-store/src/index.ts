export * from './file-document-store';
