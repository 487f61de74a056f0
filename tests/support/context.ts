// The CommandContext tests hand to handlers and the router: the given engine, no cooldowns unless asked
// for, and a logger that keeps its lines for assertions.
import type { CommandContext } from '../../commands/command.js';
import { Cooldowns } from '../../src/bot/cooldowns.js';
import { createLogger } from '../../src/logger.js';
import type { Engine } from '../../src/search/engine.js';

export function testContext(
  engine: Engine,
  options: { config?: Partial<CommandContext['config']>; logLines?: string[]; secrets?: string[] } & Partial<
    Omit<CommandContext, 'config'>
  > = {},
): CommandContext {
  const { config, logLines, secrets, ...overrides } = options;
  return {
    engine: () => engine,
    config: {
      REPLY_VISIBILITY: 'private',
      COOLDOWN_PUBLIC_SECONDS: 0,
      COOLDOWN_SUMMARY_SECONDS: 0,
      BOT_OWNER_IDS: [],
      ...config,
    },
    cooldowns: new Cooldowns(),
    logger: createLogger({
      level: logLines ? 'debug' : 'error',
      secrets,
      write: logLines ? (line) => logLines.push(line) : () => undefined,
    }),
    appVersion: 'test',
    ...overrides,
  };
}
