// npm run --silent preview -- <command> [--<option> <value>]...
// Prints the interaction response JSON the bot would send (and, for a summary's Post or Update, the message
// it would post or edit). `click <custom id>` presses one of the buttons a reply shows.
import { EMBEDDED_DATA_DIR, loadFactBase } from '../src/facts/load.js';
import { createLogger } from '../src/logger.js';
import { loadConfig } from '../src/config.js';
import { Cooldowns } from '../src/bot/cooldowns.js';
import { preview, PreviewUsageError } from '../src/bot/preview.js';
import { APP_VERSION } from '../src/bot/start.js';
import { defaultSettings } from '../src/settings/guildSettings.js';
import { createSettingsSource } from '../src/settings/settingsSource.js';
import { loadEngine } from '../src/search/load.js';

const [name, ...args] = process.argv.slice(2);
if (!name) {
  console.error(
    'usage: npm run --silent preview -- <command> [--<option> <value>]...   or   preview -- click <button custom id>\n  e.g. npm run --silent preview -- ask --question "When did Title 42 end?"',
  );
  process.exit(2);
}
try {
  const config = loadConfig();
  const dataDir = config.FACTDESK_DATA_DIR ?? EMBEDDED_DATA_DIR;
  const engine = await loadEngine(await loadFactBase(dataDir), dataDir);
  const logger = createLogger({ level: 'error' });
  // No database: every command runs on the deployment's defaults, as in a server that changed none.
  const plan = await preview(name, args, {
    engine: () => engine,
    config,
    settings: createSettingsSource({ defaults: defaultSettings(config), logger }),
    logger,
    appVersion: APP_VERSION,
    cooldowns: new Cooldowns(),
  });
  console.log(JSON.stringify(plan.post || plan.edit ? plan : plan.response, null, 2));
} catch (error) {
  console.error(
    error instanceof PreviewUsageError ? error.message : `preview failed: ${(error as Error).message}`,
  );
  process.exit(error instanceof PreviewUsageError ? 2 : 1);
}
