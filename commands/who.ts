// /who [actor] — the people and bodies in the record, or everything it says of one.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { renderActor, renderActors } from '../src/render/discord/lists.js';
import { SHARE_OPTION, slashCommand } from './command.js';
import { lookupChoices, respondToLookup, type FactKindLookup } from './factLookup.js';

const data = {
  name: 'who',
  description: 'The people and bodies in the record and what it says of each',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'actor',
      description: 'A person or body, like AMLO or ICE',
      autocomplete: true,
      max_length: 100,
    },
    SHARE_OPTION,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const ACTORS: FactKindLookup = {
  kind: 'actor',
  accepts: (f) => f.kind === 'actor',
  list: renderActors,
  detail: renderActor,
};

export const who = slashCommand({
  data,
  respond: (input, context) => respondToLookup(input.options.actor, input, context, ACTORS),
  autocomplete: (focused, context, locale) => lookupChoices(focused.value, context, ACTORS, locale),
});
