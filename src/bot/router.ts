// The discord.js edge: reads an interaction into plain input for the shared dispatch (src/bot/dispatch.ts),
// acknowledges and sends what it returns through discord.js, and is the gateway path's one catch: failures
// are answered privately, following up when already replied or deferred.
import {
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type Client,
  type Interaction,
  type RepliableInteraction,
} from 'discord.js';
import { invokerLocales, type CommandContext, type Invoker } from '../../commands/command.js';
import { REASON_INPUT } from '../render/discord/feedback.js';
import type { MessageBody, Visibility } from '../render/discord/message.js';
import { UserError } from '../messages.js';
import { editMessage, postMessage } from './channelMessages.js';
import { createDispatch, type Deferral, type DispatchIo, type Incoming, type Response } from './dispatch.js';

export interface RouterOptions {
  /** Defer when a handler has not answered by then: Discord drops interactions unanswered after 3 s. */
  deferAfterMs?: number;
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

/** Who asked and where, with the reader's locale: their client's, else their server's (src/locale.ts). */
function invokerOf(interaction: RepliableInteraction | AutocompleteInteraction): Invoker {
  return {
    userId: interaction.user.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    memberPermissions: interaction.memberPermissions?.bitfield ?? null,
    ...invokerLocales({ user: interaction.locale, guild: interaction.guildLocale }),
  };
}

/** The interaction as plain input; null for kinds factdesk does not handle. */
function read(interaction: Interaction): Incoming | null {
  if (interaction.isChatInputCommand())
    return {
      kind: 'command',
      name: interaction.commandName,
      invoker: invokerOf(interaction),
      options: Object.fromEntries(
        interaction.options.data.map((option) => [
          option.name,
          option.value as string | number | boolean | undefined,
        ]),
      ),
    };
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return {
      kind: 'autocomplete',
      name: interaction.commandName,
      focused: { name: focused.name, value: String(focused.value) },
      locale: invokerOf(interaction).locale,
    };
  }
  if (interaction.isMessageContextMenuCommand())
    return {
      kind: 'message',
      name: interaction.commandName,
      content: interaction.targetMessage.content,
      invoker: invokerOf(interaction),
    };
  if (interaction.isButton()) {
    const { message } = interaction;
    const visibility: Visibility = message.flags.has(MessageFlags.Ephemeral) ? 'private' : 'public';
    const ownerId = message.interactionMetadata?.user.id ?? message.interaction?.user.id ?? null;
    return {
      kind: 'button',
      customId: interaction.customId,
      invoker: invokerOf(interaction),
      message: { visibility, ownerId },
    };
  }
  if (interaction.isModalSubmit())
    return {
      kind: 'modal',
      customId: interaction.customId,
      invoker: invokerOf(interaction),
      reason: interaction.fields.fields.has(REASON_INPUT)
        ? interaction.fields.getTextInputValue(REASON_INPUT)
        : '',
      messageContent: interaction.message?.content ?? '',
    };
  return null;
}

/** Posts in a channel if the bot may: checked from the cache first, then from Discord's answer. */
async function postToChannel(interaction: Interaction, client: Client, channelId: string, body: MessageBody) {
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
 * Sends a response. `deferred` is how the interaction was acknowledged, if it was: a deferred reply is
 * edited into place; after a deferred update a failure follows up privately rather than replace the
 * message the button is on.
 */
async function send(interaction: Interaction, response: Response, deferred?: Deferral): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (response.type === 'choices') await interaction.respond(response.choices);
    return;
  }
  if (!interaction.isRepliable() || response.type === 'choices') return;
  if (response.type === 'modal') {
    if (interaction.isButton()) await interaction.showModal(response.modal);
    return;
  }
  if (deferred === 'update' && response.type === 'reply')
    await interaction.followUp(replyOptions(response.body));
  else if (interaction.deferred) await interaction.editReply(editOptions(response.body));
  else if (interaction.replied) await interaction.followUp(replyOptions(response.body));
  else if (response.type === 'update' && interaction.isButton())
    await interaction.update(editOptions(response.body));
  else await interaction.reply(replyOptions(response.body));
}

/** The interactionCreate listener: dispatches every interaction factdesk handles. */
export function createRouter(client: Client, context: CommandContext, options: RouterOptions = {}) {
  const dispatch = createDispatch(context, options);

  /** The interaction's acknowledgement, sending and REST calls, through discord.js. */
  function io(interaction: Interaction): DispatchIo {
    let deferred: Deferral | undefined;
    return {
      async defer(deferral) {
        if (interaction.isButton() && deferral === 'update') await interaction.deferUpdate();
        else if (interaction.isRepliable() && deferral !== 'update')
          await interaction.deferReply(deferral.reply === 'private' ? { flags: MessageFlags.Ephemeral } : {});
        deferred = deferral;
      },
      send: (response) => send(interaction, response, deferred),
      post: (channelId, body) => postToChannel(interaction, client, channelId, body),
      edit: (channelId, messageId, body) => editMessage(client.rest, channelId, messageId, body),
    };
  }

  return async function route(interaction: Interaction) {
    const incoming = read(interaction);
    if (!incoming) return { kind: 'other' as const, name: String(interaction.type), outcome: 'ok' as const };
    return dispatch(incoming, io(interaction));
  };
}
