// npm run bench — speed and memory of the answer engine beside the same pipeline without the sentence model
// (lexical only) and plain fuse.js, measured in one run on the embedded fact base and on a deterministic
// synthetic base of 10,000 facts. Prints figures; asserts nothing (machines are shared and noisy: compare
// the columns of one run, not runs of different days). Every answer embeds its question: the engine's memory
// of recent questions' vectors is off, but for the one figure that measures it (a question asked again).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import { EMBEDDED_DATA_DIR, loadFactBase, type FactBase } from '../src/facts/load.js';
import { readDecisionModel } from '../src/search/decide/model.js';
import { loadEmbedder, type Embedder } from '../src/search/embedder.js';
import { createEngine, type Engine } from '../src/search/engine.js';
import { loadEngine } from '../src/search/load.js';
import { unit } from '../src/search/retrieve/vectors.js';
import { NODE_OPTIONS } from '../src/runtime.js';
import { parseEvalQuestions } from '../eval/evaluate.js';
import { syntheticBase, syntheticQuestions } from './synthetic.js';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function timeEach(inputs: readonly string[], rounds: number, run: (input: string) => unknown) {
  for (const input of inputs.slice(0, 20)) await run(input); // warm up the JIT
  const times: number[] = [];
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const t = performance.now();
      await run(input);
      times.push(performance.now() - t);
    }
  }
  const total = performance.now() - started;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), perSecond: (times.length / total) * 1000 };
}

const rssMb = () => process.memoryUsage().rss / 1e6;
const ms = (x: number) => `${x.toFixed(2)} ms`;
function report(label: string, system: string, figures: Record<string, string>) {
  const cells = Object.entries(figures).map(([k, v]) => `${k} ${v}`);
  console.log(`${label.padEnd(26)}${system.padEnd(14)}${cells.join(' | ')}`);
}

/**
 * The pipeline without the sentence model: every text reads as the zero vector, instantly, and the semantic
 * index never reads a zero vector, so this times analysis, lexical ranking and the checks alone.
 */
function lexicalOnlyEngine(base: FactBase): Engine {
  const none: Embedder = { model: 'none', embed: async (texts) => texts.map(() => new Float32Array(512)) };
  return createEngine(base, {
    embedder: none,
    vectorOf: () => new Float32Array(512),
    dimensions: 512,
    decision: readDecisionModel(),
  });
}

/**
 * Stand-in vectors for the synthetic base: a random unit vector per text, drawn from a seed of the text's
 * key, so the same on every run and computed when the index asks for it, as the stored vectors are decoded
 * one by one. The synthetic facts are strings of invented words whose meaning a sentence model could not
 * capture anyway, and embedding 90,000 texts would take an hour here; the bench measures the cost of
 * searching vectors, and each question is still embedded by the real model.
 */
function syntheticVectorOf(dimensions: number): (key: string) => Float32Array {
  return (key) => {
    let state = Number.parseInt(key.slice(0, 8), 16) & 0x7fffffff;
    const next = () => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state / 0x7fffffff - 0.5;
    };
    return unit(Array.from({ length: dimensions }, next));
  };
}

async function benchEngine(
  label: string,
  system: string,
  engine: Engine,
  questions: string[],
  rounds: number,
) {
  const answers = await timeEach(questions, rounds, (q) => engine.answer(q));
  const prefixes = questions.flatMap((q) => [q.slice(0, 3), q.slice(0, Math.ceil(q.length / 2)), q]);
  const suggestions = await timeEach(prefixes, rounds, (q) => engine.suggest(q));
  report(label, system, {
    'answer p50': ms(answers.p50),
    'answer p99': ms(answers.p99),
    'answers/s': answers.perSecond.toFixed(0),
    'autocomplete p99': ms(suggestions.p99),
  });
}

/**
 * The longest the event loop waited while the engine answered, beside the longest single embedding of the
 * same questions: a question should hold the loop no longer than one embedding.
 */
async function benchBlocking(label: string, engine: Engine, questions: string[]) {
  const embedder = await loadEmbedder();
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  for (const question of questions) await engine.answer(question);
  loop.disable();
  let longestEmbedding = 0;
  for (const question of questions) {
    const started = performance.now();
    await embedder.embed([question]);
    longestEmbedding = Math.max(longestEmbedding, performance.now() - started);
  }
  report(label, 'factdesk', {
    'longest event-loop block while answering': ms(loop.max / 1e6),
    'longest embedding': ms(longestEmbedding),
  });
}

async function benchFuse(label: string, base: FactBase, questions: string[]) {
  const t = performance.now();
  const fuse = new Fuse(base.facts, { keys: ['statement'] });
  const build = performance.now() - t;
  const answers = await timeEach(questions, 1, (q) => fuse.search(q, { limit: 3 }));
  report(label, 'fuse.js', {
    build: ms(build),
    'answer p50': ms(answers.p50),
    'answer p99': ms(answers.p99),
  });
}

const questions = ['dev-questions', 'holdout-questions', 'holdout2-questions'].flatMap((name) =>
  parseEvalQuestions(readFileSync(new URL(`../tests/fixtures/${name}.jsonl`, import.meta.url), 'utf8')).map(
    (q) => q.q,
  ),
);

const BASES: Record<string, () => Promise<void>> = {
  async embedded() {
    // Start-up as `npm start` does it: read and check the base, load the model and the stored vectors.
    const started = performance.now();
    const base = await loadFactBase(EMBEDDED_DATA_DIR);
    const engine = await loadEngine(base, EMBEDDED_DATA_DIR, { recentQuestions: 0 });
    const startup = performance.now() - started;
    const label = `embedded (${base.facts.length} facts)`;
    console.log(
      `${label.padEnd(26)}start-up with the model loaded ${ms(startup)}, resident ${rssMb().toFixed(0)} MB`,
    );
    await benchEngine(label, 'factdesk', engine, questions, 2);
    console.log(`${label.padEnd(26)}resident after answering ${rssMb().toFixed(0)} MB`);
    await benchBlocking(label, engine, questions);
    const remembering = await loadEngine(base, EMBEDDED_DATA_DIR);
    for (const question of questions) await remembering.answer(question);
    const again = await timeEach(questions, 1, (q) => remembering.answer(q));
    report(label, 'factdesk', {
      'question asked again: answer p50': ms(again.p50),
      'answer p99': ms(again.p99),
    });
    const lexicalOnly = lexicalOnlyEngine(base);
    await benchEngine(label, 'lexical only', lexicalOnly, questions, 2);
    await benchFuse(label, base, questions);
  },
  async synthetic() {
    const started = performance.now();
    const base = syntheticBase(10_000);
    const generated = performance.now() - started;
    const embedder = await loadEmbedder();
    const buildStarted = performance.now();
    const engine = createEngine(base, {
      embedder,
      vectorOf: syntheticVectorOf(512),
      dimensions: 512,
      decision: readDecisionModel(),
    });
    const build = performance.now() - buildStarted;
    const label = 'synthetic (10,000 facts)';
    console.log(
      `${label.padEnd(26)}generate + check ${ms(generated)}, engine build ${ms(build)}, resident ${rssMb().toFixed(0)} MB`,
    );
    const sample = [...syntheticQuestions(base, 150), ...questions.slice(0, 50)];
    await benchEngine(label, 'factdesk', engine, sample, 1);
    console.log(`${label.padEnd(26)}resident after answering ${rssMb().toFixed(0)} MB`);
    await benchBlocking(label, engine, sample);
    const lexicalOnly = lexicalOnlyEngine(base);
    await benchEngine(label, 'lexical only', lexicalOnly, sample, 1);
    // Plain fuse.js takes a large fraction of a second per query at this size: the first 30 questions.
    await benchFuse(label, base, sample.slice(0, 30));
  },
};

const which = process.argv[2];
if (which === undefined) {
  console.log(`factdesk bench — node ${process.version} ${NODE_OPTIONS.join(' ')}`);
  // Each base is measured in a process of its own, as a bot serves one base, with the options it runs with.
  for (const name of Object.keys(BASES)) {
    console.log('');
    execFileSync(
      process.execPath,
      [...process.execArgv, ...NODE_OPTIONS, fileURLToPath(import.meta.url), name],
      {
        stdio: 'inherit',
      },
    );
  }
  console.log(
    '\ntargets: answer p99 < 30 ms (embedded), < 60 ms (10,000 facts), query embedding included; autocomplete p99 < 5 ms (10,000 facts); start-up with the model < 3 s; resident < 400 MB',
  );
} else {
  const run = BASES[which];
  if (!run) throw new Error(`no such base "${which}": use one of ${Object.keys(BASES).join(', ')}`);
  await run();
}
