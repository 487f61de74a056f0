// npm run ask -- "question"           a readable answer
// npm run --silent ask -- --json "q"  one JSON object (see docs/json-contract.md)
// npm run --silent ask -- --jsonl     one question per stdin line, one JSON object per output line
// npm run ask -- --explain "q"        how the question was read, and each candidate's checks and probability
import { createInterface } from 'node:readline';
import { loadConfig } from '../src/config.js';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../src/facts/load.js';
import { answerJson } from '../src/render/answerJson.js';
import { answerText } from '../src/render/answerText.js';
import { loadEngine } from '../src/search/load.js';

const USAGE = `usage: npm run ask -- [--json | --explain] "your question"
       npm run --silent ask -- --jsonl < questions.txt`;

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const question = args.filter((a) => !a.startsWith('--')).join(' ');
const unknown = [...flags].filter((f) => !['--json', '--jsonl', '--explain'].includes(f));
if (unknown.length > 0 || (!question && !flags.has('--jsonl'))) {
  console.error(unknown.length > 0 ? `unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
  process.exit(2);
}

try {
  const config = loadConfig();
  const dataDir = config.FACTDESK_DATA_DIR ?? EMBEDDED_DATA_DIR;
  const base = await loadFactBase(dataDir);
  const engine = await loadEngine(base, dataDir, {
    onStale: (count) =>
      console.error(`note: embedded ${count} text(s) without a stored vector; run npm run facts:embed`),
  });

  if (flags.has('--jsonl')) {
    for await (const line of createInterface({ input: process.stdin })) {
      process.stdout.write(`${JSON.stringify(answerJson(await engine.answer(line), base))}\n`);
    }
  } else if (flags.has('--json')) {
    console.log(JSON.stringify(answerJson(await engine.answer(question), base), null, 2));
  } else if (flags.has('--explain')) {
    const { analysis, ranked } = await engine.explain(question, 5);
    const { segments, terms: _terms, ...reading } = analysis;
    for (const segment of segments)
      console.log(`terms of "${segment.text}": ${[...segment.terms].join(' ') || '(none)'}`);
    console.log(`read as: ${JSON.stringify({ ...reading, types: [...analysis.types] })}`);
    for (const { fact, score, probability, ruledOut, features } of ranked) {
      const shown = Object.entries(features)
        .filter(([, v]) => v !== 0)
        .map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toFixed(2)}`)
        .join(', ');
      console.log(
        `p ${probability.toFixed(3)}  fused ${score.toFixed(3)}  ${fact.id}${ruledOut ? ' (ruled out)' : ''}\n    ${shown}`,
      );
    }
  } else {
    console.log(answerText(await engine.answer(question), base));
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
