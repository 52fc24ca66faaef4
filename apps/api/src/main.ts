import './workspace-aliases';
import 'reflect-metadata';
import { ConfigError, loadConfig } from '@verbinder/platform/config';
import { DataDirLockedError } from '@verbinder/platform/db';
import { JsonLogger } from '@verbinder/platform/events';
import { DEMO_PASSWORD, DEMO_PERSONAS } from '@verbinder/identity/core';
import { startApp } from './bootstrap';

/** The first thing a person at a terminal reads: where Verbinder runs and how to get in. */
function welcome(publicUrl: string, demoMode: boolean): string {
  const persona = DEMO_PERSONAS[0];
  const signIn =
    demoMode && persona
      ? `meld je aan met een demopersoon op de aanmeldpagina, of met ${persona.email} / ${DEMO_PASSWORD} (${persona.label.toLowerCase()})`
      : 'meld je aan met je eigen account (een eerste beheerder maak je met npm run admin:create)';
  return `\nVerbinder draait op ${publicUrl} — ${signIn}.\n\n`;
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Verbinder cannot start.\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const pretty = config.logFormat === 'pretty' || (config.logFormat === 'auto' && !config.isProduction && process.stdout.isTTY === true);
  const logger = new JsonLogger(config.logLevel, { service: 'verbinder-api', pid: process.pid }, { format: pretty ? 'pretty' : 'json', colour: pretty && process.stdout.isTTY === true });
  // At a terminal: quiet (warnings and errors only) until listening, so the welcome line comes first.
  if (pretty && config.logLevel !== 'debug') logger.setLevel('warn');
  try {
    const running = await startApp(config, logger);
    if (pretty) {
      process.stdout.write(welcome(config.publicUrl, config.demoMode));
      logger.setLevel(config.logLevel);
    }
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info('shutting down', { signal });
      const force = setTimeout(() => {
        logger.error('shutdown took too long; exiting');
        process.exit(1);
      }, 15_000);
      force.unref();
      running.close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error('shutdown failed', { error: (error as Error).message });
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      // A second process on the same PGlite folder: a plain message, no stack.
      logger.error('startup refused: PGlite folder in use', { holderPid: error.holder.pid, lockFile: error.lockFile });
      process.stderr.write(`Verbinder cannot start.\n${error.message}\n`);
      process.exit(1);
    }
    logger.error('startup failed', { error: (error as Error).message, stack: (error as Error).stack });
    process.exit(1);
  }
}

void main();
