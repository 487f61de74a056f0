// /summary [topic] [channel] [update] — moderators post a fact summary to a channel, after seeing it. The
// command shows a private preview with Post and Cancel buttons that only the moderator who ran it can press;
// nothing is posted before Post. A posted summary can be updated in place when the fact base changes: with
// the "Update post" button left on the confirmation, or with `update:` and a link to the message. Limited
// to Manage Messages by default_member_permissions and checked again at run time and at every press, since
// server admins can change who sees the command. A summary is posted in the language the moderator picks,
// by default the server's; what only the moderator sees is in their own.
import {
  ApplicationCommandOptionType,
  ButtonStyle,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { DEFAULT_LOCALE, languageOf, type Language, type ReplyLocale } from '../src/locale.js';
import { catalogFor, UserError } from '../src/messages.js';
import { choice } from '../src/render/discord/choices.js';
import { MAX_SUMMARY_TOPIC, type ButtonAction } from '../src/render/discord/customId.js';
import { escapeUserText, truncate } from '../src/render/discord/limits.js';
import { renderSummary } from '../src/render/discord/lists.js';
import { factTitle } from '../src/render/localize.js';
import { button, messageBody, type MessageBody } from '../src/render/discord/message.js';
import { NAMED_TOPICS, namedTopic, planSummary, type SummaryPlan } from '../src/summary/topics.js';
import type { Engine } from '../src/search/engine.js';
import {
  slashCommand,
  type CommandContext,
  type CommandResult,
  type Invoker,
  type Reply,
} from './command.js';

const data = {
  name: 'summary',
  description: 'Preview, then post a summary of sourced facts to a channel (moderators)',
  default_member_permissions: String(PermissionFlagsBits.ManageMessages),
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'topic',
      description: 'overview, policies, figures, timeline, positions, who, or a topic in your words',
      autocomplete: true,
      max_length: MAX_SUMMARY_TOPIC,
    },
    {
      type: ApplicationCommandOptionType.Channel,
      name: 'channel',
      description: 'Where to post it (default: the server’s summary channel in /settings, else this one)',
      channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'update',
      description: 'A link to a summary factdesk posted, to update it in place (give its topic too)',
      max_length: 200,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'language',
      description: 'The language to post it in (default: the server’s)',
      choices: [
        { name: 'English', value: 'en' },
        { name: 'Spanish', value: 'es' },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

type SummaryAction = Extract<ButtonAction, { action: 'summary' }>;

/** The moderator may post here: in a server, with Manage Messages. Checked at the command and every press. */
function checkModerator(invoker: Invoker): void {
  if (!invoker.guildId) throw new UserError('summaryGuildOnly');
  if (
    invoker.memberPermissions === null ||
    (invoker.memberPermissions & PermissionFlagsBits.ManageMessages) === 0n
  )
    throw new UserError('summaryNeedsPermission');
}

async function plan(engine: Engine, topic: string): Promise<SummaryPlan> {
  const found = await planSummary(engine, topic);
  if (!found) throw new UserError('noTopic', topic, NAMED_TOPICS);
  return found;
}

/** A message link (https://discord.com/channels/guild/channel/message) or a bare message id. */
function readMessageTarget(text: string, channelId: string): { channelId: string; messageId: string } {
  const link = text
    .trim()
    .match(/^https:\/\/(?:\w+\.)?discord(?:app)?\.com\/channels\/\d+\/(\d{1,20})\/(\d{1,20})$/);
  if (link) return { channelId: link[1] as string, messageId: link[2] as string };
  if (/^\d{1,20}$/.test(text.trim())) return { channelId, messageId: text.trim() };
  throw new UserError('badMessageLink', text);
}

/**
 * The locale a summary is posted in: the server's when it is in the chosen language (es-ES or es-419
 * numbers), else that language's default. Without a choice, the server's locale, else the moderator's.
 */
function postLocale(language: Language | undefined, invoker: Invoker): ReplyLocale {
  const server = invoker.serverLocale;
  if (!language) return server ?? invoker.locale;
  return server && languageOf(server) === language ? server : DEFAULT_LOCALE[language];
}

/** The private preview: what would be posted, what the topic matched, and the buttons to go on or stop. */
function preview(action: SummaryAction, found: SummaryPlan, engine: Engine, invoker: Invoker): MessageBody {
  const { TEXT } = catalogFor(invoker.locale);
  const topic = truncate(escapeUserText(action.topic), MAX_SUMMARY_TOPIC);
  const matched = found.matched.map((f) => factTitle(f, invoker.locale)).join(' · ');
  const lines = [
    action.op === 'update'
      ? TEXT.summaryUpdatePreview(action.channelId)
      : TEXT.summaryPreview(action.channelId),
    ...(found.topic === null ? [TEXT.summaryMatched(topic, matched)] : []),
    ...(found.missing.length > 0 ? [TEXT.summaryMissing(found.missing.join(', '))] : []),
  ];
  const locale = postLocale(action.language, invoker);
  return messageBody({
    visibility: 'private',
    content: lines.join('\n'),
    embeds: renderSummary(found, engine.base, locale, action.op === 'update').embeds,
    buttons: [
      button(action.op === 'update' ? TEXT.update : TEXT.post, action, ButtonStyle.Primary),
      button(TEXT.cancel, { ...action, op: 'cancel' }),
    ],
  });
}

/** After posting or updating: said privately, with a button to update the post later. */
function confirmation(content: string, action: SummaryAction, messageId: string, locale: ReplyLocale): Reply {
  const { TEXT } = catalogFor(locale);
  return {
    type: 'update',
    body: messageBody({
      visibility: 'private',
      content,
      buttons: [button(TEXT.updatePost, { ...action, op: 'update', messageId })],
    }),
  };
}

/** What a press on a summary preview's button does. */
export async function respondToSummaryButton(
  action: SummaryAction,
  invoker: Invoker,
  context: CommandContext,
): Promise<CommandResult> {
  if (invoker.userId !== action.owner) throw new UserError('summaryNotYours');
  checkModerator(invoker);
  const { MESSAGES } = catalogFor(invoker.locale);
  if (action.op === 'cancel')
    return {
      type: 'update',
      body: messageBody({ visibility: 'private', content: MESSAGES.summaryCancelled }),
    };
  const engine = context.engine();
  const found = await plan(engine, action.topic || 'overview');
  const locale = postLocale(action.language, invoker);
  if (action.op === 'post') {
    return {
      type: 'post',
      channelId: action.channelId,
      body: renderSummary(found, engine.base, locale),
      confirm: (messageId) =>
        confirmation(MESSAGES.posted(action.channelId), action, messageId, invoker.locale),
    };
  }
  if (!action.messageId) throw new UserError('postGone');
  return {
    type: 'edit',
    channelId: action.channelId,
    messageId: action.messageId,
    body: renderSummary(found, engine.base, locale, true),
    confirm: confirmation(
      MESSAGES.summaryUpdated(action.channelId),
      action,
      action.messageId,
      invoker.locale,
    ),
  };
}

export const summary = slashCommand({
  data,
  alwaysPrivate: true,
  async respond(input, context) {
    checkModerator(input);
    // The channel given, else the server's summary channel (/settings), else this one.
    const here = input.options.channel ?? input.settings.summaryChannelId ?? input.channelId;
    if (!here) throw new UserError('summaryGuildOnly');
    const target =
      input.options.update === undefined ? undefined : readMessageTarget(input.options.update, here);
    const topic = input.options.topic?.trim() || 'overview';
    const engine = context.engine();
    const action: SummaryAction = {
      action: 'summary',
      op: target ? 'update' : 'post',
      // The language travels in the buttons, so Post publishes what the preview showed.
      language: languageOf(postLocale(input.options.language, input)),
      owner: input.userId,
      channelId: target?.channelId ?? here,
      ...(target ? { messageId: target.messageId } : {}),
      topic: namedTopic(topic) ?? topic,
    };
    return { type: 'reply', body: preview(action, await plan(engine, topic), engine, input) };
  },
  autocomplete(focused) {
    const typed = focused.value.toLowerCase();
    const named = NAMED_TOPICS.filter((t) => t.startsWith(typed)).map((t) => choice(t, t));
    return typed && !namedTopic(typed) ? [...named, choice(focused.value, focused.value)] : named;
  },
});
