// The question bank: questions people wrote about the article, each with the facts that answer it or none
// when the record does not (data/question-bank.json, built by `npm run bank` from the labelled question
// sets). A new question close to one the record was found not to answer is likely a near-miss itself, and
// one close to questions a fact answered is likely answered by that fact: the decision weighs both, as
// nothing in a single fact can tell "on topic" from "answers it".
import { z } from 'zod';

export const QuestionBank = z
  .object({
    $comment: z.string().optional(),
    /** The fact-base version the answers were labelled against, for people reading the file. */
    factBaseVersion: z.string(),
    questions: z.array(
      z
        .object({
          q: z.string().min(1),
          /** Ids of the facts that answer it; empty when the record does not answer it. */
          answers: z.array(z.string().min(1)),
          /** The labelled set the question comes from, so that set can be measured without it. */
          source: z.string().min(1),
        })
        .strict(),
    ),
  })
  .strict();
export type QuestionBank = z.infer<typeof QuestionBank>;
export type BankQuestion = QuestionBank['questions'][number];

/** How close a question comes to the bank's questions, in meaning and in words, for one candidate fact. */
export interface BankEvidence {
  /** Closest question the candidate answers. */
  semanticSame: number;
  /** Closest question the record does not answer. */
  semanticUnanswered: number;
  /** Closest question another fact answers. */
  semanticOther: number;
  lexicalSame: number;
  lexicalUnanswered: number;
  lexicalOther: number;
}

/** Words without case or accents, so "Juárez", "juarez" and "JUAREZ" meet. */
export function bankWords(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  );
}

type Weights = Map<string, number>;

/** tf-idf weights scaled to unit length: a dot product is the cosine of word use. */
function weigh(words: readonly string[], idf: (word: string) => number): Weights {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const weights: Weights = new Map();
  let norm = 0;
  for (const [word, count] of counts) {
    const weight = (1 + Math.log(count)) * idf(word);
    weights.set(word, weight);
    norm += weight * weight;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const [word, weight] of weights) weights.set(word, weight * scale);
  return weights;
}

export interface BankIndex {
  size: number;
  /** Compares a question (its text and sentence vector) with every banked question once. */
  compare(text: string, vector: Float32Array): (factId: string) => BankEvidence;
}

export function createBankIndex(
  questions: readonly BankQuestion[],
  vectorOf: (text: string) => Float32Array,
): BankIndex {
  const documentFrequency = new Map<string, number>();
  const words = questions.map((q) => bankWords(q.q));
  for (const list of words)
    for (const word of new Set(list)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  // A word the bank has never seen counts as seen once more: rare, so it weighs, as in the bank itself.
  const idf = (word: string) => Math.log((questions.length + 1) / ((documentFrequency.get(word) ?? 0) + 1));
  const postings = new Map<string, { at: number; weight: number }[]>();
  words.forEach((list, at) => {
    for (const [word, weight] of weigh(list, idf)) {
      let posting = postings.get(word);
      if (!posting) postings.set(word, (posting = []));
      posting.push({ at, weight });
    }
  });
  const dimensions = questions.length > 0 ? vectorOf((questions[0] as BankQuestion).q).length : 0;
  const vectors = new Float32Array(questions.length * dimensions);
  questions.forEach((q, at) => vectors.set(vectorOf(q.q), at * dimensions));
  const unanswered = questions.flatMap((q, at) => (q.answers.length === 0 ? [at] : []));
  const answeredBy = new Map<string, Set<number>>();
  questions.forEach((q, at) => {
    for (const id of q.answers) {
      let set = answeredBy.get(id);
      if (!set) answeredBy.set(id, (set = new Set()));
      set.add(at);
    }
  });
  const answered = questions.flatMap((q, at) => (q.answers.length > 0 ? [at] : []));
  /** The answered questions closest by these scores, closest first: a few, found in one pass. */
  const closestAnswered = (scores: Float64Array, count = 16): number[] => {
    const closest: number[] = [];
    for (const at of answered) {
      const score = scores[at] as number;
      if (closest.length === count && score <= (scores[closest[count - 1] as number] as number)) continue;
      let i = closest.length;
      while (i > 0 && (scores[closest[i - 1] as number] as number) < score) i -= 1;
      closest.splice(i, 0, at);
      if (closest.length > count) closest.pop();
    }
    return closest;
  };
  const highest = (scores: Float64Array, indices: Iterable<number>) => {
    let max = 0;
    for (const at of indices) max = Math.max(max, scores[at] as number);
    return max;
  };

  return {
    size: questions.length,
    compare(text, vector) {
      const lexical = new Float64Array(questions.length);
      for (const [word, weight] of weigh(bankWords(text), idf))
        for (const { at, weight: other } of postings.get(word) ?? [])
          lexical[at] = (lexical[at] as number) + weight * other;
      const semantic = new Float64Array(questions.length);
      for (let at = 0; at < questions.length; at++) {
        const offset = at * dimensions;
        let a = 0;
        let b = 0;
        // Two sums halve the loop's dependency chain: about twice as fast on a 512-wide vector.
        let i = 0;
        for (; i + 1 < dimensions; i += 2) {
          a += (vectors[offset + i] as number) * (vector[i] as number);
          b += (vectors[offset + i + 1] as number) * (vector[i + 1] as number);
        }
        if (i < dimensions) a += (vectors[offset + i] as number) * (vector[i] as number);
        semantic[at] = a + b;
      }
      const bySemantic = closestAnswered(semantic);
      const byLexical = closestAnswered(lexical);
      // Another fact's closest question is the first of the closest this fact does not share; when this
      // fact shares them all, a full scan finds it.
      const firstOther = (closest: number[], scores: Float64Array, same: Set<number>) => {
        const at = closest.find((i) => !same.has(i));
        return at !== undefined
          ? Math.max(0, scores[at] as number)
          : highest(
              scores,
              answered.filter((i) => !same.has(i)),
            );
      };
      const semanticUnanswered = highest(semantic, unanswered);
      const lexicalUnanswered = highest(lexical, unanswered);
      return (factId) => {
        const same = answeredBy.get(factId) ?? new Set<number>();
        return {
          semanticSame: highest(semantic, same),
          semanticUnanswered,
          semanticOther: firstOther(bySemantic, semantic, same),
          lexicalSame: highest(lexical, same),
          lexicalUnanswered,
          lexicalOther: firstOther(byLexical, lexical, same),
        };
      };
    },
  };
}
