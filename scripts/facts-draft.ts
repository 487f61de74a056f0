// npm run facts:draft -- SOURCE_ID — writes data/drafts/<source id>.json: a skeleton fact for each sentence
// of the source that no fact quotes yet. Complete each (see docs/curating.md), move it into a file in
// data/facts/, and run npm run facts:check.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { draftFacts } from '../src/facts/factDraft.js';
import { EMBEDDED_DATA_DIR, formatProblems, readFactBase } from '../src/facts/load.js';

const [sourceId, ...rest] = process.argv.slice(2);
if (!sourceId || rest.length > 0) {
  console.error('usage: npm run facts:draft -- SOURCE_ID');
  process.exit(2);
}

const dataDir = loadConfig().FACTDESK_DATA_DIR ?? EMBEDDED_DATA_DIR;
const result = await readFactBase(dataDir);
if (!result.ok) {
  console.error(
    `✗ The fact base in ${dataDir} does not load; fix it first:\n${formatProblems(result.problems)}`,
  );
  process.exit(1);
}
try {
  const drafts = draftFacts(result.base, sourceId);
  await mkdir(join(dataDir, 'drafts'), { recursive: true });
  const path = join(dataDir, 'drafts', `${sourceId}.json`);
  await writeFile(path, `${JSON.stringify({ facts: drafts }, null, 2)}\n`);
  console.log(`✓ wrote ${path}: ${drafts.length} skeleton fact(s), one per sentence no fact quotes yet`);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
