// The first stage: reads a question into what the later stages check it against — its search terms (per
// sentence, for chat messages that wrap a question in other sentences), the kind of answer it wants, the
// numbers, dates, countries and people it names, who it asks about wanting what from whom, and whether it
// asks about today, for an opinion or a prediction, or to check a claim.
import type { FactBase } from '../../facts/load.js';
import { readOwners, THESAURUS_WORDS, toTerms, toWords } from '../normalize.js';
import {
  ABOUT_NOW,
  CITIES,
  CLAIM,
  CONCEPTS,
  COUNTRIES,
  UNITLESS_COUNTS,
  OPINION_REQUEST,
  PREDICTION_REQUEST,
  QUESTION_TYPES,
  DURATION_UNITS,
  QUESTION_WORDS,
  RATE_PATTERNS,
  STOP_WORDS,
  type QuestionType,
} from './vocabulary.js';
import { withoutInstructions } from './instructions.js';

export type Language = 'en' | 'es';

export interface Segment {
  text: string;
  terms: Set<string>;
}

export interface Analysis {
  /** The question as searched: cleaned and cut to length. */
  query: string;
  language: Language;
  /** The whole question first, then each of its sentences when it has several. */
  segments: Segment[];
  /** Search terms of the whole question. */
  terms: Set<string>;
  types: Set<QuestionType>;
  /** Numbers the question names, other than years ("300k" → 300000). */
  numbers: number[];
  /** The period of a rate the question names ("300k a month" → month), as a concept: month, week, year. */
  period?: string;
  /** Years the question names. */
  years: number[];
  /** Month concepts the question names ("december"). */
  months: string[];
  /** Country concepts the question names. */
  countries: string[];
  /** Cities the question names, as the vocabulary writes them ("juarez"). */
  cities: string[];
  /** Countries named as owners: "Mexico's election", "the US's demands". */
  owners: string[];
  /** Actor ids the question names, from the facts' own aliases ("AMLO" → lopez-obrador). */
  actors: string[];
  /** Capitalised names the fact base never uses ("Ebrard", "Monterrey"): someone or somewhere else. */
  unknownNames: string[];
  /** The party a question asks the wishes of, and of whom: "what does the US want from Mexico". */
  asker?: string;
  /** The thing a "how many"/"how much" question counts, when the record's words know it ("shelter"). */
  counted?: string;
  /** The question asks who said or reported something: an attribution answers it. */
  asksSource: boolean;
  /** The question asks for the exact day, not just when. */
  asksExactDay: boolean;
  /** The question presses for specifics ("exactly", "which ones", "name the"), which the record often lacks. */
  asksDetail: boolean;
  aboutNow: boolean;
  opinion: boolean;

  prediction: boolean;
  /** A yes/no question or a stated claim: the answer may confirm or correct it. */
  polar: boolean;
  /** A question mark, a question word or a question's shape: the text asks, rather than names a topic. */
  asks: boolean;
  /** Numbers the question names as a length of time ("for five years"): no figure's count confirms or corrects them. */
  durations: number[];
}

/** What the analysis needs to know of the fact base: its words, its actors and their countries. */
export interface BaseVocabulary {
  words: ReadonlySet<string>;
  /** Name term → actor id, from each actor's aliases. */
  actorTerms: ReadonlyMap<string, string>;
  /** Actor id → its countries (its facts' parties). */
  actorParties: ReadonlyMap<string, readonly string[]>;
  correct(word: string): string;
}

const MONTHS = new Set(['january', 'may', 'november', 'december']);
const COUNTRY_SET = new Set(COUNTRIES);
const YEAR = /^(?:19[5-9]\d|20[0-4]\d)$/;

/** The vocabulary's cities that a text's words name. Words, not terms: the concepts read Washington as the US. */
export function citiesNamed(words: readonly string[]): string[] {
  const text = ` ${words.join(' ')} `;
  return CITIES.filter((city) => text.includes(` ${city} `));
}

// A content word that only serves as a handle for a wish ("want from", "ask of") names the asker before it.
const WISH =
  /\b(?:what|which) (?:do|does|did|is|are) (?:the )?([a-z ]{2,40}?) (?:want|wants|ask|asking|demand|demanding|need|needs|expect|expecting|request|requesting|require|requiring|push|pushing)\b/;
const WISH_OWNER =
  /\b([a-z ]{2,40}?) (?:demands|asks|wishlist|wish list|requests|conditions|exigencias|peticiones)\b/;
const WISH_ES =
  /\bque (?:le |les )?(?:esta |estan )?(?:quiere|quieren|pide|piden|pidiendo|exige|exigen|exigiendo|espera|esperan|necesita|necesitan|busca|buscan) (?:el |la |los )?(?:gobierno (?:de )?)?([a-z ]{2,30}?)(?: de | a |$)/;

/** Builds what analysis needs from a base: the names of its actors and their countries. */
export function baseVocabulary(
  base: FactBase,
  words: ReadonlySet<string>,
  correct: (w: string) => string,
): BaseVocabulary {
  const actorTerms = new Map<string, string>();
  const actorParties = new Map<string, readonly string[]>();
  const generic = new Set(['role', 'agency', 'administration', 'official', 'us', 'mexico', 'congress']);
  for (const fact of base.facts) {
    if (fact.kind !== 'actor') continue;
    const actor = fact.actors[0] as string;
    actorParties.set(actor, fact.parties);
    const aliases = [...fact.aliases, ...Object.values(fact.translations).flatMap((t) => t?.aliases ?? [])];
    for (const alias of aliases) {
      const terms = toTerms(toWords(alias));
      // A one-term name names the actor; "Secretary of State" reads as one concept too.
      const name = terms.length === 1 ? (terms[0] as string) : undefined;
      if (name && !COUNTRY_SET.has(name) && !(generic.has(name) && actor !== 'congress'))
        actorTerms.set(name, actor);
    }
  }
  return { words, actorTerms, actorParties, correct };
}

const SPANISH =
  /^(?:que|q|el|la|los|las|de|del|en|por|para|pa|con|es|son|cuantos|cuantas|cuanto|cuando|quien|quienes|donde|como|cual|cuales|hay|fue|y|un|una|se|su|al|lo|le|pero|mas|porque|pq|tiene|quiere|eeuu|estados|unidos|esta|estan|sobre|significa)$/;
const ENGLISH =
  /^(?:the|is|are|was|were|what|how|who|did|does|do|of|to|in|and|a|an|for|with|when|why|where|which|this|that|many|much|has|have|it)$/;

/** Accents and word endings English does not have: what tells a few Spanish keywords ("fentanilo negociaciones"). */
const SPANISH_SPELLING = /[áéíóú]|ci[oó]n(?:es)?\b/i;

/** Spanish or English, by which language's function words the question uses more, then by its spelling. */
export function detectLanguage(text: string): Language {
  if (/[¿¡ñ]/.test(text)) return 'es';
  let es = 0;
  let en = 0;
  for (const word of toWords(text)) {
    if (SPANISH.test(word)) es += 1;
    if (ENGLISH.test(word)) en += 1;
  }
  if (es === en) return SPANISH_SPELLING.test(text) ? 'es' : 'en';
  return es > en ? 'es' : 'en';
}

// A chat message often wraps its question in other sentences ("…so help me out here: were people…"):
// each sentence, and what follows a colon, is also tried on its own.
function splitSegments(query: string): string[] {
  const parts = query
    .split(/(?<=[.!?:])\s+|\s[—–-]\s|\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return parts.length > 1 ? [query, ...parts] : [query];
}

/** How many words at `i` name a country: "mexican" is one, "united states" and "el salvador" are two; 0 if none. */
function countryWordsAt(words: readonly string[], i: number): number {
  const isCountry = (terms: string[]) => terms.length === 1 && COUNTRY_SET.has(terms[0] as string);
  if (isCountry(toTerms(words.slice(i, i + 1)))) return 1;
  // Two words name a country together only when the second does not alone ("venezuelans were").
  return isCountry(toTerms(words.slice(i, i + 2))) && !isCountry(toTerms(words.slice(i + 1, i + 2))) ? 2 : 0;
}

/**
 * The thing a "how many"/"how much" question counts: in English the last word of the noun phrase after
 * "how many" ("how many migrant shelters" → shelter), in Spanish the first ("cuántos albergues de…").
 * Only a word the record or the vocabulary knows counts: an unknown one says nothing about the figures.
 */
function readCounted(
  words: readonly string[],
  language: Language,
  known: (word: string) => boolean,
): string | undefined {
  const at = words.findIndex(
    (w, i) => (w === 'how' && /^(?:many|much)$/.test(words[i + 1] ?? '')) || /^cuant[oa]s?$/.test(w),
  );
  if (at < 0) return undefined;
  const phrase: string[] = [];
  const after = words.slice(words[at] === 'how' ? at + 2 : at + 1);
  for (let i = 0; i < after.length; i++) {
    const word = after[i] as string;
    // A country opening the phrase says whose, not what: "how many US deportation flights" counts flights.
    const country = countryWordsAt(after, i);
    const next = after[i + country];
    if (phrase.length === 0 && country > 0 && next !== undefined && !STOP_WORDS.has(next)) {
      i += country - 1;
      continue;
    }
    // A unitless word ends the phrase: what follows it is a verb ("cuántas personas acepta…"), not a unit.
    if (STOP_WORDS.has(word) || UNITLESS_COUNTS.has(word) || /^\d+$/.test(word) || phrase.length === 2) break;
    phrase.push(word);
  }
  const nouns = phrase.filter((w) => known(w));
  // A country after the noun is a place, not the thing counted ("how many migrants mexico takes back"),
  // unless it is the only noun ("how many Venezuelans").
  const things = nouns.filter((w) => !toTerms([w]).some((t) => COUNTRY_SET.has(t)));
  const head = language === 'es' ? nouns[0] : (things.at(-1) ?? nouns.at(-1));
  if (head === undefined) return undefined;
  return toTerms([head])[0];
}

const CONCEPT_WORDS = new Set(Object.values(CONCEPTS).flat());
const ASKS_SOURCE =
  /\b(?:says?|said|told|tells|claims?|reported|reports|according|source|sources|dice|dijo|dijeron|segun|fuente)\b/;

const EXACT_DAY = /\b(?:(?:what|which|exact) (?:day|date)|on what day|que dia|fecha exacta|dia exacto)\b/;
const DETAIL =
  /\b(?:exactly|specifically|in detail|details?|precisely|which ones|name the|list (?:the|all)|what was in|whats in|what is in|exactamente|en concreto|cuales son los nombres|detalles?)\b/;

function readAsker(text: string): string | undefined {
  const match = WISH.exec(text) ?? WISH_OWNER.exec(text) ?? WISH_ES.exec(text);
  if (!match) return undefined;
  const terms = toTerms(toWords(match[1] as string));
  return terms.find((t) => COUNTRY_SET.has(t));
}

/**
 * A question in the word order of a statement, with no question word anywhere: Spanish asks yes or no this
 * way ("¿México aceptó recibir 300 mil migrantes al mes?"), and chat does in English ("mexico agreed to
 * 300k?"). A question word anywhere asks for something ("…taking ppl back? like how many"); a closing
 * "o qué" ("…sirvió para algo o qué?") is a tag, not a question word. Two words are too few to tell a
 * yes/no question from a keyword search ("title 42?").
 */
export function asksInStatementOrder(query: string, queryWords: readonly string[]): boolean {
  if (!/[?¿]/.test(query)) return false;
  const words =
    queryWords.at(-2) === 'o' && queryWords.at(-1) === 'que' ? queryWords.slice(0, -2) : queryWords;
  return words.length >= 3 && !words.some((word) => QUESTION_WORDS.has(word));
}

/**
 * Reads a cleaned question, without the sentences that instruct the bot (analyze/instructions.ts). A request
 * for an opinion or a prediction is still read in the whole text: "forget the article — is Mayorkas any good?"
 */
export function analyzeQuestion(asked: string, vocabulary: BaseVocabulary): Analysis {
  const query = withoutInstructions(asked);
  const written = toWords(query);
  const words = written.map(vocabulary.correct);
  const joined = words.join(' ');
  const whole = query === asked ? joined : toWords(asked).map(vocabulary.correct).join(' ');
  const types = new Set(QUESTION_TYPES.filter(([, pattern]) => pattern.test(joined)).map(([type]) => type));
  const polar = types.has('yesno') || CLAIM.test(joined) || asksInStatementOrder(query, written);
  const readTerms = (text: string): Set<string> => {
    // Unknown one- and two-letter words are chat noise ("q:", "r"), not topics; numbers count, except that a
    // claim's number the record never states is what the claim asserts, checked against the facts' figures,
    // not a topic the fact must explain ("did Mexico agree to take 300k a month?").
    const kept = toWords(text)
      .map(vocabulary.correct)
      .filter((w) => w.length > 2 || /\d/.test(w) || vocabulary.words.has(w));
    return new Set(toTerms(kept).filter((t) => !polar || !/^\d+$/.test(t) || vocabulary.words.has(t)));
  };
  const segments = splitSegments(query).map((text) => ({ text, terms: readTerms(text) }));
  const terms = (segments[0] as Segment).terms;

  const numbers: number[] = [];
  const years: number[] = [];
  for (const term of new Set(toTerms(words))) {
    if (!/^\d+$/.test(term)) continue;
    if (YEAR.test(term)) years.push(Number(term));
    else numbers.push(Number(term));
  }
  const actors = [...new Set([...terms].flatMap((t) => vocabulary.actorTerms.get(t) ?? []))];
  // A capitalised word inside a sentence that the base never uses is a name of someone or somewhere else.
  const unknownNames = [...query.matchAll(/(?<=[\p{L}\d,;:'’"“)] )(\p{Lu}[\p{Ll}]{2,})/gu)]
    .map((m) => m[1] as string)
    .filter((name) => {
      const word = vocabulary.correct(toWords(name)[0] ?? '');
      return !vocabulary.words.has(word) && !THESAURUS_WORDS.has(word) && !STOP_WORDS.has(word);
    });

  const language = detectLanguage(query);
  const rate = RATE_PATTERNS.map((pattern) => pattern.exec(joined)?.[1]).find(Boolean);
  const period = rate === undefined ? undefined : toTerms([rate])[0];
  const counted = readCounted(words, language, (w) => vocabulary.words.has(w) || CONCEPT_WORDS.has(w));
  return {
    query,
    language,
    segments,
    terms,
    types,
    numbers,
    ...(period ? { period } : {}),
    years,
    months: [...terms].filter((t) => MONTHS.has(t)),
    countries: [...terms].filter((t) => COUNTRY_SET.has(t)),
    cities: citiesNamed(words),
    owners: readOwners(query),
    actors,
    unknownNames: [...new Set(unknownNames)],
    asker: readAsker(joined),
    ...(counted ? { counted } : {}),
    asksSource: ASKS_SOURCE.test(joined),
    asksDetail: DETAIL.test(joined),
    asksExactDay: EXACT_DAY.test(joined),
    aboutNow: ABOUT_NOW.test(joined),
    opinion: OPINION_REQUEST.test(whole),
    prediction: PREDICTION_REQUEST.test(whole),
    polar,
    asks: polar || types.size > 0 || /[?¿]/.test(query) || words.some((word) => QUESTION_WORDS.has(word)),
    durations: words.flatMap((word, i) =>
      /^\d+$/.test(word) && DURATION_UNITS.has(words[i + 1] ?? '') ? [Number(word)] : [],
    ),
  };
}
