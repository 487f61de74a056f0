// npm run curation:export [-- --out file.json] — the questions moderators marked "answered by fact X" in
// /gaps, across servers, as phrasing suggestions for a curator to review and copy into data/facts. The bot
// never edits data/ itself: the fact base stays in git, changed by people.
import { writeFile } from 'node:fs/promises';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openStore } from '../src/store/open.js';

const config = loadConfig();
const flag = process.argv.indexOf('--out');
const out = flag >= 0 ? process.argv[flag + 1] : undefined;
const store = await openStore(config, createLogger({ level: 'warn' }));
try {
  const suggestions = await store.suggestions();
  const byFact = new Map<string, { question: string; asked: number }[]>();
  for (const s of suggestions)
    byFact.set(s.factId, [...(byFact.get(s.factId) ?? []), { question: s.question, asked: s.asked }]);
  const document = {
    exported: new Date().toISOString(),
    note: 'Questions moderators said these facts answer. Review each; add good ones to the fact’s "questions".',
    facts: [...byFact].map(([factId, phrasings]) => ({ factId, phrasings })),
  };
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (out) {
    await writeFile(out, json);
    console.error(`wrote ${suggestions.length} suggestion(s) for ${byFact.size} fact(s) to ${out}`);
  } else process.stdout.write(json);
} catch (error) {
  console.error(`Cannot export the suggestions: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await store.close();
}
