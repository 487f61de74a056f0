// The custom ids of factdesk's buttons: what a click asks for, in at most 100 characters, parsed back the
// same way by the gateway adapter today and an HTTP endpoint later.
import { z } from 'zod';
import { CITATION_STYLES } from '../citation.js';

/** A Discord id (snowflake): up to 20 decimal digits. */
const Snowflake = z.string().regex(/^\d{1,20}$/);

/** The longest topic a summary button carries: the rest of the 100 characters hold its ids and language. */
export const MAX_SUMMARY_TOPIC = 37;

/** Feedback buttons: helpful, not helpful, wrong fact. Short, so a fact id of up to 70 characters fits. */
export const VOTE_CODES = ['up', 'down', 'wrong'] as const;
/** Random id of one shown answer: one vote per user per answer is counted against it. */
export const AnswerRef = z.string().regex(/^[0-9a-z]{8}$/);

/** What a button does when clicked. */
export const ButtonAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('source'), factId: z.string() }),
  z.object({ action: z.literal('related'), factId: z.string() }),
  z.object({
    action: z.literal('cite'),
    factId: z.string(),
    style: z.enum(CITATION_STYLES).optional(),
  }),
  z.object({ action: z.literal('fact'), factId: z.string() }),
  z.object({ action: z.literal('share'), factId: z.string() }),
  z.object({
    action: z.literal('page'),
    list: z.enum(['timeline', 'policies', 'figures', 'who', 'positions']),
    page: z.int().min(0).max(999),
    filter: z.string().max(40),
  }),
  /** Feedback on one shown answer; `ref` tells that answer apart from other showings of the same fact. */
  z.object({ action: z.literal('vote'), vote: z.enum(VOTE_CODES), ref: AnswerRef, factId: z.string() }),
  /** The "Wrong fact" form's submission (a modal, not a button, in the same id scheme). */
  z.object({ action: z.literal('why'), ref: AnswerRef, factId: z.string() }),
  /**
   * A summary preview's buttons: post it, update a posted one in place, or cancel. They carry the moderator
   * who asked (only they may press them), the language to post in, the channel, the posted message when
   * updating, and the topic, so a click needs no state kept between the preview and the press.
   */
  z.object({
    action: z.literal('summary'),
    op: z.enum(['post', 'update', 'cancel']),
    language: z.enum(['en', 'es']),
    owner: Snowflake,
    channelId: Snowflake,
    messageId: Snowflake.optional(),
    topic: z.string().max(MAX_SUMMARY_TOPIC),
  }),
]);
export type ButtonAction = z.infer<typeof ButtonAction>;

const PREFIX = 'fd';

// Snowflakes are written in base 36 (13 characters instead of 20) so a topic fits beside three of them.
const pack = (id: string) => BigInt(id).toString(36);
function unpack(text: string | undefined): string | undefined {
  if (!text || !/^[0-9a-z]{1,13}$/.test(text)) return undefined;
  return [...text].reduce((n, c) => n * 36n + BigInt(parseInt(c, 36)), 0n).toString();
}

export function encodeCustomId(action: ButtonAction): string {
  const parts =
    action.action === 'page'
      ? [PREFIX, action.action, action.list, String(action.page), action.filter]
      : action.action === 'summary'
        ? [
            PREFIX,
            action.action,
            action.op,
            action.language,
            pack(action.owner),
            pack(action.channelId),
            action.messageId ? pack(action.messageId) : '',
            action.topic,
          ]
        : action.action === 'vote'
          ? [PREFIX, action.action, action.vote, action.ref, action.factId]
          : action.action === 'why'
            ? [PREFIX, action.action, action.ref, action.factId]
            : action.action === 'cite' && action.style
              ? [PREFIX, action.action, action.factId, action.style]
              : [PREFIX, action.action, action.factId];
  return parts.join(':');
}

/** The action behind a custom id, or null for ids factdesk did not make (or that were tampered with). */
export function decodeCustomId(customId: string): ButtonAction | null {
  const [prefix, action, ...rest] = customId.split(':');
  if (prefix !== PREFIX) return null;
  const candidate =
    action === 'page'
      ? { action, list: rest[0], page: Number(rest[1]), filter: rest.slice(2).join(':') }
      : action === 'summary'
        ? {
            action,
            op: rest[0],
            language: rest[1],
            owner: unpack(rest[2]),
            channelId: unpack(rest[3]),
            ...(rest[4] ? { messageId: unpack(rest[4]) } : {}),
            topic: rest.slice(5).join(':'),
          }
        : action === 'vote'
          ? { action, vote: rest[0], ref: rest[1], factId: rest[2] ?? '' }
          : action === 'why'
            ? { action, ref: rest[0], factId: rest[1] ?? '' }
            : action === 'cite' && rest[1] !== undefined
              ? { action, factId: rest[0] ?? '', style: rest[1] }
              : { action, factId: rest[0] ?? '' };
  const parsed = ButtonAction.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}
