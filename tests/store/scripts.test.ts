// The operator's scripts over the embedded database: `npm run stats` across servers, and
// `npm run curation:export` of the phrasings moderators marked in /gaps.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open.js';
import { runScript } from '../support/run.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-scripts-'));
  const store = await openStore(
    { FACTDESK_DB_DIR: dir, STORE_WRITES_PER_MINUTE: 100 },
    createLogger({ level: 'error', write: () => undefined }),
  );
  await store.recordQuestion({
    guildId: 'g1',
    question: 'when did title 42 end',
    factId: 'title-42-ended',
    queue: null,
  });
  await store.recordQuestion({
    guildId: 'g2',
    question: 'who is the ambassador',
    factId: null,
    queue: 'declined',
  });
  await store.recordQuestion({ guildId: 'g2', question: 'what is mpp', factId: null, queue: 'declined' });
  const [mpp] = (await store.openEntries('g2')).filter((e) => e.question === 'what is mpp');
  await store.closeEntries('g2', [mpp!.id], { status: 'answered', factId: 'remain-in-mexico' });
  await store.close();
});

describe('operator scripts', () => {
  it('npm run stats reports every server’s figures together', () => {
    const result = runScript(['scripts/stats.ts', '--days', '7'], { env: { FACTDESK_DB_DIR: dir } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Last 7 days, 2 server(s):');
    expect(result.stdout).toContain('Questions asked: 3');
    expect(result.stdout).toContain('Declined: 2 (67%)');
  });

  it('npm run curation:export lists the marked phrasings by fact, and nothing else', () => {
    const result = runScript(['scripts/curation-export.ts'], { env: { FACTDESK_DB_DIR: dir } });
    expect(result.status).toBe(0);
    const exported = JSON.parse(result.stdout) as { facts: unknown[] };
    expect(exported.facts).toEqual([
      { factId: 'remain-in-mexico', phrasings: [{ question: 'what is mpp', asked: 1 }] },
    ]);
    expect(result.stdout).not.toContain('ambassador');
  });
});
