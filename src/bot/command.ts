// What a command is to factdesk: its definition as Discord REST JSON and a handler from plain input to a
// plain result. Neither side knows discord.js, so the gateway adapter, the preview tool and a later HTTP
// interactions endpoint all run the same handlers.
import type {
  APIApplicationCommandOptionChoice,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { MessageBody, Visibility } from '../render/discord/message.js';
import type { Engine } from '../search/engine.js';
import type { Store } from '../store/store.js';
import type { CooldownStore } from './cooldowns.js';
import type { ReloadResult } from './reload.js';

/** What handlers are given: the current engine (it changes on reload), settings and a logger. */
export interface CommandContext {
  engine(): Engine;
  config: Pick<
    Config,
    'REPLY_VISIBILITY' | 'COOLDOWN_PUBLIC_SECONDS' | 'COOLDOWN_SUMMARY_SECONDS' | 'BOT_OWNER_IDS'
  >;
  logger: Logger;
  appVersion: string;
  cooldowns: CooldownStore;
  /** Reloads the fact base from its folder; absent where there is none to reload (the preview tool). */
  reload?: () => Promise<ReloadResult>;
  /** The curation database; absent where nothing is recorded (the preview tool). */
  store?: Store;
}

/** The parts of an interaction a handler may read. */
export interface CommandInput {
  options: Record<string, string | number | boolean | undefined>;
  userId: string;
  guildId: string | null;
  channelId: string | null;
  /** The invoking member's permissions in the channel, as a bitfield; null outside servers. */
  memberPermissions: bigint | null;
  /** Private unless the user asked to share or the deployment defaults to public. */
  visibility: Visibility;
  /** The subcommand chosen, for commands that have them (/gaps list). */
  subcommand?: string;
}

/** What the engine decided for a question, for logs and metrics (never the question itself). */
export interface AnswerOutcome {
  answered: boolean;
  confidence: number;
}

/** What a handler wants sent. */
export type CommandResult =
  | { type: 'reply'; body: MessageBody; answer?: AnswerOutcome }
  /** Replaces the message the clicked button is on (paging). */
  | { type: 'update'; body: MessageBody }
  /** Posts a message in a channel, then tells the user privately. */
  | { type: 'post'; channelId: string; body: MessageBody; confirm: MessageBody };

export interface SlashCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  respond(input: CommandInput, context: CommandContext): CommandResult | Promise<CommandResult>;
  autocomplete?(
    focused: { name: string; value: string },
    context: CommandContext,
  ): APIApplicationCommandOptionChoice<string>[];
}

export interface MessageCommand {
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  respond(input: CommandInput & { messageContent: string }, context: CommandContext): CommandResult;
}

/** The visibility a user asked for with the `share` option, or the deployment's default. */
export function visibilityFor(share: boolean | undefined, config: CommandContext['config']): Visibility {
  if (share === true) return 'public';
  if (share === false) return 'private';
  return config.REPLY_VISIBILITY;
}

/** The option every lookup command has: post the answer in the channel instead of privately. */
export const SHARE_OPTION = {
  type: 5, // BOOLEAN
  name: 'share',
  description: 'Post the reply in the channel for everyone (default: only you see it)',
} as const;
