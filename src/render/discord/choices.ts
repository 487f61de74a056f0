// Autocomplete choices, within Discord's limits: at most 25, names and values of at most 100 characters.
import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { Fact } from '../../facts/schema.js';
import type { ReplyLocale } from '../../locale.js';
import type { Engine, Suggestion } from '../../search/engine.js';
import { foldText } from '../../search/normalize.js';
import { factTitle } from '../localize.js';
import { LIMITS, truncate } from './limits.js';

export function choice(name: string, value: string): APIApplicationCommandOptionChoice<string> {
  return { name: truncate(name, LIMITS.choiceName), value: value.slice(0, LIMITS.choiceValue) };
}

/**
 * Facts whose title, names or statement, in either language, contain what the user typed, as choices
 * valued by fact id and named in the reader's locale.
 */
export function factChoices(
  facts: readonly Fact[],
  typed: string,
  locale: ReplyLocale,
): APIApplicationCommandOptionChoice<string>[] {
  const needle = foldText(typed);
  const texts = (f: Fact) => [
    factTitle(f, locale),
    ...f.aliases,
    f.statement,
    f.id,
    ...(f.translations.es ? [...f.translations.es.aliases, f.translations.es.statement ?? ''] : []),
  ];
  return facts
    .filter((f) => !needle || texts(f).some((text) => foldText(text).includes(needle)))
    .slice(0, LIMITS.choices)
    .map((f) => choice(factTitle(f, locale), f.id));
}

// How questions open in English and Spanish. Curators also file keyword phrasings ("mayorkas job title") so
// that search finds a fact however it is typed; those help matching but are not questions to offer.
const QUESTION_OPENING =
  /^(?:¿|(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|que|qué|quien|quién|quienes|quiénes|cuando|cuándo|como|cómo|donde|dónde|por que|por qué|cuanto|cuánto|cuanta|cuánta|cuantos|cuántos|cuantas|cuántas|cual|cuál|cuales|cuáles|hay|es|son|fue)\b)/i;

/** A curated question that reads as one a person asks: it ends with "?" or opens like a question. */
export function readsAsQuestion(text: string): boolean {
  return /\?\s*$/.test(text) || QUESTION_OPENING.test(text.trim());
}

/**
 * /ask suggestions: curated questions, valued by their own text, so what is submitted is the question the
 * reply shows, never an internal id. Shorthand typed as a whole word ("30k", "1m") finds the questions it
 * would find followed by a space, since the engine reads a word still being typed as the start of a word.
 */
export function questionChoices(engine: Engine, typed: string): APIApplicationCommandOptionChoice<string>[] {
  const offer = (suggestions: Suggestion[]) =>
    suggestions.filter((s) => readsAsQuestion(s.label) && s.label.length <= LIMITS.choiceValue);
  let offered = offer(engine.suggest(typed));
  if (offered.length === 0 && typed.trim() && !/\s$/.test(typed))
    offered = offer(engine.suggest(`${typed} `));
  const labels = [...new Set(offered.map((s) => s.label))];
  return labels.slice(0, LIMITS.choices).map((label) => choice(label, label));
}
