import './workspace-aliases';
import 'reflect-metadata';
import { ConfigError, loadConfig } from '@verbinder/platform/config';
import { DataDirLockedError } from '@verbinder/platform/db';
import { JsonLogger } from '@verbinder/platform/events';
import { startApp } from './bootstrap';

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
  const logger = new JsonLogger(config.logLevel, { service: 'verbinder-api', pid: process.pid });
  try {
    const running = await startApp(config, logger);
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
