// The registry: every command factdesk has, and the entry points an adapter calls with plain data. The
// gateway router (src/bot), the preview tool and deploy-commands use it; dependencies point one way:
// src/bot → commands → core. Adding a command means adding its file and one line here.
import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import { MESSAGES, UserError } from '../src/messages.js';
import type { Visibility } from '../src/render/discord/message.js';
import { about } from './about.js';
import { ask } from './ask.js';
import { respondToButton as respondToButtonWith } from './buttons.js';
import {
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

/** The body of PUT /applications/{id}/commands: every definition, as Discord's REST API takes it. */
export function commandDefinitions() {
  return [...slashCommands.map((c) => c.data), ...messageCommands.map((c) => c.data)];
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
  if (!command) throw new UserError(MESSAGES.unknownCommand);
  const options = readOptions(command.data, raw);
  const settings = await context.settings.get(invoker.guildId);
  const visibility = visibilityFor(command, raw.share, settings);
  return {
    visibility,
    run: async () => command.respond({ ...invoker, options, visibility, settings }, context),
  };
}

/** Autocomplete for the focused option; nothing for commands or options that have none. */
export function autocompleteFor(
  name: string,
  focused: { name: string; value: string },
  context: CommandContext,
): APIApplicationCommandOptionChoice<string>[] {
  const command = slashCommands.find((c) => c.data.name === name);
  return (
    command?.autocomplete?.(focused as Parameters<NonNullable<SlashCommand['autocomplete']>>[0], context) ??
    []
  );
}

/** A message context-menu command on a message's text, shown as the server's settings say. */
export async function prepareMessageCommand(
  name: string,
  messageContent: string,
  invoker: Invoker,
  context: CommandContext,
): Promise<PreparedCommand> {
  const command = messageCommands.find((c) => c.data.name === name);
  if (!command) throw new UserError(MESSAGES.unknownCommand);
  const settings = await context.settings.get(invoker.guildId);
  const visibility = settings.replyVisibility;
  return {
    visibility,
    run: async () =>
      command.respond({ ...invoker, options: {}, visibility, settings, messageContent }, context),
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
  return respondToButtonWith(customId, { ...input, settings }, context, ownerId);
}
