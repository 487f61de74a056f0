// npm start: the Discord bot when DISCORD_TOKEN is set (or the HTTP interactions endpoint when
// INTERACTIONS_MODE=http), otherwise the offline console over the fact base (`npm start -- --lang es` for a
// Spanish reader).
import { CONSOLE_GUILD_ID, runConsole } from './cli/console.js';
import { LangOptionError, readLangOption } from './cli/langOption.js';
import { ConfigError, envFileWarning, loadConfig } from './config.js';
import { recordAnswer } from './curation/record.js';
import { EMBEDDED_DATA_DIR, FactBaseError, loadFactBase } from './facts/load.js';
import { createLogger, redact } from './logger.js';
import { loadEngine } from './search/load.js';
import { MigrationError } from './store/database.js';
import { openStore } from './store/open.js';

// Filled once the configuration is read, so that no start-up failure can print the token.
let secrets: string[] = [];

async function main(): Promise<void> {
  const { locale } = readLangOption(process.argv.slice(2));
  const config = loadConfig();
  const databasePassword = config.DATABASE_URL
    ? decodeURIComponent(new URL(config.DATABASE_URL).password)
    : '';
  secrets = [config.DISCORD_TOKEN ?? '', databasePassword].filter(Boolean);
  const logger = createLogger({ level: config.LOG_LEVEL, secrets });
  if (config.DISCORD_TOKEN && config.GATEWAY_SHARDS !== 'off') {
    // The manager only supervises: each shard process loads its own engine and opens its own store.
    const { installProcessGuards } = await import('./bot/start.js');
    installProcessGuards(process, logger, (code) => process.exit(code));
    const { startShardManager } = await import('./bot/shards.js');
    await startShardManager({ config, logger });
    return;
  }
  const dataDir = config.FACTDESK_DATA_DIR ?? EMBEDDED_DATA_DIR;
  const engine = await loadEngine(await loadFactBase(dataDir), dataDir, {
    onStale: (count) => logger.warn('texts without a stored vector were embedded at start-up', { count }),
  });
  const store = await openStore(config, logger);
  if (!config.DISCORD_TOKEN && config.INTERACTIONS_MODE === 'gateway') {
    await runConsole({
      engine,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
      locale,
      record: (answer) => recordAnswer(store, CONSOLE_GUILD_ID, answer, logger),
    });
    await store.close();
    return;
  }
  const warning = envFileWarning();
  if (warning) logger.warn(warning);
  const { installProcessGuards, startBot } = await import('./bot/start.js');
  installProcessGuards(process, logger, (code) => process.exit(code));
  if (config.INTERACTIONS_MODE === 'http') {
    const { startHttpBot } = await import('./bot/httpServer.js');
    await startHttpBot({ config, engine, dataDir, logger, store });
  } else {
    await startBot({ config, engine, dataDir, logger, store });
  }
}

main().catch((error: unknown) => {
  // Expected start-up failures get their own clear message; anything else its message, never a token.
  const known =
    error instanceof ConfigError ||
    error instanceof FactBaseError ||
    error instanceof MigrationError ||
    error instanceof LangOptionError;
  const message = known ? (error as Error).message : `factdesk could not start: ${(error as Error).message}`;
  console.error(redact(message, secrets));
  process.exit(1);
});
