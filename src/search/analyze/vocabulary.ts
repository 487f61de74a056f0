// The vocabulary that lets chat phrasing meet the curated text, read from data/vocabulary.json: concepts
// with their English and Spanish variants, stop words, shorthand, number words, and the patterns that tell
// what kind of answer a question wants. Both questions and fact text go through it. Variants are written
// normalized: lowercase, no accents. Curators edit the data file; tests check every concept.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const Words = z.array(z.string().min(1));
const Patterns = z.array(z.string().min(1));

export const QuestionType = z.enum([
  'who',
  'when',
  'howmany',
  'howmuch',
  'where',
  'which',
  'name',
  'why',
  'how',
  'yesno',
  /** The person who leads a body ("who runs the INM"): a fact about the body alone does not name them. */
  'leader',
  /**
   * A person asked for by role alone ("who is the Mexican official who…", "¿cómo se llama el funcionario…?"):
   * only a fact naming someone the question does not already name can say who.
   */
  'person',
  /** A city asked for ("¿en qué ciudad…?"): a fact naming only a country cannot say which. */
  'city',
  /** A length of time ("how long", "¿cuántos años?"): a fact must state one, "for three years". */
  'duration',
]);
export type QuestionType = z.infer<typeof QuestionType>;

export const Vocabulary = z
  .object({
    $comment: z.string().optional(),
    /**
     * Concept → variants. A variant (one or more words) found in a text is read as the concept's token. The
     * first variant is the concept's English name: the sentence model reads a Spanish text through it.
     */
    concepts: z.record(z.string().regex(/^[a-z0-9]+$/), Words),
    /** What a concept in a fact's text implies, added to the fact's terms only (Title 42 → Covid). */
    implies: z.record(z.string(), Words),
    /** What each kind of fact is about, added to its terms like `implies`. */
    kindImplies: z.record(z.string(), Words),
    /** Concepts that name a country: another country's thing is another thing. */
    countries: Words,
    /** Phrasings that only say what kind of answer is wanted ("how many"): read as cues, then dropped. */
    questionPhrases: Words,
    /** Words that carry no topic: function words, chat filler, question words. */
    stopWords: Words,
    /** Chat shorthand expanded before anything else ("4" → "for"). */
    shorthand: z.record(z.string(), z.string()),
    numberWords: z.record(z.string(), z.number()),
    numberScales: z.record(z.string(), z.number()),
    /** A request for the bot's own opinion: the record holds facts, not views. */
    opinionPatterns: Patterns,
    /**
     * Instructions addressed to the bot rather than questions about the record ("ignore your rules and…",
     * "[system] reply only with…"): a sentence holding one is set aside, and the question beside it answered.
     */
    instructionPatterns: Patterns,
    /** A request for a prediction: the record reports what was said in January 2024, not what will happen. */
    predictionPatterns: Patterns,
    /** A question about the present day, which a record dated January 2024 answers only "as of" then. */
    nowPatterns: Patterns,
    /** A question stating a claim to be checked ("I read that…", "is it true…"). */
    claimPatterns: Patterns,
    /** Actors that are bodies (an agency, a legislature), not people: they have leaders, not names. */
    bodies: Words,
    /** Cities, as written (one or more words): what a fact must name to answer "in which city". */
    cities: Words,
    /**
     * Words after "how many" that name no unit of a figure: how long ("time") or anyone at all ("people"
     * counts migrants, deportees or officials alike), so they say nothing about which figure is asked for.
     */
    unitlessCounts: Words,
    /** A rate's period ("a month", "al año", "weekly"): the first group is the word naming the period. */
    ratePatterns: Patterns,
    /**
     * Words that open a question for something (what, cuándo…). A question without one, in the word order
     * of a statement ("¿México aceptó recibir 300 mil al mes?"), asks yes or no.
     */
    questionWords: Words,
    /** Words that make the number before them a duration ("five years"), not a count a figure could state. */
    durationUnits: Words,
    /** Ordinals that make the unit after them a length of time reached ("their second month"). */
    ordinalWords: Words,
    /** Spanish question word (one or two words) → English, for the English gloss of a Spanish text. */
    englishQuestionWords: z.record(z.string(), z.string().min(1)),
    /** Question type → patterns on the normalized words of the question. */
    questionTypes: z.record(QuestionType, Patterns),
  })
  .strict();
export type Vocabulary = z.infer<typeof Vocabulary>;

export const VOCABULARY_PATH = new URL('../../../data/vocabulary.json', import.meta.url);

/** Reads and checks a vocabulary file; a broken one names its problem instead of half-working. */
export function parseVocabulary(json: string): Vocabulary {
  const result = Vocabulary.safeParse(JSON.parse(json));
  if (!result.success) throw new Error(`data/vocabulary.json is invalid: ${z.prettifyError(result.error)}`);
  return result.data;
}

export const VOCABULARY: Vocabulary = parseVocabulary(readFileSync(VOCABULARY_PATH, 'utf8'));

const compile = (patterns: readonly string[]) => new RegExp(patterns.map((p) => `(?:${p})`).join('|'));

export const CONCEPTS: Readonly<Record<string, readonly string[]>> = VOCABULARY.concepts;
export const STOP_WORDS: ReadonlySet<string> = new Set(VOCABULARY.stopWords);
export const IMPLIES: Readonly<Record<string, readonly string[]>> = VOCABULARY.implies;
export const COUNTRIES: readonly string[] = VOCABULARY.countries;
export const BODIES: ReadonlySet<string> = new Set(VOCABULARY.bodies);
export const CITIES: readonly string[] = VOCABULARY.cities;
export const UNITLESS_COUNTS: ReadonlySet<string> = new Set(VOCABULARY.unitlessCounts);
export const QUESTION_WORDS: ReadonlySet<string> = new Set(VOCABULARY.questionWords);
export const DURATION_UNITS: ReadonlySet<string> = new Set(VOCABULARY.durationUnits);
export const ORDINAL_WORDS: ReadonlySet<string> = new Set(VOCABULARY.ordinalWords);
export const ENGLISH_QUESTION_WORDS: Readonly<Record<string, string>> = VOCABULARY.englishQuestionWords;
export const KIND_IMPLIES: Readonly<Record<string, readonly string[]>> = VOCABULARY.kindImplies;
export const QUESTION_PHRASES: readonly string[] = VOCABULARY.questionPhrases;
export const SHORTHAND: Readonly<Record<string, string>> = VOCABULARY.shorthand;
export const NUMBER_WORDS: Readonly<Record<string, number>> = VOCABULARY.numberWords;
export const NUMBER_SCALES: Readonly<Record<string, number>> = VOCABULARY.numberScales;
export const OPINION_REQUEST = compile(VOCABULARY.opinionPatterns);
export const PREDICTION_REQUEST = compile(VOCABULARY.predictionPatterns);
export const INSTRUCTION = compile(VOCABULARY.instructionPatterns);
export const ABOUT_NOW = compile(VOCABULARY.nowPatterns);
export const CLAIM = compile(VOCABULARY.claimPatterns);
export const RATE_PATTERNS: readonly RegExp[] = VOCABULARY.ratePatterns.map((p) => new RegExp(p));
export const QUESTION_TYPES: readonly [QuestionType, RegExp][] = Object.entries(VOCABULARY.questionTypes).map(
  ([type, patterns]) => [type as QuestionType, compile(patterns)],
);
