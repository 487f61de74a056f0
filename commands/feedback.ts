// What a click on "Helpful" / "Not helpful" / "Wrong fact" (or the sent "Wrong fact" form) records, and
// what the user is told. Like the commands, it knows nothing of discord.js.
import { randomBytes } from 'node:crypto';
import type { Vote } from '../src/store/store.js';
import { StoreUnavailableError } from '../src/store/store.js';
import { catalogFor, UserError } from '../src/messages.js';
import type { ButtonAction } from '../src/render/discord/customId.js';
import { withFeedback } from '../src/render/discord/feedback.js';
import type { MessageBody } from '../src/render/discord/message.js';
import type { Answer } from '../src/search/engine.js';
import type { CommandContext, CommandInput } from './command.js';

const VOTES: Record<Extract<ButtonAction, { action: 'vote' }>['vote'], Vote> = {
  up: 'helpful',
  down: 'unhelpful',
  wrong: 'wrong',
};

type FeedbackAction = Extract<ButtonAction, { action: 'vote' | 'why' }>;

/** Checks that feedback can be taken here: in a server, with a database, on a fact that exists. */
export function checkFeedback(
  action: FeedbackAction,
  input: Pick<CommandInput, 'guildId'>,
  context: CommandContext,
) {
  // The custom id can be forged: a fact the base does not have is refused like any unknown button.
  if (!context.engine().factById(action.factId)) throw new UserError('unknownButton');
  if (!context.store || !input.guildId) throw new UserError('feedbackUnavailable');
  return { store: context.store, guildId: input.guildId };
}

/**
 * Records one vote and returns what to tell the user. The user id goes into the store's keyed hash only.
 * For "wrong", `report` carries the question the answer was for and the user's optional reason.
 */
export async function recordFeedback(
  action: FeedbackAction,
  input: Pick<CommandInput, 'guildId' | 'userId' | 'locale'>,
  context: CommandContext,
  report: { question: string | null; note: string } = { question: null, note: '' },
): Promise<string> {
  const { store, guildId } = checkFeedback(action, input, context);
  const { MESSAGES } = catalogFor(input.locale);
  const vote = action.action === 'why' ? 'wrong' : VOTES[action.vote];
  try {
    const outcome = await store.vote({
      guildId,
      answerRef: action.ref,
      factId: action.factId,
      userId: input.userId,
      vote,
      ...(report.question ? { question: report.question } : {}),
      note: report.note.trim(),
    });
    if (outcome === 'duplicate') return MESSAGES.feedbackAlreadyGiven;
    if (outcome === 'limited') return MESSAGES.feedbackBusy;
    return vote === 'wrong' ? MESSAGES.wrongFactThanks : MESSAGES.feedbackThanks;
  } catch (error) {
    if (error instanceof StoreUnavailableError) {
      context.logger.warn('feedback not recorded', { error: error.message });
      throw new UserError('feedbackUnavailable');
    }
    throw error;
  }
}

/** A new random answer ref: eight base-36 characters. */
export function newAnswerRef(): string {
  return [...randomBytes(8)].map((byte) => (byte % 36).toString(36)).join('');
}

/**
 * An answer's reply with feedback buttons, in the reply's locale, where feedback can be recorded: in a
 * server, with a database.
 */
export function offerFeedback(
  body: MessageBody,
  answer: Answer,
  input: Pick<CommandInput, 'guildId' | 'locale'>,
  context: CommandContext,
): MessageBody {
  if (!answer.fact || !context.store || !input.guildId) return body;
  return withFeedback(body, newAnswerRef(), answer.fact.id, input.locale);
}
