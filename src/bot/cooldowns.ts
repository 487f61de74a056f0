// Per-user cooldowns on what reaches a whole channel: shared answers and posted summaries, as long as each
// server's settings say. Private lookups are never limited. Kept in the database when several processes
// share one, in memory otherwise (and while the database is down). Time is passed in so tests need no clock.
import { MessageFlags } from 'discord-api-types/v10';
import type { Logger } from '../logger.js';
import { catalogFor, UserError } from '../messages.js';
import { describeError } from '../store/database.js';
import type { Store } from '../store/store.js';
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

/**
 * The cooldowns of every process sharing the database: each use is one atomic statement there, so N
 * instances behind a load balancer enforce one cooldown. While the database cannot be reached, this
 * process's own cooldowns stand in, so a user is still limited by the instance that answers them.
 */
export class SharedCooldowns implements CooldownStore {
  private readonly local: Cooldowns;

  constructor(
    private readonly store: Pick<Store, 'takeCooldown' | 'releaseCooldown'>,
    private readonly logger: Logger,
    now: () => number = Date.now,
  ) {
    this.local = new Cooldowns(now);
  }

  async take(key: string, seconds: number): Promise<number> {
    if (seconds <= 0) return 0;
    try {
      return await this.store.takeCooldown(key, seconds);
    } catch (error) {
      this.logger.warn('shared cooldowns unavailable; using this process’s own', {
        error: describeError(error),
      });
      return this.local.take(key, seconds);
    }
  }

  async release(key: string): Promise<void> {
    await this.local.release(key);
    await this.store.releaseCooldown(key).catch((error: unknown) => {
      this.logger.warn('a cooldown could not be released', { error: describeError(error) });
    });
  }
}

// Per server and user: each server sets its own cooldowns, and one server's never holds a user in another.
const summaryKey = (input: Pick<Invoker, 'userId' | 'guildId'>) =>
  `summary:${input.guildId ?? 'dm'}:${input.userId}`;
const publicKey = (input: Pick<Invoker, 'userId' | 'guildId'>) =>
  `public:${input.guildId ?? 'dm'}:${input.userId}`;

/** Gives a moderator back the summary cooldown of a post that failed: it is spent only on success. */
export function refundSummary(
  input: Pick<Invoker, 'userId' | 'guildId'>,
  context: CommandContext,
): Promise<void> {
  return context.cooldowns.release(summaryKey(input));
}

/**
 * Applies the cooldowns to a handler's result: a summary during its cooldown is refused; a public reply
 * during the user's cooldown is still given, but privately, with a note saying when sharing works again.
 */
export async function enforceCooldowns(
  result: CommandResult,
  input: Pick<Invoker, 'userId' | 'guildId' | 'locale'>,
  context: CommandContext,
): Promise<CommandResult> {
  const { cooldowns } = context;
  if (result.type === 'post') {
    const { cooldownSummarySeconds } = await context.settings.get(input.guildId);
    const wait = await cooldowns.take(summaryKey(input), cooldownSummarySeconds);
    if (wait > 0) throw new UserError('summaryCooldown', wait);
    return result;
  }
  if (result.type !== 'reply' || result.body.flags === MessageFlags.Ephemeral) return result;
  const { cooldownPublicSeconds } = await context.settings.get(input.guildId);
  const wait = await cooldowns.take(publicKey(input), cooldownPublicSeconds);
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
