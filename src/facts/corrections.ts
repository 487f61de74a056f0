// Corrections are how a newsroom changes what it published: a fact whose statement changes must say so in
// its dated corrections list. Reloads use this to tell the curator about a change made silently.
import type { FactBase } from './load.js';

/** Ids of facts whose statement changed from `before` to `after` without a new correction entry. */
export function uncorrectedChanges(before: FactBase, after: FactBase): string[] {
  const earlier = new Map(before.facts.map((fact) => [fact.id, fact]));
  return after.facts
    .filter((fact) => {
      const old = earlier.get(fact.id);
      return old && old.statement !== fact.statement && fact.corrections.length <= old.corrections.length;
    })
    .map((fact) => fact.id);
}
