export * from './mailer';
export * from './mail-drop-folder';
