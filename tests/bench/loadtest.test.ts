// The load test itself works: a short bounded run against the compiled endpoint gets only 200s and prints
// its figures. The figures are not asserted (tests never time things); docs/operating.md records them.
import { describe, expect, inject, it } from 'vitest';
import { runScriptAsync } from '../support/run.js';

describe('npm run loadtest', () => {
  it('sends signed interactions to the compiled endpoint for a bounded time and prints its figures', async () => {
    const result = await runScriptAsync([
      'bench/loadtest.ts',
      '--duration',
      '1',
      '--connections',
      '2',
      '--processes',
      '1',
      '--database-url',
      inject('postgresUrl'),
    ]);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/endpoint log: \d+ × error/);
    expect(result.status).toBe(0);
    const line =
      /1 process sharing one PostgreSQL: (\d+) interactions\/s, p50 \d+ ms, p99 \d+ ms, (\d+) requests, 0 failed; (\d+) of (\d+) questions recorded/.exec(
        result.stdout,
      );
    expect(line).not.toBeNull();
    expect(Number(line?.[2])).toBeGreaterThan(0);
    // Every question the endpoint took was recorded, even those in flight when it was stopped.
    const [recorded, sent] = [Number(line?.[3]), Number(line?.[4])];
    expect(recorded).toBeGreaterThan(0);
    expect(recorded).toBeLessThanOrEqual(sent);
    expect(result.stdout).not.toContain('question not recorded');
  });
});
