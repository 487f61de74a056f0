// npm run eval [-- --scores] [-- file.jsonl] — answer quality on a question set (the development questions
// unless a file is given), factdesk beside plain fuse.js. --scores also prints each question's best
// confidence, the figures the answer threshold is chosen from.
import { readFile } from 'node:fs/promises';
import { loadFactBase, EMBEDDED_DATA_DIR } from '../src/facts/load.js';
import { createBaseline } from '../src/search/baseline.js';
import { createEngine, SEARCH_SETTINGS } from '../src/search/engine.js';
import { evaluate, parseEvalQuestions, rates, type EvalReport } from '../src/search/evaluate.js';

const fileArgument = process.argv.slice(2).find((a) => !a.startsWith('--'));
const questionsPath = fileArgument ?? new URL('../tests/fixtures/dev-questions.jsonl', import.meta.url);
const questions = parseEvalQuestions(await readFile(questionsPath, 'utf8'));
const base = await loadFactBase(EMBEDDED_DATA_DIR);
const engine = createEngine(base);

const factdesk = evaluate(questions, (q) => {
  const answer = engine.answer(q);
  return { answered: answer.answered, ranked: engine.rankFacts(q, 3).map((r) => r.fact) };
});
const baseline = evaluate(questions, createBaseline(base.facts));

const percent = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(8);
const row = (label: string, pick: (r: ReturnType<typeof rates>) => number) =>
  `${label.padEnd(30)}${percent(pick(rates(factdesk)))}${percent(pick(rates(baseline)))}`;

function printMisses(label: string, report: EvalReport) {
  console.log(`\n${label}: ${report.misses.length} miss(es)`);
  for (const miss of report.misses) {
    console.log(
      `  [${miss.outcome}] (${miss.question.kind}) ${miss.question.q}${miss.got ? ` → ${miss.got}` : ''}`,
    );
  }
}
if (process.argv.includes('--scores')) {
  console.log(`\nconfidence of the best fact (threshold ${SEARCH_SETTINGS.answerThreshold}):`);
  for (const q of questions) {
    const [top] = engine.rankFacts(q.q, 1);
    const scope = q.expect === null ? 'OUT' : 'in ';
    console.log(`  ${scope} ${(top?.score ?? 0).toFixed(3)} ${top?.fact.id ?? '-'} ← ${q.q.slice(0, 80)}`);
  }
}
printMisses('fuse.js baseline', baseline);
printMisses('factdesk', factdesk);

// The summary comes last, where a glance at the end of the output finds it.
console.log('');
console.log(
  `${questions.length} questions (${factdesk.inScope} in scope, ${factdesk.outOfScope} out of scope), fact base ${base.version}\n`,
);
console.log(`${''.padEnd(30)}factdesk  fuse.js`);
console.log(row('in-scope top-1 accuracy', (r) => r.top1));
console.log(row('in-scope top-3 recall', (r) => r.top3));
console.log(row('out-of-scope decline rate', (r) => r.declineRate));
console.log(row('wrong-answer rate', (r) => r.wrongRate));
