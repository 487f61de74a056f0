// /policies [policy] — the policies in the record with their dates and status, or one in detail.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { SHARE_OPTION } from '../src/bot/command.js';
import { factLookup } from '../src/bot/factLookup.js';
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

export const policies = factLookup({
  data,
  option: 'policy',
  accepts: (f) => f.kind === 'policy',
  list: renderPolicies,
});
