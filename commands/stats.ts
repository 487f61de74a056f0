// /stats [days] — moderators see how factdesk is used in this server: questions asked, answered and
// declined, feedback rates and the most used facts, over the last 7 or 30 days.
import {
  ApplicationCommandOptionType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { renderStats } from '../src/render/discord/curation.js';
import { slashCommand } from './command.js';
import { fromStore, moderatorScope } from './moderators.js';

const data = {
  name: 'stats',
  description: 'How factdesk is used in this server: questions, answers, feedback (moderators)',
  default_member_permissions: String(PermissionFlagsBits.ManageMessages),
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'days',
      description: 'Over the last 7 (default) or 30 days',
      choices: [
        { name: '7 days', value: 7 },
        { name: '30 days', value: 30 },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const stats = slashCommand({
  data,
  alwaysPrivate: true,
  async respond(input, context) {
    const { guildId, store } = moderatorScope(
      input,
      context,
      PermissionFlagsBits.ManageMessages,
      'statsNeedsPermission',
    );
    const days = input.options.days === 30 ? 30 : 7;
    const figures = await fromStore(() => store.stats(guildId, days));
    return { type: 'reply', body: renderStats(figures, context.engine().base, input.locale) };
  },
});
