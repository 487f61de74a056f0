import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosine, packedVectors, topExact } from '../../src/search/retrieve/semantic.js';
import { unit } from '../../src/search/retrieve/vectors.js';

/** The k best items as a stable sort of every item by exact score gives them, the way they were chosen before. */
function sortedTop(exact: readonly number[], k: number) {
  return exact
    .map((score, item) => ({ item, score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
}

describe('the semantic shortlist of a large base', () => {
  it('scores a fact like the exact cosine, to far better than a millionth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: -1, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 }),
        fc.array(fc.float({ min: -1, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 }),
        (a, b) => {
          const packed = packedVectors(1, 40);
          packed.set(0, unit(a));
          const query = unit(b);
          const [fast] = packed.fastCosines(query, 0, 1);
          expect(Math.abs((fast as number) - cosine(query, packed, 0))).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it('keeps exactly the facts, and the order, that scoring every fact exactly keeps', () => {
    fc.assert(
      fc.property(
        // Few distinct scores, so that ties at the cut are common.
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 200 }),
        // Each approximate score off by up to 0.4 millionths either way, as far as fastCosines never goes.
        fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
        fc.integer({ min: 1, max: 60 }),
        (levels, noise, k) => {
          const exact = levels.map((level) => level / 20);
          const approx = Float64Array.from(exact, (score, i) => score + (noise[i] ? 4e-7 : -4e-7));
          expect(topExact(approx, k, (item) => exact[item] as number)).toEqual(sortedTop(exact, k));
        },
      ),
    );
  });

  it('reads only the facts near the cut exactly', () => {
    const exact = Array.from({ length: 1000 }, (_, i) => Math.sin(i));
    const read: number[] = [];
    const top = topExact(Float64Array.from(exact), 10, (item) => {
      read.push(item);
      return exact[item] as number;
    });
    expect(top).toEqual(sortedTop(exact, 10));
    expect(read.length).toBeLessThan(15);
  });
});
