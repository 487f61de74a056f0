// /who [actor] — the people and bodies in the record, or everything it says of one.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { SHARE_OPTION } from '../src/bot/command.js';
import { factLookup } from '../src/bot/factLookup.js';
import { renderActor, renderActors } from '../src/render/discord/lists.js';

const data = {
  name: 'who',
  description: 'The people and bodies in the record and what it says of each',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'actor',
      description: 'A person or body, like AMLO or ICE',
      autocomplete: true,
    },
    SHARE_OPTION,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const who = factLookup({
  data,
  option: 'actor',
  accepts: (f) => f.kind === 'actor',
  list: renderActors,
  detail: renderActor,
});
