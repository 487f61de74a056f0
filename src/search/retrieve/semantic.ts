// The semantic signal of retrieval: cosine similarity between the question's sentence vector and each
// fact's vectors (its curated questions, names and statements). It finds paraphrases in words the record
// does not use, which the lexical index cannot.
import type { FactBase } from '../../facts/load.js';
import type { SearchSettings } from '../settings.js';
import { embeddedTexts, textKey, unit } from './vectors.js';

export interface SemanticHit {
  index: number;
  /** Highest cosine over the fact's curated questions. */
  question: number;
  /** Highest cosine over the fact's names, statement and quotes. */
  text: number;
  score: number;
}

export interface SemanticIndex {
  rank(query: Float32Array, limit: number): SemanticHit[];
}

/**
 * Texts' vectors, eight bits a component with one scale per vector: a quarter of the memory of floats, which
 * matters at 10,000 facts (90,000 vectors), for a cosine within about 0.005 of the exact one.
 */
interface PackedVectors {
  values: Int8Array;
  scales: Float32Array;
}

function packedVectors(
  count: number,
  dimensions: number,
): PackedVectors & { set(v: number, vector: ArrayLike<number>): void } {
  const values = new Int8Array(count * dimensions);
  const scales = new Float32Array(count);
  return {
    values,
    scales,
    set(v, vector) {
      let max = 0;
      for (let i = 0; i < dimensions; i++) max = Math.max(max, Math.abs(vector[i] as number));
      const scale = max > 0 ? 127 / max : 0;
      for (let i = 0; i < dimensions; i++)
        values[v * dimensions + i] = Math.round((vector[i] as number) * scale);
      scales[v] = scale > 0 ? 1 / scale : 0;
    },
  };
}

/** Cosine of a unit query with the packed unit vector `v`. */
function cosine(query: Float32Array, packed: PackedVectors, v: number): number {
  const offset = v * query.length;
  let sum = 0;
  for (let i = 0; i < query.length; i++) sum += (query[i] as number) * (packed.values[offset + i] as number);
  return sum * (packed.scales[v] as number);
}

/**
 * Builds the index from a vector for every text of the base (`vectorOf` fails loudly on a missing one: a
 * stale vector file is rebuilt, never silently ignored).
 */
export function createSemanticIndex(
  base: FactBase,
  vectorOf: (key: string) => Float32Array,
  dimensions: number,
  settings: SearchSettings,
): SemanticIndex {
  // All vectors of the base in one packed array: fact f's questions are vectors firstQuestion[f] up to
  // firstText[f], its names and statements up to firstQuestion[f + 1]. Each is read once and packed at once,
  // so a large base never holds its vectors as floats.
  const texts = base.facts.map((fact) => embeddedTexts(fact));
  const firstQuestion: number[] = [];
  const firstText: number[] = [];
  let count = 0;
  for (const { questions, texts: names } of texts) {
    firstQuestion.push(count);
    firstText.push(count + questions.length);
    count += questions.length + names.length;
  }
  firstQuestion.push(count);
  const vectors = packedVectors(count, dimensions);
  // Each fact's mean direction, for a first pass over a large base before its texts are read one by one.
  const means = packedVectors(base.facts.length, dimensions);
  const sum = new Float32Array(dimensions);
  texts.forEach(({ questions, texts: names }, f) => {
    sum.fill(0);
    [...questions, ...names].forEach((text, i) => {
      const vector = vectorOf(textKey(text));
      vectors.set((firstQuestion[f] as number) + i, vector);
      for (let d = 0; d < dimensions; d++) sum[d] = (sum[d] as number) + (vector[d] as number);
    });
    means.set(f, unit(sum));
  });

  const best = (query: Float32Array, from: number, to: number) => {
    let max = -1;
    for (let v = from; v < to; v++) max = Math.max(max, cosine(query, vectors, v));
    return max;
  };

  return {
    rank(query, limit) {
      let shortlist = base.facts.map((_, index) => index);
      if (shortlist.length > settings.semanticShortlist) {
        const byMean = shortlist.map((index) => ({ index, score: cosine(query, means, index) }));
        byMean.sort((a, b) => b.score - a.score);
        shortlist = byMean.slice(0, settings.semanticShortlist).map((s) => s.index);
      }
      return shortlist
        .map((index) => {
          const question = best(query, firstQuestion[index] as number, firstText[index] as number);
          const text = best(query, firstText[index] as number, firstQuestion[index + 1] as number);
          return { index, question, text, score: Math.max(question, text) };
        })
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .slice(0, limit);
    },
  };
}
