import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command.js';
import { installProcessGuards } from '../../src/bot/start.js';
import { createLogger } from '../../src/logger.js';
import { MESSAGES } from '../../src/messages.js';
import { FAKE_TOKEN, slashCommand, USER_ID, type Harness, useBotHarness } from '../support/discordHarness.js';
import { REPO_ROOT, runScript } from '../support/run.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- assertions read Discord JSON loosely */

const bot = useBotHarness();

async function setup(
  overrides: Partial<CommandContext> = {},
  config: Partial<CommandContext['config']> = {},
) {
  return bot.start({
    config: { COOLDOWN_PUBLIC_SECONDS: 30, COOLDOWN_SUMMARY_SECONDS: 120, ...config },
    ...overrides,
  });
}

const replies = (h: Harness) =>
  h.requests.filter((r) => r.path.endsWith('/callback')).map((r) => (r.body as any).data);

describe('abuse limits through the real discord.js', () => {
  it('shares an answer once, then keeps answers private with a clear note during the cooldown', async () => {
    const h = await setup();
    await h.dispatch(slashCommand('ask', { question: 'Who is AMLO?', share: true }));
    await h.dispatch(slashCommand('ask', { question: 'When did Title 42 end?', share: true }));
    const [first, second] = replies(h);
    expect(first.flags).toBeUndefined();
    expect(second.flags).toBe(64);
    expect(second.content).toMatch(/^You can share another answer publicly in \d+ s/);
    expect(second.embeds[0].description).toMatch(/Title 42/);
  });
});

describe('/reload', () => {
  it('is refused to anyone who is not an owner', async () => {
    const h = await setup({ reload: async () => ({ ok: true, version: 'x', facts: 1, uncorrected: [] }) });
    await h.dispatch(slashCommand('reload'));
    expect(replies(h)[0]).toMatchObject({ content: MESSAGES.reloadOwnersOnly, flags: 64 });
  });

  it('tells an owner why a new base was refused', async () => {
    const h = await setup(
      {
        reload: async () => ({
          ok: false,
          problems: '  - data/facts/a.json › fact "x" › quotes[0].text: is not verbatim',
        }),
      },
      { BOT_OWNER_IDS: [USER_ID] },
    );
    await h.dispatch(slashCommand('reload'));
    expect(replies(h)[0].content).toMatch(/refused; the bot keeps serving the last good one[\s\S]*a\.json/);
  });

  it('turns a reload that rejects into a polite private error and a log line', async () => {
    const h = await setup(
      { reload: () => Promise.reject(new Error('disk on fire')) },
      { BOT_OWNER_IDS: [USER_ID] },
    );
    await h.dispatch(slashCommand('reload'));
    expect(replies(h)[0]).toMatchObject({ content: MESSAGES.unexpected, flags: 64 });
    expect(bot.logLines.some((l) => /disk on fire/.test(l))).toBe(true);
  });
});

describe('faults', () => {
  it('logs and survives Discord refusing a reply for missing permissions', async () => {
    const h = await setup();
    h.respondWith((r) =>
      r.method === 'POST'
        ? { status: 403, body: { code: 50013, message: 'Missing Permissions' } }
        : undefined,
    );
    await h.dispatch(slashCommand('about'));
    expect(bot.logLines.some((l) => JSON.parse(l).level === 'error')).toBe(true);
    // The same client still answers the next interaction.
    h.respondWith(() => undefined);
    await h.dispatch(slashCommand('about'));
    expect(replies(h).at(-1).embeds[0].title).toBe('About factdesk');
  });

  it('logs a stray rejected promise and keeps the process up; exits on an uncaught exception', () => {
    const lines: string[] = [];
    const processLike = new EventEmitter();
    const exits: number[] = [];
    installProcessGuards(
      processLike as unknown as NodeJS.Process,
      createLogger({ level: 'debug', secrets: [FAKE_TOKEN], write: (l) => lines.push(l) }),
      (code) => exits.push(code),
    );
    processLike.emit('unhandledRejection', new Error(`late failure ${FAKE_TOKEN}`));
    expect(exits).toEqual([]);
    processLike.emit('uncaughtException', new Error(`broken state ${FAKE_TOKEN}`));
    expect(exits).toEqual([1]);
    expect(lines.map((l) => JSON.parse(l).message)).toEqual(['unhandled rejection', 'uncaught exception']);
    expect(lines.join('\n')).not.toContain(FAKE_TOKEN);
  });
});

describe('secrets', () => {
  it.each([
    ['a malformed setting', '12', /DISCORD_APPLICATION_ID must be a Discord id/],
    ['a fact base that does not load', '100000000000000010', /The fact base has \d+ problem/],
  ])('never prints the token when start-up fails on %s', (_what, applicationId, expected) => {
    const result = runScript(['src/main.ts'], {
      env: {
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_APPLICATION_ID: applicationId,
        FACTDESK_DATA_DIR: `/nonexistent/${FAKE_TOKEN}`,
      },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(expected);
    expect(`${result.stdout}${result.stderr}`).not.toContain(FAKE_TOKEN);
  });

  it('keeps .env out of git', () => {
    const result = spawnSync('git', ['check-ignore', '.env'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(result.stdout.trim()).toBe('.env');
  });
});
