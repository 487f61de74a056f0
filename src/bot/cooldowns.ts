// Per-user cooldowns on what reaches a whole channel: shared answers and posted summaries. Private lookups
// are never limited. Time is passed in so tests need no clock.
import { MessageFlags } from 'discord-api-types/v10';
import { catalogFor, UserError } from '../messages.js';
import type { CommandContext, CommandResult, CooldownStore, Invoker } from '../../commands/command.js';

// The store's interface belongs to the commands' context; it is named here too for the stores that implement it.
export type { CooldownStore };

/** The cooldowns of one process. */
export class Cooldowns implements CooldownStore {
  private readonly until = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async take(key: string, seconds: number): Promise<number> {
    if (seconds <= 0) return 0;
    const now = this.now();
    const until = this.until.get(key) ?? 0;
    if (until > now) return Math.ceil((until - now) / 1000);
    // Expired entries are dropped now and then, so the map stays the size of the recently active users.
    if (this.until.size > 10_000) for (const [k, t] of this.until) if (t <= now) this.until.delete(k);
    this.until.set(key, now + seconds * 1000);
    return 0;
  }

  async release(key: string): Promise<void> {
    this.until.delete(key);
  }
}

const summaryKey = (userId: string) => `summary:${userId}`;

/** Gives a moderator back the summary cooldown of a post that failed: it is spent only on success. */
export function refundSummary(input: Pick<Invoker, 'userId'>, context: CommandContext): Promise<void> {
  return context.cooldowns.release(summaryKey(input.userId));
}

/**
 * Applies the cooldowns to a handler's result: a summary during its cooldown is refused; a public reply
 * during the user's cooldown is still given, but privately, with a note saying when sharing works again.
 */
export async function enforceCooldowns(
  result: CommandResult,
  input: Pick<Invoker, 'userId' | 'locale'>,
  context: CommandContext,
): Promise<CommandResult> {
  const { config, cooldowns } = context;
  if (result.type === 'post') {
    const wait = await cooldowns.take(summaryKey(input.userId), config.COOLDOWN_SUMMARY_SECONDS);
    if (wait > 0) throw new UserError('summaryCooldown', wait);
    return result;
  }
  if (result.type !== 'reply' || result.body.flags === MessageFlags.Ephemeral) return result;
  const wait = await cooldowns.take(`public:${input.userId}`, config.COOLDOWN_PUBLIC_SECONDS);
  if (wait === 0) return result;
  const note = catalogFor(input.locale).MESSAGES.cooldown(wait);
  const content = result.body.content ? `${note}\n${result.body.content}` : note;
  // The share button is dropped too: it would only meet the same cooldown.
  const components = result.body.components
    .map((row) => ({
      ...row,
      components: row.components.filter((c) => !('custom_id' in c && c.custom_id.startsWith('fd:share:'))),
    }))
    .filter((row) => row.components.length > 0);
  return { type: 'reply', body: { ...result.body, content, components, flags: MessageFlags.Ephemeral } };
}
