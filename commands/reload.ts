// /reload — the bot's owners load the edited fact base without a restart. A base that fails any check is
// refused with its reasons, and the last good one keeps serving.
import {
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { catalogFor, UserError } from '../src/messages.js';
import { truncate } from '../src/render/discord/limits.js';
import { messageBody } from '../src/render/discord/message.js';
import { slashCommand } from './command.js';

const data = {
  name: 'reload',
  description: 'Reload the fact base from its files (bot owners)',
  // Hidden from everyone but administrators; the owner list is checked again when it runs.
  default_member_permissions: String(PermissionFlagsBits.Administrator),
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const reload = slashCommand({
  data,
  alwaysPrivate: true,
  async respond(input, context) {
    if (!context.config.BOT_OWNER_IDS.includes(input.userId) || !context.reload) {
      throw new UserError('reloadOwnersOnly');
    }
    const result = await context.reload();
    const { MESSAGES } = catalogFor(input.locale);
    const content = result.ok
      ? [
          MESSAGES.reloaded(result.version, result.facts),
          ...result.uncorrected.map(MESSAGES.uncorrected),
        ].join('\n')
      : truncate(MESSAGES.reloadRefused(result.problems), 2000);
    return { type: 'reply', body: messageBody({ visibility: 'private', content }) };
  },
});
