// Posting and editing a message in a channel over REST, for /summary: shared by the gateway adapter and the
// HTTP endpoint. A channel the bot cannot reach, or a post that is gone, is a message for the user.
import { DiscordAPIError, Routes, type REST } from 'discord.js';
import { UserError } from '../messages.js';
import type { MessageBody } from '../render/discord/message.js';

// Discord error codes for a channel the bot cannot see or write to.
const NO_ACCESS = new Set([50001, 50013]);
// Unknown Message, Unknown Channel, and "cannot edit a message authored by another user".
const NOT_EDITABLE = new Set([10008, 10003, 50005]);

const noAccess = (channelId: string) => new UserError('cannotPost', channelId);

/** Posts a message and returns its id. */
export async function postMessage(rest: REST, channelId: string, body: MessageBody): Promise<string> {
  const { flags: _flags, ...message } = body;
  try {
    const posted = (await rest.post(Routes.channelMessages(channelId), { body: message })) as { id?: string };
    return String(posted.id ?? '');
  } catch (error) {
    if (error instanceof DiscordAPIError && NO_ACCESS.has(Number(error.code))) throw noAccess(channelId);
    throw error;
  }
}

/** Edits a message factdesk posted. */
export async function editMessage(
  rest: REST,
  channelId: string,
  messageId: string,
  body: MessageBody,
): Promise<void> {
  const { flags: _flags, ...message } = body;
  try {
    await rest.patch(Routes.channelMessage(channelId, messageId), { body: message });
  } catch (error) {
    if (error instanceof DiscordAPIError && NOT_EDITABLE.has(Number(error.code)))
      throw new UserError('postGone');
    if (error instanceof DiscordAPIError && NO_ACCESS.has(Number(error.code))) throw noAccess(channelId);
    throw error;
  }
}
