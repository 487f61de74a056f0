// npm run facts:embed [-- DATA_DIR] — computes the sentence vectors of every text of the fact base that has
// none yet (curated questions, names, statements, the question bank) and writes data/embeddings.json. Run after editing facts;
// `npm run facts:check` fails while any text lacks its vector.
import { resolve } from 'node:path';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../src/facts/load.js';
import { loadEmbedder } from '../src/search/embedder.js';
import {
  readQuestionBank,
  readVectorFile,
  vectorFileOf,
  vectorsFor,
  writeVectorFile,
} from '../src/search/load.js';

const dataDir = process.argv[2] ? resolve(process.argv[2]) : EMBEDDED_DATA_DIR;
const base = await loadFactBase(dataDir);
const embedder = await loadEmbedder();
const started = performance.now();
const bankQuestions = (await readQuestionBank(dataDir)).map((q) => q.q);
const { vectors, embedded } = await vectorsFor(base, embedder, await readVectorFile(dataDir), bankQuestions);
const file = vectorFileOf(base, embedder, vectors, bankQuestions);
await writeVectorFile(dataDir, file);
console.log(
  `✓ ${Object.keys(file.vectors).length} vectors for fact base ${base.version} (${embedded} new, ${((performance.now() - started) / 1000).toFixed(1)} s), model ${embedder.model}`,
);
