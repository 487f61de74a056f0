// `npm run preview`: runs a command's handler on options given as --name value pairs, or a button's handler
// on its custom id, and returns the interaction response it would send, with no network. Moderators and
// curators read a reply, or a summary before and after Post, exactly as Discord would get it, as a client
// of any locale factdesk speaks (`--locale es-ES`) in a server of any locale (`--guild-locale`).
import { ApplicationCommandOptionType, PermissionFlagsBits } from 'discord-api-types/v10';
import {
  invokerLocales,
  type CommandContext,
  type CommandResult,
  type Invoker,
  type RawOptions,
} from '../../commands/command.js';
import {
  messageCommands,
  prepareMessageCommand,
  prepareSlashCommand,
  respondToButton,
  slashCommands,
} from '../../commands/index.js';
import { REPLY_LOCALES, replyLocaleOf } from '../locale.js';
import { UserError } from '../messages.js';
import { messageBody } from '../render/discord/message.js';
import { planResponse, type ResponsePlan } from './interactionResponse.js';

export class PreviewUsageError extends Error {
  override name = 'PreviewUsageError';
}

/** The pseudo-command that presses a button: `preview -- click <custom id>`. */
export const CLICK = 'click';

/** Reads `--name value` pairs; a flag with no value is `true`. */
function readArgs(args: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--'))
      throw new PreviewUsageError(`expected an option like --question, got "${arg}"`);
    const next = args[i + 1];
    if (next === undefined || next.startsWith('--')) out[arg.slice(2)] = 'true';
    else {
      out[arg.slice(2)] = next;
      i += 1;
    }
  }
  return out;
}

// Preview runs as a moderator who manages the server, in a server channel, so every command can be previewed
// as it would run.
export const PREVIEW_INVOKER = {
  userId: '100000000000000001',
  guildId: '100000000000000002',
  channelId: '100000000000000003',
  memberPermissions:
    PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ManageMessages | PermissionFlagsBits.SendMessages,
};

/** The locale options the preview itself takes, and the arguments left for the command. */
const LOCALE_FLAGS = { '--locale': 'user', '--guild-locale': 'guild' } as const;

/** Takes `--locale` and `--guild-locale` out of the arguments: the previewer's client and server. */
function readLocales(args: readonly string[]): { invoker: Invoker; rest: string[] } {
  const sources: { user?: string; guild?: string } = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const flag = args[i] as string;
    if (!(flag in LOCALE_FLAGS)) {
      rest.push(flag);
      continue;
    }
    const value = args[i + 1];
    if (!replyLocaleOf(value))
      throw new PreviewUsageError(
        `${flag} takes a locale factdesk replies in: ${REPLY_LOCALES.join(', ')} (or en, es); got "${value ?? ''}"`,
      );
    sources[LOCALE_FLAGS[flag as keyof typeof LOCALE_FLAGS]] = value;
    i += 1;
  }
  return { invoker: { ...PREVIEW_INVOKER, ...invokerLocales(sources) }, rest };
}

async function previewResult(
  name: string,
  rest: readonly string[],
  invoker: Invoker,
  context: CommandContext,
): Promise<CommandResult> {
  if (name === CLICK) {
    const [customId] = rest;
    if (!customId)
      throw new PreviewUsageError('click needs a button custom id, like fd:cite:title-42-expulsions');
    // A click on a private message the previewer invoked, as every button factdesk puts on a private reply.
    const input = { ...invoker, options: {}, visibility: 'private' as const };
    return respondToButton(customId, input, context, invoker.userId);
  }
  const options = readArgs(rest);
  if (messageCommands.some((c) => c.data.name === name))
    return (await prepareMessageCommand(name, options.message ?? '', invoker, context)).run();
  const command = slashCommands.find((c) => c.data.name === name);
  if (!command) {
    const names = [...slashCommands, ...messageCommands].map((c) => c.data.name).join(', ');
    throw new PreviewUsageError(`unknown command "${name}"; commands: ${names}, or ${CLICK} <custom id>`);
  }
  const definitions = new Map((command.data.options ?? []).map((o) => [o.name, o]));
  const raws: RawOptions = {};
  for (const [key, raw] of Object.entries(options)) {
    const definition = definitions.get(key);
    if (!definition) {
      throw new PreviewUsageError(
        `/${name} has no option --${key}; options: ${[...definitions.keys()].map((k) => `--${k}`).join(' ') || '(none)'}`,
      );
    }
    if (definition.type === ApplicationCommandOptionType.Boolean) raws[key] = raw === 'true';
    else if (
      definition.type === ApplicationCommandOptionType.Integer ||
      definition.type === ApplicationCommandOptionType.Number
    ) {
      const value = Number(raw);
      if (!Number.isFinite(value)) throw new PreviewUsageError(`--${key} takes a number`);
      raws[key] = value;
    } else raws[key] = raw;
  }
  return (await prepareSlashCommand(name, raws, invoker, context)).run();
}

/** The response plan for a command or a click, or the private error reply a user would see. */
export async function preview(
  name: string,
  args: readonly string[],
  context: CommandContext,
): Promise<ResponsePlan> {
  const { invoker, rest } = readLocales(args);
  try {
    return planResponse(await previewResult(name, rest, invoker, context));
  } catch (error) {
    if (error instanceof UserError)
      return planResponse({
        type: 'reply',
        body: messageBody({ visibility: 'private', content: error.in(invoker.locale) }),
      });
    throw error;
  }
}
