// One shard of a sharded gateway bot: the process the ShardingManager forks (see src/bot/shards.ts).
// discord.js reads the shard ids from the environment the manager sets; the manager serves /metrics.
import { installProcessGuards, startBot } from './bot/start.js';
import { SHARD_METRICS_GLOBAL } from './bot/shards.js';
import { loadConfig } from './config.js';
import { EMBEDDED_DATA_DIR, loadFactBase } from './facts/load.js';
import { createLogger } from './logger.js';
import { loadEngine } from './search/load.js';
import { openStore } from './store/open.js';

const config = { ...loadConfig(), METRICS_PORT: undefined };
const databasePassword = config.DATABASE_URL ? decodeURIComponent(new URL(config.DATABASE_URL).password) : '';
const secrets = [config.DISCORD_TOKEN ?? '', databasePassword].filter(Boolean);
const logger = createLogger({ level: config.LOG_LEVEL, secrets });
installProcessGuards(process, logger, (code) => process.exit(code));
const dataDir = config.FACTDESK_DATA_DIR ?? EMBEDDED_DATA_DIR;
try {
  // The embedded database serves one process: shards share a PostgreSQL server or store nothing.
  const store = config.DATABASE_URL ? await openStore(config, logger) : undefined;
  const engine = await loadEngine(await loadFactBase(dataDir), dataDir, {
    onStale: (count) => logger.warn('texts without a stored vector were embedded at start-up', { count }),
  });
  const { telemetry } = await startBot({ config, engine, dataDir, logger, store });
  // The manager reads each shard's metrics through broadcastEval, which runs code in this process.
  Object.assign(globalThis, { [SHARD_METRICS_GLOBAL]: () => telemetry.registry.getMetricsAsJSON() });
} catch (error) {
  logger.error('shard could not start', { error });
  process.exit(1);
}
