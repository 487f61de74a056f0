// Loads what the engine needs beside the fact base: the sentence model, the stored vectors of the base's
// texts (data/embeddings.json), the question bank (data/question-bank.json) and the fitted decision
// (data/decision-model.json). Texts without a stored vector are embedded at start-up and reported, so a
// stale vector file is rebuilt, never silently ignored.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { FactBase } from '../facts/load.js';
import { readDecisionModel, type DecisionModel } from './decide/model.js';
import { loadEmbedder, rememberingRecent, type Embedder } from './embedder.js';
import { createEngine, type Engine } from './engine.js';
import { QuestionBank, type BankQuestion } from './retrieve/bank.js';
import type { SearchSettings } from './settings.js';
import {
  decodeVector,
  encodeVector,
  missingTexts,
  textKey,
  textsToEmbed,
  VectorFile,
} from './retrieve/vectors.js';

export const VECTOR_FILE = 'embeddings.json';
export const BANK_FILE = 'question-bank.json';

/** A JSON file of the data folder checked by its schema, or undefined when the folder has none. */
async function readDataFile<T>(
  dataDir: string,
  name: string,
  schema: z.ZodType<T>,
  what: string,
): Promise<T | undefined> {
  let json: string;
  try {
    json = await readFile(path.join(dataDir, name), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new Error(`${name} in ${dataDir} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${name} in ${dataDir} is not ${what}: ${issue?.path.join('.')} ${issue?.message}`);
  }
  return parsed.data;
}

export function readVectorFile(dataDir: string): Promise<VectorFile | undefined> {
  return readDataFile(dataDir, VECTOR_FILE, VectorFile, 'a vector file');
}

/** The banked questions of a data folder; a folder without a bank has none. */
export async function readQuestionBank(dataDir: string): Promise<BankQuestion[]> {
  return (await readDataFile(dataDir, BANK_FILE, QuestionBank, 'a question bank'))?.questions ?? [];
}

/** The base's vectors, with the missing ones embedded now: the file's own, then the new, by text key. */
export async function vectorsFor(
  base: FactBase,
  embedder: Embedder,
  file: VectorFile | undefined,
  bankQuestions: readonly string[] = [],
): Promise<{ vectors: Map<string, Float32Array>; embedded: number }> {
  const vectors = new Map<string, Float32Array>();
  if (file?.model === embedder.model)
    for (const [key, encoded] of Object.entries(file.vectors)) vectors.set(key, decodeVector(encoded));
  const missing = missingTexts(file, base, embedder.model, bankQuestions);
  const fresh = await embedder.embed(missing);
  missing.forEach((text, i) => vectors.set(textKey(text), fresh[i] as Float32Array));
  return { vectors, embedded: missing.length };
}

/** The vector file for a base: only its own texts and bank's, so deleted phrasings leave no vectors behind. */
export function vectorFileOf(
  base: FactBase,
  embedder: Embedder,
  vectors: ReadonlyMap<string, Float32Array>,
  bankQuestions: readonly string[] = [],
): VectorFile {
  const entries = textsToEmbed(base, bankQuestions)
    .map((text) => textKey(text))
    .sort()
    .map((key) => [key, encodeVector(vectors.get(key) as Float32Array)] as const);
  return {
    $comment:
      'Written by `npm run facts:embed`: sentence vectors of the fact base, keyed by a hash of each text.',
    model: embedder.model,
    dimensions: (vectors.values().next().value as Float32Array | undefined)?.length ?? 0,
    factBaseVersion: base.version,
    vectors: Object.fromEntries(entries),
  };
}

export async function writeVectorFile(dataDir: string, file: VectorFile): Promise<void> {
  await writeFile(path.join(dataDir, VECTOR_FILE), `${JSON.stringify(file, null, 1)}\n`);
}

/** How many recent questions' sentence vectors an engine remembers (2 KB each). */
const RECENT_QUESTIONS = 500;

export interface LoadEngineOptions {
  /** Told how many texts had no stored vector and were embedded at start-up. */
  onStale?: (embedded: number) => void;
  decision?: DecisionModel;
  settings?: SearchSettings;
  /**
   * A labelled set whose questions are left out of the bank, so that set is measured on questions the bank
   * does not hold (npm run eval, calibrate): with them in, it would answer its own questions from memory.
   */
  leaveOut?: string;
  /** Recent questions whose vectors are remembered (default 500); 0 embeds every question, as the bench does. */
  recentQuestions?: number;
}

/** The engine over a loaded base, with the model loaded once per process. */
export async function loadEngine(
  base: FactBase,
  dataDir: string,
  options: LoadEngineOptions = {},
): Promise<Engine> {
  const embedder = await loadEmbedder();
  const bank = (await readQuestionBank(dataDir)).filter((q) => q.source !== options.leaveOut);
  const { vectors, embedded } = await vectorsFor(
    base,
    embedder,
    await readVectorFile(dataDir),
    bank.map((q) => q.q),
  );
  if (embedded > 0) options.onStale?.(embedded);
  return createEngine(base, {
    embedder: rememberingRecent(embedder, options.recentQuestions ?? RECENT_QUESTIONS),
    vectorOf: (key) => {
      const vector = vectors.get(key);
      if (!vector) throw new Error(`no vector for text ${key}`);
      return vector;
    },
    dimensions: (vectors.values().next().value as Float32Array | undefined)?.length ?? 512,
    decision: options.decision ?? readDecisionModel(),
    bank,
    ...(options.settings ? { settings: options.settings } : {}),
  });
}
