// /figures [topic] — every number in the record with unit, period, who gave it and its source.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { SHARE_OPTION, type SlashCommand } from '../src/bot/command.js';
import { MESSAGES, UserError } from '../src/messages.js';
import { renderFact } from '../src/render/discord/answer.js';
import { factChoices } from '../src/render/discord/choices.js';
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

export const figures: SlashCommand = {
  data,
  respond(input, context) {
    const { base } = context.engine();
    const id = input.options.topic;
    if (id === undefined) return { type: 'reply', body: renderFigures(base, 0, input.visibility) };
    const fact = base.facts.find((f) => f.figures.length > 0 && f.id === id);
    if (!fact) throw new UserError(MESSAGES.unknownFact(String(id)));
    return { type: 'reply', body: renderFact(fact, base, input.visibility) };
  },
  autocomplete: (focused, context) =>
    factChoices(
      context.engine().base.facts.filter((f) => f.figures.length > 0),
      focused.value,
    ),
};
