// /figures [topic] — every number in the record with what it counts, who gave it and its source.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { renderFigures } from '../src/render/discord/lists.js';
import { SHARE_OPTION, slashCommand } from './command.js';
import { lookupChoices, respondToLookup, type FactKindLookup } from './factLookup.js';

const data = {
  name: 'figures',
  description: 'The numbers in the record, with unit, period and who gave them',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'topic',
      description: 'Show one figure in detail, like 30,000',
      autocomplete: true,
      max_length: 100,
    },
    SHARE_OPTION,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const FIGURES: FactKindLookup = {
  kind: 'figure',
  accepts: (f) => f.figures.length > 0,
  list: renderFigures,
};

export const figures = slashCommand({
  data,
  respond: (input, context) => respondToLookup(input.options.topic, input, context, FIGURES),
  autocomplete: (focused, context, locale) => lookupChoices(focused.value, context, FIGURES, locale),
});
