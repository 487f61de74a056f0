// The discord.js edge: turns an interaction into plain input for a handler, sends what the handler returns,
// and is the one place that catches failures. Expected failures (UserError) are shown privately in the
// reader's language; anything else is logged and answered with a generic private message, never a stack
// trace. The reader's locale is their client's, else their server's (src/locale.ts).
import {
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js';
import type {
  AnswerOutcome,
  CommandContext,
  CommandResult,
  Invoker,
  RawOptions,
  Reply,
} from '../../commands/command.js';
import { invokerLocales } from '../../commands/command.js';
import {
  autocompleteFor,
  prepareSlashCommand,
  respondToButton,
  respondToMessageCommand,
} from '../../commands/index.js';
import { catalogFor, UserError } from '../messages.js';
import { checkFeedback, recordFeedback } from '../../commands/feedback.js';
import { decodeCustomId, type ButtonAction } from '../render/discord/customId.js';
import { questionOf, REASON_INPUT, wrongFactModal } from '../render/discord/feedback.js';
import { messageBody, type MessageBody, type Visibility } from '../render/discord/message.js';
import { editMessage, postMessage } from './channelMessages.js';
import { enforceCooldowns, refundSummary } from './cooldowns.js';

export interface RouterOptions {
  /** Defer when a handler has not answered by then: Discord drops interactions unanswered after 3 s. */
  deferAfterMs?: number;
}

const DEFAULT_DEFER_AFTER_MS = 2000;

/** How an interaction ended, for the log line and the metrics: what was run, never who asked or what. */
export interface InteractionOutcome {
  kind: 'command' | 'autocomplete' | 'button' | 'message' | 'other';
  /** The command's name, or the button's action. */
  name: string;
  outcome: 'ok' | 'user_error' | 'error';
  answer?: AnswerOutcome;
}

/**
 * discord.js takes allowed mentions in camelCase; the rest of a body passes through as API JSON. Edits and
 * updates cannot change a message's visibility, so they carry no flags.
 */
function editOptions(body: MessageBody) {
  const { allowed_mentions, flags: _flags, ...rest } = body;
  return { ...rest, allowedMentions: allowed_mentions };
}

function replyOptions(body: MessageBody) {
  return { ...editOptions(body), ...(body.flags ? { flags: body.flags } : {}) };
}

function invokerOf(interaction: RepliableInteraction | AutocompleteInteraction): Invoker {
  return {
    userId: interaction.user.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    memberPermissions: interaction.memberPermissions?.bitfield ?? null,
    ...invokerLocales({ user: interaction.locale, guild: interaction.guildLocale }),
  };
}

function optionsOf(interaction: ChatInputCommandInteraction): RawOptions {
  return Object.fromEntries(
    interaction.options.data.map((option) => [
      option.name,
      option.value as string | number | boolean | undefined,
    ]),
  );
}

/**
 * Carries out a result's side effect (a channel post or edit) and leaves the reply to send. A post that
 * fails gives the summary cooldown back: it is spent only on a summary that was posted.
 */
async function perform(
  interaction: RepliableInteraction,
  client: Client,
  result: CommandResult,
  context: CommandContext,
): Promise<Reply> {
  if (result.type === 'post') {
    let messageId: string;
    try {
      messageId = await postToChannel(interaction, client, result.channelId, result.body);
    } catch (error) {
      await refundSummary({ userId: interaction.user.id }, context);
      throw error;
    }
    return result.confirm(messageId);
  }
  if (result.type === 'edit') {
    await editMessage(client.rest, result.channelId, result.messageId, result.body);
    return result.confirm;
  }
  return result;
}

async function send(interaction: RepliableInteraction, result: Reply): Promise<void> {
  // A deferred button press (deferUpdate) edits the message the button is on, like an update.
  if (interaction.deferred) {
    await interaction.editReply(editOptions(result.body));
  } else if (result.type === 'update' && interaction.isButton()) {
    await interaction.update(editOptions(result.body));
  } else {
    await interaction.reply(replyOptions(result.body));
  }
}

/** Posts in a channel if the bot may: checked from the cache first, then from Discord's answer. */
async function postToChannel(
  interaction: RepliableInteraction,
  client: Client,
  channelId: string,
  body: MessageBody,
) {
  const channel = interaction.guild?.channels.cache.get(channelId);
  const me = interaction.guild?.members.me;
  if (channel && me) {
    const missing = channel
      .permissionsFor(me)
      .missing([
        PermissionFlagsBits.ViewChannel,
        PermissionFlagsBits.SendMessages,
        PermissionFlagsBits.EmbedLinks,
      ]);
    if (missing.length > 0) throw new UserError('cannotPost', channelId);
  }
  return postMessage(client.rest, channelId, body);
}

/**
 * Runs a handler, deferring if it is slow so the interaction does not expire: a command defers its reply
 * (`defer` sends the "thinking…" state), a button press defers the update of its message.
 */
async function withDeferral(
  defer: () => Promise<unknown>,
  deferAfterMs: number,
  work: () => Promise<Reply>,
): Promise<Reply> {
  let timer: NodeJS.Timeout | undefined;
  let deferring: Promise<unknown> | undefined;
  const deferral = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      deferring = defer().then(
        () => resolve(),
        () => resolve(),
      );
    }, deferAfterMs);
  });
  try {
    const result = await work();
    if (deferring) await deferral;
    return result;
  } finally {
    clearTimeout(timer);
  }
}

async function fail(
  interaction: RepliableInteraction,
  context: CommandContext,
  error: unknown,
  what: string,
) {
  const expected = error instanceof UserError;
  if (!expected) context.logger.error('interaction failed', { what, user: interaction.user.id, error });
  const { locale } = invokerOf(interaction);
  const body = messageBody({
    visibility: 'private',
    content: expected ? error.in(locale) : catalogFor(locale).MESSAGES.unexpected,
  });
  try {
    if (interaction.deferred) await interaction.editReply(editOptions(body));
    else if (interaction.replied) await interaction.followUp(replyOptions(body));
    else await interaction.reply(replyOptions(body));
  } catch (replyError) {
    // The interaction may have expired or been deleted; the log is all that is left to do.
    context.logger.warn('could not tell the user about a failure', { what, error: replyError });
  }
}

/** The interactionCreate listener: dispatches every interaction factdesk handles. */
export function createRouter(client: Client, context: CommandContext, options: RouterOptions = {}) {
  const deferAfterMs = options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;
  async function onChatInput(interaction: ChatInputCommandInteraction): Promise<AnswerOutcome | undefined> {
    const invoker = invokerOf(interaction);
    const command = prepareSlashCommand(interaction.commandName, optionsOf(interaction), invoker, context);
    const defer = () =>
      interaction.deferReply(command.visibility === 'private' ? { flags: MessageFlags.Ephemeral } : {});
    let answer: AnswerOutcome | undefined;
    const reply = await withDeferral(defer, deferAfterMs, async () => {
      const result = await command.run();
      if (result.type === 'reply') answer = result.answer;
      return perform(interaction, client, await enforceCooldowns(result, invoker, context), context);
    });
    await send(interaction, reply);
    return answer;
  }

  async function onAutocomplete(interaction: AutocompleteInteraction) {
    const focused = interaction.options.getFocused(true);
    await interaction.respond(
      autocompleteFor(
        interaction.commandName,
        { name: focused.name, value: String(focused.value) },
        context,
        invokerOf(interaction).locale,
      ),
    );
  }

  /** Feedback answers privately; "Wrong fact" first opens its form for an optional reason. */
  async function onVote(interaction: ButtonInteraction, action: Extract<ButtonAction, { action: 'vote' }>) {
    const invoker = invokerOf(interaction);
    if (action.vote === 'wrong') {
      checkFeedback(action, invoker, context);
      await interaction.showModal(wrongFactModal(action.ref, action.factId, invoker.locale));
      return;
    }
    const content = await recordFeedback(action, invoker, context);
    await interaction.reply(replyOptions(messageBody({ visibility: 'private', content })));
  }

  async function onModalSubmit(interaction: ModalSubmitInteraction) {
    const action = decodeCustomId(interaction.customId);
    if (action?.action !== 'why') throw new UserError('unknownButton');
    const content = await recordFeedback(action, invokerOf(interaction), context, {
      // The answer the form was opened from says which question it answered.
      question: questionOf(interaction.message?.content ?? ''),
      note: interaction.fields.getTextInputValue(REASON_INPUT),
    });
    await interaction.reply(replyOptions(messageBody({ visibility: 'private', content })));
  }

  async function onButton(interaction: ButtonInteraction) {
    const vote = decodeCustomId(interaction.customId);
    if (vote?.action === 'vote') return onVote(interaction, vote);
    // Buttons answer privately unless the message they are on is public and being paged.
    const { message } = interaction;
    const visibility: Visibility = message.flags.has(MessageFlags.Ephemeral) ? 'private' : 'public';
    const ownerId = message.interactionMetadata?.user.id ?? message.interaction?.user.id ?? null;
    const invoker = invokerOf(interaction);
    const result = await enforceCooldowns(
      await respondToButton(interaction.customId, { ...invoker, options: {}, visibility }, context, ownerId),
      invoker,
      context,
    );
    // Posting or editing a summary waits on Discord: the press is acknowledged if that is slow.
    const reply = await withDeferral(
      () => interaction.deferUpdate(),
      deferAfterMs,
      () => perform(interaction, client, result, context),
    );
    await send(interaction, reply);
  }

  async function onMessageCommand(
    interaction: MessageContextMenuCommandInteraction,
  ): Promise<AnswerOutcome | undefined> {
    const invoker = invokerOf(interaction);
    const content = interaction.targetMessage.content;
    const result = await respondToMessageCommand(interaction.commandName, content, invoker, context);
    const answer = result.type === 'reply' ? result.answer : undefined;
    const cooled = await enforceCooldowns(result, invoker, context);
    await send(interaction, await perform(interaction, client, cooled, context));
    return answer;
  }

  return async function route(interaction: Interaction): Promise<InteractionOutcome> {
    const what =
      interaction.isCommand() || interaction.isAutocomplete()
        ? interaction.commandName
        : interaction.isButton()
          ? interaction.customId
          : String(interaction.type);
    const kind: InteractionOutcome['kind'] = interaction.isChatInputCommand()
      ? 'command'
      : interaction.isAutocomplete()
        ? 'autocomplete'
        : interaction.isButton()
          ? 'button'
          : interaction.isMessageContextMenuCommand()
            ? 'message'
            : 'other';
    // Button ids carry fact ids and filters: the action alone is a name worth counting.
    const name = interaction.isButton()
      ? (decodeCustomId(interaction.customId)?.action ?? 'unknown')
      : kind === 'other'
        ? String(interaction.type)
        : String(what);
    try {
      let answer: AnswerOutcome | undefined;
      if (interaction.isChatInputCommand()) answer = await onChatInput(interaction);
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
      else if (interaction.isButton()) await onButton(interaction);
      else if (interaction.isMessageContextMenuCommand()) answer = await onMessageCommand(interaction);
      else if (interaction.isModalSubmit()) await onModalSubmit(interaction);
      return { kind, name, outcome: 'ok', answer };
    } catch (error) {
      if (interaction.isAutocomplete()) {
        context.logger.error('autocomplete failed', { what, error });
        await interaction.respond([]).catch(() => undefined);
      } else if (interaction.isRepliable()) {
        await fail(interaction, context, error, String(what));
      }
      return { kind, name, outcome: error instanceof UserError ? 'user_error' : 'error' };
    }
  };
}
