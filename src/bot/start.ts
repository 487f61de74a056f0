// Connects factdesk to Discord over the gateway: one client with the Guilds intent only (to see channels and
// permissions for /summary), the router on interactionCreate, and a clean shutdown on SIGINT and SIGTERM.
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { readFileSync } from 'node:fs';
import type { Config } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import type { Engine } from '../search/engine.js';
import type { CommandContext } from '../../commands/command.js';
import { Cooldowns } from './cooldowns.js';
import { createReloader, watchDataDir } from './reload.js';
import { createRouter } from './router.js';

export const APP_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Everything a running bot shares: the engine is swapped whole when the fact base is reloaded. */
export function createContext(options: {
  config: Config;
  engine: Engine;
  logger: Logger;
  dataDir: string;
}): CommandContext {
  let current = options.engine;
  const reloader = createReloader({
    dataDir: options.dataDir,
    logger: options.logger,
    setEngine: (next) => (current = next),
  });
  return {
    engine: () => current,
    config: options.config,
    logger: options.logger,
    appVersion: APP_VERSION,
    cooldowns: new Cooldowns(),
    reload: reloader.reload,
  };
}

/**
 * Keeps the process up through a stray failure: a rejected promise nobody awaited is logged (redacted)
 * instead of ending the bot. An uncaught exception leaves the process in an unknown state, so it is logged
 * and the process exits for its supervisor to restart it.
 */
export function installProcessGuards(
  target: Pick<NodeJS.Process, 'on'>,
  logger: Logger,
  exit: (code: number) => void,
) {
  target.on('unhandledRejection', (error: unknown) => logger.error('unhandled rejection', { error }));
  target.on('uncaughtException', (error: Error) => {
    logger.error('uncaught exception', { error });
    exit(1);
  });
}

export async function startBot(options: { config: Config; engine: Engine; dataDir: string }): Promise<void> {
  const { config, engine, dataDir } = options;
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('startBot needs DISCORD_TOKEN');
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [token] });
  installProcessGuards(process, logger, (code) => process.exit(code));
  // Guilds only: enough to see channels and permissions for /summary; no privileged intent is needed.
  const client = new Client({ intents: [GatewayIntentBits.Guilds] });
  const context = createContext({ config, engine, logger, dataDir });
  const route = createRouter(client, context);

  client.on(Events.InteractionCreate, (interaction) => void route(interaction));
  client.once(Events.ClientReady, (ready) => {
    logger.info('connected to Discord', {
      user: ready.user.tag,
      guilds: ready.guilds.cache.size,
      factBase: engine.base.version,
    });
  });
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('discord client warning', { message }));
  const watcher = config.WATCH_DATA && context.reload ? watchDataDir(dataDir, context.reload) : undefined;

  const shutdown = (signal: string) => {
    logger.info('shutting down', { signal });
    watcher?.close();
    void client.destroy().finally(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  await client.login(token);
}
