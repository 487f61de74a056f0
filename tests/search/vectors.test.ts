import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../../src/facts/load.js';
import { loadEmbedder } from '../../src/search/embedder.js';
import {
  readQuestionBank,
  readVectorFile,
  vectorFileOf,
  vectorsFor,
  VECTOR_FILE,
} from '../../src/search/load.js';
import {
  decodeVector,
  EMBEDDING_MODEL,
  encodeVector,
  missingTexts,
  textKey,
  textsToEmbed,
  unit,
} from '../../src/search/retrieve/vectors.js';

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * (b[i] as number), 0);

describe('the stored sentence vectors', () => {
  it('cover every text of the embedded base and its question bank, for the model the engine runs', async () => {
    const base = await loadFactBase(EMBEDDED_DATA_DIR);
    const file = await readVectorFile(EMBEDDED_DATA_DIR);
    const bank = (await readQuestionBank(EMBEDDED_DATA_DIR)).map((q) => q.q);
    expect(file?.model).toBe(EMBEDDING_MODEL);
    expect(bank.length).toBeGreaterThan(0);
    expect(missingTexts(file, base, EMBEDDING_MODEL, bank)).toEqual([]);
    expect(
      missingTexts(file, base, EMBEDDING_MODEL, [...bank, 'a question asked for the first time']),
    ).toEqual(['a question asked for the first time']);
  });

  it('keep a cosine within 0.01 of the exact one at eight bits a component', () => {
    const a = unit(Array.from({ length: 512 }, (_, i) => Math.sin(i)));
    const b = unit(Array.from({ length: 512 }, (_, i) => Math.sin(i * 1.3) + Math.cos(i)));
    expect(
      Math.abs(dot(decodeVector(encodeVector(a)), decodeVector(encodeVector(b))) - dot(a, b)),
    ).toBeLessThan(0.01);
  });

  it('are found stale text by text, and all stale under another model', async () => {
    const base = await loadFactBase(EMBEDDED_DATA_DIR);
    const file = await readVectorFile(EMBEDDED_DATA_DIR);
    if (!file) throw new Error('no vector file');
    const [first] = textsToEmbed(base);
    const { [textKey(first as string)]: _dropped, ...rest } = file.vectors;
    expect(missingTexts({ ...file, vectors: rest }, base, EMBEDDING_MODEL)).toEqual([first]);
    expect(missingTexts({ ...file, model: 'another-model' }, base, EMBEDDING_MODEL)).toHaveLength(
      textsToEmbed(base).length,
    );
  });

  it('are rebuilt for the texts that lack one, never silently left out', async () => {
    const base = await loadFactBase(EMBEDDED_DATA_DIR);
    const file = await readVectorFile(EMBEDDED_DATA_DIR);
    if (!file) throw new Error('no vector file');
    const [first, second] = textsToEmbed(base);
    const { [textKey(first as string)]: _a, [textKey(second as string)]: _b, ...rest } = file.vectors;
    const embedder = await loadEmbedder();
    const { vectors, embedded } = await vectorsFor(base, embedder, { ...file, vectors: rest });
    expect(embedded).toBe(2);
    expect(vectors.get(textKey(first as string))).toHaveLength(512);
    // Written back, the file holds exactly the base's texts again.
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-vectors-'));
    await writeFile(join(dir, VECTOR_FILE), JSON.stringify(vectorFileOf(base, embedder, vectors)));
    expect(missingTexts(await readVectorFile(dir), base, EMBEDDING_MODEL)).toEqual([]);
  });

  it('embed alike sentences closer than unrelated ones', async () => {
    const embedder = await loadEmbedder();
    const [question, answer, other] = await embedder.embed([
      'how many migrants will mexico take back each month',
      'Mexico has pledged to accept back 30,000 migrants every month.',
      'The weather in Paris is mild in spring.',
    ]);
    expect(dot(question as Float32Array, answer as Float32Array)).toBeGreaterThan(
      dot(question as Float32Array, other as Float32Array) + 0.2,
    );
  });

  it('name a broken vector file instead of half-reading it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-vectors-'));
    await writeFile(join(dir, VECTOR_FILE), '{"model": 3}');
    await expect(readVectorFile(dir)).rejects.toThrow(/embeddings.json .* is not a vector file/);
  });
});
