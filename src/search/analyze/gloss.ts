// The sentence model was trained on English: it reads a Spanish sentence as little more than its names.
// So it is given a Spanish text as an English gloss made from the vocabulary: the question word in
// English, then the English name of each concept the text names, and its numbers, in their order. Words
// the vocabulary does not know are left out; the lexical signal still reads them.
import { CONCEPTS, ENGLISH_QUESTION_WORDS } from './vocabulary.js';
import { detectLanguage } from './question.js';
import { toTerms, toWords } from '../normalize.js';

const NUMBER = /^\d/;

/** The English gloss of a Spanish text; empty when the vocabulary knows none of its words. */
export function englishGloss(text: string): string {
  const words = toWords(text);
  const gloss: string[] = [];
  // Only the first question word asks; a later "que" joins clauses ("dicen que…").
  let asked = false;
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const pair = `${word} ${words[i + 1] ?? ''}`;
    const key = asked ? undefined : [pair, word].find((w) => Object.hasOwn(ENGLISH_QUESTION_WORDS, w));
    if (key === undefined) {
      rest.push(word);
      continue;
    }
    gloss.push(ENGLISH_QUESTION_WORDS[key] as string);
    asked = true;
    if (key === pair) i += 1;
  }
  for (const term of toTerms(rest)) {
    const english = Object.hasOwn(CONCEPTS, term) ? (CONCEPTS[term] as readonly string[])[0] : undefined;
    if (english !== undefined) gloss.push(english);
    else if (NUMBER.test(term)) gloss.push(term);
  }
  return [...new Set(gloss)].join(' ');
}

/** What the sentence model reads of a text: a Spanish one through its English gloss, any other as written. */
export function modelReading(text: string): string {
  if (detectLanguage(text) !== 'es') return text;
  return englishGloss(text) || text;
}
