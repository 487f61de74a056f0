// /summary [topic] [channel] — moderators post a fact summary to a channel. Limited to Manage Messages by
// default_member_permissions and checked again here, since server admins can change who sees the command.
import {
  ApplicationCommandOptionType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { SlashCommand } from '../src/bot/command.js';
import type { Fact } from '../src/facts/schema.js';
import { MESSAGES, UserError } from '../src/messages.js';
import { choice } from '../src/render/discord/choices.js';
import { renderSummary, timelineEntries } from '../src/render/discord/lists.js';
import { messageBody } from '../src/render/discord/message.js';
import type { Engine } from '../src/search/engine.js';

/** Facts a summary may hold: a short post, not a dump of the base. */
const MAX_LINES = 10;

const TOPICS: Record<string, { title: string; pick: (engine: Engine) => Fact[] }> = {
  overview: {
    title: 'the US–Mexico migration talks',
    pick: ({ base }) =>
      (['position', 'policy', 'figure', 'event', 'context'] as const).flatMap((kind) =>
        base.facts.filter((f) => f.kind === kind).slice(0, 2),
      ),
  },
  policies: { title: 'policies', pick: ({ base }) => base.facts.filter((f) => f.kind === 'policy') },
  figures: { title: 'figures', pick: ({ base }) => base.facts.filter((f) => f.figures.length > 0) },
  timeline: {
    title: 'timeline',
    pick: ({ base }) => [...new Set(timelineEntries(base, {}).map((e) => e.fact))],
  },
  positions: { title: 'positions', pick: ({ base }) => base.facts.filter((f) => f.kind === 'position') },
  who: { title: 'who’s who', pick: ({ base }) => base.facts.filter((f) => f.kind === 'actor') },
};

const data = {
  name: 'summary',
  description: 'Post a summary of sourced facts to a channel (moderators)',
  default_member_permissions: String(PermissionFlagsBits.ManageMessages),
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'topic',
      description: 'overview, policies, figures, timeline, positions, who, or any topic in your words',
      autocomplete: true,
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.Channel,
      name: 'channel',
      description: 'Where to post it (default: this channel)',
      channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

async function summaryFacts(engine: Engine, topic: string): Promise<{ title: string; facts: Fact[] }> {
  const named = Object.hasOwn(TOPICS, topic.toLowerCase()) ? TOPICS[topic.toLowerCase()] : undefined;
  if (named) return { title: named.title, facts: named.pick(engine).slice(0, MAX_LINES) };
  // A topic in the user's words: the facts the engine would answer with, not loose neighbours.
  const facts = (await engine.rankFacts(topic, MAX_LINES)).filter((r) => r.answers).map((r) => r.fact);
  if (facts.length === 0) throw new UserError(MESSAGES.noTopic(topic, Object.keys(TOPICS)));
  return { title: topic, facts };
}

export const summary: SlashCommand = {
  data,
  async respond(input, context) {
    if (!input.guildId) throw new UserError(MESSAGES.summaryGuildOnly);
    if (
      input.memberPermissions === null ||
      (input.memberPermissions & PermissionFlagsBits.ManageMessages) === 0n
    ) {
      throw new UserError(MESSAGES.summaryNeedsPermission);
    }
    const channelId = String(input.options.channel ?? input.channelId ?? '');
    if (!channelId) throw new UserError(MESSAGES.summaryGuildOnly);
    const engine = context.engine();
    const { title, facts } = await summaryFacts(engine, String(input.options.topic ?? 'overview'));
    return {
      type: 'post',
      channelId,
      body: renderSummary(title, facts, engine.base),
      confirm: messageBody({ visibility: 'private', content: MESSAGES.posted(channelId) }),
    };
  },
  autocomplete(focused) {
    const typed = focused.value.toLowerCase();
    const named = Object.keys(TOPICS)
      .filter((t) => t.startsWith(typed))
      .map((t) => choice(t, t));
    return typed && !Object.hasOwn(TOPICS, typed) ? [...named, choice(focused.value, focused.value)] : named;
  },
};
