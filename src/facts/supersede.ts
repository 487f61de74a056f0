// Facts that a newer source changed: the newest version of a fact, and the versions it replaced, so that
// answers show the newest and name what was reported before. Used by every renderer of an answer.
import type { Answer } from '../search/engine.js';
import type { FactBase } from './load.js';
import type { Fact } from './schema.js';

/** The newest version of a fact: itself, or the end of its chain of `supersededBy`. */
export function newestVersion(fact: Fact, base: Pick<FactBase, 'facts'>): Fact {
  let current = fact;
  // The loader refuses cycles; the bound keeps a hand-built base from looping all the same.
  for (let steps = 0; current.supersededBy !== undefined && steps < base.facts.length; steps += 1) {
    const next = base.facts.find((f) => f.id === current.supersededBy);
    if (!next) break;
    current = next;
  }
  return current;
}

/** The facts this one superseded, directly or through others, newest first. */
export function earlierVersions(fact: Fact, base: Pick<FactBase, 'facts'>): Fact[] {
  const out: Fact[] = [];
  let frontier = [fact.id];
  while (frontier.length > 0) {
    const older = base.facts.filter(
      (f) => f.supersededBy !== undefined && frontier.includes(f.supersededBy) && !out.includes(f),
    );
    out.push(...older);
    frontier = older.map((f) => f.id);
  }
  return out;
}

/**
 * The answer as replies show it: every fact replaced by its newest version, alternatives and related facts
 * without repeats or the answer itself. The engine ranks facts as curated; this is where a later source wins.
 */
export function newestAnswer<A extends Answer>(answer: A, base: Pick<FactBase, 'facts'>): A {
  const fact = answer.fact ? newestVersion(answer.fact, base) : null;
  const newest = (facts: readonly Fact[]) =>
    [...new Set(facts.map((f) => newestVersion(f, base)))].filter((f) => f !== fact);
  return {
    ...answer,
    fact,
    alternatives: newest(answer.alternatives),
    related: newest(answer.related),
    ...(answer.context ? { context: newestVersion(answer.context, base) } : {}),
  };
}
