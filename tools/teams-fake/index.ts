export * from './teams-fake';
export * from './webhook-receiver';
export * from './strictness';
