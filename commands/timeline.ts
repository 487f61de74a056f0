// /timeline [from] [to] — dated events in order, each date as precise as its source, paged with buttons.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { SHARE_OPTION, type SlashCommand } from '../src/bot/command.js';
import { CalendarDate } from '../src/facts/schema.js';
import { MESSAGES, UserError } from '../src/messages.js';
import { renderTimeline } from '../src/render/discord/lists.js';

const data = {
  name: 'timeline',
  description: 'Dated events in order, as precise as the sources give them',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'from',
      description: 'Earliest date, like 2023-12 or 2023-12-30',
      max_length: 10,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'to',
      description: 'Latest date, like 2024 or 2024-01',
      max_length: 10,
    },
    SHARE_OPTION,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

function dateOption(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  const parsed = CalendarDate.safeParse(String(value).trim());
  if (!parsed.success) throw new UserError(MESSAGES.badDate(name));
  return parsed.data;
}

/** The date range asked for, checked the same way whether it comes from the options or a page button. */
export function timelineRange(from: unknown, to: unknown): { from?: string; to?: string } {
  const range = { from: dateOption(from, 'from'), to: dateOption(to, 'to') };
  if (range.from && range.to && range.from.slice(0, range.to.length) > range.to)
    throw new UserError(MESSAGES.dateOrder);
  return range;
}

export const timeline: SlashCommand = {
  data,
  respond(input, context) {
    const range = timelineRange(input.options.from, input.options.to);
    return { type: 'reply', body: renderTimeline(context.engine().base, range, 0, input.visibility) };
  },
};
