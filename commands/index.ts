// The registry: every command factdesk has, and the entry points an adapter calls with plain data. The
// gateway router (src/bot), the preview tool and deploy-commands use it; dependencies point one way:
// src/bot → commands → core. Adding a command means adding its file, one line here, and its Spanish in
// SPANISH_COMMANDS (src/messages.es.ts), which the registry adds as the es-ES and es-419 localizations.
import type {
  APIApplicationCommandOption,
  APIApplicationCommandOptionChoice,
  LocalizationMap,
} from 'discord-api-types/v10';
import { SPANISH_COMMANDS, type CommandLocalization } from '../src/messages.es.js';
import type { ReplyLocale } from '../src/locale.js';
import { UserError } from '../src/messages.js';
import type { Visibility } from '../src/render/discord/message.js';
import { about } from './about.js';
import { ask } from './ask.js';
import { respondToButton as respondToButtonWith } from './buttons.js';
import {
  inServerLanguage,
  readOptions,
  visibilityFor,
  type CommandContext,
  type CommandInput,
  type CommandResult,
  type Invoker,
  type MessageCommand,
  type RawOptions,
  type SlashCommand,
} from './command.js';
import { figures } from './figures.js';
import { findFacts } from './findFacts.js';
import { gaps } from './gaps.js';
import { helpCommand } from './help.js';
import { policies } from './policies.js';
import { positions } from './positions.js';
import { reload } from './reload.js';
import { settings } from './settings.js';
import { source } from './source.js';
import { stats } from './stats.js';
import { summary } from './summary.js';
import { timeline } from './timeline.js';
import { who } from './who.js';

const help = helpCommand(() => [...slashCommands, ...messageCommands].map((c) => c.data.name));

export const slashCommands: readonly SlashCommand[] = [
  ask,
  policies,
  figures,
  timeline,
  positions,
  who,
  source,
  summary,
  about,
  help,
  reload,
  gaps,
  stats,
  settings,
];

export const messageCommands: readonly MessageCommand[] = [findFacts];

/** The Discord locales factdesk's Spanish is registered under: Spain's and Latin America's. */
export const SPANISH_DISCORD_LOCALES = ['es-ES', 'es-419'] as const;

const inSpanish = (text: string): LocalizationMap =>
  Object.fromEntries(SPANISH_DISCORD_LOCALES.map((locale) => [locale, text]));

function localizedOption(
  option: APIApplicationCommandOption,
  spanish: NonNullable<CommandLocalization['options']>[string] | undefined,
): APIApplicationCommandOption {
  if (!spanish) return option;
  const choices = 'choices' in option ? option.choices : undefined;
  return {
    ...option,
    name_localizations: inSpanish(spanish.name),
    description_localizations: inSpanish(spanish.description),
    ...(choices
      ? {
          choices: choices.map((c) => {
            const name = spanish.choices?.[String(c.value)];
            return name ? { ...c, name_localizations: inSpanish(name) } : c;
          }),
        }
      : {}),
  } as APIApplicationCommandOption;
}

/**
 * A definition with the Spanish of its name, description, options and choices. What the Spanish catalog
 * lacks stays English only; a test requires every command, option and choice to have both locales.
 */
function localized<D extends { name: string; options?: APIApplicationCommandOption[] }>(data: D): D {
  const spanish = SPANISH_COMMANDS[data.name];
  if (!spanish) return data;
  return {
    ...data,
    name_localizations: inSpanish(spanish.name),
    ...(spanish.description ? { description_localizations: inSpanish(spanish.description) } : {}),
    ...(data.options
      ? { options: data.options.map((o) => localizedOption(o, spanish.options?.[o.name])) }
      : {}),
  };
}

/** The body of PUT /applications/{id}/commands: every definition, as Discord's REST API takes it. */
export function commandDefinitions() {
  return [...slashCommands.map((c) => localized(c.data)), ...messageCommands.map((c) => localized(c.data))];
}

/** A command ready to run: its reply's visibility is known before the handler runs, for deferring. */
export interface PreparedCommand {
  visibility: Visibility;
  run(): Promise<CommandResult>;
}

/**
 * Finds a slash command, checks its options against its definition (unknown ones are refused) and reads
 * the server's settings, which decide the reply's visibility unless the user chose it.
 */
export async function prepareSlashCommand(
  name: string,
  raw: RawOptions,
  invoker: Invoker,
  context: CommandContext,
): Promise<PreparedCommand> {
  const command = slashCommands.find((c) => c.data.name === name);
  if (!command) throw new UserError('unknownCommand');
  const options = readOptions(command.data, raw);
  const settings = await context.settings.get(invoker.guildId);
  const visibility = visibilityFor(command, raw.share, settings);
  return {
    visibility,
    run: async () =>
      command.respond({ ...inServerLanguage(invoker, settings), options, visibility, settings }, context),
  };
}

/** Autocomplete for the focused option; nothing for commands or options that have none. */
export function autocompleteFor(
  name: string,
  focused: { name: string; value: string },
  context: CommandContext,
  locale: ReplyLocale,
): APIApplicationCommandOptionChoice<string>[] {
  const command = slashCommands.find((c) => c.data.name === name);
  const option = focused as Parameters<NonNullable<SlashCommand['autocomplete']>>[0];
  return command?.autocomplete?.(option, context, locale) ?? [];
}

/** A message context-menu command on a message's text, shown as the server's settings say. */
export async function prepareMessageCommand(
  name: string,
  messageContent: string,
  invoker: Invoker,
  context: CommandContext,
): Promise<PreparedCommand> {
  const command = messageCommands.find((c) => c.data.name === name);
  if (!command) throw new UserError('unknownCommand');
  const settings = await context.settings.get(invoker.guildId);
  const visibility = settings.replyVisibility;
  return {
    visibility,
    run: async () =>
      command.respond(
        { ...inServerLanguage(invoker, settings), options: {}, visibility, settings, messageContent },
        context,
      ),
  };
}

/**
 * What a click on one of factdesk's buttons does; `input.visibility` is that of the message the button is
 * on, and `ownerId` who invoked that message (commands/buttons.ts).
 */
export async function respondToButton(
  customId: string,
  input: Omit<CommandInput, 'settings'>,
  context: CommandContext,
  ownerId: string | null,
): Promise<CommandResult> {
  const settings = await context.settings.get(input.guildId);
  return respondToButtonWith(customId, { ...inServerLanguage(input, settings), settings }, context, ownerId);
}
