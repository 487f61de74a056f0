// Turns text (a user's question or a fact's curated text) into search terms: accents and case folded, numbers
// read ("30k", "30,000", "thirty thousand" → 30000), chat shorthand expanded, concepts from the vocabulary
// recognised, stop words dropped and the rest stemmed. The same path serves questions and facts.
import {
  CONCEPTS,
  COUNTRIES,
  NUMBER_SCALES,
  NUMBER_WORDS,
  QUESTION_PHRASES,
  SHORTHAND,
  STOP_WORDS,
} from './analyze/vocabulary.js';

/** Questions are cut to this many characters: the longest real question fits easily, and work stays bounded. */
export const MAX_QUESTION_LENGTH = 500;

/** The first `end` UTF-16 units of a text, one fewer where the cut would split a surrogate pair (an emoji). */
export function sliceWhole(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}

/**
 * Makes raw user text safe to search and to show back: cut to MAX_QUESTION_LENGTH, control, zero-width and
 * direction-override characters removed, lone surrogates replaced, whitespace collapsed.
 */
export function cleanQuestion(raw: string): string {
  const cleaned = raw
    .slice(0, MAX_QUESTION_LENGTH * 2)
    .toWellFormed()
    // Control characters, zero-width and bidirectional formatting marks can hide or reorder text.
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return sliceWhole(cleaned, MAX_QUESTION_LENGTH);
}

/** Lowercase, with accents removed; every other character kept. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Folds text to lowercase ASCII letters and digits, with accents removed and nothing else read into it. */
export function foldText(text: string): string {
  return foldAccents(text).replace(/[^a-z0-9]+/g, '');
}

/** What a word written in chat stands for: its full form, and the number or scale it names, if any. */
interface WordMeaning {
  word: string;
  number?: number;
  scale?: number;
}

// Shorthand, number words and scales in one Map, so that reading a word costs one lookup (fact bases are
// large). A Map, because a plain object lookup would find "constructor" or "toString" in any text.
const MEANINGS = new Map<string, WordMeaning>();
for (const raw of [...Object.keys(SHORTHAND), ...Object.keys(NUMBER_WORDS), ...Object.keys(NUMBER_SCALES)]) {
  const word = Object.hasOwn(SHORTHAND, raw) ? (SHORTHAND[raw] as string) : raw;
  MEANINGS.set(raw, {
    word,
    ...(Object.hasOwn(NUMBER_WORDS, word) ? { number: NUMBER_WORDS[word] } : {}),
    ...(Object.hasOwn(NUMBER_SCALES, word) ? { scale: NUMBER_SCALES[word] } : {}),
  });
}

/** Lowercase words with accents removed, mentions and links dropped, numbers read as digits. */
export function toWords(text: string): string[] {
  // The capitalised form means the country; lower-case "us" is mostly a pronoun (see below).
  let folded =
    text.includes('US') || text.includes('U.S')
      ? text.replace(/\bU\.S\.(?:A\.)?|\bUSA?\b/g, ' united states ')
      : text;
  // Each step runs only on text that needs it: fact bases are large and most text is plain ASCII.
  if (/[^ -~\s]/.test(folded)) folded = folded.normalize('NFKD').replace(/\p{M}+/gu, '');
  folded = folded.toLowerCase();
  // In chat the country is often lower-case too, but only "the us" is surely the country.
  if (folded.includes('the us')) folded = folded.replace(/\bthe us\b/g, 'the united states');
  // A fenced code block in a chat message is pasted code, not part of the question.
  if (folded.includes('```')) folded = folded.replace(/```[^`]*(?:```|$)/g, ' ');
  if (/[@<]|http/.test(folded))
    folded = folded.replace(/<[@#][!&]?\d+>|@(?:everyone|here)\b|https?:\/\/\S+/g, ' ');
  if (/['’]/.test(folded)) folded = folded.replace(/['’]s\b/g, '').replace(/['’]/g, '');
  if (/\d/.test(folded)) {
    folded = folded
      .replace(/(\d)[,.](?=\d{3}\b)/g, '$1')
      .replace(/%/g, ' percent ')
      .replace(/(\d)([a-z])/g, '$1 $2');
  }
  // Words are runs of a–z and 0–9, read in one pass that also folds number words into numerals: a
  // character loop is several times faster than a split on a pattern, and fact bases are large.
  const words: string[] = [];
  let value: number | undefined;
  let start = -1;
  let digitsOnly = true;
  for (let i = 0; i <= folded.length; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 0;
    const isDigit = code >= 48 && code <= 57;
    if ((code >= 97 && code <= 122) || isDigit) {
      if (start < 0) {
        start = i;
        digitsOnly = true;
      }
      digitsOnly &&= isDigit;
      continue;
    }
    if (start < 0) continue;
    const raw = folded.slice(start, i);
    start = -1;
    const meaning = MEANINGS.get(raw);
    const word = meaning?.word ?? raw;
    const n = meaning ? meaning.number : digitsOnly ? Number(raw) : undefined;
    const scale = meaning?.scale;
    if (n !== undefined && value !== undefined && value % 10 === 0 && value >= 20 && value < 100 && n < 10) {
      value += n; // "twenty one"
    } else if (n !== undefined) {
      if (value !== undefined) words.push(String(value));
      value = n;
    } else if (scale !== undefined && value !== undefined) {
      value *= scale; // "thirty thousand"
    } else if (scale !== undefined && scale >= 1000 && word.length > 1) {
      if (value !== undefined) words.push(String(value));
      value = scale; // "a million", "un millón"
    } else {
      if (value !== undefined) words.push(String(value));
      value = undefined;
      words.push(word);
    }
  }
  if (value !== undefined) words.push(String(value));
  return words;
}

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return word.length > 0;
}

const stems = new Map<string, string>();

/** A light suffix stemmer for English (and Spanish plurals): "policies" → "policy", "deported" → "deport". */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = stemUncached(word);
    // Words repeat across a base; the cache is bounded so hostile input cannot grow it without end.
    if (stems.size < 200_000) stems.set(word, stemmed);
  }
  return stemmed;
}

function stemUncached(word: string): string {
  if (word.length <= 3 || isDigits(word)) return word;
  let w = word;
  if (w.endsWith('ciones')) return `${w.slice(0, -6)}cion`;
  if (w.endsWith('mente') && w.length > 8) w = w.slice(0, -5);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ations')) w = w.slice(0, -6);
  else if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  // Spanish verb endings, so "recibe", "reciben" and "recibir" meet; the same rule runs on both sides of a
  // match, so the English words it also trims still meet their own forms.
  const spanish = /(?:ieron|aron|iendo|ando|ados|adas|idos|idas|ado|ada|ido|ida|ar|er|ir|an|en|io|a|o)$/.exec(
    w,
  );
  if (spanish && w.length - spanish[0].length >= 4) w = w.slice(0, -spanish[0].length);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

interface ConceptIndex {
  phrases: Map<string, string[]>;
  stems: Map<string, string[]>;
  /** The opening words ("title", "remain in") of each phrase of two or more words. */
  phraseOpenings: Set<string>;
}

function buildConceptIndex(): ConceptIndex {
  const phrases = new Map<string, string[]>();
  const stems = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, concept: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(concept)) map.set(key, [...list, concept]);
  };
  for (const phrase of QUESTION_PHRASES) phrases.set(phrase, []);
  for (const [concept, variants] of Object.entries(CONCEPTS)) {
    for (const variant of variants) {
      const words = toWords(variant);
      add(phrases, words.join(' '), concept);
      if (words.length === 1 && words[0]) add(stems, stem(words[0]), concept);
    }
  }
  const phraseOpenings = new Set<string>();
  for (const phrase of phrases.keys()) {
    const words = phrase.split(' ');
    for (let length = 1; length < words.length; length++)
      phraseOpenings.add(words.slice(0, length).join(' '));
  }
  return { phrases, stems, phraseOpenings };
}

const CONCEPT_INDEX = buildConceptIndex();

/** Every word the vocabulary knows (variants, stop words, shorthand, numbers): none of them is a typo. */
export const THESAURUS_WORDS: ReadonlySet<string> = new Set([
  ...[...CONCEPT_INDEX.phrases.keys()].flatMap((phrase) => phrase.split(' ')),
  ...STOP_WORDS,
  ...Object.values(SHORTHAND),
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(NUMBER_SCALES),
]);

/** How a word reads on its own, and whether a vocabulary phrase may start with it. */
export interface WordReading {
  opensPhrase: boolean;
  terms: readonly string[];
}

/** Reads one word: its concepts, nothing for a stop word, or its stem. */
export function readWord(word: string): WordReading {
  const concepts = CONCEPT_INDEX.phrases.get(word);
  const stemmed = stem(word);
  return {
    opensPhrase: CONCEPT_INDEX.phraseOpenings.has(word),
    terms: concepts?.length
      ? concepts
      : STOP_WORDS.has(word)
        ? []
        : (CONCEPT_INDEX.stems.get(stemmed) ?? [stemmed]),
  };
}

const readings = new Map<string, WordReading>();

function readWordOnce(word: string): WordReading {
  let reading = readings.get(word);
  if (reading === undefined) {
    reading = readWord(word);
    // Bounded, so that hostile input cannot grow the cache without end.
    if (readings.size < 200_000) readings.set(word, reading);
  }
  return reading;
}

/**
 * Search terms of a word list: concepts for vocabulary phrases, stems for the other content words. `read`
 * reads a single word; the engine passes its own, which also collects the words of a fact base.
 */
export function toTerms(words: readonly string[], read = readWordOnce): string[] {
  const terms: string[] = [];
  for (let i = 0; i < words.length;) {
    const word = words[i] as string;
    const reading = read(word);
    // The longest phrase wins: "remain in mexico" is one concept, not "remain" and "mexico".
    let phrase: readonly string[] | undefined;
    let length = 1;
    if (reading.opensPhrase) {
      let key = word;
      for (let next = i + 1; next < words.length; next++) {
        key += ` ${words[next] as string}`;
        const concepts = CONCEPT_INDEX.phrases.get(key);
        if (concepts) {
          phrase = concepts;
          length = next - i + 1;
        }
        if (!CONCEPT_INDEX.phraseOpenings.has(key)) break;
      }
    }
    for (const term of phrase ?? reading.terms) terms.push(term);
    i += length;
  }
  return terms;
}

const COUNTRY_CONCEPTS: ReadonlySet<string> = new Set(COUNTRIES);

/** The countries a text names as owners: "Mexico's election", "the US's demands", "America's problems". */
export function readOwners(text: string): string[] {
  const owners: string[] = [];
  for (const [, owner] of text.matchAll(/\b(\p{L}+)['’]s\b/gu))
    for (const term of toTerms(toWords(owner as string))) if (COUNTRY_CONCEPTS.has(term)) owners.push(term);
  return owners;
}
