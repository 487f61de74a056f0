// Retrieval's last step: the candidates of both signals, lexical and semantic, as one list ranked by a fused
// score. A fact found by only one signal keeps that signal's score and a zero for the other.
import type { Language } from '../analyze/question.js';
import type { SearchSettings } from '../settings.js';
import type { LexicalHit, LexicalParts } from './lexical.js';
import type { SemanticHit } from './semantic.js';

export interface Retrieved {
  index: number;
  lexical: LexicalParts & { score: number };
  semantic: Pick<SemanticHit, 'question' | 'text' | 'score'>;
  fused: number;
}

const NO_LEXICAL = { score: 0, coverage: 0, question: 0, text: 0, alias: 0 };
const NO_SEMANTIC = { question: 0, text: 0, score: 0 };

/** The semantic similarity above the floor where sentences of this domain start to be related, as 0..1. */
export function semanticStrength(cosine: number, settings: SearchSettings): number {
  return Math.max(0, (cosine - settings.semanticFloor) / (1 - settings.semanticFloor));
}

/** The weight of the semantic signal for a question in this language (the sentence model reads English). */
export function semanticWeight(language: Language, settings: SearchSettings): number {
  return language === 'es' ? settings.semanticWeightSpanish : settings.semanticWeight;
}

export function fuseCandidates(
  lexical: readonly LexicalHit[],
  semantic: readonly SemanticHit[],
  weight: number,
  settings: SearchSettings,
): Retrieved[] {
  const byIndex = new Map<number, Retrieved>();
  for (const hit of lexical) {
    const { index, ...parts } = hit;
    byIndex.set(index, { index, lexical: parts, semantic: NO_SEMANTIC, fused: 0 });
  }
  for (const hit of semantic) {
    const known = byIndex.get(hit.index);
    const scores = { question: hit.question, text: hit.text, score: hit.score };
    if (known) known.semantic = scores;
    else byIndex.set(hit.index, { index: hit.index, lexical: NO_LEXICAL, semantic: scores, fused: 0 });
  }
  const fused = [...byIndex.values()];
  for (const candidate of fused)
    candidate.fused = candidate.lexical.score + weight * semanticStrength(candidate.semantic.score, settings);
  return fused.sort((a, b) => b.fused - a.fused || a.index - b.index);
}
