// The lexical signal of retrieval: an inverted index of each fact's terms (its curated questions, names,
// statement and quotes, in both languages), scored by IDF-weighted coverage of the question and resemblance
// to the fact's texts. Fast on large bases: terms are numbers, bags and postings flat arrays.
import type { FactBase } from '../../facts/load.js';
import type { Fact } from '../../facts/schema.js';
import { IMPLIES, KIND_IMPLIES } from '../analyze/vocabulary.js';
import { readWord, toTerms, toWords, type WordReading } from '../normalize.js';
import type { SearchSettings } from '../settings.js';

/** What a lexical score is made of, for curators asking why a fact was chosen and for the decision. */
export interface LexicalParts {
  /** IDF-weighted share of the question's terms that the fact has (implied terms count less). */
  coverage: number;
  /** Overlap with the closest curated question of the fact. */
  question: number;
  /** Overlap with the fact's statement and quotes. */
  text: number;
  /** How much of the best of the fact's names the question contains. */
  alias: number;
}

export interface LexicalHit extends LexicalParts {
  /** Index of the fact in the base. */
  index: number;
  score: number;
}

export interface LexicalIndex {
  /** Every word of the base in its surface form: the dictionary typos are corrected against. */
  words: ReadonlySet<string>;
  /** The share of a set of terms' weight that the base knows: low for a question about something else. */
  knownShare(terms: ReadonlySet<string>): number;
  rank(terms: ReadonlySet<string>, limit: number): LexicalHit[];
  /** The lexical parts of these facts for the question: for candidates only meaning found. */
  scoreFacts(terms: ReadonlySet<string>, indices: readonly number[]): LexicalHit[];
}

/** The curated texts of a fact, both languages: what the lexical and the semantic index read. */
export function factTexts(fact: Fact): { questions: string[]; aliases: string[]; text: string[] } {
  const translations = Object.values(fact.translations);
  return {
    questions: [...fact.questions, ...translations.flatMap((t) => t?.questions ?? [])],
    aliases: [...fact.aliases, ...translations.flatMap((t) => t?.aliases ?? [])],
    text: [
      fact.statement,
      ...fact.quotes.map((q) => q.text),
      ...translations.flatMap((t) => (t?.statement ? [t.statement] : [])),
      ...fact.figures.map((f) => `${f.asWritten} ${f.unit} ${f.period ?? ''}`),
    ],
  };
}

// A Map, so that a fact mentioning "constructor" does not find Object's own properties.
const IMPLIED = new Map(Object.entries(IMPLIES));

/** Where a fact's bags are: questions from `firstQuestion`, names from `firstAlias`, then its text. */
interface IndexedFact {
  firstQuestion: number;
  firstAlias: number;
  text: number;
}

/** A base's terms, numbered, with the bags of terms of each fact and the facts that have each term. */
interface IndexedTerms {
  /** Every word of the base in its surface form. */
  words: Set<string>;
  termIds: Map<string, number>;
  termCount: number;
  /** As built below. */
  bagTerms: Int32Array;
  bagStarts: Int32Array;
  entries: IndexedFact[];
  postings: Int32Array;
  postingStarts: Int32Array;
}

// A function of its own so that what only building needs (each fact's terms, the readings of its words) is
// let go once the index is built, rather than kept by the closures that rank questions: 10 MB at 10,000 facts.
function indexTerms(base: FactBase): IndexedTerms {
  // Each distinct word of the base is read once, however often it appears.
  const baseWords = new Map<string, WordReading>();
  const readBaseWord = (word: string): WordReading => {
    let reading = baseWords.get(word);
    if (reading === undefined) {
      reading = readWord(word);
      baseWords.set(word, reading);
    }
    return reading;
  };
  const termsOf = (words: readonly string[]) => toTerms(words, readBaseWord);

  // Terms are numbered as they are first seen, so that bags and postings are flat arrays of numbers rather
  // than a Set per text: a large base builds several times faster and takes less memory.
  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  const termId = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termNames.length;
      termIds.set(term, id);
      termNames.push(term);
    }
    return id;
  };
  // Bag b holds the terms bagTerms[bagStarts[b]] up to bagTerms[bagStarts[b + 1]], each once.
  const bagTerms: number[] = [];
  const bagStarts: number[] = [0];
  const lastBagOf: number[] = [];
  const addBag = (terms: readonly string[]): number => {
    const bag = bagStarts.length - 1;
    for (const term of terms) {
      const id = termId(term);
      if (lastBagOf[id] === bag) continue;
      lastBagOf[id] = bag;
      bagTerms.push(id);
    }
    bagStarts.push(bagTerms.length);
    return bag;
  };

  // The distinct terms of every fact, one fact after another, as term × 2 + 1 when the term is only implied
  // by the fact's text; fact f's begin at factTermStarts[f].
  const factTerms: number[] = [];
  const factTermStarts: number[] = [];
  const lastFactOf: number[] = [];
  // Notes a term once per fact: written terms are noted before implied ones, so a written term stays so.
  const noteTerm = (term: number, index: number, implied: boolean) => {
    if (lastFactOf[term] === index) return;
    lastFactOf[term] = index;
    factTerms.push(term * 2 + (implied ? 1 : 0));
  };
  const impliedIds: (number[] | undefined)[] = [];
  const impliedBy = (term: number): number[] =>
    (impliedIds[term] ??= (IMPLIED.get(termNames[term] as string) ?? []).map(termId));

  const entries: IndexedFact[] = base.facts.map((fact, index) => {
    const texts = factTexts(fact);
    const firstQuestion = bagStarts.length - 1;
    for (const question of texts.questions) addBag(termsOf(toWords(question)));
    const firstAlias = bagStarts.length - 1;
    for (const alias of texts.aliases) addBag(termsOf(toWords(alias)));
    const text = addBag(termsOf(toWords(texts.text.join(' '))));
    factTermStarts.push(factTerms.length);
    for (let k = bagStarts[firstQuestion] as number; k < (bagStarts[text + 1] as number); k++)
      noteTerm(bagTerms[k] as number, index, false);
    // A fact's kind is stated, not inferred: its terms count in full, like the words of its texts.
    for (const term of KIND_IMPLIES[fact.kind] ?? []) noteTerm(termId(term), index, false);
    const endWritten = factTerms.length;
    for (let k = factTermStarts[index] as number; k < endWritten; k++)
      for (const implied of impliedBy((factTerms[k] as number) >> 1)) noteTerm(implied, index, true);
    return { firstQuestion, firstAlias, text };
  });
  factTermStarts.push(factTerms.length);

  // Term → the facts that have it, as fact index × 2 + 1 when only implied: term t's are
  // postings[postingStarts[t]] up to postings[postingStarts[t + 1]], in fact order.
  const postingStarts = new Int32Array(termNames.length + 1);
  for (const code of factTerms) {
    const term = code >> 1;
    postingStarts[term + 1] = (postingStarts[term + 1] as number) + 1;
  }
  for (let t = 0; t < termNames.length; t++)
    postingStarts[t + 1] = (postingStarts[t + 1] as number) + (postingStarts[t] as number);
  const postings = new Int32Array(factTerms.length);
  const nextSlot = postingStarts.slice(0, -1);
  entries.forEach((_, index) => {
    for (let k = factTermStarts[index] as number; k < (factTermStarts[index + 1] as number); k++) {
      const code = factTerms[k] as number;
      const term = code >> 1;
      const slot = nextSlot[term] as number;
      nextSlot[term] = slot + 1;
      postings[slot] = index * 2 + (code & 1);
    }
  });

  return {
    words: new Set(baseWords.keys()),
    termIds,
    termCount: termNames.length,
    bagTerms: Int32Array.from(bagTerms),
    bagStarts: Int32Array.from(bagStarts),
    entries,
    postings,
    postingStarts,
  };
}

export function createLexicalIndex(base: FactBase, settings: SearchSettings): LexicalIndex {
  const maxResemblance =
    settings.coverageWeight + settings.questionWeight + settings.textWeight + settings.aliasWeight;
  const { words, termIds, termCount, bagTerms, bagStarts, entries, postings, postingStarts } =
    indexTerms(base);

  const total = entries.length;
  const idfOf = (count: number) => Math.log(1 + (total - count + 0.5) / (count + 0.5));
  const unknownIdf = idfOf(1) * settings.unknownWordWeight;
  const idfs = Float64Array.from({ length: termCount }, (_, id) =>
    idfOf((postingStarts[id + 1] as number) - (postingStarts[id] as number)),
  );
  const bagWeights = Float64Array.from({ length: bagStarts.length - 1 }, (_, bag) => {
    let sum = 0;
    for (let k = bagStarts[bag] as number; k < (bagStarts[bag + 1] as number); k++)
      sum += idfs[bagTerms[k] as number] as number;
    return sum;
  });
  // Reused across queries: coverage accumulates here term by term, and only touched slots are reset.
  const covered = new Float64Array(entries.length);
  // Reused across queries: the IDF of each term of the question being ranked, 0 for the rest.
  const inQuery = new Float64Array(termCount);

  /** The IDF of the bag's terms that the question (marked in `inQuery`) has, summed. */
  function sharedWeight(bag: number): number {
    let shared = 0;
    for (let k = bagStarts[bag] as number; k < (bagStarts[bag + 1] as number); k++)
      shared += inQuery[bagTerms[k] as number] as number;
    return shared;
  }

  /** IDF-weighted Dice overlap of the question with a bag. */
  function dice(queryWeight: number, bag: number): number {
    const weight = bagWeights[bag] as number;
    return weight + queryWeight === 0 ? 0 : (2 * sharedWeight(bag)) / (queryWeight + weight);
  }

  function score(index: number, coverage: number, queryWeight: number): LexicalHit {
    const entry = entries[index] as IndexedFact;
    let question = 0;
    for (let bag = entry.firstQuestion; bag < entry.firstAlias; bag++)
      question = Math.max(question, dice(queryWeight, bag));
    const text = dice(queryWeight, entry.text);
    let alias = 0;
    for (let bag = entry.firstAlias; bag < entry.text; bag++) {
      const weight = bagWeights[bag] as number;
      if (weight > 0) alias = Math.max(alias, sharedWeight(bag) / weight);
    }
    // Coverage multiplies: a fact that explains half of the question answers at most half of it, however
    // much its wording resembles the question.
    const resemblance =
      settings.coverageWeight +
      settings.questionWeight * question +
      settings.textWeight * text +
      settings.aliasWeight * alias;
    return {
      index,
      score: Math.min(1, coverage ** settings.coveragePower * resemblance),
      coverage,
      question,
      text,
      alias,
    };
  }

  function queryWeightOf(terms: ReadonlySet<string>): {
    weight: number;
    known: number[];
    knownWeight: number;
  } {
    let weight = 0;
    let knownWeight = 0;
    const known: number[] = [];
    for (const term of terms) {
      const id = termIds.get(term);
      const idf = id === undefined ? unknownIdf : (idfs[id] as number);
      weight += idf;
      if (id !== undefined) {
        known.push(id);
        knownWeight += idf;
      }
    }
    return { weight, known, knownWeight };
  }

  /**
   * Adds up in `covered` the weight of the question's terms each fact has, marking them in `inQuery`;
   * `release` clears both for the next question.
   */
  function accumulate(terms: ReadonlySet<string>) {
    const { weight: queryWeight, known } = queryWeightOf(terms);
    const touched: number[] = [];
    if (queryWeight === 0) return { queryWeight, known, touched };
    for (const id of known) {
      const weight = idfs[id] as number;
      inQuery[id] = weight;
      for (let k = postingStarts[id] as number; k < (postingStarts[id + 1] as number); k++) {
        const posting = postings[k] as number;
        const index = posting >> 1;
        if (covered[index] === 0) touched.push(index);
        covered[index] = (covered[index] ?? 0) + weight * (posting & 1 ? settings.impliedWeight : 1);
      }
    }
    return { queryWeight, known, touched };
  }

  function release(touched: readonly number[], known: readonly number[]) {
    for (const index of touched) covered[index] = 0;
    for (const id of known) inQuery[id] = 0;
  }

  /** Scores the facts that share a term with the question, best first, as far as the top `limit` needs. */
  function rank(terms: ReadonlySet<string>, limit: number): LexicalHit[] {
    const { queryWeight, known, touched } = accumulate(terms);
    if (queryWeight === 0) return [];
    // Coverage is cheap and bounds the score from above, so facts are scored best-covered first, in buckets
    // of equal coverage, and the rest skipped once none of them could enter the top `limit`: exact, and
    // linear in the candidates rather than a sort of them.
    const buckets: number[][] = Array.from({ length: settings.coverageBuckets + 1 }, () => []);
    for (const index of touched) {
      const coverage = Math.min(1, (covered[index] ?? 0) / queryWeight);
      (buckets[Math.floor(coverage * settings.coverageBuckets)] as number[]).push(index);
    }
    const scored: LexicalHit[] = [];
    const best: number[] = [];
    let weakScored = 0;
    for (let bucket = settings.coverageBuckets; bucket >= 0; bucket--) {
      const ceiling =
        Math.min(1, (bucket + 1) / settings.coverageBuckets) ** settings.coveragePower * maxResemblance;
      if (best.length >= limit && ceiling < (best[limit - 1] ?? 0)) break;
      const weak = ceiling < settings.weakLexicalScore;
      if (weak && weakScored >= settings.weakCandidates) break;
      for (const index of buckets[bucket] as number[]) {
        if (weak && weakScored >= settings.weakCandidates) break;
        const result = score(index, (covered[index] ?? 0) / queryWeight, queryWeight);
        scored.push(result);
        if (weak) weakScored += 1;
        if (best.length < limit || result.score > (best[limit - 1] ?? 0)) {
          best.push(result.score);
          best.sort((a, b) => b - a);
          best.length = Math.min(best.length, limit);
        }
      }
    }
    release(touched, known);
    return scored.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, limit);
  }

  /** The lexical parts of the given facts that share a term with the question (others have none). */
  function scoreFacts(terms: ReadonlySet<string>, indices: readonly number[]): LexicalHit[] {
    const { queryWeight, known, touched } = accumulate(terms);
    const hits = indices
      .filter((index) => (covered[index] ?? 0) > 0)
      .map((index) => score(index, (covered[index] as number) / queryWeight, queryWeight));
    release(touched, known);
    return hits;
  }

  return {
    words,
    knownShare(terms) {
      const { weight, knownWeight } = queryWeightOf(terms);
      return weight === 0 ? 0 : knownWeight / weight;
    },
    rank,
    scoreFacts,
  };
}
