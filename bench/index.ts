// npm run bench — speed and memory of the answer engine beside plain fuse.js, measured in the same run on
// the embedded fact base and on a deterministic synthetic base of 10,000 facts. Prints figures; asserts
// nothing (machines are shared and noisy: compare the columns of one run, not runs of different days).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import { EMBEDDED_DATA_DIR, loadFactBase, type FactBase } from '../src/facts/load.js';
import { createEngine } from '../src/search/engine.js';
import { parseEvalQuestions } from '../src/search/evaluate.js';
import { syntheticBase, syntheticQuestions } from './synthetic.js';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timeEach(inputs: readonly string[], rounds: number, run: (input: string) => unknown) {
  for (const input of inputs.slice(0, 50)) run(input); // warm up the JIT
  const times: number[] = [];
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const t = performance.now();
      run(input);
      times.push(performance.now() - t);
    }
  }
  const total = performance.now() - started;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), perSecond: (times.length / total) * 1000 };
}

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

// Builds are timed three times and the median reported: one build on a shared machine is at the mercy of
// whatever else runs at that moment. The heap figure is what the last build keeps.
const BUILD_RUNS = 3;

function measureBuild<T>(build: () => T): { value: T; ms: number; mb: number } {
  const times: number[] = [];
  const timeBuild = () => {
    const before = heapMb();
    const t = performance.now();
    const value = build();
    times.push(performance.now() - t);
    return { value, mb: heapMb() - before };
  };
  for (let run = 1; run < BUILD_RUNS; run++) timeBuild();
  const { value, mb } = timeBuild();
  return {
    value,
    ms: percentile(
      times.sort((a, b) => a - b),
      50,
    ),
    mb,
  };
}

function report(label: string, system: string, figures: Record<string, string>) {
  const cells = Object.entries(figures).map(([k, v]) => `${k} ${v}`);
  console.log(`${label.padEnd(26)}${system.padEnd(10)}${cells.join(' | ')}`);
}
const ms = (x: number) => `${x.toFixed(3)} ms`;

/** Measures both systems on the same questions; plain fuse.js gets the first `baselineCount` of them. */
function benchBase(
  label: string,
  base: FactBase,
  questions: string[],
  rounds: number,
  baselineCount = questions.length,
) {
  const engineBuild = measureBuild(() => createEngine(base));
  const engine = engineBuild.value;
  // The lexicon loads on the first unknown word; it is a one-off cost, reported on its own line below.
  engine.answer('zzzzqx unknownword');
  const answers = timeEach(questions, rounds, (q) => engine.answer(q));
  const prefixes = questions.flatMap((q) => [q.slice(0, 3), q.slice(0, Math.ceil(q.length / 2)), q]);
  const suggestions = timeEach(prefixes, rounds, (q) => engine.suggest(q));
  report(label, 'factdesk', {
    'build (median of 3)': ms(engineBuild.ms),
    'heap Δ': `${engineBuild.mb.toFixed(1)} MB`,
    'answer p50': ms(answers.p50),
    'answer p99': ms(answers.p99),
    'answers/s': answers.perSecond.toFixed(0),
    'autocomplete p99': ms(suggestions.p99),
  });

  const fuseBuild = measureBuild(() => new Fuse(base.facts, { keys: ['statement'] }));
  const fuse = fuseBuild.value;
  const sample = questions.slice(0, baselineCount);
  const samplePrefixes = prefixes.slice(0, baselineCount * 3);
  const fuseAnswers = timeEach(sample, rounds, (q) => fuse.search(q, { limit: 3 }));
  const fuseSuggest = timeEach(samplePrefixes, rounds, (q) => fuse.search(q, { limit: 25 }));
  report(label, 'fuse.js', {
    'build (median of 3)': ms(fuseBuild.ms),
    'heap Δ': `${fuseBuild.mb.toFixed(1)} MB`,
    'answer p50': ms(fuseAnswers.p50),
    'answer p99': ms(fuseAnswers.p99),
    'answers/s': fuseAnswers.perSecond.toFixed(0),
    'autocomplete p99': ms(fuseSuggest.p99),
  });
}

const questions = ['dev-questions', 'holdout-questions', 'holdout2-questions'].flatMap((name) =>
  parseEvalQuestions(readFileSync(new URL(`../tests/fixtures/${name}.jsonl`, import.meta.url), 'utf8')).map(
    (q) => q.q,
  ),
);

const BASES: Record<string, () => Promise<void>> = {
  async embedded() {
    const loadStart = performance.now();
    const embedded = await loadFactBase(EMBEDDED_DATA_DIR);
    console.log(`load + check the embedded base: ${ms(performance.now() - loadStart)}`);
    // Every question of the evaluation sets, five times over.
    benchBase(`embedded (${embedded.facts.length} facts)`, embedded, questions, 5);
  },
  async synthetic() {
    const synthStart = performance.now();
    const synthetic = syntheticBase(10_000);
    console.log(`generate + check the 10,000-fact base: ${ms(performance.now() - synthStart)}`);
    // 300 questions for factdesk; plain fuse.js takes a large fraction of a second per query at this
    // size, so it answers the first 40 of them (the same questions), once each.
    benchBase(
      'synthetic (10,000 facts)',
      synthetic,
      [...syntheticQuestions(synthetic, 200), ...questions.slice(0, 100)],
      1,
      40,
    );
  },
};

const base = process.argv[2];
if (base === undefined) {
  console.log(
    `factdesk bench — node ${process.version}${globalThis.gc ? '' : ' (run with --expose-gc for steadier heap figures)'}`,
  );
  // Each base is measured in a process of its own, as a bot serves one base: the compiler's state after one
  // base's work would otherwise colour the next one's figures.
  for (const name of Object.keys(BASES)) {
    console.log('');
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], {
      stdio: 'inherit',
    });
  }
  console.log(
    '\ntargets: answer p99 < 2 ms (embedded), < 25 ms (10,000 facts); autocomplete p99 < 5 ms (10,000 facts); build < 1 s',
  );
} else {
  const run = BASES[base];
  if (!run) throw new Error(`no such base "${base}": use one of ${Object.keys(BASES).join(', ')}`);
  await run();
}
