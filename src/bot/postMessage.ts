// Posts a message in a channel over REST, for /summary: shared by the gateway adapter and the HTTP
// endpoint. A channel the bot cannot see or write to is a message for the user, not a failure.
import { DiscordAPIError, Routes, type REST } from 'discord.js';
import { MESSAGES, UserError } from '../messages.js';
import type { MessageBody } from '../render/discord/message.js';

// Discord error codes for a channel the bot cannot see or write to.
const NO_ACCESS = new Set([50001, 50013]);

export async function postMessage(rest: REST, channelId: string, body: MessageBody): Promise<void> {
  const { flags: _flags, ...message } = body;
  try {
    await rest.post(Routes.channelMessages(channelId), { body: message });
  } catch (error) {
    if (error instanceof DiscordAPIError && NO_ACCESS.has(Number(error.code))) {
      throw new UserError(MESSAGES.cannotPost(channelId, 'it is missing access or permissions there'));
    }
    throw error;
  }
}
