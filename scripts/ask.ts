// npm run ask -- "question"           a readable answer
// npm run --silent ask -- --json "q"  one JSON object (see README, "The answer as JSON")
// npm run --silent ask -- --jsonl     one question per stdin line, one JSON object per output line
// npm run ask -- --explain "q"        how the question was read and how the best facts scored
import { createInterface } from 'node:readline';
import { loadConfig } from '../src/config.js';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../src/facts/load.js';
import { answerJson } from '../src/render/answerJson.js';
import { answerText } from '../src/render/answerText.js';
import { createEngine } from '../src/search/engine.js';

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
  const base = await loadFactBase(config.FACTDESK_DATA_DIR ?? EMBEDDED_DATA_DIR);
  const engine = createEngine(base);

  if (flags.has('--jsonl')) {
    for await (const line of createInterface({ input: process.stdin })) {
      process.stdout.write(`${JSON.stringify(answerJson(engine.answer(line), base))}\n`);
    }
  } else if (flags.has('--json')) {
    console.log(JSON.stringify(answerJson(engine.answer(question), base), null, 2));
  } else if (flags.has('--explain')) {
    const { segments, ranked } = engine.explain(question, 5);
    for (const segment of segments)
      console.log(`terms of "${segment.text}": ${segment.terms.join(' ') || '(none)'}`);
    for (const { fact, score, parts } of ranked) {
      const detail = Object.entries(parts)
        .map(([k, v]) => `${k} ${v.toFixed(2)}`)
        .join(', ');
      console.log(`${score.toFixed(3)}  ${fact.id}  (${detail})`);
    }
  } else {
    console.log(answerText(engine.answer(question), base));
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
