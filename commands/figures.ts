// /figures [topic] — every number in the record with unit, period, who gave it and its source.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { SHARE_OPTION } from '../src/bot/command.js';
import { factLookup } from '../src/bot/factLookup.js';
import { renderFigures } from '../src/render/discord/lists.js';

const data = {
  name: 'figures',
  description: 'The numbers in the record, with unit, period and who gave them',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'topic',
      description: 'Show one figure in detail',
      autocomplete: true,
    },
    SHARE_OPTION,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const figures = factLookup({
  data,
  option: 'topic',
  accepts: (f) => f.figures.length > 0,
  list: renderFigures,
});
