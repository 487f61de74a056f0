// The shape /policies, /figures and /who share: without an option, a list of one kind of fact; with one
// (picked by autocomplete, valued by fact id), that fact in detail.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { FactBase } from '../facts/load.js';
import type { Fact } from '../facts/schema.js';
import { MESSAGES, UserError } from '../messages.js';
import { renderFact } from '../render/discord/answer.js';
import { factChoices } from '../render/discord/choices.js';
import type { MessageBody, Visibility } from '../render/discord/message.js';
import type { SlashCommand } from './command.js';

export function factLookup(options: {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** The option that names one fact. */
  option: string;
  accepts: (fact: Fact) => boolean;
  list: (base: FactBase, page: number, visibility: Visibility) => MessageBody;
  detail?: (fact: Fact, base: FactBase, visibility: Visibility) => MessageBody;
}): SlashCommand {
  const detail = options.detail ?? renderFact;
  return {
    data: options.data,
    respond(input, context) {
      const { base } = context.engine();
      const id = input.options[options.option];
      if (id === undefined) return { type: 'reply', body: options.list(base, 0, input.visibility) };
      const fact = base.facts.find((f) => f.id === id && options.accepts(f));
      if (!fact) throw new UserError(MESSAGES.unknownFact(String(id)));
      return { type: 'reply', body: detail(fact, base, input.visibility) };
    },
    autocomplete: (focused, context) =>
      factChoices(context.engine().base.facts.filter(options.accepts), focused.value),
  };
}
