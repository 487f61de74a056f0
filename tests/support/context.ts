// The CommandContext tests hand to handlers and the router: the given engine, no cooldowns unless asked
// for, settings from the given defaults (and the store, when one is given), and a logger that keeps its
// lines for assertions.
import type { CommandContext } from '../../commands/command.js';
import { Cooldowns } from '../../src/bot/cooldowns.js';
import { createLogger } from '../../src/logger.js';
import type { Engine } from '../../src/search/engine.js';
import { defaultSettings, type SettingsDefaults } from '../../src/settings/guildSettings.js';
import { createSettingsSource } from '../../src/settings/settingsSource.js';

export function testContext(
  engine: Engine,
  options: {
    config?: Partial<CommandContext['config'] & SettingsDefaults>;
    logLines?: string[];
    secrets?: string[];
  } & Partial<Omit<CommandContext, 'config'>> = {},
): CommandContext {
  const { config, logLines, secrets, ...overrides } = options;
  const settled: CommandContext['config'] & SettingsDefaults = {
    REPLY_VISIBILITY: 'private',
    REPLY_LANGUAGE: 'auto',
    COOLDOWN_PUBLIC_SECONDS: 0,
    COOLDOWN_SUMMARY_SECONDS: 0,
    BOT_OWNER_IDS: [],
    ...config,
  };
  const logger = createLogger({
    level: logLines ? 'debug' : 'error',
    secrets,
    write: logLines ? (line) => logLines.push(line) : () => undefined,
  });
  return {
    engine: () => engine,
    config: settled,
    settings: createSettingsSource({ store: overrides.store, defaults: defaultSettings(settled), logger }),
    cooldowns: new Cooldowns(),
    logger,
    appVersion: 'test',
    ...overrides,
  };
}
