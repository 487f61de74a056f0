// npm run source:add -- FILE [--id ID] [--title "…" | --label "…"] [--outlet "…"] [--date YYYY[-MM[-DD]]] [--url URL]
// Turns a plain-text document into data/sources/<id>.json: paragraphs numbered, repeated paragraphs
// stored once and reported, fields not given left out. It never overwrites an existing source.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ZodError } from 'zod';
import { loadConfig } from '../src/config.js';
import { EMBEDDED_DATA_DIR } from '../src/facts/load.js';
import { draftSource, SourceFields } from '../src/facts/sourceDraft.js';

const USAGE = `usage: npm run source:add -- FILE [--id ID] [--title "headline as printed" | --label "curator's label"]
         [--outlet "outlet as printed"] [--date YYYY[-MM[-DD]]] [--url URL]`;
const OPTIONS = Object.keys(SourceFields.shape);

function parseArgs(args: string[]): { file: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const name = arg.slice(2);
    const value = args[i + 1];
    if (!OPTIONS.includes(name)) throw new Error(`unknown option ${arg}`);
    if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value`);
    fields[name] = value;
    i += 1;
  }
  if (files.length !== 1) throw new Error('give exactly one plain-text file');
  return { file: files[0] ?? '', fields };
}

let parsed: ReturnType<typeof parseArgs>;
try {
  parsed = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

try {
  const dataDir = loadConfig().FACTDESK_DATA_DIR ?? EMBEDDED_DATA_DIR;
  const text = await readFile(parsed.file, 'utf8');
  const draft = draftSource(text, parsed.file, parsed.fields);
  const path = join(dataDir, 'sources', `${draft.source.id}.json`);
  await writeFile(path, `${JSON.stringify(draft.source, null, 2)}\n`, { flag: 'wx' });
  console.log(
    `✓ wrote ${path}: ${draft.source.paragraphs.length} paragraph(s) from ${draft.receivedCount} in the copy`,
  );
  for (const { n, received } of draft.repeated)
    console.log(
      `  - repeated: ¶${n} appears ${received.length} times (paragraphs ${received.join(', ')} of the copy)`,
    );
  if (draft.unknown.length > 0)
    console.log(`  left empty, as the document was given without them: ${draft.unknown.join(', ')}`);
  console.log(`Next: npm run facts:draft -- ${draft.source.id}`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const message =
    error instanceof ZodError
      ? error.issues.map((i) => `${i.path.join('.') || 'document'}: ${i.message}`).join('\n')
      : code === 'EEXIST'
        ? 'a source with this id already exists; give another --id'
        : (error as Error).message;
  console.error(`✗ ${message}`);
  process.exit(1);
}
