// The custom ids of factdesk's buttons: what a click asks for, in at most 100 characters, parsed back the
// same way by the gateway adapter today and an HTTP endpoint later.
import { z } from 'zod';
import { CITATION_STYLES } from '../citation.js';

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
  /** Feedback on one shown answer; `ref` tells that answer apart from other showings of the same fact. */
  z.object({ action: z.literal('vote'), vote: z.enum(VOTE_CODES), ref: AnswerRef, factId: z.string() }),
  /** The "Wrong fact" form's submission (a modal, not a button, in the same id scheme). */
  z.object({ action: z.literal('why'), ref: AnswerRef, factId: z.string() }),
  z.object({
    action: z.literal('page'),
    list: z.enum(['timeline', 'policies', 'figures', 'who', 'positions']),
    page: z.int().min(0).max(999),
    filter: z.string().max(40),
  }),
]);
export type ButtonAction = z.infer<typeof ButtonAction>;

const PREFIX = 'fd';

export function encodeCustomId(action: ButtonAction): string {
  const parts =
    action.action === 'page'
      ? [PREFIX, action.action, action.list, String(action.page), action.filter]
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
