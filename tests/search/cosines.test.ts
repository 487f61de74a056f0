import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import wabt from 'wabt';
import { describe, expect, it } from 'vitest';
import { COSINES_WASM, vectorMemory } from '../../src/search/retrieve/cosines.js';

/** The JavaScript loop the WebAssembly one replaced: eight running sums, then a fixed order of additions. */
function eightSums(query: Float32Array, values: Int8Array, v: number): number {
  const n = query.length;
  const offset = v * n;
  const s = [0, 0, 0, 0, 0, 0, 0, 0];
  let i = 0;
  for (; i + 8 <= n; i += 8)
    for (let k = 0; k < 8; k++)
      s[k] = (s[k] as number) + (query[i + k] as number) * (values[offset + i + k] as number);
  for (; i < n; i++) s[0] = (s[0] as number) + (query[i] as number) * (values[offset + i] as number);
  const at = (k: number) => s[k] as number;
  return at(0) + at(1) + (at(2) + at(3)) + (at(4) + at(5) + (at(6) + at(7)));
}

describe('the dot products of a query with packed vectors', () => {
  it('are bit for bit those of the JavaScript loop they replaced, whole eights of dimensions or not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((dimensions) =>
          fc.record({
            query: fc.array(fc.float({ min: -1, max: 1, noNaN: true }), {
              minLength: dimensions,
              maxLength: dimensions,
            }),
            vectors: fc.array(fc.integer({ min: -127, max: 127 }), {
              minLength: dimensions,
              maxLength: dimensions * 5,
            }),
          }),
        ),
        ({ query, vectors }) => {
          const dimensions = query.length;
          const count = Math.floor(vectors.length / dimensions);
          const memory = vectorMemory(count, dimensions);
          memory.values.set(vectors.slice(0, count * dimensions));
          const q = Float32Array.from(query);
          const all = memory.dots(q, 0, count).slice();
          for (let v = 0; v < count; v++) expect(all[v]).toBe(eightSums(q, memory.values, v));
          // A range gives the same figures as the whole.
          expect([...memory.dots(q, 1, count)]).toEqual([...all.slice(1)]);
        },
      ),
    );
  });

  it('match 512-dimensional vectors like the model gives', () => {
    const memory = vectorMemory(50, 512);
    for (let i = 0; i < memory.values.length; i++) memory.values[i] = ((i * 7919) % 255) - 127;
    const query = Float32Array.from({ length: 512 }, (_, i) => Math.sin(i) / 16);
    const dots = memory.dots(query, 0, 50);
    for (let v = 0; v < 50; v++) expect(dots[v]).toBe(eightSums(query, memory.values, v));
  });

  it('refuse a query of another length than the vectors', () => {
    expect(() => vectorMemory(2, 8).dots(new Float32Array(9), 0, 2)).toThrow(/9 dimensions, not 8/);
  });

  it('run the module compiled from cosines.wat', async () => {
    const source = readFileSync(new URL('../../src/search/retrieve/cosines.wat', import.meta.url), 'utf8');
    const module = (await wabt()).parseWat('cosines.wat', source, { simd: true });
    const compiled = Buffer.from(module.toBinary({}).buffer).toString('base64');
    module.destroy();
    expect(compiled, 'cosines.wat changed: put this text in COSINES_WASM').toBe(COSINES_WASM);
  });
});
