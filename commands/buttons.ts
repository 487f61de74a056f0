// What each factdesk button does when clicked, from its custom id to a result: the fact buttons under an
// answer, list pages, and a summary preview's Post, Update and Cancel. Like the commands, it knows nothing
// of discord.js.
import { UserError } from '../src/messages.js';
import { renderCitation, renderFact, renderFactSource, renderRelated } from '../src/render/discord/answer.js';
import { decodeCustomId } from '../src/render/discord/customId.js';
import {
  renderActors,
  renderFigures,
  renderPolicies,
  renderPositions,
  renderTimeline,
} from '../src/render/discord/lists.js';
import type { MessageBody, Visibility } from '../src/render/discord/message.js';
import type { FactBase } from '../src/facts/load.js';
import type { ReplyLocale } from '../src/locale.js';
import type { ButtonAction } from '../src/render/discord/customId.js';
import { timelineRange } from './timeline.js';
import type { CommandContext, CommandInput, CommandResult } from './command.js';
import { positionFacts } from './positions.js';
import { respondToSummaryButton } from './summary.js';

// A page turn replaces the message it is on, whose visibility cannot change: the flag is left out.
function update(body: MessageBody): CommandResult {
  const { flags: _flags, ...rest } = body;
  return { type: 'update', body: rest };
}

function renderPage(
  action: Extract<ButtonAction, { action: 'page' }>,
  base: FactBase,
  visibility: Visibility,
  locale: ReplyLocale,
): MessageBody {
  const { list, page, filter } = action;
  if (list === 'timeline') {
    // The filter travels in the custom id, which a client can forge: it is checked like the command's options.
    const [from, to, ...rest] = filter.split('..');
    if (rest.length > 0) throw new UserError('unknownButton');
    return renderTimeline(base, timelineRange(from || undefined, to || undefined), page, visibility, locale);
  }
  if (list === 'policies') return renderPolicies(base, page, visibility, locale);
  if (list === 'figures') return renderFigures(base, page, visibility, locale);
  if (list === 'who') return renderActors(base, page, visibility, locale);
  // Only a single side is paged; the two-sided view fits one message.
  if (filter !== 'us' && filter !== 'mexico') throw new UserError('unknownButton');
  return renderPositions(base, positionFacts(base), filter, page, visibility, locale);
}

/**
 * The result of a click; `input.visibility` is that of the message the button is on. `ownerId` is who
 * invoked that message: only they may page it; anyone else gets the page as a private copy, so one reader
 * cannot turn the page under another. What a click shows is in the clicker's locale.
 */
export function respondToButton(
  customId: string,
  input: CommandInput,
  context: CommandContext,
  ownerId: string | null,
): CommandResult | Promise<CommandResult> {
  const action = decodeCustomId(customId);
  if (!action) throw new UserError('unknownButton');
  if (action.action === 'summary') return respondToSummaryButton(action, input, context);
  // Feedback is recorded by the adapter (it may open a form); a "why" id is a form's, never a button's.
  if (action.action === 'vote' || action.action === 'why') throw new UserError('unknownButton');
  const { base } = context.engine();
  if (action.action === 'page') {
    if (ownerId !== null && ownerId !== input.userId)
      return { type: 'reply', body: renderPage(action, base, 'private', input.locale) };
    return update(renderPage(action, base, input.visibility, input.locale));
  }
  const fact = base.facts.find((f) => f.id === action.factId);
  // Buttons outlive reloads of the fact base: a removed fact is a message, not a failure.
  if (!fact) throw new UserError('unknownButton');
  const { locale } = input;
  switch (action.action) {
    case 'source':
      return { type: 'reply', body: renderFactSource(fact, base, 'private', locale) };
    case 'related':
      return { type: 'reply', body: renderRelated(fact, base, locale) };
    case 'cite':
      return { type: 'reply', body: renderCitation(fact, base, locale, action.style) };
    case 'fact':
      return { type: 'reply', body: renderFact(fact, base, 'private', locale) };
    case 'share':
      return { type: 'reply', body: renderFact(fact, base, 'public', locale) };
  }
}
