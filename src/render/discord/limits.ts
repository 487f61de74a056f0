// Discord's message limits and the helpers that keep every reply within them, whatever the facts say.
// The numbers are Discord's documented limits; tests check rendered replies against them and the OpenAPI spec.
import type { APIAllowedMentions } from 'discord-api-types/v10';
import { sliceWhole } from '../../search/normalize.js';

export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Every reply pings no one: not @everyone, not roles, not users, whatever the text contains. */
export const NO_MENTIONS: APIAllowedMentions = { parse: [] };

/**
 * Cuts text to at most `max` characters, ending with an ellipsis when it had to cut. It cuts between words
 * when a space falls in the last fifth, so a name is not left half-written ("Andrés Manu…").
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = sliceWhole(text, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Makes user text safe to show back: markdown cannot restyle the reply, and mentions stay plain text
 * (a zero-width space after @ breaks them even where allowed_mentions would not apply, as in embeds).
 */
export function escapeUserText(text: string): string {
  return text
    .replace(/[\\*_~`|>#[\]()-]/g, '\\$&')
    .replace(/@/g, '@\u200b')
    .replace(/<(?=[@#:a])/g, '<\u200b');
}
