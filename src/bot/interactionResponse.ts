// A command result as Discord's interaction response JSON: what the gateway adapter sends through
// discord.js, what an HTTP interactions endpoint would return, and what `npm run preview` prints.
import { InteractionResponseType, type APIInteractionResponse } from 'discord-api-types/v10';
import type { MessageBody } from '../render/discord/message.js';
import type { CommandResult } from './command.js';

/** The response, plus the channel message a posting command sends before it. */
export interface ResponsePlan {
  response: APIInteractionResponse;
  post?: { channel_id: string; body: Omit<MessageBody, 'flags'> };
}

export function planResponse(result: CommandResult): ResponsePlan {
  if (result.type === 'update')
    return { response: { type: InteractionResponseType.UpdateMessage, data: result.body } };
  if (result.type === 'reply')
    return { response: { type: InteractionResponseType.ChannelMessageWithSource, data: result.body } };
  const { flags: _flags, ...body } = result.body;
  return {
    response: { type: InteractionResponseType.ChannelMessageWithSource, data: result.confirm },
    post: { channel_id: result.channelId, body },
  };
}
