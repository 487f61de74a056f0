// /timeline [from] [to] — dated events in order, each date as precise as its source, paged with buttons.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { dateInterval, isRealDate } from '../src/facts/dates.js';
import { CalendarDate } from '../src/facts/schema.js';
import { MESSAGES, UserError } from '../src/messages.js';
import { renderTimeline } from '../src/render/discord/lists.js';
import { SHARE_OPTION, slashCommand } from './command.js';

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

/** A date option as a calendar date, refused with a message that names the option when it is not one. */
export function dateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const parsed = CalendarDate.safeParse(value.trim());
  if (!parsed.success) throw new UserError(MESSAGES.badDate(name));
  if (!isRealDate(parsed.data)) throw new UserError(MESSAGES.notARealDate(name, parsed.data));
  return parsed.data;
}

export const timeline = slashCommand({
  data,
  respond(input, context) {
    const from = dateOption(input.options.from, 'from');
    const to = dateOption(input.options.to, 'to');
    if (from && to && dateInterval({ value: from }).start > dateInterval({ value: to }).end)
      throw new UserError(MESSAGES.dateOrder);
    return { type: 'reply', body: renderTimeline(context.engine().base, { from, to }, 0, input.visibility) };
  },
});
