// A command result as Discord's interaction response JSON: what the gateway adapter sends through
// discord.js, what an HTTP interactions endpoint would return, and what `npm run preview` prints.
import { InteractionResponseType, type APIInteractionResponse } from 'discord-api-types/v10';
import type { CommandResult, Reply } from '../../commands/command.js';
import type { MessageBody } from '../render/discord/message.js';

type ChannelMessage = Omit<MessageBody, 'flags'>;

/** The response, plus the channel message a posting command sends (or edits) before it. */
export interface ResponsePlan {
  response: APIInteractionResponse;
  post?: { channel_id: string; body: ChannelMessage };
  edit?: { channel_id: string; message_id: string; body: ChannelMessage };
}

function respond(reply: Reply): APIInteractionResponse {
  return reply.type === 'update'
    ? { type: InteractionResponseType.UpdateMessage, data: reply.body }
    : { type: InteractionResponseType.ChannelMessageWithSource, data: reply.body };
}

/**
 * The plan for a result. A post's confirmation names the posted message, which exists only once Discord
 * has answered the post: `postedMessageId` stands in for it.
 */
export function planResponse(result: CommandResult, postedMessageId = '1'): ResponsePlan {
  if (result.type === 'reply' || result.type === 'update') return { response: respond(result) };
  const { flags: _flags, ...body } = result.body;
  if (result.type === 'post')
    return {
      response: respond(result.confirm(postedMessageId)),
      post: { channel_id: result.channelId, body },
    };
  return {
    response: respond(result.confirm),
    edit: { channel_id: result.channelId, message_id: result.messageId, body },
  };
}
