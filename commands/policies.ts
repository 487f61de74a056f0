// /policies [policy] — the policies in the record with their dates and status, or one in detail.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { SHARE_OPTION, type SlashCommand } from '../src/bot/command.js';
import { MESSAGES, UserError } from '../src/messages.js';
import { renderFact } from '../src/render/discord/answer.js';
import { factChoices } from '../src/render/discord/choices.js';
import { renderPolicies } from '../src/render/discord/lists.js';

const data = {
  name: 'policies',
  description: 'The policies in the record, with their dates and status',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'policy',
      description: 'Show one policy in detail',
      autocomplete: true,
    },
    SHARE_OPTION,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const policies: SlashCommand = {
  data,
  respond(input, context) {
    const { base } = context.engine();
    const id = input.options.policy;
    if (id === undefined) return { type: 'reply', body: renderPolicies(base, 0, input.visibility) };
    const fact = base.facts.find((f) => f.kind === 'policy' && f.id === id);
    if (!fact) throw new UserError(MESSAGES.unknownFact(String(id)));
    return { type: 'reply', body: renderFact(fact, base, input.visibility) };
  },
  autocomplete: (focused, context) =>
    factChoices(
      context.engine().base.facts.filter((f) => f.kind === 'policy'),
      focused.value,
    ),
};
