// npm run ask -- "question"           a readable answer
// npm run --silent ask -- --json "q"  one JSON object (see docs/json-contract.md)
// npm run --silent ask -- --jsonl     one question per stdin line, one JSON object per output line
// npm run ask -- --explain "q"        how the question was read, and each candidate's checks and probability
// --lang es (or es-ES, es-419)         read as a Spanish client would; a Spanish question is always
//                                      answered in Spanish
import { createInterface } from 'node:readline';
import { LangOptionError, readLangOption } from '../src/cli/langOption.js';
import { loadConfig } from '../src/config.js';
import { answerLocale } from '../src/locale.js';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../src/facts/load.js';
import { answerJson } from '../src/render/answerJson.js';
import { answerText } from '../src/render/answerText.js';
import { loadEngine } from '../src/search/load.js';

const USAGE = `usage: npm run ask -- [--lang en|es] [--json | --explain] "your question"
       npm run --silent ask -- [--lang en|es] --jsonl < questions.txt`;

let read: ReturnType<typeof readLangOption>;
try {
  read = readLangOption(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof LangOptionError)) throw error;
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const { locale, rest: args } = read;
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
      const answer = await engine.answer(line);
      process.stdout.write(
        `${JSON.stringify(answerJson(answer, base, answerLocale(locale, answer.language)))}\n`,
      );
    }
  } else if (flags.has('--json')) {
    const answer = await engine.answer(question);
    console.log(JSON.stringify(answerJson(answer, base, answerLocale(locale, answer.language)), null, 2));
  } else if (flags.has('--explain')) {
    const { analysis, ranked } = await engine.explain(question, 5);
    const { segments, terms: _terms, ...reading } = analysis;
    for (const segment of segments)
      console.log(`terms of "${segment.text}": ${[...segment.terms].join(' ') || '(none)'}`);
    console.log(`read as: ${JSON.stringify({ ...reading, types: [...analysis.types] })}`);
    for (const { fact, score, probability, features } of ranked) {
      const shown = Object.entries(features)
        .filter(([, v]) => v !== 0)
        .map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toFixed(2)}`)
        .join(', ');
      console.log(`p ${probability.toFixed(3)}  fused ${score.toFixed(3)}  ${fact.id}\n    ${shown}`);
    }
  } else {
    const answer = await engine.answer(question);
    console.log(answerText(answer, base, answerLocale(locale, answer.language)));
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
