// Autocomplete choices, within Discord's limits: at most 25, names and values of at most 100 characters.
import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { Fact } from '../../facts/schema.js';
import { foldText } from '../../search/normalize.js';
import { LIMITS, truncate } from './limits.js';
import { factTitle } from './lists.js';

export function choice(name: string, value: string): APIApplicationCommandOptionChoice<string> {
  return { name: truncate(name, LIMITS.choiceName), value: value.slice(0, LIMITS.choiceValue) };
}

/** Facts whose title, names or statement contain what the user typed, as choices valued by fact id. */
export function factChoices(
  facts: readonly Fact[],
  typed: string,
): APIApplicationCommandOptionChoice<string>[] {
  const needle = foldText(typed);
  return facts
    .filter(
      (f) =>
        !needle ||
        [factTitle(f), ...f.aliases, f.statement, f.id].some((text) => foldText(text).includes(needle)),
    )
    .slice(0, LIMITS.choices)
    .map((f) => choice(factTitle(f), f.id));
}
