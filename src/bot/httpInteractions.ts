// Answers an interaction that Discord POSTed to the HTTP endpoint, from its raw JSON: the same command
// handlers, buttons and cooldowns as the gateway path, with the reply returned as the HTTP response, or,
// when the work may pass Discord's 3 s deadline, a deferral now and the reply by webhook after.
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
import { messageCommands, slashCommands } from '../../commands/index.js';
import { MESSAGES, UserError } from '../messages.js';
import { decodeCustomId } from '../render/discord/customId.js';
import { messageBody, type MessageBody, type Visibility } from '../render/discord/message.js';
import { respondToButton } from './buttons.js';
import {
  visibilityFor,
  type AnswerOutcome,
  type CommandContext,
  type CommandInput,
  type CommandResult,
} from './command.js';
import { enforceCooldowns, refundSummary } from './cooldowns.js';
import { planResponse } from './interactionResponse.js';
import { postMessage } from './postMessage.js';
import type { InteractionOutcome } from './router.js';

export interface HttpInteractionOptions {
  rest: REST;
  applicationId: string;
  /** Whether a bot token is configured: without one, nothing can be posted to a channel. */
  canPost: boolean;
  /** Defer when a command has not finished by then: Discord drops interactions unanswered after 3 s. */
  deferAfterMs?: number;
}

const DEFAULT_DEFER_AFTER_MS = 2000;

type Options = Record<string, string | number | boolean | undefined>;
type Reply = Exclude<CommandResult, { type: 'post' }>;

function optionsOf(options: readonly { name: string; value?: unknown }[] | undefined): Options {
  return Object.fromEntries(
    (options ?? []).map((o) => [o.name, o.value as string | number | boolean | undefined]),
  );
}

function inputOf(
  interaction: APIInteraction,
  options: Options,
  config: CommandContext['config'],
): CommandInput {
  const share = options.share;
  return {
    options,
    userId: (interaction.member?.user ?? interaction.user)?.id ?? '',
    guildId: interaction.guild_id ?? null,
    channelId: interaction.channel?.id ?? null,
    memberPermissions: interaction.member ? BigInt(interaction.member.permissions) : null,
    visibility: visibilityFor(typeof share === 'boolean' ? share : undefined, config),
  };
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

export function createHttpInteractionHandler(context: CommandContext, options: HttpInteractionOptions) {
  const deferAfterMs = options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;
  const bySlashName = new Map(slashCommands.map((c) => [c.data.name, c]));
  const byMessageName = new Map(messageCommands.map((c) => [c.data.name, c]));

  async function perform(result: CommandResult, input: CommandInput): Promise<Reply> {
    if (result.type !== 'post') return result;
    try {
      if (!options.canPost) throw new UserError(MESSAGES.summaryNeedsToken);
      await postMessage(options.rest, result.channelId, result.body);
    } catch (error) {
      await refundSummary(input, context);
      throw error;
    }
    return { type: 'reply', body: result.confirm };
  }

  /** Runs a command or a click; the visibility a deferral would have, and the work. */
  function plan(interaction: APIInteraction): {
    defer: Visibility | null;
    work: () => Promise<{ reply: Reply; answer?: AnswerOutcome }>;
  } {
    if (interaction.type === InteractionType.MessageComponent) {
      // Clicks render from memory and never post: they answer at once, so they never need a deferral.
      return {
        defer: null,
        work: async () => {
          if (interaction.data.component_type !== ComponentType.Button)
            throw new UserError(MESSAGES.unknownButton);
          const action = decodeCustomId(interaction.data.custom_id);
          if (!action) throw new UserError(MESSAGES.unknownButton);
          const input = inputOf(interaction, {}, context.config);
          const ephemeral = ((interaction.message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
          const clicked = { ...input, visibility: ephemeral ? ('private' as const) : ('public' as const) };
          const result = respondToButton(action, clicked, context, ownerOf(interaction.message));
          return { reply: await perform(await enforceCooldowns(result, input, context), input) };
        },
      };
    }
    if (interaction.type !== InteractionType.ApplicationCommand) throw new UserError(MESSAGES.unknownCommand);
    const { data } = interaction;
    if (data.type === ApplicationCommandType.Message) {
      const input = { ...inputOf(interaction, {}, context.config), messageContent: '' };
      input.messageContent = data.resolved.messages[data.target_id]?.content ?? '';
      return {
        defer: 'private',
        work: async () => {
          const command = byMessageName.get(data.name);
          if (!command) throw new UserError(MESSAGES.unknownCommand);
          const result = command.respond(input, context);
          const answer = result.type === 'reply' ? result.answer : undefined;
          return { reply: await perform(await enforceCooldowns(result, input, context), input), answer };
        },
      };
    }
    const command = data.type === ApplicationCommandType.ChatInput ? bySlashName.get(data.name) : undefined;
    const input = inputOf(
      interaction,
      optionsOf(data.type === ApplicationCommandType.ChatInput ? data.options : undefined) as Options,
      context.config,
    );
    return {
      // A posting command confirms privately; the others reply as the user asked.
      defer: command?.data.name === 'summary' ? 'private' : input.visibility,
      work: async () => {
        if (!command) throw new UserError(MESSAGES.unknownCommand);
        const result = await command.respond(input, context);
        const answer = result.type === 'reply' ? result.answer : undefined;
        return { reply: await perform(await enforceCooldowns(result, input, context), input), answer };
      },
    };
  }

  function autocomplete(interaction: APIInteraction): APIInteractionResponse {
    if (interaction.type !== InteractionType.ApplicationCommandAutocomplete)
      throw new Error('not autocomplete');
    const focused = (interaction.data.options as APIApplicationCommandInteractionDataBasicOption[]).find(
      (o) => 'focused' in o && o.focused,
    );
    const command = bySlashName.get(interaction.data.name);
    const choices =
      focused && command?.autocomplete
        ? command.autocomplete({ name: focused.name, value: String(focused.value) }, context)
        : [];
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
  }

  /** Replaces the deferred reply with the finished one, by the interaction's webhook. */
  function editOriginal(interaction: APIInteraction, body: MessageBody) {
    const { flags: _flags, ...edit } = body;
    return options.rest.patch(Routes.webhookMessage(options.applicationId, interaction.token), {
      body: edit,
      auth: false,
    });
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
          respond({
            type: InteractionResponseType.DeferredChannelMessageWithSource,
            data: defer === 'private' ? { flags: MessageFlags.Ephemeral } : {},
          });
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
      const body = messageBody({
        visibility: 'private',
        content: expected ? error.message : MESSAGES.unexpected,
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
