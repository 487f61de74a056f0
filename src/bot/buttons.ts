// What each factdesk button does when clicked, from its decoded custom id to a result. Like the commands,
// it knows nothing of discord.js.
import { MESSAGES, UserError } from '../messages.js';
import { renderCitation, renderFact, renderFactSource, renderRelated } from '../render/discord/answer.js';
import type { ButtonAction } from '../render/discord/customId.js';
import {
  renderActors,
  renderFigures,
  renderPolicies,
  renderPositions,
  renderTimeline,
} from '../render/discord/lists.js';
import type { MessageBody } from '../render/discord/message.js';
import type { CommandContext, CommandInput, CommandResult } from './command.js';
import { Side } from '../facts/schema.js';

// A page turn replaces the message it is on, whose visibility cannot change: the flag is left out.
function update(body: MessageBody): CommandResult {
  const { flags: _flags, ...rest } = body;
  return { type: 'update', body: rest };
}

export function respondToButton(
  action: ButtonAction,
  input: CommandInput,
  context: CommandContext,
): CommandResult {
  const { base } = context.engine();
  if (action.action === 'page') {
    const { list, page, filter } = action;
    if (list === 'timeline') {
      const [from, to] = filter.split('..');
      return update(
        renderTimeline(base, { from: from || undefined, to: to || undefined }, page, input.visibility),
      );
    }
    if (list === 'policies') return update(renderPolicies(base, page, input.visibility));
    if (list === 'figures') return update(renderFigures(base, page, input.visibility));
    if (list === 'who') return update(renderActors(base, page, input.visibility));
    return update(renderPositions(base, Side.parse(filter), page, input.visibility));
  }
  const fact = base.facts.find((f) => f.id === action.factId);
  // Buttons outlive reloads of the fact base: a removed fact is a message, not a failure.
  if (!fact) throw new UserError(MESSAGES.unknownButton);
  switch (action.action) {
    case 'source':
      return { type: 'reply', body: renderFactSource(fact, base, 'private') };
    case 'related':
      return { type: 'reply', body: renderRelated(fact, base) };
    case 'cite':
      return { type: 'reply', body: renderCitation(fact, base, action.style) };
    case 'fact':
      return { type: 'reply', body: renderFact(fact, base, 'private') };
    case 'share':
      return { type: 'reply', body: renderFact(fact, base, 'public') };
  }
}
