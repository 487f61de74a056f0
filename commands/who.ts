// /who [actor] — the people and bodies in the record, or everything it says of one.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { SHARE_OPTION, type SlashCommand } from '../src/bot/command.js';
import { MESSAGES, UserError } from '../src/messages.js';
import { factChoices } from '../src/render/discord/choices.js';
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

export const who: SlashCommand = {
  data,
  respond(input, context) {
    const { base } = context.engine();
    const id = input.options.actor;
    if (id === undefined) return { type: 'reply', body: renderActors(base, 0, input.visibility) };
    const actor = base.facts.find((f) => f.kind === 'actor' && f.id === id);
    if (!actor) throw new UserError(MESSAGES.unknownFact(String(id)));
    return { type: 'reply', body: renderActor(actor, base, input.visibility) };
  },
  autocomplete: (focused, context) =>
    factChoices(
      context.engine().base.facts.filter((f) => f.kind === 'actor'),
      focused.value,
    ),
};
