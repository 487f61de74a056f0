import { MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command.js';
import { Cooldowns, enforceCooldowns } from '../../src/bot/cooldowns.js';
import { MESSAGES, UserError } from '../../src/messages.js';
import { button, messageBody } from '../../src/render/discord/message.js';
import type { Engine } from '../../src/search/engine.js';
import { testContext } from '../support/context.js';

// Cooldowns never consult the engine.
const engine = {} as Engine;

function setup(seconds = { public: 30, summary: 120 }, overrides: Partial<CommandContext> = {}) {
  let now = 1_000_000;
  const context = testContext(engine, {
    config: { COOLDOWN_PUBLIC_SECONDS: seconds.public, COOLDOWN_SUMMARY_SECONDS: seconds.summary },
    cooldowns: new Cooldowns(() => now),
    ...overrides,
  });
  return { context, advance: (ms: number) => (now += ms) };
}

const publicReply = () => ({
  type: 'reply' as const,
  body: messageBody({
    visibility: 'public',
    content: 'the answer',
    buttons: [
      button('Share in channel', { action: 'share', factId: 'x' }),
      button('Copy citation', { action: 'cite', factId: 'x' }),
    ],
  }),
});
const post = () => ({
  type: 'post' as const,
  channelId: '1',
  body: messageBody({ visibility: 'public' }),
  confirm: () => ({ type: 'reply' as const, body: messageBody({ visibility: 'private' }) }),
});
const user = { userId: '42', guildId: '100000000000000020', locale: 'en-US' as const };

describe('cooldowns', () => {
  it('lets a user share once, then answers privately with when sharing works again', async () => {
    const { context, advance } = setup();
    expect(await enforceCooldowns(publicReply(), user, context)).toEqual(publicReply());
    advance(10_000);
    const second = await enforceCooldowns(publicReply(), user, context);
    expect(second.type === 'reply' && second.body).toMatchObject({
      flags: MessageFlags.Ephemeral,
      content: `${MESSAGES.cooldown(20)}\nthe answer`,
    });
    expect(JSON.stringify(second)).not.toContain('fd:share:');
    advance(20_000);
    expect(await enforceCooldowns(publicReply(), user, context)).toEqual(publicReply());
  });

  it('never limits private lookups, and counts each user apart', async () => {
    const { context } = setup();
    const privateReply = {
      type: 'reply' as const,
      body: messageBody({ visibility: 'private', content: 'x' }),
    };
    for (let i = 0; i < 5; i++)
      expect(await enforceCooldowns(privateReply, user, context)).toEqual(privateReply);
    await enforceCooldowns(publicReply(), user, context);
    expect(await enforceCooldowns(publicReply(), { ...user, userId: '43' }, context)).toEqual(publicReply());
  });

  it('refuses a second summary within its cooldown with a clear message', async () => {
    const { context, advance } = setup();
    await enforceCooldowns(post(), user, context);
    advance(60_000);
    await expect(enforceCooldowns(post(), user, context)).rejects.toThrow(
      new UserError('summaryCooldown', 60),
    );
  });

  it('is off when configured to 0 seconds', async () => {
    const { context } = setup({ public: 0, summary: 0 });
    for (let i = 0; i < 3; i++) {
      expect(await enforceCooldowns(publicReply(), user, context)).toEqual(publicReply());
      const summary = post();
      expect(await enforceCooldowns(summary, user, context)).toBe(summary);
    }
  });
});
