// The answer engine: finds the curated fact that answers a question, or declines when the record does not
// answer it. Used by /ask, the context menu, autocomplete, the offline ask tool and the evaluation.
import Fuse from 'fuse.js';
import type { FactBase } from '../facts/load.js';
import type { Fact } from '../facts/schema.js';
import {
  cleanQuestion,
  foldText,
  readCues,
  stem,
  THESAURUS_WORDS,
  readOwners,
  readWord,
  toTerms,
  toWords,
  type Cue,
  type WordReading,
} from './normalize.js';
import { isDictionaryWord } from './lexicon.js';
import { COUNTRIES, IMPLIES, KIND_IMPLIES, OPINION_REQUEST, STOP_WORDS } from './thesaurus.js';

/**
 * Search settings, in one place. Every change here moves together with the ranking tests and the figures
 * of `npm run eval` (see README, "How answers are found").
 */
export const SEARCH_SETTINGS = {
  /**
   * Answer only at or above this confidence. Chosen on the development set as the middle of the gap between
   * the weakest correct answer and the strongest out-of-scope question (see README for the figures).
   */
  answerThreshold: 0.45,
  /** Two facts within this confidence of each other are both offered rather than one picked silently. */
  ambiguityMargin: 0.04,
  /**
   * Confidence is coverage^coveragePower × resemblance. Coverage is the IDF-weighted share of the question's
   * terms the fact explains; resemblance blends the weights below and sums to 1.
   */
  coveragePower: 2,
  /** The part of resemblance that any fact explaining the whole question gets. */
  coverageWeight: 0.4,
  /** Share from the closest curated example question (IDF-weighted Dice overlap, either language). */
  questionWeight: 0.35,
  /** Share from the fact's own statement and quotes (IDF-weighted Dice overlap). */
  textWeight: 0.1,
  /** Share from the best of the fact's names ("Title 42", "Remain in Mexico") that the question contains. */
  aliasWeight: 0.15,
  /** How much a term only implied by the fact's text (Title 42 → Covid) counts, against 1 for a written one. */
  impliedWeight: 0.6,
  /** Added when the fact is of the kind the question word asks for ("how many" → a figure). */
  cueBonus: 0.05,
  /**
   * Multiplies the confidence of a fact that cannot give the kind of answer asked for: "how many" of a fact
   * with no figure, "when" of a fact with no date. The fact may be on topic, but it does not answer.
   */
  cueMismatchFactor: 0.7,
  /**
   * Multiplies the confidence of a fact whose name the question repeats with another country in it
   * ("Mexico's presidential election" of the "US presidential election"): same words, another subject.
   */
  otherCountryFactor: 0.5,
  /**
   * Weight of a question word the fact base never uses, relative to the rarest word it does use: unknown
   * words ("cartels", "ambassador") are what marks a question as outside the record.
   */
  unknownWordWeight: 2,
  /** Words shorter than this are not typo-corrected: too many short words are one edit apart. */
  minTypoLength: 3,
  /** Words at least this long may be two edits from their correction; shorter ones one edit. */
  twoEditLength: 8,
  /** Fuse.js threshold for the shortlist of spelling corrections, confirmed by edit distance below. */
  typoThreshold: 0.4,
  /** Related facts and closest topics shown with an answer or a decline. */
  relatedCount: 3,
  /** Autocomplete returns at most this many suggestions (Discord's limit). */
  suggestionCount: 25,
} as const;

export type SearchSettings = typeof SEARCH_SETTINGS;

/** The engine's reply to one question. "Not in the record" is a result, never an exception. */
export interface Answer {
  /** The question as searched: cleaned and cut to MAX_QUESTION_LENGTH. */
  query: string;
  answered: boolean;
  /** 0 to 1: how well the best fact answers the question. */
  confidence: number;
  /** The best fact when answered, otherwise null. */
  fact: Fact | null;
  /** Facts that answer almost as well as the best one; when not empty the reply offers them too. */
  alternatives: Fact[];
  /** Facts related to the answer. */
  related: Fact[];
  /** When declining: the nearest facts the record does cover, for "you could ask about…". */
  closest: Fact[];
}

/** An autocomplete suggestion: text to show and the fact it leads to. */
export interface Suggestion {
  label: string;
  factId: string;
}

/**
 * A fact and where its bags are. A bag is the distinct terms of one curated text; the bags of a fact are
 * numbered consecutively: its questions from `firstQuestion`, its names from `firstAlias`, then its text.
 */
interface IndexedFact {
  fact: Fact;
  firstQuestion: number;
  firstAlias: number;
  text: number;
}

/** A question as the engine reads it: its terms, the kind of answer it wants, and the countries it names
 * as owners ("Mexico's election"). */
interface Reading {
  terms: Set<string>;
  cues: Set<Cue>;
  owners: string[];
}

interface Scored {
  entry: IndexedFact;
  score: number;
  parts: ScoreParts;
}

/** What a score is made of, for curators asking why a fact was chosen (`npm run ask -- --explain`). */
export interface ScoreParts {
  coverage: number;
  question: number;
  text: number;
  alias: number;
  cue: number;
  /** What the score was multiplied by: below 1 when the fact cannot answer the kind of question asked, or
   * is named for another country than the question's. */
  factor: number;
}

/** A fact with its score for a question, as ranked before the answer threshold applies. */
export interface RankedFact {
  fact: Fact;
  score: number;
  parts: ScoreParts;
}

/** How the engine read a question and scored the best facts. */
export interface Explanation {
  /** The search terms of each part of the question that was tried (the whole, then each sentence). */
  segments: { text: string; terms: string[] }[];
  ranked: RankedFact[];
}

export interface Engine {
  base: FactBase;
  answer(question: string): Answer;
  /** The best facts for a question, best first, whether or not they clear the threshold. */
  rankFacts(question: string, limit: number): RankedFact[];
  explain(question: string, limit: number): Explanation;
  suggest(partial: string): Suggestion[];
  factById(id: string): Fact | undefined;
}

// Cues whose answer is a specific kind of content: a fact without it cannot answer, however on topic.
const CUES_THAT_NEED: Partial<Record<Cue, true>> = { howmany: true, when: true, name: true };

const CUE_KINDS: Record<Cue, (fact: Fact) => boolean> = {
  who: (fact) => fact.kind === 'actor' || fact.kind === 'sourcing',
  when: (fact) => fact.dates.length > 0,
  howmany: (fact) => fact.figures.length > 0,
  why: (fact) => fact.kind === 'position' || fact.kind === 'context',
  where: (fact) => fact.kind === 'event' || fact.kind === 'context',
  // A name is given by a fact about named people or bodies, or by a policy, which is a named thing.
  name: (fact) => fact.actors.length > 0 || fact.kind === 'policy',
};

function factTexts(fact: Fact): { questions: string[]; text: string[]; aliases: string[] } {
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

// Damerau-Levenshtein distance with an early exit once it exceeds `limit`: confirms Fuse's shortlist.
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...new Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Two ascending lists of numbers as one, each number once. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = (
      j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number)) ? a[i++] : b[j++]
    ) as number;
    if (merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

/** Adds a value to a key's list once: a word repeated in one text is posted once. */
function addPosting<T>(postings: Map<string, T[]>, key: string, value: T): void {
  const list = postings.get(key);
  if (!list) postings.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

// A Map, so that a fact mentioning "constructor" does not find Object's own properties.
const IMPLIED = new Map(Object.entries(IMPLIES));

// A word in more curated questions than this only re-ranks autocomplete suggestions found by rarer words.
const COMMON_WORD_LABELS = 300;

// Candidates are visited in this many bands of coverage, best first.
const COVERAGE_BUCKETS = 64;

// How many facts below the answer threshold are scored at most, in order of coverage.
const WEAK_CANDIDATES = 200;

// How many facts an answer needs ranked: the best, a close alternative, and the closest topics on a decline.
const ANSWER_DEPTH = 5;

/** Builds the engine over a checked fact base. Pure: the same base and settings always give the same answers. */
export function createEngine(base: FactBase, settings: SearchSettings = SEARCH_SETTINGS): Engine {
  const MAX_RESEMBLANCE =
    settings.coverageWeight + settings.questionWeight + settings.textWeight + settings.aliasWeight;
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

  // Autocomplete works on the curated questions themselves (both languages), its labels: the word being
  // typed matches as a prefix through a sorted word list, the words before it by stem through postings, so
  // a keystroke costs a few lookups rather than a pass over every fact.
  const labels: { label: string; factId: string }[] = [];
  // Word → the labels with it, in label order.
  const labelWords = new Map<string, number[]>();
  const addLabel = (label: string, factId: string, words: readonly string[]) => {
    const index = labels.push({ label, factId }) - 1;
    for (const word of words) addPosting(labelWords, word, index);
  };

  const entries: IndexedFact[] = base.facts.map((fact, index) => {
    const texts = factTexts(fact);
    const firstQuestion = bagStarts.length - 1;
    for (const label of texts.questions) {
      const words = toWords(label);
      addBag(termsOf(words));
      addLabel(label, fact.id, words);
    }
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
    return { fact, firstQuestion, firstAlias, text };
  });
  factTermStarts.push(factTerms.length);

  // Term → the facts that have it, as fact index × 2 + 1 when only implied: term t's are
  // postings[postingStarts[t]] up to postings[postingStarts[t + 1]], in fact order. One flat array keeps a
  // large base's postings small and quick to walk.
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
  // Every word of the base in its surface form, the dictionary that typos are corrected against. Words
  // inside thesaurus phrases are not read one by one, but the thesaurus words are all here.
  const dictionary = new Set<string>([...THESAURUS_WORDS, ...baseWords.keys()]);
  const byId = new Map(base.facts.map((fact) => [fact.id, fact]));

  const total = entries.length;
  const idfOf = (count: number) => Math.log(1 + (total - count + 0.5) / (count + 0.5));
  const unknownIdf = idfOf(1) * settings.unknownWordWeight;
  const idfs = Float64Array.from(termNames, (_, id) =>
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
  const inQuery = new Float64Array(termNames.length);
  const isCountry = new Uint8Array(termNames.length);
  for (const country of COUNTRIES) {
    const id = termIds.get(country);
    if (id !== undefined) isCountry[id] = 1;
  }

  // The dictionary by shape, first letter and length: a correction keeps the first letter and is at most
  // two letters longer or shorter, so it is looked for among a few small lists, not the whole dictionary.
  // Shapes long enough to be two edits from a long word also get a Fuse index, for the shortlist.
  const byShape = new Map<string, string[]>();
  for (const word of [...dictionary].sort())
    if (/[a-z]/.test(word[0] ?? '')) addPosting(byShape, `${word[0]}${word.length}`, word);
  const fuses = new Map(
    [...byShape]
      .filter(([, words]) => (words[0] as string).length >= settings.twoEditLength - 2)
      .map(([shape, words]) => [
        shape,
        new Fuse(words, { includeScore: true, threshold: settings.typoThreshold, ignoreLocation: true }),
      ]),
  );
  const shapesNear = (word: string, limit: number): string[] =>
    Array.from({ length: 2 * limit + 1 }, (_, i) => `${word[0]}${word.length - limit + i}`);
  const corrections = new Map<string, string>();

  function correct(word: string): string {
    if (dictionary.has(word) || word.length < settings.minTypoLength || /\d/.test(word)) return word;
    const cached = corrections.get(word);
    if (cached !== undefined) return cached;
    if (isDictionaryWord(word)) {
      if (corrections.size < 50_000) corrections.set(word, word);
      return word;
    }
    // One edit for most words, two for long ones ("polcy" → "policy"). People rarely mistype the first
    // letter, so corrections keep it. A word one edit away is found by checking the few words of the same
    // first letter and nearly the same length directly; two edits away, many more words qualify, and
    // Fuse's shortlist of the likeliest ones is checked instead.
    let best = closestWithin(
      1,
      shapesNear(word, 1).flatMap((shape) => byShape.get(shape) ?? []),
    );
    if (best === word && word.length >= settings.twoEditLength) {
      const shortlist = shapesNear(word, 2).flatMap(
        (shape) =>
          fuses
            .get(shape)
            ?.search(word, { limit: 12 })
            .map(({ item }) => item) ?? [],
      );
      best = closestWithin(2, shortlist);
    }
    // Bounded, so a stream of made-up words cannot grow it for the life of the bot.
    if (corrections.size < 50_000) corrections.set(word, best);
    return best;

    /** The candidate fewest edits from the word, within `limit`; the word itself when there is none. */
    function closestWithin(limit: number, candidates: readonly string[]): string {
      let closest = word;
      let closestDistance = limit + 1;
      for (const candidate of candidates) {
        const distance = editDistance(word, candidate, limit);
        if (distance > limit) continue;
        // On a tie the longer word wins: typing drops letters more often than it adds them.
        if (
          distance < closestDistance ||
          (distance === closestDistance && candidate.length > closest.length)
        ) {
          closest = candidate;
          closestDistance = distance;
        }
      }
      return closest;
    }
  }

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

  /** Scores one fact for a question whose coverage by the fact is already known. */
  function score(
    entry: IndexedFact,
    coverage: number,
    queryWeight: number,
    cues: readonly Cue[],
    owners: readonly number[],
  ): Scored {
    let bestQuestion = 0;
    for (let bag = entry.firstQuestion; bag < entry.firstAlias; bag++)
      bestQuestion = Math.max(bestQuestion, dice(queryWeight, bag));
    const text = dice(queryWeight, entry.text);
    // A name counts by how much of it the question contains, unless the question gives it another country.
    let alias = 0;
    let otherCountry = false;
    for (let bag = entry.firstAlias; bag < entry.text; bag++) {
      const weight = bagWeights[bag] as number;
      if (namesAnotherCountry(bag, owners)) otherCountry = true;
      else if (weight > 0) alias = Math.max(alias, sharedWeight(bag) / weight);
    }
    const cue = cues.some((c) => CUE_KINDS[c](entry.fact)) ? settings.cueBonus : 0;
    const unanswerable = cues.some((c) => CUES_THAT_NEED[c] && !CUE_KINDS[c](entry.fact));
    const factor =
      (unanswerable ? settings.cueMismatchFactor : 1) * (otherCountry ? settings.otherCountryFactor : 1);
    // Coverage multiplies: a fact that explains half of the question answers at most half of it, however
    // much its wording resembles the question.
    const resemblance =
      settings.coverageWeight +
      settings.questionWeight * bestQuestion +
      settings.textWeight * text +
      settings.aliasWeight * alias;
    const value = (coverage ** settings.coveragePower * resemblance + cue) * factor;
    return {
      entry,
      score: Math.min(1, value),
      parts: { coverage, question: bestQuestion, text, alias, cue, factor },
    };
  }

  /**
   * Whether a fact's name is another country's thing than the one the question asks about: the question
   * has every other word of the name, but gives it another owner ("Mexico's presidential election" against
   * "US presidential election"). Only an owner counts: in "a visit to Mexico" the country is a place.
   */
  function namesAnotherCountry(bag: number, owners: readonly number[]): boolean {
    if (owners.length === 0) return false;
    let otherCountry = false;
    let otherWords = 0;
    for (let k = bagStarts[bag] as number; k < (bagStarts[bag + 1] as number); k++) {
      const term = bagTerms[k] as number;
      if (isCountry[term]) {
        if (owners.includes(term)) return false;
        otherCountry = true;
      } else if ((inQuery[term] as number) > 0) otherWords += 1;
      else return false;
    }
    return otherCountry && otherWords > 0;
  }

  /** Scores the facts that share a term with the question, best first, as far as the top `limit` needs. */
  function rank({ terms, cues, owners }: Reading, limit: number): Scored[] {
    let queryWeight = 0;
    const known: number[] = [];
    for (const term of terms) {
      const id = termIds.get(term);
      queryWeight += id === undefined ? unknownIdf : (idfs[id] as number);
      if (id !== undefined) known.push(id);
    }
    if (queryWeight === 0) return [];
    const ownerIds = owners.flatMap((owner) => termIds.get(owner) ?? []);
    const touched: number[] = [];
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
    // Coverage is cheap and bounds the score from above, so facts are scored best-covered first, in buckets
    // of equal coverage, and the rest skipped once none of them could enter the top `limit`: exact, and
    // linear in the candidates rather than a sort of them.
    const buckets: number[][] = Array.from({ length: COVERAGE_BUCKETS + 1 }, () => []);
    for (const index of touched) {
      const coverage = Math.min(1, (covered[index] ?? 0) / queryWeight);
      (buckets[Math.floor(coverage * COVERAGE_BUCKETS)] as number[]).push(index);
    }
    const cueList = [...cues];
    const scored: Scored[] = [];
    const best: number[] = [];
    let weakScored = 0;
    for (let bucket = COVERAGE_BUCKETS; bucket >= 0; bucket--) {
      const ceiling =
        Math.min(1, (bucket + 1) / COVERAGE_BUCKETS) ** settings.coveragePower * MAX_RESEMBLANCE +
        settings.cueBonus;
      if (best.length >= limit && ceiling < (best[limit - 1] ?? 0)) break;
      // Facts that cannot reach the answer threshold only serve as "closest topics" on a decline, so past a
      // few of them the best-covered are close enough: this bounds the work on very large bases.
      if (ceiling < settings.answerThreshold && weakScored >= WEAK_CANDIDATES) break;
      for (const index of buckets[bucket] as number[]) {
        if (ceiling < settings.answerThreshold && weakScored >= WEAK_CANDIDATES) break;
        const result = score(
          entries[index] as IndexedFact,
          (covered[index] ?? 0) / queryWeight,
          queryWeight,
          cueList,
          ownerIds,
        );
        scored.push(result);
        if (ceiling < settings.answerThreshold) weakScored += 1;
        if (best.length < limit || result.score > (best[limit - 1] ?? 0)) {
          best.push(result.score);
          best.sort((a, b) => b - a);
          best.length = Math.min(best.length, limit);
        }
      }
    }
    for (const index of touched) covered[index] = 0;
    for (const id of known) inQuery[id] = 0;
    return scored.sort((a, b) => b.score - a.score || a.entry.fact.id.localeCompare(b.entry.fact.id));
  }

  function analyse(text: string): Reading {
    // Unknown one- and two-letter words are chat noise ("q:", "r"), not topics; numbers always count.
    const words = toWords(text)
      .map(correct)
      .filter((w) => w.length > 2 || /\d/.test(w) || dictionary.has(w));
    return { terms: new Set(toTerms(words)), cues: readCues(words), owners: readOwners(text) };
  }

  // A chat message often wraps its question in other sentences ("…so help me out here: were people…"):
  // each sentence, and what follows a colon, is also tried on its own.
  function segments(query: string): string[] {
    const parts = query
      .split(/(?<=[.!?:])\s+|\s+[—–-]\s+|\n+/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    return parts.length > 1 ? [query, ...parts] : [query];
  }

  function relatedOf(fact: Fact, exclude: Set<string>): Fact[] {
    return fact.related
      .filter((id) => !exclude.has(id))
      .flatMap((id) => byId.get(id) ?? [])
      .slice(0, settings.relatedCount);
  }

  function rankQuery(query: string, limit: number): Scored[] {
    let ranked: Scored[] = [];
    // The record holds facts, not views: a request for the bot's own opinion is declined whatever it names.
    if (OPINION_REQUEST.test(toWords(query).join(' '))) return [];
    for (const segment of segments(query)) {
      const result = rank(analyse(segment), limit);
      if ((result[0]?.score ?? 0) > (ranked[0]?.score ?? 0)) ranked = result;
    }
    return ranked;
  }

  const toRanked = (s: Scored): RankedFact => ({ fact: s.entry.fact, score: s.score, parts: s.parts });

  function answer(question: string): Answer {
    const query = cleanQuestion(question);
    const direct = /^#?([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(query);
    const exact = direct ? byId.get(direct[1] as string) : undefined;
    if (exact) {
      return {
        query,
        answered: true,
        confidence: 1,
        fact: exact,
        alternatives: [],
        related: relatedOf(exact, new Set([exact.id])),
        closest: [],
      };
    }

    const ranked = rankQuery(query, ANSWER_DEPTH);
    const [best, ...rest] = ranked;
    const confidence = Number((best?.score ?? 0).toFixed(3));
    if (!best || best.score < settings.answerThreshold) {
      return {
        query,
        answered: false,
        confidence,
        fact: null,
        alternatives: [],
        related: [],
        closest: ranked.slice(0, settings.relatedCount).map((s) => s.entry.fact),
      };
    }
    const alternatives = rest
      .filter((s) => best.score - s.score < settings.ambiguityMargin)
      .slice(0, 1)
      .map((s) => s.entry.fact);
    const shown = new Set([best.entry.fact.id, ...alternatives.map((f) => f.id)]);
    return {
      query,
      answered: true,
      confidence,
      fact: best.entry.fact,
      alternatives,
      related: relatedOf(best.entry.fact, shown),
      closest: [],
    };
  }

  // Stem → the labels of every word of that stem, in label order: most stems have one word, whose list
  // serves as it is.
  const stemPostings = new Map<string, number[]>();
  for (const [word, wordLabels] of labelWords) {
    const key = stem(word);
    const known = stemPostings.get(key);
    stemPostings.set(key, known ? mergeSorted(known, wordLabels) : wordLabels);
  }
  const sortedWords = [...labelWords.keys()].sort();

  /** The labels with a word that starts with `prefix`, in word order, as long as `wanted` says go on. */
  function forEachLabelWithPrefix(prefix: string, visit: (index: number) => boolean): void {
    let low = 0;
    let high = sortedWords.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sortedWords[mid] as string) < prefix) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < sortedWords.length && (sortedWords[i] as string).startsWith(prefix); i++) {
      for (const index of labelWords.get(sortedWords[i] as string) ?? []) if (!visit(index)) return;
    }
  }

  // Reused across keystrokes, like `covered` for answers: each label's score, and a mark on the labels with a
  // word that starts with the word being typed (the keystroke's number, so that nothing needs clearing).
  const labelScores = new Float64Array(labels.length);
  const typedMarks = new Uint32Array(labels.length);
  let keystroke = 0;

  /** Labels grouped by equal score, best first. Scores take few distinct values, so sorting the groups
   * that are reached by file position is much less work than sorting every candidate. */
  function groupByScore(candidates: readonly number[]): Int32Array[] {
    const groups = new Map<number, number[]>();
    for (const index of candidates) {
      const score = labelScores[index] as number;
      const group = groups.get(score);
      if (group) group.push(index);
      else groups.set(score, [index]);
    }
    return [...groups.keys()].sort((a, b) => b - a).map((score) => Int32Array.from(groups.get(score) ?? []));
  }

  // Suggestions for an empty box: each fact's first curated question, in file order, so the list is stable.
  const openingSuggestions: Suggestion[] = entries
    .slice(0, settings.suggestionCount)
    .map((e) => ({ label: e.fact.questions[0] ?? e.fact.statement, factId: e.fact.id }));

  function suggest(partial: string): Suggestion[] {
    const query = cleanQuestion(partial);
    // The last word is still being typed unless the text ends with a space: it is matched as typed ("4" is
    // the start of "42" here, not chat shorthand for "for").
    const lastWord = /\s$/.test(partial) ? '' : query.slice(query.lastIndexOf(' ') + 1);
    const typing = foldText(lastWord) || undefined;
    const words = toWords(query.slice(0, query.length - lastWord.length));
    if (words.length === 0 && typing === undefined) return openingSuggestions;
    const stems = words
      .map(correct)
      .filter((w) => !STOP_WORDS.has(w))
      .map(stem);
    const suggestions: Suggestion[] = [];
    const shown = new Set<string>();
    const offer = (index: number): boolean => {
      const label = labels[index];
      if (label && !shown.has(label.factId)) {
        shown.add(label.factId);
        suggestions.push({ label: label.label, factId: label.factId });
      }
      return suggestions.length < settings.suggestionCount;
    };
    if (stems.length === 0 && typing !== undefined) {
      forEachLabelWithPrefix(typing, offer);
      return suggestions;
    }
    const touched: number[] = [];
    const lists = [...new Set(stems)]
      .map((key) => stemPostings.get(key) ?? [])
      .sort((a, b) => a.length - b.length);
    for (const postings of lists) {
      // Rarer words say more about what the user is after; once rarer words have found labels, a very
      // common word only adds to their scores instead of bringing in thousands more.
      const weight = 1 / Math.log2(2 + postings.length);
      const addsLabels = touched.length === 0 || postings.length <= COMMON_WORD_LABELS;
      for (const index of postings) {
        if (labelScores[index] === 0) {
          if (!addsLabels) continue;
          touched.push(index);
        }
        labelScores[index] = (labelScores[index] ?? 0) + weight;
      }
    }
    let candidates = touched;
    if (typing !== undefined) {
      if (keystroke === 0xffffffff) typedMarks.fill((keystroke = 0));
      const mark = ++keystroke;
      forEachLabelWithPrefix(typing, (index) => {
        typedMarks[index] = mark;
        return true;
      });
      candidates = touched.filter((index) => typedMarks[index] === mark);
    }
    const groups = groupByScore(candidates);
    for (const index of touched) labelScores[index] = 0;
    for (const group of groups) for (const index of group.sort()) if (!offer(index)) return suggestions;
    return suggestions;
  }

  return {
    base,
    answer,
    rankFacts: (question, limit) => rankQuery(cleanQuestion(question), limit).slice(0, limit).map(toRanked),
    explain: (question, limit) => {
      const query = cleanQuestion(question);
      return {
        segments: segments(query).map((text) => ({ text, terms: [...analyse(text).terms] })),
        ranked: rankQuery(query, limit).slice(0, limit).map(toRanked),
      };
    },
    suggest,
    factById: (id) => byId.get(id),
  };
}
