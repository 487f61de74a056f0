// /summary through the real discord.js: a private preview first, Post and Cancel for the moderator who
// asked only, updates in place, curated and honest content. Every request is checked against Discord's
// OpenAPI description after each test (useBotHarness).
import { describe, expect, it } from 'vitest';
import { MESSAGES, TEXT } from '../../src/messages.js';
import { decodeCustomId, encodeCustomId } from '../../src/render/discord/customId.js';
import { SUMMARY_LIST } from '../../src/summary/summaryList.js';
import {
  buttonClick,
  CHANNEL_ID,
  GUILD_ID,
  MODERATOR,
  slashCommand,
  USER_ID,
  callbacks,
  lastCallback,
  type Harness,
  useBotHarness,
} from '../support/discordHarness.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- assertions read Discord JSON loosely */

const bot = useBotHarness();
const channelWrites = (h: Harness) =>
  h.requests.filter((r) => r.path.includes('/channels/') && (r.method === 'POST' || r.method === 'PATCH'));
const buttonNamed = (data: any, label: string) =>
  data.components.flatMap((row: any) => row.components).find((c: any) => c.label === label);

async function previewOf(h: Harness, options: Record<string, string> = {}) {
  await h.dispatch(slashCommand('summary', options, { permissions: MODERATOR }));
  return lastCallback(h).data;
}

describe('/summary previews before it posts', () => {
  it('shows the moderator a private preview with Post and Cancel, and posts nothing', async () => {
    const h = await bot.start();
    const preview = await previewOf(h, { topic: 'figures' });
    expect(preview.flags).toBe(64);
    expect(preview.content).toBe(TEXT.summaryPreview(CHANNEL_ID));
    expect(preview.embeds[0].title).toBe('Fact summary: figures');
    expect(preview.components[0].components.map((c: any) => c.label)).toEqual([TEXT.post, TEXT.cancel]);
    expect(channelWrites(h)).toEqual([]);
  });

  it('posts on Post, then turns the preview into a confirmation with an Update post button', async () => {
    const h = await bot.start();
    const preview = await previewOf(h, { topic: 'figures' });
    await h.dispatch(buttonClick(buttonNamed(preview, TEXT.post).custom_id, { permissions: MODERATOR }));
    const [post] = channelWrites(h);
    expect(post?.method).toBe('POST');
    expect(post?.path).toBe(`/api/v10/channels/${CHANNEL_ID}/messages`);
    expect((post?.body as any).embeds).toEqual(preview.embeds);
    expect((post?.body as any).allowed_mentions).toEqual({ parse: [] });
    const confirmation = lastCallback(h);
    expect(confirmation.type).toBe(7);
    expect(confirmation.data.content).toBe(MESSAGES.posted(CHANNEL_ID));
    const update = decodeCustomId(buttonNamed(confirmation.data, TEXT.updatePost).custom_id);
    // The capture server answers a post with message 100000000000000099: the button updates that message.
    expect(update).toMatchObject({ op: 'update', messageId: '100000000000000099', topic: 'figures' });
  });

  it('cancels without posting', async () => {
    const h = await bot.start();
    const preview = await previewOf(h);
    await h.dispatch(buttonClick(buttonNamed(preview, TEXT.cancel).custom_id, { permissions: MODERATOR }));
    expect(lastCallback(h)).toMatchObject({ type: 7, data: { content: MESSAGES.summaryCancelled } });
    expect(channelWrites(h)).toEqual([]);
  });

  it('lets only the moderator who asked press Post, and only with Manage Messages', async () => {
    const h = await bot.start();
    const post = buttonNamed(await previewOf(h), TEXT.post).custom_id;
    await h.dispatch(buttonClick(post, { permissions: MODERATOR, userId: '100000000000000041' }));
    expect(lastCallback(h).data).toMatchObject({ content: MESSAGES.summaryNotYours, flags: 64 });
    await h.dispatch(buttonClick(post, { permissions: 0n }));
    expect(lastCallback(h).data).toMatchObject({ content: MESSAGES.summaryNeedsPermission, flags: 64 });
    expect(channelWrites(h)).toEqual([]);
  });

  it('refuses a member without Manage Messages, checked again at run time', async () => {
    const h = await bot.start();
    await h.dispatch(slashCommand('summary', { topic: 'policies' }, { permissions: 0n }));
    expect(lastCallback(h).data).toMatchObject({ content: MESSAGES.summaryNeedsPermission, flags: 64 });
  });

  it('previews privately even where replies are public by default', async () => {
    const h = await bot.start({ config: { REPLY_VISIBILITY: 'public' } });
    expect((await previewOf(h)).flags).toBe(64);
  });

  it('tells the moderator when the bot may not post in that channel', async () => {
    const h = await bot.start();
    h.respondWith((r) =>
      r.path.endsWith('/messages') && r.method === 'POST'
        ? { status: 403, body: { code: 50013, message: 'Missing Permissions' } }
        : undefined,
    );
    const preview = await previewOf(h, { topic: 'figures', channel: '100000000000000077' });
    await h.dispatch(buttonClick(buttonNamed(preview, TEXT.post).custom_id, { permissions: MODERATOR }));
    expect(lastCallback(h).data.content).toBe(MESSAGES.cannotPost('100000000000000077'));
  });
});

describe('/summary when Discord is slow', () => {
  it('acknowledges the press when posting is slow, then edits the preview into the confirmation', async () => {
    const h = await bot.start({}, { deferAfterMs: 50 });
    h.respondWith((r) =>
      r.path.endsWith('/messages') && r.method === 'POST'
        ? { status: 200, body: { id: '100000000000000098' }, delayMs: 300 }
        : undefined,
    );
    const preview = await previewOf(h, { topic: 'timeline' });
    await h.dispatch(buttonClick(buttonNamed(preview, TEXT.post).custom_id, { permissions: MODERATOR }));
    expect(callbacks(h.requests)[1]?.body).toEqual({ type: 6 });
    const edit = h.requests.find(
      (r) => r.method === 'PATCH' && decodeURIComponent(r.path).endsWith('/messages/@original'),
    );
    expect((edit?.body as any).content).toBe(MESSAGES.posted(CHANNEL_ID));
  });

  it('keeps the preview when a slow post then fails, and tells the moderator privately why', async () => {
    const h = await bot.start({}, { deferAfterMs: 50 });
    h.respondWith((r) =>
      r.path.endsWith('/messages') && r.method === 'POST' && !r.path.includes('/webhooks/')
        ? { status: 403, body: { code: 50013, message: 'Missing Permissions' }, delayMs: 300 }
        : undefined,
    );
    const preview = await previewOf(h, { topic: 'timeline' });
    await h.dispatch(buttonClick(buttonNamed(preview, TEXT.post).custom_id, { permissions: MODERATOR }));
    expect(callbacks(h.requests)[1]?.body).toEqual({ type: 6 });
    expect(h.requests.some((r) => r.method === 'PATCH' && r.path.endsWith('/@original'))).toBe(false);
    const followUp = h.requests.find((r) => r.method === 'POST' && r.path.includes('/webhooks/'));
    expect(followUp?.body).toMatchObject({
      content: MESSAGES.cannotPost(CHANNEL_ID),
      flags: 64,
    });
  });
});

describe('/summary updates a posted summary in place', () => {
  const link = `https://discord.com/channels/${GUILD_ID}/${CHANNEL_ID}/100000000000000055`;

  it('previews the update from a message link, then edits that message with an updated note', async () => {
    const h = await bot.start();
    const preview = await previewOf(h, { topic: 'figures', update: link });
    expect(preview.content).toBe(TEXT.summaryUpdatePreview(CHANNEL_ID));
    await h.dispatch(buttonClick(buttonNamed(preview, TEXT.update).custom_id, { permissions: MODERATOR }));
    const [edit] = channelWrites(h);
    expect(edit?.method).toBe('PATCH');
    expect(edit?.path).toBe(`/api/v10/channels/${CHANNEL_ID}/messages/100000000000000055`);
    expect((edit?.body as any).embeds[0].footer.text).toBe(
      TEXT.summaryUpdatedFooter(bot.engine.base.version),
    );
    expect(lastCallback(h).data.content).toBe(MESSAGES.summaryUpdated(CHANNEL_ID));
  });

  it('says so when the posted summary is gone or is not factdesk’s', async () => {
    const h = await bot.start();
    h.respondWith((r) =>
      r.method === 'PATCH' && r.path.includes('/channels/')
        ? { status: 403, body: { code: 50005, message: 'Cannot edit a message authored by another user' } }
        : undefined,
    );
    const update = encodeCustomId({
      action: 'summary',
      op: 'update',
      language: 'en',
      owner: USER_ID,
      channelId: CHANNEL_ID,
      messageId: '100000000000000055',
      topic: 'figures',
    });
    await h.dispatch(buttonClick(update, { permissions: MODERATOR }));
    expect(lastCallback(h).data).toMatchObject({ content: MESSAGES.postGone, flags: 64 });
  });

  it('refuses an update target that is not a message link', async () => {
    const h = await bot.start();
    expect((await previewOf(h, { update: 'yesterday’s post' })).content).toBe(
      MESSAGES.badMessageLink('yesterday’s post'),
    );
  });
});

describe('what a summary says', () => {
  it('posts the curated overview in its order, by section, one bullet per figure', async () => {
    const h = await bot.start();
    const { description } = (await previewOf(h)).embeds[0];
    const sections = SUMMARY_LIST.overview.map((s) => TEXT.summarySections[s.section]);
    const positions = sections.map((heading) => description.indexOf(`**${heading}**`));
    expect(positions.every((p: number) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const statements = SUMMARY_LIST.overview
      .flatMap((s) => s.facts)
      .map((id) => bot.engine.factById(id)?.statement);
    for (const statement of statements) expect(description).toContain(statement);
    expect(description).toMatch(/reopen the southern border/);
    expect(description).toMatch(/Guatemala/);
    expect(description).toMatch(/root causes/);
    expect(description).toMatch(/resume their negotiations in Washington/);
  });

  it('says when a section is cut, and where to see the rest', async () => {
    const h = await bot.start();
    const { description } = (await previewOf(h, { topic: 'timeline' })).embeds[0];
    expect(description).toMatch(/…and \d+ more, not shown here: \/timeline/);
  });

  it('keeps provenance compact and says what the lines are', async () => {
    const h = await bot.start();
    const [embed] = (await previewOf(h, { topic: 'policies' })).embeds;
    expect(embed.description).not.toContain('`');
    expect(embed.description).toMatch(/\(¶\d+\)/);
    expect(embed.footer.text).toBe(TEXT.summaryFooter(bot.engine.base.version));
    expect(embed.footer.text).not.toMatch(/every line is quoted/i);
  });

  it('matches a topic in the moderator’s words through the engine and names what it matched', async () => {
    const h = await bot.start();
    const preview = await previewOf(h, { topic: 'deportation flights to Venezuela' });
    const answer = await bot.engine.answer('deportation flights to Venezuela');
    const matched = [answer.fact!, ...answer.alternatives].map((f) => f.aliases[0] ?? f.questions[0]);
    expect(preview.content).toContain(
      TEXT.summaryMatched('deportation flights to Venezuela', matched.join(' · ')),
    );
    expect(preview.embeds[0].description.split('\n')).toHaveLength(1 + answer.alternatives.length);
    expect(preview.embeds[0].description).toContain(answer.fact?.statement);
    expect(preview.embeds[0].title).toContain(answer.fact?.aliases[0]);
  });

  it('refuses privately a topic the record does not answer', async () => {
    const h = await bot.start();
    const preview = await previewOf(h, { topic: 'pizza recipes' });
    expect(preview).toMatchObject({ flags: 64, content: expect.stringMatching(/No sourced facts match/) });
    expect(preview.components ?? []).toEqual([]);
  });
});
