// Answers an interaction that Discord POSTed to the HTTP endpoint, from its raw JSON: the same entry points
// of the command registry, buttons and cooldowns as the gateway router, with the reply returned as the HTTP
// response, or, when the work may pass Discord's 3 s deadline, a deferral now and the reply by webhook.
import {
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessage,
} from 'discord-api-types/v10';
import type { REST } from 'discord.js';
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
import { decodeCustomId } from '../render/discord/customId.js';
import { messageBody, type MessageBody, type Visibility } from '../render/discord/message.js';
import { editMessage, postMessage } from './channelMessages.js';
import { enforceCooldowns, refundSummary } from './cooldowns.js';
import { planResponse } from './interactionResponse.js';
import type { InteractionOutcome } from './router.js';

export interface HttpInteractionOptions {
  rest: REST;
  applicationId: string;
  /** Whether a bot token is configured: without one, nothing can be posted to a channel. */
  canPost: boolean;
  /** Defer when the work has not finished by then: Discord drops interactions unanswered after 3 s. */
  deferAfterMs?: number;
}

const DEFAULT_DEFER_AFTER_MS = 2000;

function invokerOf(interaction: APIInteraction): Invoker {
  return {
    userId: (interaction.member?.user ?? interaction.user)?.id ?? '',
    guildId: interaction.guild_id ?? null,
    channelId: interaction.channel?.id ?? null,
    memberPermissions: interaction.member ? BigInt(interaction.member.permissions) : null,
    ...invokerLocales({
      user: 'locale' in interaction ? interaction.locale : null,
      guild: interaction.guild_locale,
    }),
  };
}

function optionsOf(options: readonly { name: string; value?: unknown }[] | undefined): RawOptions {
  return Object.fromEntries(
    (options ?? []).map((o) => [o.name, o.value as string | number | boolean | undefined]),
  );
}

/** What an interaction is, for logs and metrics. */
function describe(interaction: APIInteraction): Pick<InteractionOutcome, 'kind' | 'name'> {
  switch (interaction.type) {
    case InteractionType.ApplicationCommand:
      return {
        kind: interaction.data.type === ApplicationCommandType.ChatInput ? 'command' : 'message',
        name: interaction.data.name,
      };
    case InteractionType.ApplicationCommandAutocomplete:
      return { kind: 'autocomplete', name: interaction.data.name };
    case InteractionType.MessageComponent:
      return { kind: 'button', name: decodeCustomId(interaction.data.custom_id)?.action ?? 'unknown' };
    default:
      return { kind: 'other', name: String(interaction.type) };
  }
}

function ownerOf(message: APIMessage): string | null {
  return message.interaction_metadata?.user.id ?? message.interaction?.user.id ?? null;
}

/** How a slow interaction is deferred: a command's reply ("thinking…"), or a pressed button's message. */
type Deferral = { reply: Visibility } | 'update' | null;

export function createHttpInteractionHandler(context: CommandContext, options: HttpInteractionOptions) {
  const deferAfterMs = options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;

  /** Carries out a channel post or edit, as the gateway router does, and leaves the reply to send. */
  async function perform(result: CommandResult, invoker: Invoker): Promise<Reply> {
    if (result.type === 'post') {
      let messageId: string;
      try {
        if (!options.canPost) throw new UserError('summaryNeedsToken');
        messageId = await postMessage(options.rest, result.channelId, result.body);
      } catch (error) {
        await refundSummary(invoker, context);
        throw error;
      }
      return result.confirm(messageId);
    }
    if (result.type === 'edit') {
      if (!options.canPost) throw new UserError('summaryNeedsToken');
      await editMessage(options.rest, result.channelId, result.messageId, result.body);
      return result.confirm;
    }
    return result;
  }

  /** The deferral a slow interaction gets, and its work. */
  function plan(interaction: APIInteraction): {
    defer: Deferral;
    work: () => Promise<{ reply: Reply; answer?: AnswerOutcome }>;
  } {
    const invoker = invokerOf(interaction);
    if (interaction.type === InteractionType.MessageComponent) {
      if (interaction.data.component_type !== ComponentType.Button) throw new UserError('unknownButton');
      const { message } = interaction;
      const visibility: Visibility =
        ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0 ? 'private' : 'public';
      const input = { ...invoker, options: {}, visibility };
      const customId = interaction.data.custom_id;
      return {
        defer: 'update',
        work: async () => {
          const result = await respondToButton(customId, input, context, ownerOf(message));
          return { reply: await perform(await enforceCooldowns(result, invoker, context), invoker) };
        },
      };
    }
    if (interaction.type !== InteractionType.ApplicationCommand) throw new UserError('unknownCommand');
    const { data } = interaction;
    if (data.type === ApplicationCommandType.Message) {
      const content = data.resolved.messages[data.target_id]?.content ?? '';
      return {
        defer: { reply: 'private' },
        work: async () => {
          const result = await respondToMessageCommand(data.name, content, invoker, context);
          const answer = result.type === 'reply' ? result.answer : undefined;
          return { reply: await perform(await enforceCooldowns(result, invoker, context), invoker), answer };
        },
      };
    }
    if (data.type !== ApplicationCommandType.ChatInput) throw new UserError('unknownCommand');
    const command = prepareSlashCommand(data.name, optionsOf(data.options), invoker, context);
    return {
      defer: { reply: command.visibility },
      work: async () => {
        const result = await command.run();
        const answer = result.type === 'reply' ? result.answer : undefined;
        return { reply: await perform(await enforceCooldowns(result, invoker, context), invoker), answer };
      },
    };
  }

  function autocomplete(interaction: APIInteraction): APIInteractionResponse {
    if (interaction.type !== InteractionType.ApplicationCommandAutocomplete)
      throw new Error('not autocomplete');
    const focused = (interaction.data.options as APIApplicationCommandInteractionDataBasicOption[]).find(
      (o) => 'focused' in o && o.focused,
    );
    const choices = focused
      ? autocompleteFor(
          interaction.data.name,
          { name: focused.name, value: String(focused.value) },
          context,
          invokerOf(interaction).locale,
        )
      : [];
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
  }

  /** Replaces the deferred reply (or the pressed button's message) by the interaction's webhook. */
  function editOriginal(interaction: APIInteraction, body: MessageBody) {
    const { flags: _flags, ...edit } = body;
    return options.rest.patch(Routes.webhookMessage(options.applicationId, interaction.token), {
      body: edit,
      auth: false,
    });
  }

  function deferral(defer: Exclude<Deferral, null>): APIInteractionResponse {
    if (defer === 'update') return { type: InteractionResponseType.DeferredMessageUpdate };
    return {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: defer.reply === 'private' ? { flags: MessageFlags.Ephemeral } : {},
    };
  }

  /**
   * Handles one interaction. `respond` is called exactly once with the HTTP response; the promise settles
   * when everything, including a webhook follow-up, is done, with how it ended. It never rejects.
   */
  return async function handle(
    interaction: APIInteraction,
    respond: (response: APIInteractionResponse) => void,
  ): Promise<InteractionOutcome> {
    const described = describe(interaction);
    if (interaction.type === InteractionType.Ping) {
      respond({ type: InteractionResponseType.Pong });
      return { ...described, name: 'ping', outcome: 'ok' };
    }
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
      try {
        respond(autocomplete(interaction));
        return { ...described, outcome: 'ok' };
      } catch (error) {
        context.logger.error('autocomplete failed', { what: described.name, error });
        respond({
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices: [] },
        });
        return { ...described, outcome: 'error' };
      }
    }

    let deferred = false;
    let timer: NodeJS.Timeout | undefined;
    try {
      const { defer, work } = plan(interaction);
      if (defer)
        timer = setTimeout(() => {
          deferred = true;
          respond(deferral(defer));
        }, deferAfterMs);
      const { reply, answer } = await work();
      clearTimeout(timer);
      if (deferred) await editOriginal(interaction, reply.body);
      else respond(planResponse(reply).response);
      return { ...described, outcome: 'ok', answer };
    } catch (error) {
      clearTimeout(timer);
      const expected = error instanceof UserError;
      if (!expected) context.logger.error('interaction failed', { what: described.name, error });
      const { locale } = invokerOf(interaction);
      const body = messageBody({
        visibility: 'private',
        content: expected ? error.in(locale) : catalogFor(locale).MESSAGES.unexpected,
      });
      if (!deferred) respond({ type: InteractionResponseType.ChannelMessageWithSource, data: body });
      else
        await editOriginal(interaction, body).catch((replyError: unknown) =>
          context.logger.warn('could not tell the user about a failure', {
            what: described.name,
            error: replyError,
          }),
        );
      return { ...described, outcome: expected ? 'user_error' : 'error' };
    }
  };
}
