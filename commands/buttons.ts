// What each factdesk button does when clicked, from its custom id to a result: the fact buttons under an
// answer, list pages, and a summary preview's Post, Update and Cancel. Like the commands, it knows nothing
// of discord.js.
import { MESSAGES, UserError } from '../src/messages.js';
import { renderCitation, renderFact, renderFactSource, renderRelated } from '../src/render/discord/answer.js';
import { decodeCustomId } from '../src/render/discord/customId.js';
import {
  renderActors,
  renderFigures,
  renderPolicies,
  renderPositions,
  renderTimeline,
} from '../src/render/discord/lists.js';
import type { MessageBody } from '../src/render/discord/message.js';
import type { CommandContext, CommandInput, CommandResult } from './command.js';
import { positionFacts } from './positions.js';
import { respondToSummaryButton } from './summary.js';

// A page turn replaces the message it is on, whose visibility cannot change: the flag is left out.
function update(body: MessageBody): CommandResult {
  const { flags: _flags, ...rest } = body;
  return { type: 'update', body: rest };
}

/** The result of a click; `input.visibility` is that of the message the button is on. */
export function respondToButton(
  customId: string,
  input: CommandInput,
  context: CommandContext,
): CommandResult {
  const action = decodeCustomId(customId);
  if (!action) throw new UserError(MESSAGES.unknownButton);
  if (action.action === 'summary') return respondToSummaryButton(action, input, context);
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
    const side = filter === 'us' || filter === 'mexico' ? filter : undefined;
    return update(renderPositions(base, positionFacts(base), side, page, input.visibility));
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
      return { type: 'reply', body: renderCitation(fact, base) };
    case 'fact':
      return { type: 'reply', body: renderFact(fact, base, 'private') };
    case 'share':
      return { type: 'reply', body: renderFact(fact, base, 'public') };
  }
}
