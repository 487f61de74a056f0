// npm start: the Discord bot when DISCORD_TOKEN is set (or the HTTP interactions endpoint when
// INTERACTIONS_MODE=http), otherwise the offline console over the fact base.
import { runConsole } from './cli/console.js';
import { ConfigError, envFileWarning, loadConfig } from './config.js';
import { EMBEDDED_DATA_DIR, FactBaseError, loadFactBase } from './facts/load.js';
import { createLogger, redact } from './logger.js';
import { createEngine } from './search/engine.js';

// Filled once the configuration is read, so that no start-up failure can print the token.
let secrets: string[] = [];

async function main(): Promise<void> {
  const config = loadConfig();
  secrets = config.DISCORD_TOKEN ? [config.DISCORD_TOKEN] : [];
  const dataDir = config.FACTDESK_DATA_DIR ?? EMBEDDED_DATA_DIR;
  const engine = createEngine(await loadFactBase(dataDir));
  if (!config.DISCORD_TOKEN && config.INTERACTIONS_MODE === 'gateway') {
    await runConsole({
      engine,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
    });
    return;
  }
  const logger = createLogger({ level: config.LOG_LEVEL, secrets });
  const warning = envFileWarning();
  if (warning) logger.warn(warning);
  const { installProcessGuards, startBot } = await import('./bot/start.js');
  installProcessGuards(process, logger, (code) => process.exit(code));
  if (config.INTERACTIONS_MODE === 'http') {
    const { startHttpBot } = await import('./bot/httpServer.js');
    await startHttpBot({ config, engine, dataDir, logger });
  } else if (config.GATEWAY_SHARDS !== 'off') {
    // The manager only supervises: each shard process loads its own engine.
    const { startShardManager } = await import('./bot/shards.js');
    await startShardManager({ config, logger });
  } else {
    await startBot({ config, engine, dataDir, logger });
  }
}

main().catch((error: unknown) => {
  // Expected start-up failures get their own clear message; anything else its message, never a token.
  const known = error instanceof ConfigError || error instanceof FactBaseError;
  const message = known ? (error as Error).message : `factdesk could not start: ${(error as Error).message}`;
  console.error(redact(message, secrets));
  process.exit(1);
});
