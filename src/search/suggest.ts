// Autocomplete for /ask: the curated questions of the base (both languages) that match what is typed so far.
// It keeps its own small lexical index of those questions, so a keystroke costs a few lookups and stays
// within Discord's time limit on a large base; it never runs the sentence model.
import type { FactBase } from '../facts/load.js';
import { STOP_WORDS } from './analyze/vocabulary.js';
import { cleanQuestion, foldText, stem, toWords } from './normalize.js';
import { factTexts } from './retrieve/lexical.js';
import type { SearchSettings } from './settings.js';

/** An autocomplete suggestion: question text to show and submit, and the fact it leads to. */
export interface Suggestion {
  label: string;
  factId: string;
}

// A curated phrasing is offered only when it reads as a question; keyword phrasings ("mayorkas job title")
// help matching but read badly as a suggestion and would be submitted as the question.
const READS_AS_QUESTION =
  /(?:\?\s*$)|^(?:¿|who|whom|whose|what|whats|when|where|which|why|how|is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|qu[eé]|cu[aá]l|cu[aá]les|qui[eé]n|qui[eé]nes|cu[aá]ndo|d[oó]nde|por qu[eé]|c[oó]mo|cu[aá]nt[oa]s?)\b/i;

export function readsAsQuestion(text: string): boolean {
  return READS_AS_QUESTION.test(text.trim());
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

export function createSuggester(
  base: FactBase,
  correct: (word: string) => string,
  settings: SearchSettings,
): (partial: string) => Suggestion[] {
  const labels: Suggestion[] = [];
  // Word → the labels with it, in label order.
  const labelWords = new Map<string, number[]>();
  for (const fact of base.facts) {
    for (const label of factTexts(fact).questions) {
      if (!readsAsQuestion(label)) continue;
      const index = labels.push({ label, factId: fact.id }) - 1;
      for (const word of toWords(label)) addPosting(labelWords, word, index);
    }
  }
  // Stem → the labels of every word of that stem, in label order.
  const stemPostings = new Map<string, number[]>();
  for (const [word, wordLabels] of labelWords) {
    const key = stem(word);
    const known = stemPostings.get(key);
    stemPostings.set(key, known ? mergeSorted(known, wordLabels) : wordLabels);
  }
  const sortedWords = [...labelWords.keys()].sort();

  /** The labels with a word that starts with `prefix`, in word order, as long as `visit` says go on. */
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

  // Reused across keystrokes: each label's score, and a mark on the labels with a word that starts with the
  // word being typed (the keystroke's number, so that nothing needs clearing).
  const labelScores = new Float64Array(labels.length);
  const typedMarks = new Uint32Array(labels.length);
  let keystroke = 0;

  /** Labels grouped by equal score, best first: scores take few distinct values. */
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

  // Suggestions for an empty box: each fact's first question-like phrasing, in file order.
  const opening: Suggestion[] = [];
  const seen = new Set<string>();
  for (const label of labels) {
    if (opening.length >= settings.suggestionCount) break;
    if (seen.has(label.factId)) continue;
    seen.add(label.factId);
    opening.push(label);
  }

  return function suggest(partial: string): Suggestion[] {
    const query = cleanQuestion(partial);
    // The last word is still being typed unless the text ends with a space: it is matched as typed ("4" is
    // the start of "42" here, not chat shorthand for "for"). Shorthand that is already a whole number
    // ("30k") is read as the number, which the labels spell out ("30,000").
    let lastWord = /\s$/.test(partial) ? '' : query.slice(query.lastIndexOf(' ') + 1);
    const typedNumber = /^\d[\d,.]*[km]$/i.test(lastWord) ? toWords(lastWord)[0] : undefined;
    const whole = typedNumber ? query : query.slice(0, query.length - lastWord.length);
    if (typedNumber) lastWord = '';
    const typing = foldText(lastWord) || undefined;
    const words = toWords(whole);
    if (words.length === 0 && typing === undefined) return opening;
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
        suggestions.push(label);
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
      const addsLabels = touched.length === 0 || postings.length <= settings.commonWordLabels;
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
  };
}
