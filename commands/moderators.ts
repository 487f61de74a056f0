// The permission checks of the moderators' commands. default_member_permissions hides a command from
// members without the permission, but server admins can change who sees it, so handlers check again.
import { UserError, type MessageKey } from '../src/messages.js';
import { StoreUnavailableError, type Store } from '../src/store/store.js';
import type { CommandContext, CommandInput } from './command.js';

/** The server and the database a moderator's command works on, once the member may use it. */
export function moderatorScope(
  input: Pick<CommandInput, 'guildId' | 'memberPermissions'>,
  context: CommandContext,
  permission: bigint,
  refusal: Extract<MessageKey, `${string}NeedsPermission`>,
): { guildId: string; store: Store } {
  if (!input.guildId) throw new UserError('curationGuildOnly');
  if (input.memberPermissions === null || (input.memberPermissions & permission) === 0n)
    throw new UserError(refusal);
  if (!context.store) throw new UserError('storeUnavailable');
  return { guildId: input.guildId, store: context.store };
}

/** Runs a database call for a command, turning an unreachable database into a message for the user. */
export async function fromStore<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw new UserError('storeUnavailable');
    throw error;
  }
}
