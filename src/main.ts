// npm start: the Discord bot when DISCORD_TOKEN is set, otherwise the offline console over the fact base.
import { runConsole } from './cli/console.js';
import { ConfigError, loadConfig } from './config.js';
import { EMBEDDED_DATA_DIR, FactBaseError, loadFactBase } from './facts/load.js';
import { redact } from './logger.js';
import { loadEngine } from './search/load.js';

// Filled once the configuration is read, so that no start-up failure can print the token.
let secrets: string[] = [];

async function main(): Promise<void> {
  const config = loadConfig();
  secrets = config.DISCORD_TOKEN ? [config.DISCORD_TOKEN] : [];
  const dataDir = config.FACTDESK_DATA_DIR ?? EMBEDDED_DATA_DIR;
  const engine = await loadEngine(await loadFactBase(dataDir), dataDir, {
    onStale: (count) =>
      console.error(
        `note: ${count} text(s) of the fact base had no stored vector and were embedded now; run \`npm run facts:embed\`.`,
      ),
  });
  if (!config.DISCORD_TOKEN) {
    await runConsole({
      engine,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
    });
    return;
  }
  const { startBot } = await import('./bot/start.js');
  await startBot({ config, engine, dataDir });
}

main().catch((error: unknown) => {
  // Expected start-up failures get their own clear message; anything else its message, never a token.
  const known = error instanceof ConfigError || error instanceof FactBaseError;
  const message = known ? (error as Error).message : `factdesk could not start: ${(error as Error).message}`;
  console.error(redact(message, secrets));
  process.exit(1);
});
