// /policies [policy] — the policies in the record with their dates and status, or one in detail.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { renderPolicies } from '../src/render/discord/lists.js';
import { SHARE_OPTION, slashCommand } from './command.js';
import { lookupChoices, respondToLookup, type FactKindLookup } from './factLookup.js';

const data = {
  name: 'policies',
  description: 'The policies in the record, with their dates and status',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'policy',
      description: 'Show one policy in detail, like Title 42',
      autocomplete: true,
      max_length: 100,
    },
    SHARE_OPTION,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const POLICIES: FactKindLookup = {
  kind: 'policy',
  accepts: (f) => f.kind === 'policy',
  list: renderPolicies,
};

export const policies = slashCommand({
  data,
  respond: (input, context) => respondToLookup(input.options.policy, input, context, POLICIES),
  autocomplete: (focused, context, locale) => lookupChoices(focused.value, context, POLICIES, locale),
});
