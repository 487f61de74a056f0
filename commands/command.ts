// What a command is to factdesk: its definition as Discord REST JSON and a handler from plain input to a
// plain result. Nothing here knows discord.js, so the gateway adapter (src/bot), the preview tool and a
// later HTTP interactions endpoint all run the same handlers. Option types are inferred from each
// definition's `as const` data, as yuudachi does, and checked against it at run time by `readOptions`.
import {
  ApplicationCommandOptionType,
  type APIApplicationCommandOptionChoice,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Config } from '../src/config.js';
import {
  answerLocale,
  DEFAULT_LOCALE,
  languageOf,
  readerLocale,
  serverLocale,
  type Language,
  type LocaleSources,
  type ReplyLocale,
} from '../src/locale.js';
import type { Logger } from '../src/logger.js';
import { UserError } from '../src/messages.js';
import type { MessageBody, Visibility } from '../src/render/discord/message.js';
import type { Engine } from '../src/search/engine.js';
import type { ResolvedSettings } from '../src/settings/guildSettings.js';
import type { SettingsSource } from '../src/settings/settingsSource.js';
import type { Store } from '../src/store/store.js';

/**
 * Where the per-user cooldowns on what reaches a whole channel are kept (src/bot/cooldowns.ts). In memory
 * for one process; a shared store (PostgreSQL) lets several instances enforce the same cooldowns.
 * Asynchronous so such a store fits behind it.
 */
export interface CooldownStore {
  /**
   * Records a use of `key` unless it is cooling down. Resolves to 0 when allowed, otherwise the whole
   * seconds left. A duration of 0 turns the cooldown off.
   */
  take(key: string, seconds: number): Promise<number>;
  /** Gives back the use just taken, when what it was for did not happen (a summary post that failed). */
  release(key: string): Promise<void>;
}

/** What a reload of the fact base reports: the new version, or why the edited base was refused. */
export type ReloadResult =
  /** `uncorrected`: facts whose statement changed without a correction entry, for the curator to fix. */
  { ok: true; version: string; facts: number; uncorrected: string[] } | { ok: false; problems: string };

/** What handlers are given: the current engine (it changes on reload), settings and a logger. */
export interface CommandContext {
  engine(): Engine;
  config: Pick<Config, 'BOT_OWNER_IDS'>;
  /** Each server's settings: its own (/settings) over the deployment's defaults from the environment. */
  settings: SettingsSource;
  logger: Logger;
  appVersion: string;
  cooldowns: CooldownStore;
  /** Reloads the fact base from its folder; absent where there is none to reload (the preview tool). */
  reload?: () => Promise<ReloadResult>;
  /** The curation database; absent where nothing is recorded (the preview tool). */
  store?: Store;
}

/** Who invoked an interaction and where: what the adapter reads off any interaction. */
export interface Invoker {
  userId: string;
  guildId: string | null;
  channelId: string | null;
  /** The invoking member's permissions in the channel, as a bitfield; null outside servers. */
  memberPermissions: bigint | null;
  /** The locale replies to the invoker are written in: their client's, else their server's. */
  locale: ReplyLocale;
  /** The server's locale, when known: what a post to a whole channel defaults to. */
  serverLocale: ReplyLocale | null;
}

/** The locales of an Invoker, from where an adapter finds them (see src/locale.ts for the order). */
export function invokerLocales(sources: LocaleSources): Pick<Invoker, 'locale' | 'serverLocale'> {
  return { locale: readerLocale(sources), serverLocale: serverLocale(sources) ?? null };
}

/**
 * The invoker as a server's language setting (/settings) places them: `auto` keeps their own locale;
 * English or Spanish is every reply's language there, in the reader's or the server's variant of it.
 */
export function inServerLanguage<I extends Pick<Invoker, 'locale' | 'serverLocale'>>(
  invoker: I,
  settings: Pick<ResolvedSettings, 'language'>,
): I {
  const { language } = settings;
  if (language === 'auto') return invoker;
  const chosen = (locale: ReplyLocale | null) => (locale && languageOf(locale) === language ? locale : null);
  const locale = chosen(invoker.locale) ?? chosen(invoker.serverLocale) ?? DEFAULT_LOCALE[language];
  return { ...invoker, locale, serverLocale: locale };
}

/** An answer's locale: Spanish for a Spanish question (src/locale.ts), unless the server chose a language. */
export function answerLocaleFor(
  input: Pick<CommandInput, 'locale' | 'settings'>,
  question: Language,
): ReplyLocale {
  return input.settings.language === 'auto' ? answerLocale(input.locale, question) : input.locale;
}

/** The parts of an interaction a handler may read, with its options typed from the definition. */
export interface CommandInput<Options = Record<string, never>> extends Invoker {
  options: Options;
  /** Private unless the user asked to share or the server's settings default to public. */
  visibility: Visibility;
  /**
   * The server's settings (the deployment's defaults outside servers): `language` is the reply language
   * the server chose, `en`, `es` or `auto` (the user's or the question's).
   */
  settings: ResolvedSettings;
}

/** What the engine decided for a question, for logs and metrics (never the question itself). */
export interface AnswerOutcome {
  answered: boolean;
  confidence: number;
}

/** A reply to the interaction itself. */
export type Reply =
  | { type: 'reply'; body: MessageBody; answer?: AnswerOutcome }
  /** Replaces the message the clicked button is on (paging, a summary preview). */
  | { type: 'update'; body: MessageBody };

/** What a handler wants sent. */
export type CommandResult =
  | Reply
  /** Posts a message in a channel, then answers the interaction with `confirm` given the new message's id. */
  | { type: 'post'; channelId: string; body: MessageBody; confirm: (messageId: string) => Reply }
  /** Edits a message factdesk posted earlier, then answers with `confirm`. */
  | { type: 'edit'; channelId: string; messageId: string; body: MessageBody; confirm: Reply };

/** A chat-input command definition, as Discord's REST API takes it. */
export type SlashDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** One option of a definition, as far as its value's type depends on it. */
interface OptionShape {
  readonly type: ApplicationCommandOptionType;
  readonly name: string;
  readonly required?: boolean;
  readonly choices?: readonly { readonly value: string | number }[];
}

/** The value an option arrives with: a choice's value, a string, a number, a boolean, or a snowflake id. */
type OptionValue<O extends OptionShape> = O extends { readonly choices: readonly (infer C)[] }
  ? C extends { readonly value: infer V }
    ? V
    : never
  : O['type'] extends ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number
    ? number
    : O['type'] extends ApplicationCommandOptionType.Boolean
      ? boolean
      : string;

/** The options of a definition as a typed object: required options present, the others maybe undefined. */
export type OptionsOf<D> = D extends { readonly options: readonly (infer O)[] }
  ? {
      [K in O as K extends OptionShape ? K['name'] : never]: K extends OptionShape
        ? K extends { readonly required: true }
          ? OptionValue<K>
          : OptionValue<K> | undefined
        : never;
    }
  : Record<string, never>;

/** The names of a definition's options that autocomplete; any name for a command of unknown shape. */
type AutocompleteName<D> = SlashDefinition extends D
  ? string
  : D extends { readonly options: readonly (infer O)[] }
    ? O extends { readonly name: infer N; readonly autocomplete: true }
      ? N
      : never
    : never;

export interface SlashCommand<D extends SlashDefinition = SlashDefinition> {
  data: D;
  /** Replies only to the person who ran it, whatever the deployment's default (moderator and owner tools). */
  alwaysPrivate?: true;
  respond(input: CommandInput<OptionsOf<D>>, context: CommandContext): CommandResult | Promise<CommandResult>;
  /** Choices named in the reader's locale. */
  autocomplete?(
    focused: { name: AutocompleteName<D>; value: string },
    context: CommandContext,
    locale: ReplyLocale,
  ): APIApplicationCommandOptionChoice<string>[];
}

export interface MessageCommand {
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  respond(
    input: CommandInput & { messageContent: string },
    context: CommandContext,
  ): CommandResult | Promise<CommandResult>;
}

/** Declares a slash command; its handler's options are typed from `data`. */
export function slashCommand<const D extends SlashDefinition>(command: SlashCommand<D>): SlashCommand {
  // The registry holds commands of many shapes; `readOptions` checks each value against `data` before
  // any handler sees it, which is what makes this widening safe.
  return command as unknown as SlashCommand;
}

/** Option values as an adapter receives them, before they are checked against the definition. */
export type RawOptions = Record<string, string | number | boolean | undefined>;

const OPTION_TYPE_OF: Partial<Record<ApplicationCommandOptionType, 'string' | 'number' | 'boolean'>> = {
  [ApplicationCommandOptionType.String]: 'string',
  [ApplicationCommandOptionType.Integer]: 'number',
  [ApplicationCommandOptionType.Number]: 'number',
  [ApplicationCommandOptionType.Boolean]: 'boolean',
  [ApplicationCommandOptionType.Channel]: 'string',
  [ApplicationCommandOptionType.User]: 'string',
  [ApplicationCommandOptionType.Role]: 'string',
  [ApplicationCommandOptionType.Mentionable]: 'string',
};

/**
 * Checks raw option values against a command's definition: every value of the declared type, a choice
 * among the declared choices, no unknown option, required ones present. Discord enforces this for real
 * clients; a forged or outdated request gets a message that names the option instead of a wrong answer.
 */
export function readOptions<D extends SlashDefinition>(data: D, raw: RawOptions): OptionsOf<D> {
  const definitions = new Map((data.options ?? []).map((o) => [o.name, o as OptionShape]));
  const out: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const definition = definitions.get(name);
    if (!definition) throw new UserError('badOption', name);
    const expected = OPTION_TYPE_OF[definition.type];
    const choices = definition.choices?.map((c) => c.value);
    if (typeof value !== expected || (choices && !choices.includes(value as string | number)))
      throw new UserError('badOption', name);
    out[name] = value;
  }
  for (const definition of definitions.values())
    if (definition.required && out[definition.name] === undefined)
      throw new UserError('badOption', definition.name);
  return out as OptionsOf<D>;
}

/** The visibility a user asked for with the `share` option, or the server's default. */
export function visibilityFor(
  command: Pick<SlashCommand, 'alwaysPrivate'>,
  share: unknown,
  settings: Pick<ResolvedSettings, 'replyVisibility'>,
): Visibility {
  if (command.alwaysPrivate || share === false) return 'private';
  if (share === true) return 'public';
  return settings.replyVisibility;
}

/** The option every lookup command has: post the answer in the channel instead of privately. */
export const SHARE_OPTION = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'share',
  description:
    'Post the reply in the channel for everyone, or only for you (default: the server’s /settings)',
} as const;
