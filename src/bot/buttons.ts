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
import type { MessageBody, Visibility } from '../render/discord/message.js';
import type { FactBase } from '../facts/load.js';
import { timelineRange } from '../../commands/timeline.js';
import type { CommandContext, CommandInput, CommandResult } from './command.js';
import { Side } from '../facts/schema.js';

// A page turn replaces the message it is on, whose visibility cannot change: the flag is left out.
function update(body: MessageBody): CommandResult {
  const { flags: _flags, ...rest } = body;
  return { type: 'update', body: rest };
}

function renderPage(
  action: Extract<ButtonAction, { action: 'page' }>,
  base: FactBase,
  visibility: Visibility,
): MessageBody {
  const { list, page, filter } = action;
  if (list === 'timeline') {
    // The filter travels in the custom id, which a client can forge: it is checked like the command's options.
    const [from, to, ...rest] = filter.split('..');
    if (rest.length > 0) throw new UserError(MESSAGES.unknownButton);
    return renderTimeline(base, timelineRange(from || undefined, to || undefined), page, visibility);
  }
  if (list === 'policies') return renderPolicies(base, page, visibility);
  if (list === 'figures') return renderFigures(base, page, visibility);
  if (list === 'who') return renderActors(base, page, visibility);
  const side = Side.safeParse(filter);
  if (!side.success) throw new UserError(MESSAGES.unknownButton);
  return renderPositions(base, side.data, page, visibility);
}

/**
 * The result of a click. `ownerId` is who invoked the message the button is on: only they may page it;
 * anyone else gets the page as a private copy, so one reader cannot turn the page under another.
 */
export function respondToButton(
  action: Exclude<ButtonAction, { action: 'vote' | 'why' }>,
  input: CommandInput,
  context: CommandContext,
  ownerId: string | null,
): CommandResult {
  const { base } = context.engine();
  if (action.action === 'page') {
    if (ownerId !== null && ownerId !== input.userId)
      return { type: 'reply', body: renderPage(action, base, 'private') };
    return update(renderPage(action, base, input.visibility));
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
