// The permission checks of the moderators' commands. default_member_permissions hides a command from
// members without the permission, but server admins can change who sees it, so handlers check again.
import { UserError, type MessageKey } from '../src/messages.js';
import { StoreUnavailableError, type Store } from '../src/store/store.js';
import type { CommandContext, CommandInput } from './command.js';

/** Why a member may not use a command here: a message named `…NeedsPermission`. */
type Refusal = Extract<MessageKey, `${string}NeedsPermission`>;

/** The server a member's command works on, once they have the permission there; `refusal` otherwise. */
export function memberScope(
  input: Pick<CommandInput, 'guildId' | 'memberPermissions'>,
  permission: bigint,
  refusal: Refusal,
): string {
  if (!input.guildId) throw new UserError('curationGuildOnly');
  if (input.memberPermissions === null || (input.memberPermissions & permission) === 0n)
    throw new UserError(refusal);
  return input.guildId;
}

/** The server and the database a moderator's command works on, once the member may use it. */
export function moderatorScope(
  input: Pick<CommandInput, 'guildId' | 'memberPermissions'>,
  context: CommandContext,
  permission: bigint,
  refusal: Refusal,
): { guildId: string; store: Store } {
  const guildId = memberScope(input, permission, refusal);
  if (!context.store) throw new UserError('storeUnavailable');
  return { guildId, store: context.store };
}

/** Runs a database call for a command, turning an unreachable database into `unavailable` for the user. */
export async function fromStore<T>(
  work: () => Promise<T>,
  unavailable: 'storeUnavailable' | 'settingsUnavailable' = 'storeUnavailable',
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw new UserError(unavailable);
    throw error;
  }
}
