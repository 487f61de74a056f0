// Connects factdesk to Discord over the gateway: one client with the Guilds intent only (to see channels and
// permissions for /summary), the router on interactionCreate, a log line and metrics per interaction, a
// non-zero exit when Discord closes the connection for good, and a clean stop on SIGTERM and SIGINT.
import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import { GatewayCloseCodes } from 'discord-api-types/v10';
import { readFileSync } from 'node:fs';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Engine } from '../search/engine.js';
import { defaultSettings } from '../settings/guildSettings.js';
import { createSettingsSource } from '../settings/settingsSource.js';
import { keepRetention } from '../store/open.js';
import type { Store } from '../store/store.js';
import type { CommandContext } from '../../commands/command.js';
import { Cooldowns, SharedCooldowns, type CooldownStore } from './cooldowns.js';
import { startHealthServer, type Health } from './healthServer.js';
import { createReloader, watchDataDir } from './reload.js';
import { createRouter } from './router.js';
import { createInFlight, createShutdown, trackStore, type InFlight } from './shutdown.js';
import { createTelemetry, type ShardState, type Telemetry } from './telemetry.js';

export const APP_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Everything a running bot shares: the engine is swapped whole when the fact base is reloaded. */
export function createContext(options: {
  config: Config;
  engine: Engine;
  logger: Logger;
  dataDir: string;
  telemetry?: Telemetry;
  cooldowns?: CooldownStore;
  store?: Store;
  /** What a stop waits for: given, every store call (settings, cooldowns, records) is tracked there too. */
  inFlight?: InFlight;
}): CommandContext {
  let current = options.engine;
  options.telemetry?.factBase(current.base);
  const reloader = createReloader({
    dataDir: options.dataDir,
    logger: options.logger,
    setEngine: (next) => (current = next),
    current: () => current.base,
    onReloaded: (base) => options.telemetry?.factBase(base),
  });
  const { logger } = options;
  const store =
    options.store && options.inFlight ? trackStore(options.store, options.inFlight) : options.store;
  return {
    engine: () => current,
    config: options.config,
    settings: createSettingsSource({ store, defaults: defaultSettings(options.config), logger }),
    logger,
    appVersion: APP_VERSION,
    // A server PostgreSQL may be shared by several processes; the embedded one never is.
    cooldowns:
      options.cooldowns ??
      (store?.kind === 'postgres' ? new SharedCooldowns(store, logger) : new Cooldowns()),
    reload: reloader.reload,
    store,
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

/** A close code's name for the log ("AuthenticationFailed" for 4004). */
function closeCodeName(code: number): string {
  return (GatewayCloseCodes as Record<number, string>)[code] ?? 'unknown';
}

/** The gateway state /healthz reports: ready only when every shard is. */
function gatewayHealth(states: ReadonlyMap<number, ShardState>): Health['gateway'] {
  const all = [...states.values()];
  if (all.length > 0 && all.every((s) => s === 'ready')) return 'ready';
  return all.includes('disconnected') ? 'disconnected' : 'connecting';
}

export interface BotOptions {
  config: Config;
  engine: Engine;
  dataDir: string;
  logger: Logger;
  /** Ends the process; a test passes its own to see the status. */
  exit?: (code: number) => void;
  /** Extra discord.js client options: the shard ids when run under the ShardingManager. */
  client?: Partial<ClientOptions>;
  /** Where SIGTERM and SIGINT come from: the process, or an emitter in tests. */
  signals?: Pick<NodeJS.Process, 'once'>;
  /** The curation database; without it nothing is recorded and feedback is unavailable. */
  store?: Store;
}

export async function startBot(options: BotOptions) {
  const { config, engine, dataDir, logger, store } = options;
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('startBot needs DISCORD_TOKEN');
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const telemetry = createTelemetry({ logger });
  // Guilds only: enough to see channels and permissions for /summary; no privileged intent is needed.
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.DISCORD_API_BASE },
    ...options.client,
  });
  const inFlight = createInFlight();
  const context = createContext({ config, engine, logger, dataDir, telemetry, store, inFlight });
  const stopRetention = store ? keepRetention(store, config.RETENTION_DAYS, logger) : undefined;
  const route = createRouter(client, context);
  const watcher =
    config.WATCH_DATA && context.reload ? watchDataDir(dataDir, context.reload, logger) : undefined;
  const health = await (config.METRICS_PORT
    ? startHealthServer({
        host: config.METRICS_HOST,
        port: config.METRICS_PORT,
        metrics: () => telemetry.registry.metrics(),
        health: () => ({
          gateway: gatewayHealth(telemetry.shards()),
          database: store ? store.status() : 'not configured',
          factBase: context.engine().base.version,
        }),
      })
    : undefined);
  if (health) logger.info('health and metrics listening', { address: health.address });
  const shutdown = createShutdown({
    logger,
    inFlight,
    close: [
      () => watcher?.close(),
      () => health?.close(),
      () => stopRetention?.(),
      () => store?.close(),
      () => client.destroy(),
    ],
    exit,
  });

  client.on(Events.InteractionCreate, (interaction) => {
    // Once stopping, new interactions are left for the instance that replaces this one (Discord retries
    // nothing, but an unanswered interaction shows the user an error rather than a half-finished reply).
    if (shutdown.stopping) return;
    const started = performance.now();
    void inFlight.track(
      route(interaction).then((outcome) =>
        telemetry.interaction(outcome, (performance.now() - started) / 1000),
      ),
    );
  });
  client.on(Events.ShardReady, (shard) => {
    telemetry.shard(shard, 'ready');
    logger.info('connected to Discord', {
      shard,
      user: client.user?.tag,
      guilds: client.guilds.cache.size,
      factBase: context.engine().base.version,
    });
  });
  client.on(Events.ShardResume, (shard) => telemetry.shard(shard, 'ready'));
  client.on(Events.ShardReconnecting, (shard) => {
    telemetry.shard(shard, 'connecting');
    logger.warn('gateway reconnecting', { shard });
  });
  // discord.js emits this only for closes it will not resume (a reset token, missing intents, a bad shard
  // count): staying up would be a silent, disconnected bot, so it exits non-zero for its supervisor.
  client.on(Events.ShardDisconnect, (event, shard) => {
    telemetry.shard(shard, 'disconnected');
    logger.error('gateway closed for good', { shard, code: event.code, reason: closeCodeName(event.code) });
    void shutdown.stop(`gateway close ${event.code}`, 1);
  });
  client.on(Events.ShardError, (error, shard) => logger.error('gateway error', { shard, error }));
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('discord client warning', { message }));
  shutdown.onSignals(options.signals ?? process);

  await client.login(token);
  return { client, telemetry, shutdown };
}
