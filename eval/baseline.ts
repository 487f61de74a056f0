// The yardstick for evaluation and benchmarks: plain fuse.js with its default options over the statements,
// the simplest thing that could answer a question. factdesk has to beat it on the same work.
import Fuse from 'fuse.js';
import type { Fact } from '../src/facts/schema.js';
import type { EvalResponse } from './evaluate.js';

export function createBaseline(facts: readonly Fact[]): (question: string) => EvalResponse {
  const fuse = new Fuse(facts, { keys: ['statement'] });
  return (question) => {
    const ranked = fuse.search(question, { limit: 3 }).map((r) => r.item);
    return { answered: ranked.length > 0, ranked };
  };
}
