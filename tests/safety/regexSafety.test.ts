// Regular-expression safety: every pattern the engine and the normalizer run on user text stays linear on
// pathological input, so no question can stall the bot (no catastrophic backtracking). Wall-clock budgets
// are noisy on shared CI machines, so the growth is measured instead: each function runs on the same kind of
// input at 2,000 and at 32,000 characters, and 16 times the text must cost far less than the 256 times a
// quadratic pattern would. Patterns are reached through the exported regex (OPINION_REQUEST) or through the
// functions that hold them, so a pattern added to those functions is covered without listing it here. The
// engine's own patterns (sentence segments, fact ids, the word being typed) see at most MAX_QUESTION_LENGTH
// characters once cleanQuestion has cut the text, so for engine.answer and engine.suggest the test checks
// that nothing slow runs before that cut.
import { describe, expect, it } from 'vitest';
import { foldWhitespace, locateQuote, splitSentences } from '../../src/facts/text.js';
import { escapeUserText } from '../../src/render/discord/limits.js';
import {
  cleanQuestion,
  foldText,
  MAX_QUESTION_LENGTH,
  readOwners,
  stem,
  toTerms,
  toWords,
} from '../../src/search/normalize.js';
import { OPINION_REQUEST } from '../../src/search/analyze/vocabulary.js';
import { analyzeQuestion, baseVocabulary } from '../../src/search/analyze/question.js';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../../src/facts/load.js';
import { embeddedEngine } from '../support/engine.js';

const engine = await embeddedEngine();
const base = await loadFactBase(EMBEDDED_DATA_DIR);
// Every pattern of the analysis stage (question types, claims, wishes, speakers, routes) runs on the whole
// hostile text here, although the engine only ever gives it a cleaned question.
const vocabulary = baseVocabulary(base, new Set(), (word) => word);

/** `unit` repeated to exactly `n` characters. */
const repeatTo = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/**
 * Inputs that make naive patterns backtrack: long runs that almost match (initialisms, thousands
 * separators, possessives, mention and link openers, question phrasings with no ending), runs of what a
 * pattern skips (whitespace, marks, invisible characters), and the prefix-then-run shapes that make a
 * greedy quantifier give back one character at a time.
 */
const PATHOLOGICAL: Record<string, (n: number) => string> = {
  'repeated a': (n) => repeatTo('a', n),
  'a.': (n) => repeatTo('a.', n),
  'at signs': (n) => repeatTo('@', n),
  'U.S.': (n) => repeatTo('U.S.', n),
  'U.S.A. and USA': (n) => repeatTo('U.S.A.USA ', n),
  'digits with commas': (n) => repeatTo('1,000,', n),
  'digits with dots': (n) => repeatTo('1.0', n),
  'one long number': (n) => repeatTo('9', n),
  'digits then letters': (n) => repeatTo('1a', n),
  "possessive 's": (n) => repeatTo("'s", n),
  'curly ’s': (n) => repeatTo('’s', n),
  'percent signs': (n) => repeatTo('5%', n),
  spaces: (n) => ' '.repeat(n),
  'mixed whitespace': (n) => repeatTo('\t \n\r\u2028\u00a0', n),
  'dashes between spaces': (n) => repeatTo(' - ', n),
  'spaces then a dash': (n) => `${' '.repeat(n - 2)}-x`,
  'sentence ends': (n) => repeatTo('A. ', n),
  'initials before capitals': (n) => repeatTo('U.S. A', n),
  'quotes after stops': (n) => repeatTo('.” “', n),
  'mention openers': (n) => repeatTo('<@1', n),
  'one unterminated mention': (n) => `<@&${repeatTo('1', n - 3)}`,
  'mass mentions': (n) => repeatTo('@everyone@here', n),
  'link openers': (n) => repeatTo('http://', n),
  'one long link': (n) => `https://${repeatTo('a', n - 8)}`,
  'opinion prefix, no ending': (n) => `is ${repeatTo('a', n - 3)}`,
  'opinion phrasings, no ending': (n) => repeatTo('is right what do you your honest ', n),
  'question phrasings': (n) => repeatTo('how many what month which year ', n),
  'number words': (n) => repeatTo('thirty thousand ', n),
  'spanish verb endings': (n) => repeatTo('ando', n),
  'doubled consonant': (n) => repeatTo('t', n),
  'combining marks': (n) => repeatTo('e\u0301', n),
  'zero-width and bidi': (n) => repeatTo('\u200b\u202e\u2066\ufeff', n),
  'control characters': (n) => repeatTo('\u0000\u0007\u001b', n),
  'lone surrogates': (n) => repeatTo('\ud800', n),
  'emoji and other scripts': (n) => repeatTo('😀中文مرحبا', n),
  'regex metacharacters': (n) => repeatTo('.*+?^${}()|[]\\', n),
  'markdown controls': (n) => repeatTo('*_~`|>#[]()-', n),
  mixed: (n) => repeatTo("U.S. 30,000 @here <@1> Title 42's\u200b\u202e AMLO? is ", n),
};

let calls = 0;
/** A different run of letters on every call (base 26 written a–z). */
const freshLetters = () => (calls++).toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)] ?? '');

/** The functions that run the engine's and normalizer's patterns on user text. */
const FUNCTIONS: Record<string, (text: string) => unknown> = {
  toWords: (text) => toWords(text),
  'toTerms(toWords)': (text) => toTerms(toWords(text)),
  readOwners: (text) => readOwners(text),
  foldText: (text) => foldText(text),
  cleanQuestion: (text) => cleanQuestion(text),
  // stem caches every word it has seen: fresh leading letters make each call do the work on the same
  // ending, and each call is timed alone (see SINGLE_CALLS) so the cache does not fill with long words.
  stem: (text) => stem(`${freshLetters()}${text}`),
  'OPINION_REQUEST on text': (text) => OPINION_REQUEST.test(text),
  'OPINION_REQUEST on words': (text) => OPINION_REQUEST.test(toWords(text).join(' ')),
  splitSentences: (text) => splitSentences(text),
  locateQuote: (text) => locateQuote(text, 'unprecedented number of migrants'),
  escapeUserText: (text) => escapeUserText(text),
  analyzeQuestion: (text) => analyzeQuestion(text, vocabulary),
  // engine.answer runs the sentence model, whose time is not the patterns'; what it runs before the model
  // is cleanQuestion and analyzeQuestion, both measured here.
  'engine.suggest': (text) => engine.suggest(text),
};

const SMALL = 2_000;
const LARGE = 32_000;
/** Linear growth gives 16, quadratic 256: 64 is their geometric middle, with slack both ways. */
const MAX_RATIO = 64;
/**
 * Below this per-call time at 32,000 characters nothing quadratic is happening, whatever the ratio says
 * (a backtracking pattern spends about a second there): it keeps noise divided by noise from failing.
 */
const FLOOR_MS = 5;
/** A pattern already this slow at 2,000 characters fails without the 32,000-character run. */
const SMALL_LIMIT_MS = 50;
/** Each measurement batches calls until it has run this long, and keeps the fastest of its batches. */
const BATCH_MS = 1;
const BATCHES = 3;
/** A suspicious ratio is measured again this many times: noise does not repeat, backtracking does. */
const ATTEMPTS = 3;
/** Functions measured one call per batch, in more batches: each call adds a long word to a cache. */
const SINGLE_CALLS = new Set(['stem']);

/** Milliseconds per call of `fn` on `text`: the fastest of a few batches, each long enough to measure. */
function msPerCall(fn: (text: string) => unknown, text: string, single: boolean): number {
  fn(text); // warm up: compile the pattern, fill caches
  const batchMs = single ? 0 : BATCH_MS;
  let best = Infinity;
  for (let batch = 0; batch < (single ? 5 : BATCHES); batch++) {
    let calls = 0;
    const start = performance.now();
    let elapsed: number;
    do {
      fn(text);
      calls += 1;
      elapsed = performance.now() - start;
    } while (elapsed < batchMs);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

/** Why `fn` looks superlinear on this kind of input, or null when it grows linearly. */
function superlinear(fn: (text: string) => unknown, make: (n: number) => string, single: boolean) {
  const small = make(SMALL);
  const large = make(LARGE);
  let verdict: string | null = null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const smallMs = msPerCall(fn, small, single);
    if (smallMs > SMALL_LIMIT_MS) return `${smallMs.toFixed(1)} ms already at ${SMALL} characters`;
    const largeMs = msPerCall(fn, large, single);
    const ratio = largeMs / Math.max(smallMs, 0.001);
    if (largeMs <= FLOOR_MS || ratio <= MAX_RATIO) return null;
    verdict = `${smallMs.toFixed(3)} ms → ${largeMs.toFixed(3)} ms (×${ratio.toFixed(0)} for ×16)`;
  }
  return verdict;
}

describe('regular expressions on pathological input', () => {
  it.each(Object.entries(FUNCTIONS))('%s grows linearly with the length of hostile text', (name, fn) => {
    const slow = Object.entries(PATHOLOGICAL).flatMap(([input, make]) => {
      const verdict = superlinear(fn, make, SINGLE_CALLS.has(name));
      return verdict ? [`${input}: ${verdict}`] : [];
    });
    expect(slow).toEqual([]);
  });

  it('OPINION_REQUEST still matches what it is for, so the growth test measures a live pattern', () => {
    expect(OPINION_REQUEST.test('what do you think about title 42')).toBe(true);
    expect(OPINION_REQUEST.test('is amlo right to refuse')).toBe(true);
    expect(OPINION_REQUEST.test('when did title 42 end')).toBe(false);
  });
});

describe('100,000 characters of adversarial text', () => {
  const HUGE = 100_000;
  const inputs = Object.entries(PATHOLOGICAL).map(([name, make]) => [name, make(HUGE)] as const);

  it.each(inputs)('normalizes, splits and escapes %s and returns', (_name, text) => {
    expect(Array.isArray(toWords(text))).toBe(true);
    expect(Array.isArray(toTerms(toWords(text)))).toBe(true);
    expect(cleanQuestion(text).length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
    expect(typeof foldText(text)).toBe('string');
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text).join(' ').length).toBeLessThanOrEqual(foldWhitespace(text).length);
    expect(escapeUserText(text).length).toBeGreaterThanOrEqual(text.length);
  });

  it.each(inputs)('answers or declines %s and returns', async (_name, text) => {
    const answer = await engine.answer(text);
    expect(answer.query.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
    expect(engine.suggest(text).length).toBeLessThanOrEqual(25);
    expect((await engine.rankFacts(text, 5)).length).toBeLessThanOrEqual(5);
  });
});
