// /timeline [from] [to] — dated events in order, each date as precise as its source, paged with buttons.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { dateInterval } from '../src/facts/dates.js';
import { CalendarDate } from '../src/facts/schema.js';
import { UserError } from '../src/messages.js';
import { renderTimeline } from '../src/render/discord/lists.js';
import type { DateRange } from '../src/render/timeline.js';
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
function dateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const parsed = CalendarDate.safeParse(value.trim());
  // A value of the right shape that fails is a day the calendar lacks (2023-02-31): said as such.
  if (!parsed.success)
    throw parsed.error.issues.every((i) => i.code === 'custom')
      ? new UserError('notARealDate', name, value.trim())
      : new UserError('badDate', name);
  return parsed.data;
}

/** The date range asked for, checked the same way whether it comes from the options or a page button. */
export function timelineRange(from: string | undefined, to: string | undefined): DateRange {
  const range = { from: dateOption(from, 'from'), to: dateOption(to, 'to') };
  if (
    range.from &&
    range.to &&
    dateInterval({ value: range.from }).start > dateInterval({ value: range.to }).end
  )
    throw new UserError('dateOrder');
  return range;
}

export const timeline = slashCommand({
  data,
  respond(input, context) {
    const range = timelineRange(input.options.from, input.options.to);
    return {
      type: 'reply',
      body: renderTimeline(context.engine().base, range, 0, input.visibility, input.locale),
    };
  },
});
