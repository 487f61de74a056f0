// The machine-readable answer of `npm run ask -- --json` and `--jsonl`: one object per question, documented
// in the README as a contract for scripts and newsroom tooling.
import type { FactBase } from '../facts/load.js';
import type { Answer } from '../search/engine.js';
import { newestAnswer } from '../facts/supersede.js';
import { factView, type FactView } from './factView.js';

export interface AnswerJson {
  query: string;
  answered: boolean;
  confidence: number;
  answer: FactView | null;
  /** Facts that answer almost as well as `answer`: present them too. */
  alternatives: FactView[];
  related: FactView[];
  /** When declined: the nearest topics the record covers, as questions it can answer. */
  closest: { id: string; question: string }[];
  factBaseVersion: string;
}

export function answerJson(asAnswered: Answer, base: FactBase): AnswerJson {
  // A fact a later source changed is answered with its newest version, which lists the older one.
  const answer = newestAnswer(asAnswered, base);
  return {
    query: answer.query,
    answered: answer.answered,
    confidence: answer.confidence,
    answer: answer.fact ? factView(answer.fact, base) : null,
    alternatives: answer.alternatives.map((f) => factView(f, base)),
    related: answer.related.map((f) => factView(f, base)),
    closest: answer.closest.map((f) => ({ id: f.id, question: f.questions[0] ?? f.statement })),
    factBaseVersion: base.version,
  };
}
