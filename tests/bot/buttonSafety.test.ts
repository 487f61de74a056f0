// Buttons as anyone in a channel can press them, and custom ids as a modified client can forge them.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/messages.js';
import {
  buttonClick,
  CHANNEL_ID,
  MODERATOR,
  slashCommand,
  USER_ID,
  useBotHarness,
  type CapturedRequest,
  type Harness,
} from '../support/discordHarness.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- assertions read Discord JSON loosely */

const bot = useBotHarness();
const ANOTHER_USER = '100000000000000041';

const callbacks = (h: Harness) =>
  h.requests.filter((r: CapturedRequest) => r.path.endsWith('/callback')).map((r) => r.body as any);

async function sharedTimeline(h: Harness): Promise<string> {
  await h.dispatch(slashCommand('timeline', { share: true }));
  const later = callbacks(h)[0].data.components[0].components.find((c: any) => c.label === 'Later ▶');
  return later.custom_id as string;
}

describe('who may press a button', () => {
  it('lets the asker turn the page of their shared list', async () => {
    const h = await bot.start();
    const next = await sharedTimeline(h);
    await h.dispatch(buttonClick(next, { ephemeral: false, ownerId: USER_ID }));
    expect(callbacks(h)[1]).toMatchObject({ type: 7 });
  });

  it('gives anyone else the next page privately, leaving the shared message as it is', async () => {
    const h = await bot.start();
    const next = await sharedTimeline(h);
    await h.dispatch(buttonClick(next, { ephemeral: false, ownerId: ANOTHER_USER }));
    const copy = callbacks(h)[1];
    expect(copy.type).toBe(4);
    expect(copy.data.flags).toBe(64);
    expect(copy.data.embeds[0].footer.text).toMatch(/^page 2 of/);
  });
});

describe('forged button ids', () => {
  const forged: [string, string][] = [
    ['fd:page:positions:0:martians', MESSAGES.unknownButton],
    ['fd:page:timeline:0:2023-02-31..', MESSAGES.notARealDate('from', '2023-02-31')],
    ['fd:page:timeline:0:..yesterday', MESSAGES.badDate('to')],
    ['fd:page:timeline:0:2024..2023', MESSAGES.dateOrder],
    ['fd:page:timeline:0:2023..2024..2025', MESSAGES.unknownButton],
    ['fd:page:who:100000:', MESSAGES.unknownButton],
    ['fd:cite:no-such-fact', MESSAGES.unknownButton],
    ['fd:explode:now', MESSAGES.unknownButton],
    ['not-ours', MESSAGES.unknownButton],
  ];
  for (const [customId, message] of forged)
    it(`answers "${customId}" privately with what is wrong, and logs no failure`, async () => {
      const h = await bot.start();
      await h.dispatch(buttonClick(customId));
      expect(callbacks(h)[0].data).toMatchObject({ content: message, flags: 64 });
      expect(bot.logLines.filter((l) => JSON.parse(l).level === 'error')).toEqual([]);
    });
});

describe('the summary cooldown', () => {
  it('is spent only by a summary that was posted', async () => {
    const h = await bot.start({ config: { COOLDOWN_SUMMARY_SECONDS: 120 } });
    let refuse = true;
    h.respondWith((r) =>
      refuse && r.method === 'POST' && r.path.endsWith(`/channels/${CHANNEL_ID}/messages`)
        ? { status: 403, body: { code: 50013, message: 'Missing Permissions' } }
        : undefined,
    );
    await h.dispatch(slashCommand('summary', { topic: 'figures' }, { permissions: MODERATOR }));
    const post = callbacks(h)[0].data.components[0].components[0].custom_id as string;
    const press = () => h.dispatch(buttonClick(post, { permissions: MODERATOR }));
    await press();
    refuse = false;
    await press();
    await press();
    expect(
      callbacks(h)
        .slice(1)
        .map((c) => c.data.content),
    ).toEqual([MESSAGES.cannotPost(CHANNEL_ID), MESSAGES.posted(CHANNEL_ID), MESSAGES.summaryCooldown(120)]);
  });
});
