// /positions [side] — what each side asks of the other, side by side.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { SHARE_OPTION, type SlashCommand } from '../src/bot/command.js';
import { Side } from '../src/facts/schema.js';
import { MESSAGES, UserError } from '../src/messages.js';
import { renderPositions } from '../src/render/discord/lists.js';

const data = {
  name: 'positions',
  description: 'What the United States and Mexico each ask and say, side by side',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'side',
      description: 'Show one side only',
      choices: [
        { name: 'United States', value: 'us' },
        { name: 'Mexico', value: 'mexico' },
        { name: 'Both', value: 'both' },
      ],
    },
    SHARE_OPTION,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const positions: SlashCommand = {
  data,
  respond(input, context) {
    const parsed = Side.safeParse(input.options.side);
    if (input.options.side !== undefined && !parsed.success) throw new UserError(MESSAGES.unknownSide);
    const side = parsed.success ? parsed.data : undefined;
    return { type: 'reply', body: renderPositions(context.engine().base, side, 0, input.visibility) };
  },
};
