// /about — what factdesk knows: its sources with dates, how many facts, versions, and that it answers only
// from the sourced record.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { renderAbout } from '../src/render/discord/lists.js';
import { SHARE_OPTION, slashCommand } from './command.js';

const data = {
  name: 'about',
  description: 'What factdesk knows, where it comes from, and how it answers',
  options: [SHARE_OPTION],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const about = slashCommand({
  data,
  respond: (input, context) => ({
    type: 'reply',
    body: renderAbout(context.engine().base, context.appVersion, input.visibility, input.locale),
  }),
});
