// The question bank: questions people wrote about the article, each with the facts that answer it or none
// when the record does not (data/question-bank.json, built by `npm run bank` from the labelled question
// sets). A new question close to one the record was found not to answer is likely a near-miss itself, and
// one close to questions a fact answered is likely answered by that fact: the decision weighs both, as
// nothing in a single fact can tell "on topic" from "answers it". Each fact's curated phrasings count as
// questions it answers: in words here, in meaning through the semantic index, which compares them anyway.
import { z } from 'zod';
import { packedVectors } from './semantic.js';

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

/** A text the bank compares in words only: a fact's curated phrasing, answered by that fact. */
export type BankPhrasing = Pick<BankQuestion, 'q' | 'answers'>;

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
  /**
   * How the question's nearest banked texts vote, in meaning and in words: the share (weighted towards the
   * nearest) that this fact answers, and that no fact answers. One closest text may be an accident of
   * wording; ten that agree are how a kind of question is asked.
   */
  semanticVoteSame: number;
  semanticVoteUnanswered: number;
  lexicalVoteSame: number;
  lexicalVoteUnanswered: number;
}

/** How many nearest texts vote, and how fast a vote fades with distance from the nearest (settings.ts). */
export interface VoteSettings {
  bankNeighbours: number;
  bankNeighbourFade: number;
}

/** Letters a word keeps: a crude stem for both languages ("deported", "deportation"; "albergue", "albergues"). */
const STEM_LENGTH = 6;

/** Words without case or accents, cut to a stem, so "Juárez", "juarez" and "JUAREZ" meet. */
export function bankWords(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g)
      ?.map((word) => word.slice(0, STEM_LENGTH)) ?? []
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

/**
 * Banked texts by their words, in flat arrays: word w's postings are the texts at[starts[w]] up to
 * at[starts[w + 1]], in text order, each with the word's tf-idf weight in it.
 */
interface WordIndex {
  idf: (word: string) => number;
  wordIds: Map<string, number>;
  starts: Int32Array;
  at: Int32Array;
  weights: Float64Array;
}

// Flat arrays take 12 bytes a posting, against about 40 for an object in a list per word: at 10,000 facts the
// curated phrasings alone have some 550,000 postings.
function indexWords(texts: readonly string[]): WordIndex {
  const words = texts.map(bankWords);
  const documentFrequency = new Map<string, number>();
  for (const list of words)
    for (const word of new Set(list)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const wordIds = new Map<string, number>();
  const idfs = new Float64Array(documentFrequency.size);
  // Each text weighs a word once, so a word has as many postings as texts that use it.
  const starts = new Int32Array(documentFrequency.size + 1);
  for (const [word, frequency] of documentFrequency) {
    const id = wordIds.size;
    wordIds.set(word, id);
    idfs[id] = Math.log((texts.length + 1) / (frequency + 1));
    starts[id + 1] = (starts[id] as number) + frequency;
  }
  // A word the bank has never seen counts as seen once more: rare, so it weighs, as in the bank itself.
  const unseenIdf = Math.log(texts.length + 1);
  const idf = (word: string) => {
    const id = wordIds.get(word);
    return id === undefined ? unseenIdf : (idfs[id] as number);
  };
  const at = new Int32Array(starts[wordIds.size] as number);
  const weights = new Float64Array(at.length);
  const next = starts.slice(0, -1);
  words.forEach((list, text) => {
    for (const [word, weight] of weigh(list, idf)) {
      const id = wordIds.get(word) as number;
      const slot = next[id] as number;
      next[id] = slot + 1;
      at[slot] = text;
      weights[slot] = weight;
    }
  });
  return { idf, wordIds, starts, at, weights };
}

/** Which banked texts each fact answers, and which no fact answers. */
interface Labels {
  answered: number[];
  unanswered: number[];
  answeredBy: Map<string, number[]>;
}

function labelsOf(texts: readonly Pick<BankQuestion, 'answers'>[]): Labels {
  const answeredBy = new Map<string, number[]>();
  texts.forEach(({ answers }, at) => {
    for (const id of answers) {
      let list = answeredBy.get(id);
      if (!list) answeredBy.set(id, (list = []));
      list.push(at);
    }
  });
  return {
    answered: texts.flatMap((t, at) => (t.answers.length > 0 ? [at] : [])),
    unanswered: texts.flatMap((t, at) => (t.answers.length === 0 ? [at] : [])),
    answeredBy,
  };
}

const highest = (scores: Float64Array, indices: Iterable<number>) => {
  let max = 0;
  for (const at of indices) max = Math.max(max, scores[at] as number);
  return max;
};

/**
 * The `count` texts (of `among`, all by default) with the highest scores, highest first: one pass, a short
 * list. An index loop, not for…of over an iterable: at 10,000 facts, with 90,000 texts a pass, that was
 * nearly three times as slow.
 */
function highestScoring(scores: Float64Array, count: number, among?: readonly number[]): number[] {
  const highest: number[] = [];
  const total = among ? among.length : scores.length;
  for (let k = 0; k < total; k++) {
    const at = among ? (among[k] as number) : k;
    const score = scores[at] as number;
    if (highest.length === count && score <= (scores[highest[count - 1] as number] as number)) continue;
    let i = highest.length;
    while (i > 0 && (scores[highest[i - 1] as number] as number) < score) i -= 1;
    highest.splice(i, 0, at);
    if (highest.length > count) highest.pop();
  }
  return highest;
}

/** Answered texts kept closest first, so another fact's closest is almost always among them (else a full scan). */
const CLOSEST_KEPT = 16;

/** How close a question comes to labelled texts, by one measure (`scores`, one per text): per fact. */
function closeness(scores: Float64Array, labels: Labels) {
  const closest = highestScoring(scores, CLOSEST_KEPT, labels.answered);
  const sameAs = (factId: string) => labels.answeredBy.get(factId) ?? [];
  return {
    unanswered: highest(scores, labels.unanswered),
    same: (factId: string) => highest(scores, sameAs(factId)),
    // Another fact's closest text is the first of the closest this fact does not share; when this fact
    // shares them all, a full scan finds it.
    other(factId: string) {
      const same = new Set(sameAs(factId));
      const at = closest.find((i) => !same.has(i));
      return at !== undefined
        ? Math.max(0, scores[at] as number)
        : highest(
            scores,
            labels.answered.filter((i) => !same.has(i)),
          );
    },
  };
}

/** A banked text near the question: how near, and the facts that answer it (none: the record does not). */
interface Neighbour {
  score: number;
  answers: readonly string[];
}

/**
 * The vote of the nearest texts: each weighs exp(-(nearest score - its score) / fade), so a text as near as
 * the nearest counts fully and one a fade further counts a third.
 */
function voteOf(neighbours: Neighbour[], settings: VoteSettings) {
  const nearest = neighbours
    .sort((a, b) => b.score - a.score)
    .slice(0, settings.bankNeighbours)
    .map((n, _, [first]) => ({
      answers: n.answers,
      weight: Math.exp((n.score - (first as Neighbour).score) / settings.bankNeighbourFade),
    }));
  const total = nearest.reduce((sum, n) => sum + n.weight, 0) || 1;
  const share = (counts: (answers: readonly string[]) => boolean) =>
    nearest.reduce((sum, n) => sum + (counts(n.answers) ? n.weight : 0), 0) / total;
  return {
    unanswered: share((answers) => answers.length === 0),
    same: (factId: string) => share((answers) => answers.includes(factId)),
  };
}

/** The `count` texts nearest by these scores, as neighbours. */
function nearestTexts(
  scores: Float64Array,
  texts: readonly Pick<BankQuestion, 'answers'>[],
  count: number,
): Neighbour[] {
  return highestScoring(scores, count).map((at) => ({
    score: scores[at] as number,
    answers: (texts[at] as Pick<BankQuestion, 'answers'>).answers,
  }));
}

export interface BankIndex {
  /**
   * Compares a question with the bank once: the written questions in words and in meaning, the curated
   * phrasings in words. In meaning the phrasings speak through `curated`, the question's highest cosine
   * with each fact's curated questions by the id of the fact they count for, which the semantic index
   * computes anyway: scanning them again here, a float vector each, took some 100 ms a question and 160 MB
   * at 10,000 facts.
   */
  compare(
    text: string,
    vector: Float32Array,
    curated: ReadonlyMap<string, number>,
  ): (factId: string) => BankEvidence;
}

export function createBankIndex(
  questions: readonly BankQuestion[],
  phrasings: readonly BankPhrasing[],
  vectorOf: (text: string) => Float32Array,
  settings: VoteSettings,
): BankIndex {
  // Texts 0 up to questions.length are the written questions, in words and in meaning alike; the phrasings
  // follow, in words only.
  const inWords = [...questions, ...phrasings];
  const words = indexWords(inWords.map((t) => t.q));
  const wordLabels = labelsOf(inWords);
  const meaningLabels = labelsOf(questions);
  const dimensions = questions.length > 0 ? vectorOf((questions[0] as BankQuestion).q).length : 0;
  const vectors = packedVectors(questions.length, dimensions);
  questions.forEach((q, at) => vectors.set(at, vectorOf(q.q)));
  const writtenCount = questions.length;
  const textCount = inWords.length;

  return {
    compare(text, vector, curated) {
      const lexical = new Float64Array(textCount);
      for (const [word, weight] of weigh(bankWords(text), words.idf)) {
        const id = words.wordIds.get(word);
        if (id === undefined) continue;
        for (let k = words.starts[id] as number; k < (words.starts[id + 1] as number); k++) {
          const at = words.at[k] as number;
          lexical[at] = (lexical[at] as number) + weight * (words.weights[k] as number);
        }
      }
      // A copy: the evidence below reads it for each candidate, after this call returns.
      const semantic = vectors.fastCosines(vector, 0, writtenCount).slice();
      const byWords = closeness(lexical, wordLabels);
      const byMeaning = closeness(semantic, meaningLabels);
      // In meaning each fact's curated phrasings are one neighbour, their closest: the semantic index gives one
      // cosine a fact.
      const semanticVote = voteOf(
        [
          ...nearestTexts(semantic, questions, settings.bankNeighbours),
          ...[...curated].map(([id, score]) => ({ score, answers: [id] })),
        ],
        settings,
      );
      const lexicalVote = voteOf(nearestTexts(lexical, inWords, settings.bankNeighbours), settings);
      const curatedOther = (factId: string) => {
        let max = 0;
        for (const [id, cosine] of curated) if (id !== factId) max = Math.max(max, cosine);
        return max;
      };
      return (factId) => ({
        semanticSame: Math.max(byMeaning.same(factId), curated.get(factId) ?? 0),
        semanticUnanswered: byMeaning.unanswered,
        semanticOther: Math.max(byMeaning.other(factId), curatedOther(factId)),
        lexicalSame: byWords.same(factId),
        lexicalUnanswered: byWords.unanswered,
        lexicalOther: byWords.other(factId),
        semanticVoteSame: semanticVote.same(factId),
        semanticVoteUnanswered: semanticVote.unanswered,
        lexicalVoteSame: lexicalVote.same(factId),
        lexicalVoteUnanswered: lexicalVote.unanswered,
      });
    },
  };
}
