// Answers an interaction that Discord POSTed to the HTTP endpoint, from its raw JSON: read into plain input
// for the dispatch the gateway router shares (src/bot/dispatch.ts), with the reply returned as the HTTP
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
  type APIModalSubmission,
} from 'discord-api-types/v10';
import type { REST } from 'discord.js';
import {
  invokerLocales,
  type CommandContext,
  type Invoker,
  type RawOptions,
} from '../../commands/command.js';
import { catalogFor, UserError } from '../messages.js';
import { REASON_INPUT } from '../render/discord/feedback.js';
import { messageBody, type Visibility } from '../render/discord/message.js';
import { editMessage, postMessage } from './channelMessages.js';
import {
  createDispatch,
  type Deferral,
  type Incoming,
  type InteractionOutcome,
  type Response,
} from './dispatch.js';
import { planResponse } from './interactionResponse.js';

export interface HttpInteractionOptions {
  rest: REST;
  applicationId: string;
  /** Whether a bot token is configured: without one, nothing can be posted to a channel. */
  canPost: boolean;
  /** Defer when the work has not finished by then: Discord drops interactions unanswered after 3 s. */
  deferAfterMs?: number;
}

/** Where the reader's locale comes from: their client's, else their server's (src/locale.ts). */
const localesOf = (interaction: APIInteraction) =>
  invokerLocales({
    user: 'locale' in interaction ? interaction.locale : null,
    guild: interaction.guild_locale,
  });

function invokerOf(interaction: APIInteraction): Invoker {
  return {
    userId: (interaction.member?.user ?? interaction.user)?.id ?? '',
    guildId: interaction.guild_id ?? null,
    channelId: interaction.channel?.id ?? null,
    memberPermissions: interaction.member ? BigInt(interaction.member.permissions) : null,
    ...localesOf(interaction),
  };
}

function optionsOf(options: readonly { name: string; value?: unknown }[] | undefined): RawOptions {
  return Object.fromEntries(
    (options ?? []).map((o) => [o.name, o.value as string | number | boolean | undefined]),
  );
}

function ownerOf(message: APIMessage): string | null {
  return message.interaction_metadata?.user.id ?? message.interaction?.user.id ?? null;
}

/** The value typed in a form's text input, in an action row or (newer forms) a label. */
function textInput(data: APIModalSubmission, customId: string): string {
  for (const component of data.components) {
    const inputs =
      component.type === ComponentType.ActionRow
        ? component.components
        : component.type === ComponentType.Label
          ? [component.component]
          : [];
    for (const input of inputs)
      if (input.type === ComponentType.TextInput && input.custom_id === customId) return input.value;
  }
  return '';
}

/** The interaction as plain input, as the gateway router reads a discord.js one; null for other kinds. */
function read(interaction: APIInteraction): Incoming | null {
  switch (interaction.type) {
    case InteractionType.ApplicationCommand: {
      const { data } = interaction;
      if (data.type === ApplicationCommandType.ChatInput)
        return {
          kind: 'command',
          name: data.name,
          options: optionsOf(data.options as APIApplicationCommandInteractionDataBasicOption[]),
          invoker: invokerOf(interaction),
        };
      if (data.type === ApplicationCommandType.Message)
        return {
          kind: 'message',
          name: data.name,
          content: data.resolved.messages[data.target_id]?.content ?? '',
          invoker: invokerOf(interaction),
        };
      return null;
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      const focused = (interaction.data.options as APIApplicationCommandInteractionDataBasicOption[]).find(
        (o) => 'focused' in o && o.focused,
      );
      return {
        kind: 'autocomplete',
        name: interaction.data.name,
        focused: { name: focused?.name ?? '', value: String(focused?.value ?? '') },
        locale: localesOf(interaction).locale,
      };
    }
    case InteractionType.MessageComponent: {
      if (interaction.data.component_type !== ComponentType.Button) return null;
      const { message } = interaction;
      const visibility: Visibility =
        ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0 ? 'private' : 'public';
      return {
        kind: 'button',
        customId: interaction.data.custom_id,
        invoker: invokerOf(interaction),
        message: { visibility, ownerId: ownerOf(message) },
      };
    }
    case InteractionType.ModalSubmit:
      return {
        kind: 'modal',
        customId: interaction.data.custom_id,
        invoker: invokerOf(interaction),
        reason: textInput(interaction.data, REASON_INPUT),
        messageContent: interaction.message?.content ?? '',
      };
    default:
      return null;
  }
}

function deferralResponse(deferral: Deferral): APIInteractionResponse {
  if (deferral === 'update') return { type: InteractionResponseType.DeferredMessageUpdate };
  return {
    type: InteractionResponseType.DeferredChannelMessageWithSource,
    data: deferral.reply === 'private' ? { flags: MessageFlags.Ephemeral } : {},
  };
}

/** A response as the body of the HTTP response. */
function callback(response: Response): APIInteractionResponse {
  if (response.type === 'choices')
    return {
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: response.choices },
    };
  if (response.type === 'modal') return { type: InteractionResponseType.Modal, data: response.modal };
  return planResponse(response).response;
}

export function createHttpInteractionHandler(context: CommandContext, options: HttpInteractionOptions) {
  const dispatch = createDispatch(context, options);

  /**
   * Sends a response that comes after a deferral, by the interaction's webhook, as discord.js does on the
   * gateway path: the deferred message is edited into place, except that after a deferred update a reply
   * (a failure) follows up privately rather than replace the message the button is on.
   */
  function sendLate(interaction: APIInteraction, response: Response, deferred: Deferral) {
    if (response.type !== 'reply' && response.type !== 'update') return Promise.resolve();
    if (deferred === 'update' && response.type === 'reply')
      return options.rest.post(Routes.webhook(options.applicationId, interaction.token), {
        body: response.body,
        auth: false,
      });
    const { flags: _flags, ...edit } = response.body;
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
    if (interaction.type === InteractionType.Ping) {
      respond({ type: InteractionResponseType.Pong });
      return { kind: 'other', name: 'ping', outcome: 'ok' };
    }
    const incoming = read(interaction);
    if (!incoming) {
      respond({
        type: InteractionResponseType.ChannelMessageWithSource,
        data: messageBody({
          visibility: 'private',
          content: catalogFor(localesOf(interaction).locale).MESSAGES.unknownCommand,
        }),
      });
      return { kind: 'other', name: String(interaction.type), outcome: 'user_error' };
    }
    let deferred: Deferral | undefined;
    return dispatch(incoming, {
      defer(deferral) {
        deferred = deferral;
        respond(deferralResponse(deferral));
        return Promise.resolve();
      },
      async send(response) {
        if (deferred) await sendLate(interaction, response, deferred);
        else respond(callback(response));
      },
      async post(channelId, body) {
        if (!options.canPost) throw new UserError('summaryNeedsToken');
        return postMessage(options.rest, channelId, body);
      },
      async edit(channelId, messageId, body) {
        if (!options.canPost) throw new UserError('summaryNeedsToken');
        await editMessage(options.rest, channelId, messageId, body);
      },
    });
  };
}
