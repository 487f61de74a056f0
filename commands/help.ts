// /help — every command factdesk has, explained in one line each.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { ReplyLocale } from '../src/locale.js';
import { catalogFor } from '../src/messages.js';
import { renderHelp } from '../src/render/discord/lists.js';
import { SHARE_OPTION, slashCommand } from './command.js';

const data = {
  name: 'help',
  description: 'What each factdesk command does, in one line',
  options: [SHARE_OPTION],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The help text of each command name: the registry passes its names so the list cannot drift from it. */
export function helpLines(names: readonly string[], locale: ReplyLocale): string[] {
  const { TEXT } = catalogFor(locale);
  return names.flatMap((name) => TEXT.help[name] ?? []);
}

export function helpCommand(names: () => readonly string[]) {
  return slashCommand({
    data,
    respond: (input) => ({
      type: 'reply',
      body: renderHelp(helpLines(names(), input.locale), input.visibility, input.locale),
    }),
  });
}
