// A separate process writing to a shared PostgreSQL, for the parallel-writers tests: N votes by its own
// users, N queued questions, and one vote by a user both processes share, all at once. Optional: a write
// budget per minute and a fixed clock (ISO time), so processes racing on the budget share one minute.
import { openDatabase } from '../../src/store/database.js';
import { createStore } from '../../src/store/store.js';
import { TEST_VOTE_KEY } from '../support/databases.js';

const [url, name, countText, budgetText, clock] = process.argv.slice(2);
const count = Number(countText);
const connection = await openDatabase({ url: url! });
const store = createStore({
  connection,
  voteKey: TEST_VOTE_KEY,
  writesPerMinute: Number(budgetText ?? 100_000),
  ...(clock ? { now: () => new Date(clock) } : {}),
});
await store.ready();
const guildId = '200000000000000001';
const work: (() => Promise<unknown>)[] = [];
for (let i = 0; i < count; i++) {
  work.push(
    () =>
      store.vote({ guildId, answerRef: 'shared0001', factId: 'f', userId: `${name}-${i}`, vote: 'helpful' }),
    () =>
      store.recordQuestion({ guildId, question: `asked by ${name} ${i}`, factId: null, queue: 'declined' }),
  );
}
work.push(() =>
  store.vote({ guildId, answerRef: 'shared0001', factId: 'f', userId: 'both', vote: 'unhelpful' }),
);
// Ten writes in flight at a time, as a busy bot has: more would only queue for the pool's five connections.
const results: unknown[] = [];
for (let i = 0; i < work.length; i += 10)
  results.push(...(await Promise.all(work.slice(i, i + 10).map((w) => w()))));
await store.close();
const queued = results.filter((r) => typeof r === 'object' && r !== null && 'queued' in r && r.queued);
console.log(
  JSON.stringify({ recorded: results.filter((r) => r === 'recorded').length, queued: queued.length }),
);
