export * from './teams-fake';
