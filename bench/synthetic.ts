// A deterministic synthetic fact base of any size, for measuring how search scales: the same seed always
// gives the same facts, so runs compare. Words mix the real domain vocabulary with generated ones.
import { buildFactBase, type FactBase } from '../src/facts/load.js';

/** Mulberry32: a small, seedable pseudo-random generator. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAIN =
  `mexico united states migrants border asylum policy deportation flights venezuela guatemala title 42
  enforcement funding talks washington officials pressure returns month year record shelters congress`.split(
    /\s+/,
  );

export function syntheticBase(factCount: number, seed = 42): FactBase {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const invented = Array.from({ length: 4000 }, () =>
    Array.from({ length: 4 + Math.floor(next() * 6) }, () =>
      String.fromCharCode(97 + Math.floor(next() * 26)),
    ).join(''),
  );
  const sentence = (words: number) =>
    Array.from({ length: words }, () => (next() < 0.4 ? pick(DOMAIN) : pick(invented))).join(' ');
  const paragraphs = Array.from({ length: factCount }, (_, i) => ({
    n: i + 1,
    text: `${sentence(18)}. ${sentence(14)}.`,
  }));
  const kinds = ['policy', 'figure', 'event', 'position', 'context', 'sourcing'] as const;
  const facts = paragraphs.map((p, i) => {
    const kind = kinds[i % kinds.length] ?? 'context';
    return {
      id: `synthetic-${i}`,
      kind,
      statement: `${sentence(16)}.`,
      quotes: [{ source: 'synthetic', paragraph: p.n, text: p.text.split('. ')[0] ?? p.text }],
      attribution: 'synthetic officials',
      ...(kind === 'figure'
        ? { figures: [{ value: i, unit: 'migrants', period: 'month', asWritten: String(i) }] }
        : {}),
      ...(kind === 'event' ? { dates: [{ value: '2023-12', precision: 'month' }] } : {}),
      ...(kind === 'position' ? { side: pick(['us', 'mexico'] as const) } : {}),
      aliases: [sentence(2)],
      questions: Array.from(
        { length: 6 },
        () => `${pick(['how many', 'why did', 'when did', 'what is', 'who said'])} ${sentence(7)}?`,
      ),
      related: [`synthetic-${(i + 1) % factCount}`],
    };
  });
  const result = buildFactBase({
    sources: [
      {
        path: 'synthetic.json',
        text: JSON.stringify({
          id: 'synthetic',
          title: 'Synthetic source',
          outlet: 'Bench',
          reported: { value: '2024-01', precision: 'month' },
          paragraphs,
        }),
      },
    ],
    facts: [{ path: 'synthetic-facts.json', text: JSON.stringify({ facts }) }],
  });
  if (!result.ok) throw new Error(`synthetic base does not load: ${result.problems[0]?.message}`);
  return result.base;
}

/** Questions in the style of the synthetic facts, some answerable, some not. */
export function syntheticQuestions(base: FactBase, count: number, seed = 7): string[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const fact = base.facts[Math.floor(next() * base.facts.length)];
    const words = (fact?.questions[i % 6] ?? '').split(' ');
    // Drop a word and add a typo now and then, as people do.
    if (next() < 0.5) words.splice(Math.floor(next() * words.length), 1);
    return words.join(' ');
  });
}
