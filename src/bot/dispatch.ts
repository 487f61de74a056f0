// What factdesk does with an interaction, whichever way it arrived. The gateway router (discord.js objects)
// and the HTTP endpoint (Discord's JSON) each read an interaction into an `Incoming`; this one dispatch runs
// the command registry, buttons, feedback, cooldowns and channel posts on it and says what to send. The
// adapters only read, acknowledge and send, each in its own way.
import type {
  APIApplicationCommandOptionChoice,
  APIModalInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type {
  AnswerOutcome,
  CommandContext,
  CommandResult,
  Invoker,
  RawOptions,
  Reply,
} from '../../commands/command.js';
import { checkFeedback, recordFeedback } from '../../commands/feedback.js';
import {
  autocompleteFor,
  prepareMessageCommand,
  prepareSlashCommand,
  respondToButton,
} from '../../commands/index.js';
import type { ReplyLocale } from '../locale.js';
import { catalogFor, UserError } from '../messages.js';
import { decodeCustomId } from '../render/discord/customId.js';
import { questionOf, wrongFactModal } from '../render/discord/feedback.js';
import { messageBody, type MessageBody, type Visibility } from '../render/discord/message.js';
import { enforceCooldowns, refundSummary } from './cooldowns.js';

/** An interaction as plain input, read off a discord.js object or off Discord's JSON. */
export type Incoming =
  | { kind: 'command'; name: string; options: RawOptions; invoker: Invoker }
  | {
      kind: 'autocomplete';
      name: string;
      focused: { name: string; value: string };
      /** The reader's locale, which the choices are named in. */
      locale: ReplyLocale;
    }
  | { kind: 'message'; name: string; content: string; invoker: Invoker }
  | {
      kind: 'button';
      customId: string;
      invoker: Invoker;
      /** The message the button is on: whether it is private, and who invoked it (only they may page it). */
      message: { visibility: Visibility; ownerId: string | null };
    }
  | {
      kind: 'modal';
      customId: string;
      invoker: Invoker;
      /** What the user typed in the form's reason field; empty when left blank. */
      reason: string;
      /** The message whose button opened the form: the answer, with the question it was for. */
      messageContent: string;
    };

/** How an interaction ended, for the log line and the metrics: what was run, never who asked or what. */
export interface InteractionOutcome {
  kind: Incoming['kind'] | 'other';
  /** The command's name, or the button's (or form's) action. */
  name: string;
  outcome: 'ok' | 'user_error' | 'error';
  answer?: AnswerOutcome;
}

/** What to send: a reply, an update of the pressed button's message, a form to open, or choices. */
export type Response =
  | Reply
  | { type: 'modal'; modal: APIModalInteractionResponseCallbackData }
  | { type: 'choices'; choices: APIApplicationCommandOptionChoice<string>[] };

/** How a slow interaction is acknowledged: a reply's "thinking…" state, or the pressed button's message. */
export type Deferral = { reply: Visibility } | 'update';

/** What the adapter lends a dispatch: how it acknowledges and sends, and its REST client with its checks. */
export interface DispatchIo {
  defer(deferral: Deferral): Promise<unknown>;
  /** Sends a response: as the interaction's answer, or after a deferral in the way that deferral allows. */
  send(response: Response): Promise<unknown>;
  /** Posts a message in a channel for /summary and returns its id. */
  post(channelId: string, body: MessageBody): Promise<string>;
  /** Edits a message factdesk posted earlier. */
  edit(channelId: string, messageId: string, body: MessageBody): Promise<void>;
}

/** Defer when the work has not finished by then: Discord drops interactions unanswered after 3 s. */
export const DEFAULT_DEFER_AFTER_MS = 2000;

/** What an interaction is, for logs and metrics; button and form ids carry fact ids, so only the action. */
function describe(incoming: Incoming): Pick<InteractionOutcome, 'kind' | 'name'> {
  if (incoming.kind === 'button' || incoming.kind === 'modal')
    return { kind: incoming.kind, name: decodeCustomId(incoming.customId)?.action ?? 'unknown' };
  return { kind: incoming.kind, name: incoming.name };
}

const privately = (content: string): Reply => ({
  type: 'reply',
  body: messageBody({ visibility: 'private', content }),
});

/**
 * What a failed interaction sends, and how it ended. Expected failures (UserError) show their own message,
 * in the reader's language; anything else is logged and gets a generic message, never a stack trace.
 * Autocomplete gets no choices.
 */
function failure(
  incoming: Incoming,
  error: unknown,
  context: CommandContext,
): { response: Response; outcome: InteractionOutcome['outcome'] } {
  const expected = error instanceof UserError;
  const { name } = describe(incoming);
  if (incoming.kind === 'autocomplete') {
    context.logger.error('autocomplete failed', { what: name, error });
    return { response: { type: 'choices', choices: [] }, outcome: 'error' };
  }
  if (!expected) context.logger.error('interaction failed', { what: name, error });
  const { locale } = incoming.invoker;
  return {
    response: privately(expected ? error.in(locale) : catalogFor(locale).MESSAGES.unexpected),
    outcome: expected ? 'user_error' : 'error',
  };
}

/**
 * Runs `work`, acknowledging the interaction with `defer` if it is slow so it does not expire; the result
 * is returned only once that acknowledgement is done, so the adapter knows how to send it.
 */
async function withDeferral<T>(
  defer: () => Promise<unknown>,
  deferAfterMs: number,
  work: () => Promise<T>,
): Promise<T> {
  let deferring: Promise<unknown> | undefined;
  const timer = setTimeout(() => {
    deferring = defer().catch(() => undefined);
  }, deferAfterMs);
  try {
    const result = await work();
    if (deferring) await deferring;
    return result;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The dispatch both adapters call: an interaction in, sent its answer (or its failure) through the adapter,
 * and how it ended out. It never rejects.
 */
export function createDispatch(context: CommandContext, options: { deferAfterMs?: number } = {}) {
  const deferAfterMs = options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;

  /**
   * Carries out a result's side effect (a channel post or edit) and leaves the reply to send. A post that
   * fails gives the summary cooldown back: it is spent only on a summary that was posted.
   */
  async function perform(result: CommandResult, invoker: Invoker, io: DispatchIo): Promise<Reply> {
    if (result.type === 'post') {
      let messageId: string;
      try {
        messageId = await io.post(result.channelId, result.body);
      } catch (error) {
        await refundSummary(invoker, context);
        throw error;
      }
      return result.confirm(messageId);
    }
    if (result.type === 'edit') {
      await io.edit(result.channelId, result.messageId, result.body);
      return result.confirm;
    }
    return result;
  }

  /** A command's or the message menu's result, cooled down and carried out, deferred as its reply. */
  async function answer(
    visibility: Visibility,
    run: () => CommandResult | Promise<CommandResult>,
    invoker: Invoker,
    io: DispatchIo,
  ): Promise<{ response: Response; answer?: AnswerOutcome }> {
    let outcome: AnswerOutcome | undefined;
    const response = await withDeferral(
      () => io.defer({ reply: visibility }),
      deferAfterMs,
      async () => {
        const result = await run();
        if (result.type === 'reply') outcome = result.answer;
        return perform(await enforceCooldowns(result, invoker, context), invoker, io);
      },
    );
    return { response, answer: outcome };
  }

  /** Feedback is private; a vote waits on the database, so it is deferred like a private reply. */
  function feedback(work: () => Promise<string>, io: DispatchIo) {
    return withDeferral(
      () => io.defer({ reply: 'private' }),
      deferAfterMs,
      async () => privately(await work()),
    );
  }

  async function button(
    incoming: Extract<Incoming, { kind: 'button' }>,
    io: DispatchIo,
  ): Promise<{ response: Response }> {
    const { invoker, customId, message } = incoming;
    const action = decodeCustomId(customId);
    if (action?.action === 'vote') {
      // "Wrong fact" first opens its form for an optional reason; a form cannot follow a deferral.
      if (action.vote === 'wrong') {
        checkFeedback(action, invoker, context);
        const modal = wrongFactModal(action.ref, action.factId, invoker.locale);
        return { response: { type: 'modal', modal } };
      }
      return { response: await feedback(() => recordFeedback(action, invoker, context), io) };
    }
    const input = { ...invoker, options: {}, visibility: message.visibility };
    const result = await enforceCooldowns(
      await respondToButton(customId, input, context, message.ownerId),
      invoker,
      context,
    );
    if (result.type !== 'post' && result.type !== 'edit') return { response: result };
    // Posting or editing a summary waits on Discord: the press is acknowledged if that is slow.
    return {
      response: await withDeferral(
        () => io.defer('update'),
        deferAfterMs,
        () => perform(result, invoker, io),
      ),
    };
  }

  async function modal(incoming: Extract<Incoming, { kind: 'modal' }>, io: DispatchIo) {
    const action = decodeCustomId(incoming.customId);
    if (action?.action !== 'why') throw new UserError('unknownButton');
    const report = { question: questionOf(incoming.messageContent), note: incoming.reason };
    return { response: await feedback(() => recordFeedback(action, incoming.invoker, context, report), io) };
  }

  async function run(
    incoming: Incoming,
    io: DispatchIo,
  ): Promise<{ response: Response; answer?: AnswerOutcome }> {
    switch (incoming.kind) {
      case 'command': {
        const { invoker } = incoming;
        const command = await prepareSlashCommand(incoming.name, incoming.options, invoker, context);
        return answer(command.visibility, () => command.run(), invoker, io);
      }
      case 'autocomplete':
        return {
          response: {
            type: 'choices',
            choices: autocompleteFor(incoming.name, incoming.focused, context, incoming.locale),
          },
        };
      case 'message': {
        const { invoker, name, content } = incoming;
        const command = await prepareMessageCommand(name, content, invoker, context);
        return answer(command.visibility, () => command.run(), invoker, io);
      }
      case 'button':
        return button(incoming, io);
      case 'modal':
        return modal(incoming, io);
    }
  }

  return async function dispatch(incoming: Incoming, io: DispatchIo): Promise<InteractionOutcome> {
    const described = describe(incoming);
    try {
      const { response, answer } = await run(incoming, io);
      await io.send(response);
      return { ...described, outcome: 'ok', answer };
    } catch (error) {
      const failed = failure(incoming, error, context);
      try {
        await io.send(failed.response);
      } catch (replyError) {
        // The interaction may have expired or been deleted; the log is all that is left to do.
        context.logger.warn('could not tell the user about a failure', {
          what: described.name,
          error: replyError,
        });
      }
      return { ...described, outcome: failed.outcome };
    }
  };
}
export type Dispatch = ReturnType<typeof createDispatch>;
