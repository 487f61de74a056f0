// The machine-readable answer of `npm run ask -- --json` and `--jsonl`: one object per question, documented
// in the README as a contract for scripts and newsroom tooling.
import type { FactBase } from '../facts/load.js';
import type { ReplyLocale } from '../locale.js';
import type { Answer } from '../search/engine.js';
import { newestAnswer } from '../facts/supersede.js';
import { answerLead } from './answerLead.js';
import { factView, type FactView } from './factView.js';
import { questionOf } from './localize.js';

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
  /** Added in engine v2; absent fields keep their old meaning. How to frame the reply (docs/json-contract.md). */
  kind: Answer['kind'];
  /** Why the question was not answered, when it was not. */
  reason?: Answer['reason'];
  /** The framing sentence shown before the fact: a correction, "as of", "not given", or a decline's why. */
  lead?: string;
  /** For kind "not-given": the fact that mentions the subject without the detail asked. */
  context?: FactView;
  /** "en" or "es": the language the question was written in. */
  language: Answer['language'];
  /** The locale the texts (statements, attributions, dates, lead) are written in; quotes stay verbatim. */
  locale: ReplyLocale;
}

export function answerJson(asAnswered: Answer, base: FactBase, locale: ReplyLocale): AnswerJson {
  // A fact a later source changed is answered with its newest version, which lists the older one.
  const answer = newestAnswer(asAnswered, base);
  const lead = answerLead(answer, locale);
  const view = (fact: Parameters<typeof factView>[0]) => factView(fact, base, locale);
  return {
    query: answer.query,
    answered: answer.answered,
    confidence: answer.confidence,
    answer: answer.fact ? view(answer.fact) : null,
    alternatives: answer.alternatives.map(view),
    related: answer.related.map(view),
    closest: answer.closest.map((f) => ({ id: f.id, question: questionOf(f, locale) })),
    factBaseVersion: base.version,
    kind: answer.kind,
    ...(answer.reason ? { reason: answer.reason } : {}),
    ...(lead ? { lead } : {}),
    ...(answer.context ? { context: view(answer.context) } : {}),
    language: answer.language,
    locale,
  };
}
