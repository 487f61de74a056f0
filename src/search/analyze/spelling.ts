// Typo correction against the words of the fact base and the vocabulary: "polcy" → "policy". A real English
// or Spanish word is never "corrected" into a base word one letter away, since an unknown real word
// ("cartels") is what marks a question as asking about something the record does not cover.
import Fuse from 'fuse.js';
import { isDictionaryWord } from '../lexicon.js';
import type { SearchSettings } from '../settings.js';

// Bounded, so a stream of made-up words cannot grow the cache for the life of the bot.
const MAX_CACHED = 50_000;

/** Damerau-Levenshtein distance with an early exit once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
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

/** A corrector over a dictionary: returns the word itself when it is known, real, short or has no match. */
export function createSpelling(
  dictionary: ReadonlySet<string>,
  settings: SearchSettings,
): (word: string) => string {
  // The dictionary by shape, first letter and length: a correction keeps the first letter and is at most
  // two letters longer or shorter, so it is looked for among a few small lists, not the whole dictionary.
  // Shapes long enough to be two edits from a long word also get a Fuse index, for the shortlist.
  const byShape = new Map<string, string[]>();
  for (const word of [...dictionary].sort()) {
    if (!/[a-z]/.test(word[0] ?? '')) continue;
    const shape = `${word[0]}${word.length}`;
    const list = byShape.get(shape);
    if (list) list.push(word);
    else byShape.set(shape, [word]);
  }
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

  return function correct(word: string): string {
    if (dictionary.has(word) || word.length < settings.minTypoLength || /\d/.test(word)) return word;
    const cached = corrections.get(word);
    if (cached !== undefined) return cached;
    let best = word;
    if (!isDictionaryWord(word)) {
      // One edit for most words, two for long ones ("polcy" → "policy"). People rarely mistype the first
      // letter, so corrections keep it. One edit away, the few words of the same first letter and nearly
      // the same length are checked directly; two edits away, Fuse's shortlist of the likeliest ones.
      best = closestWithin(
        word,
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
        best = closestWithin(word, 2, shortlist);
      }
    }
    if (corrections.size < MAX_CACHED) corrections.set(word, best);
    return best;
  };
}

/** The candidate fewest edits from the word, within `limit`; the word itself when there is none. */
function closestWithin(word: string, limit: number, candidates: readonly string[]): string {
  let closest = word;
  let closestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate, limit);
    if (distance > limit) continue;
    // On a tie the longer word wins: typing drops letters more often than it adds them.
    if (distance < closestDistance || (distance === closestDistance && candidate.length > closest.length)) {
      closest = candidate;
      closestDistance = distance;
    }
  }
  return closest;
}
