// Connects factdesk to Discord over the gateway: one client with the Guilds intent only (to see channels and
// permissions for /summary), the router on interactionCreate, and a clean shutdown on SIGINT and SIGTERM.
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { readFileSync } from 'node:fs';
import type { Config } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import type { Engine } from '../search/engine.js';
import type { CommandContext } from './command.js';
import { createRouter } from './router.js';

export const APP_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export function createClient(): Client {
  return new Client({ intents: [GatewayIntentBits.Guilds] });
}

/** Everything a running bot shares: the engine can be swapped whole when the fact base is reloaded. */
export function createContext(
  config: Config,
  engine: Engine,
  logger: Logger,
): CommandContext & { setEngine(next: Engine): void } {
  let current = engine;
  return {
    engine: () => current,
    setEngine: (next) => {
      current = next;
    },
    config,
    logger,
    appVersion: APP_VERSION,
  };
}

export async function startBot(options: { config: Config; engine: Engine; dataDir: string }): Promise<void> {
  const { config, engine } = options;
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('startBot needs DISCORD_TOKEN');
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [token] });
  const client = createClient();
  const context = createContext(config, engine, logger);
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
  process.on('unhandledRejection', (error) => logger.error('unhandled rejection', { error }));

  const shutdown = (signal: string) => {
    logger.info('shutting down', { signal });
    void client.destroy().finally(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  await client.login(token);
}
