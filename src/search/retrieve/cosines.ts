// Eight-bit sentence vectors kept in WebAssembly memory, with the SIMD loop (cosines.wat) that takes a
// query's dot products with many of them at once: bit for bit what the JavaScript loop it replaced gave, four
// to five times faster. The semantic index and the question bank read every question's cosines with
// thousands of vectors, which was most of an answer after the embedding (docs/search.md#speed-and-memory).
import { Buffer } from 'node:buffer';

/** cosines.wat compiled (wabt); tests/search/cosines.test.ts checks it is, and prints the new text if not. */
export const COSINES_WASM =
  'AGFzbQEAAAABCgFgBn9/f39/fwADAgEABQMBAAAHEQIGbWVtb3J5AgAEZG90cwAACrMDAbADAwV/B3sBfCADIQYCQANAIAYgBE8NASABIAYgAmxqIQcgACEIIAcgAkF4cWohCSAHIAJqIQr9DAAAAAAAAAAAAAAAAAAAAAAhDv0MAAAAAAAAAAAAAAAAAAAAACEP/QwAAAAAAAAAAAAAAAAAAAAAIRD9DAAAAAAAAAAAAAAAAAAAAAAhEQJAA0AgByAJTw0BIAf9XQMA/YcBIQsgC/2nASEMIAv9qAEhDSAOIAj9AAQAIAz9/gH98gH98AEhDiAPIAj9AAQQIAwgDP0NCAkKCwwNDg8AAQIDBAUGB/3+Af3yAf3wASEPIBAgCP0ABCAgDf3+Af3yAf3wASEQIBEgCP0ABDAgDSAN/Q0ICQoLDA0ODwABAgMEBQYH/f4B/fIB/fABIREgB0EIaiEHIAhBwABqIQgMAAsLIA79IQAhEgJAA0AgByAKTw0BIBIgCCsDACAHLAAAt6KgIRIgB0EBaiEHIAhBCGohCAwACwsgBSAGQQN0aiASIA79IQGgIA/9IQAgD/0hAaCgIBD9IQAgEP0hAaAgEf0hACAR/SEBoKCgOQMAIAZBAWohBgwACwsL';

// Node runs WebAssembly; the TypeScript libraries this project compiles with (no DOM) do not declare it.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
};
interface Memory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}

let compiled: object | undefined;

/** `count` vectors of `dimensions` signed bytes, and their dot products with a query. */
export interface VectorMemory {
  /** Vector v is values[v * dimensions] up to values[(v + 1) * dimensions]. */
  values: Int8Array;
  /**
   * The dot products of `query` with vectors `from` up to `to` (element i is vector from + i's), in the
   * module's memory: no allocation a call, but the next call overwrites them, so a caller that keeps them copies.
   */
  dots(query: Float32Array, from: number, to: number): Float64Array;
}

export function vectorMemory(count: number, dimensions: number): VectorMemory {
  compiled ??= new WebAssembly.Module(Buffer.from(COSINES_WASM, 'base64'));
  const { exports } = new WebAssembly.Instance(compiled);
  const memory = exports.memory as Memory;
  const dots = exports.dots as (...pointers: number[]) => void;
  // One memory per set of vectors, laid out as the query (doubles), the dot products (doubles), the vectors;
  // it never grows again, so the views below stay valid.
  const query = 0;
  const out = dimensions * 8;
  const vectors = out + count * 8;
  memory.grow(Math.ceil((vectors + count * dimensions) / 65536));
  const queryView = new Float64Array(memory.buffer, query, dimensions);
  const outView = new Float64Array(memory.buffer, out, count);
  return {
    values: new Int8Array(memory.buffer, vectors, count * dimensions),
    dots(q, from, to) {
      if (from >= to) return new Float64Array(0);
      if (q.length !== dimensions) throw new Error(`a query of ${q.length} dimensions, not ${dimensions}`);
      queryView.set(q);
      dots(query, vectors, dimensions, from, to, out);
      return outView.subarray(from, to);
    },
  };
}
