// The semantic signal of retrieval: cosine similarity between the question's sentence vector and each
// fact's vectors (its curated questions, names and statements). It finds paraphrases in words the record
// does not use, which the lexical index cannot.
import type { FactBase } from '../../facts/load.js';
import type { SearchSettings } from '../settings.js';
import { vectorMemory } from './cosines.js';
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
  /**
   * Every fact the index read for the query, best first: all facts, or on a large base the shortlist of
   * those whose mean vector comes closest. Their `question` cosines are what the question bank weighs for
   * the facts' curated phrasings, so callers take the hits they fuse from the front and keep the rest.
   */
  rank(query: Float32Array): SemanticHit[];
  /** The highest cosine of the query with fact `index`'s curated questions, -1 when it has none. */
  questionCosine(query: Float32Array, index: number): number;
}

/**
 * Texts' vectors, eight bits a component with one scale per vector: a quarter of the memory of floats, which
 * matters at 10,000 facts (90,000 vectors), for a cosine within about 0.005 of the exact one.
 */
export interface PackedVectors {
  values: Int8Array;
  scales: Float32Array;
}

export function packedVectors(
  count: number,
  dimensions: number,
): PackedVectors & {
  set(v: number, vector: ArrayLike<number>): void;
  /**
   * The cosines of a unit query with vectors `from` up to `to` (element i is vector from + i's; the next call
   * overwrites them, as `VectorMemory.dots` says), each within 1e-11 of `cosine`: the same products summed in
   * eight running sums, which SIMD adds in parallel. Only the order of the additions differs from `cosine`'s
   * (each product of a float32 and an int8 is exact in a double): 512 roundings of at most 2^-53 of a sum
   * below 3,000, times a scale below 1/127, well inside COSINE_SLACK.
   */
  fastCosines(query: Float32Array, from: number, to: number): Float64Array;
} {
  const memory = vectorMemory(count, dimensions);
  const { values } = memory;
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
    fastCosines(query, from, to) {
      const cosines = memory.dots(query, from, to);
      for (let i = 0; i < cosines.length; i++) {
        const scale = scales[from + i] as number;
        // A zero vector (scale 0, as the bench's lexical-only engine gives every text) is orthogonal to all.
        cosines[i] = scale === 0 ? 0 : (cosines[i] as number) * scale;
      }
      return cosines;
    },
  };
}

/** Cosine of a unit query with the packed unit vector `v`: the exact figure, summed in order. */
export function cosine(query: Float32Array, packed: PackedVectors, v: number): number {
  const scale = packed.scales[v] as number;
  if (scale === 0) return 0;
  const offset = v * query.length;
  let sum = 0;
  for (let i = 0; i < query.length; i++) sum += (query[i] as number) * (packed.values[offset + i] as number);
  return sum * scale;
}

/** Far more than fastCosines can differ from cosine, far less than any difference that matters. */
const COSINE_SLACK = 1e-6;

/**
 * The k-th highest of `values` (k at most their number) in one pass that keeps the k highest so far, lowest
 * first: sorting all 10,000 facts' scores of a large base for it took a millisecond a question.
 */
function kthHighest(values: Float64Array, k: number): number {
  const highest = values.slice(0, k).sort();
  for (let i = k; i < values.length; i++) {
    const value = values[i] as number;
    if (value <= (highest[0] as number)) continue;
    let j = 1;
    for (; j < k && (highest[j] as number) < value; j++) highest[j - 1] = highest[j] as number;
    highest[j - 1] = value;
  }
  return highest[0] as number;
}

/**
 * The `k` of `count` items with the highest exact score, best first, ties in item order — what a stable
 * sort of every item by exact score gives — while computing the exact score only for the items whose
 * approximate score (`approx`, within COSINE_SLACK / 2 of the exact one) comes near the k-th best.
 */
export function topExact(
  approx: Float64Array,
  k: number,
  exact: (item: number) => number,
): { item: number; score: number }[] {
  const count = approx.length;
  if (k <= 0) return [];
  // k items score at least the k-th best approximate score, so at least that less half the slack exactly;
  // every item of the exact top k then scores that much exactly, and more than `kth` approximately.
  const kth = count <= k ? -Infinity : kthHighest(approx, k) - COSINE_SLACK;
  const near: { item: number; score: number }[] = [];
  for (let item = 0; item < count; item++)
    if ((approx[item] as number) >= kth) near.push({ item, score: exact(item) });
  return near.sort((a, b) => b.score - a.score || a.item - b.item).slice(0, k);
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

  /**
   * The highest exact cosine of vectors `from` up to `to`, or -1 for none. Only the vectors whose fast cosine
   * comes within the slack of the best fast one can have the highest exact cosine: only those are read again.
   */
  const best = (query: Float32Array, from: number, to: number) => {
    const scores = vectors.fastCosines(query, from, to);
    let fastest = -Infinity;
    for (const score of scores) fastest = Math.max(fastest, score);
    let max = -1;
    for (let v = from; v < to; v++)
      if ((scores[v - from] as number) >= fastest - COSINE_SLACK)
        max = Math.max(max, cosine(query, vectors, v));
    return max;
  };

  const questionCosine = (query: Float32Array, index: number) =>
    best(query, firstQuestion[index] as number, firstText[index] as number);

  return {
    rank(query) {
      let shortlist = base.facts.map((_, index) => index);
      if (shortlist.length > settings.semanticShortlist) {
        const meanScores = means.fastCosines(query, 0, base.facts.length);
        shortlist = topExact(meanScores, settings.semanticShortlist, (f) => cosine(query, means, f)).map(
          (s) => s.item,
        );
      }
      return shortlist
        .map((index) => {
          const question = questionCosine(query, index);
          const text = best(query, firstText[index] as number, firstQuestion[index + 1] as number);
          return { index, question, text, score: Math.max(question, text) };
        })
        .sort((a, b) => b.score - a.score || a.index - b.index);
    },
    questionCosine,
  };
}
