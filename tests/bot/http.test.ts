// The HTTP interactions endpoint as Discord uses it: signed POSTs from a test key pair, answered with the
// same handlers as the gateway, every response checked against Discord's OpenAPI description.
import { InteractionResponseType } from 'discord-api-types/v10';
import { REST } from 'discord.js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CommandContext } from '../../commands/command.js';
import { createInteractionsServer, startHttpBot } from '../../src/bot/httpServer.js';
import { parseConfig } from '../../src/config.js';
import { EMBEDDED_DATA_DIR } from '../../src/facts/load.js';
import { createTelemetry } from '../../src/bot/telemetry.js';
import { createLogger } from '../../src/logger.js';
import { MESSAGES } from '../../src/messages.js';
import type { Engine } from '../../src/search/engine.js';
import type { Store } from '../../src/store/store.js';
import { embeddedEngine } from '../support/engine.js';
import { testContext } from '../support/context.js';
import { newServerDatabase, openServerStore } from '../support/databases.js';
import {
  APP_ID,
  autocomplete,
  buttonClick,
  CHANNEL_ID,
  FAKE_TOKEN,
  GUILD_ID,
  modalSubmit,
  MODERATOR,
  slashCommand,
  startHarness,
  USER_ID,
} from '../support/discordHarness.js';
import { checkDiscordLimits, validateInteractionCallback, validateRequest } from '../support/discordSpec.js';
import { startFakeGateway, type FakeGateway } from '../support/fakeGateway.js';
import { freePort } from '../support/postgres.js';
import { createTestKey, signedHeaders } from '../support/signing.js';
import { EventEmitter } from 'node:events';

/* eslint-disable @typescript-eslint/no-explicit-any -- assertions read Discord JSON loosely */

let engine: Engine;
beforeAll(async () => {
  engine = await embeddedEngine();
});
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const key = createTestKey();

async function setup(
  overrides: Parameters<typeof testContext>[1] = {},
  options: { deferAfterMs?: number; token?: boolean; apiBase?: string } = {},
) {
  const discord: FakeGateway = await startFakeGateway();
  cleanups.push(() => discord.close());
  const logLines: string[] = [];
  const logger = createLogger({ level: 'info', write: (line) => logLines.push(line) });
  const context: CommandContext = testContext(engine, { logLines, ...overrides, logger });
  const telemetry = createTelemetry({ logger, defaultMetrics: false });
  const rest = new REST({ version: '10', api: options.apiBase ?? discord.apiBase, retries: 0 });
  if (options.token) rest.setToken(FAKE_TOKEN);
  const server = createInteractionsServer({
    context,
    telemetry,
    logger,
    publicKey: key.publicKeyHex,
    applicationId: APP_ID,
    rest,
    canPost: options.token === true,
    deferAfterMs: options.deferAfterMs,
  });
  const address = await server.app.listen({ host: '127.0.0.1', port: 0 });
  cleanups.push(() => server.app.close());
  const post = async (payload: unknown, headers = signedHeaders(key, JSON.stringify(payload))) => {
    const response = await fetch(`${address}/interactions`, {
      method: 'POST',
      headers,
      body: JSON.stringify(payload),
    });
    const body = (await response.json()) as any;
    if (response.status === 200) {
      expect(validateInteractionCallback(body)).toEqual([]);
      expect(checkDiscordLimits(body)).toEqual([]);
    }
    return { status: response.status, body };
  };
  return { post, discord, logLines, telemetry, server };
}

describe('the HTTP interactions endpoint', () => {
  it('answers PING with PONG', async () => {
    const { post } = await setup();
    expect(await post({ type: 1, id: '1', application_id: APP_ID, token: 't', version: 1 })).toEqual({
      status: 200,
      body: { type: InteractionResponseType.Pong },
    });
  });

  it('refuses with 401 a request signed by another key, altered, unsigned or stale', async () => {
    const { post } = await setup();
    const ping = { type: 1, id: '1', application_id: APP_ID, token: 't', version: 1 };
    const body = JSON.stringify(ping);
    const now = Math.floor(Date.now() / 1000);
    const attempts = [
      signedHeaders(createTestKey(), body),
      signedHeaders(key, body.replace('"t"', '"u"')),
      { 'content-type': 'application/json' },
      signedHeaders(key, body, now - 600),
      signedHeaders(key, body, now + 600),
    ];
    for (const headers of attempts) expect((await post(ping, headers)).status).toBe(401);
  });

  it('answers /ask exactly as the gateway path does', async () => {
    const { post, logLines } = await setup();
    const payload = slashCommand('ask', { question: 'When did Title 42 end?' });
    const { body } = await post(payload);
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds[0].description).toMatch(/ended in May/);

    const gateway = await startHarness(testContext(engine));
    cleanups.push(() => gateway.close());
    await gateway.dispatch(slashCommand('ask', { question: 'When did Title 42 end?' }));
    const viaGateway = gateway.requests.find((r) => r.path.endsWith('/callback'))?.body as any;
    expect(body.data.embeds).toEqual(viaGateway.data.embeds);
    expect(body.data.components).toEqual(viaGateway.data.components);

    const line = logLines.map((l) => JSON.parse(l)).find((l) => l.message === 'interaction');
    expect(line).toMatchObject({ kind: 'command', command: 'ask', outcome: 'ok', answered: true });
    expect(logLines.join('\n')).not.toContain(USER_ID);
  });

  it('answers a Spanish client in Spanish, errors and autocomplete included, as the gateway path does', async () => {
    const { post } = await setup();
    const spanish = <T extends object>(payload: T) => ({
      ...payload,
      locale: 'es-ES',
      guild_locale: 'en-US',
    });
    const { body } = await post(spanish(slashCommand('ask', { question: 'When did Title 42 end?' })));
    expect(body.data.content).toBe('Pregunta: When did Title 42 end?');
    expect(body.data.embeds[0].description).toContain('_Cita original en inglés:_');
    const refused = await post(spanish(slashCommand('timeline', { from: 'ayer' })));
    expect(refused.body.data.content).toBe('«from» debe ser una fecha como 2023, 2023-12 o 2023-12-30.');
    const choices = await post(spanish(autocomplete('policies', 'policy', 'título')));
    expect(choices.body.data.choices.map((c: any) => c.name)).toContain('Título 42');
  });

  it('answers autocomplete with choices that lead to a fact', async () => {
    const { post } = await setup();
    const { body } = await post(autocomplete('ask', 'question', 'title 4'));
    expect(body.type).toBe(8);
    expect(body.data.choices.length).toBeGreaterThan(0);
    for (const choice of body.data.choices) expect(choice.value).toBe(choice.name);
  });

  it('pages for the asker, gives others a private copy, and refuses a forged button', async () => {
    const { post } = await setup();
    const first = await post(slashCommand('timeline', { share: true }));
    const next = first.body.data.components[0].components.find((c: any) => c.label === 'Later ▶');
    expect((await post(buttonClick(next.custom_id, { ephemeral: false, ownerId: USER_ID }))).body.type).toBe(
      7,
    );
    const copy = (
      await post(buttonClick(next.custom_id, { ephemeral: false, ownerId: '100000000000000041' }))
    ).body;
    expect(copy).toMatchObject({ type: 4, data: { flags: 64 } });
    expect((await post(buttonClick('fd:page:positions:0:martians'))).body.data).toMatchObject({
      content: MESSAGES.unknownButton,
      flags: 64,
    });
  });

  it('answers an unknown command privately', async () => {
    const { post } = await setup();
    expect((await post(slashCommand('retired-command'))).body.data).toMatchObject({
      content: MESSAGES.unknownCommand,
      flags: 64,
    });
  });

  it('defers slow work, then sends the reply by webhook', async () => {
    const slowReload = () =>
      new Promise<{ ok: true; version: string; facts: number; uncorrected: string[] }>((resolve) =>
        setTimeout(() => resolve({ ok: true, version: 'v2', facts: 3, uncorrected: [] }), 300),
      );
    const { post, discord } = await setup(
      { config: { BOT_OWNER_IDS: [USER_ID] }, reload: slowReload },
      { deferAfterMs: 50 },
    );
    const edit = discord.nextRequest('/messages/@original');
    const { body } = await post(slashCommand('reload'));
    expect(body).toEqual({ type: 5, data: { flags: 64 } });
    const followUp = await edit;
    expect(followUp.method).toBe('PATCH');
    expect(decodeURIComponent(followUp.path)).toMatch(
      /^\/api\/v10\/webhooks\/\d+\/interaction-token-\d+\/messages\/@original$/,
    );
    expect(followUp.body).toMatchObject({ content: MESSAGES.reloaded('v2', 3) });
    expect(validateRequest(followUp.method, followUp.path, followUp.body)).toEqual([]);
  });

  it('posts a previewed summary with a bot token, and without one says why, keeping the cooldown unspent', async () => {
    const pressPost = async (server: Awaited<ReturnType<typeof setup>>) => {
      const preview = await server.post(
        slashCommand('summary', { topic: 'figures' }, { permissions: MODERATOR }),
      );
      const post = preview.body.data.components[0].components[0].custom_id as string;
      return () => server.post(buttonClick(post, { permissions: MODERATOR }));
    };
    const withToken = await setup({ config: { COOLDOWN_SUMMARY_SECONDS: 120 } }, { token: true });
    const posted = withToken.discord.nextRequest(`/channels/${CHANNEL_ID}/messages`);
    const press = await pressPost(withToken);
    expect((await press()).body).toMatchObject({ type: 7, data: { content: MESSAGES.posted(CHANNEL_ID) } });
    expect(validateRequest('POST', (await posted).path, (await posted).body)).toEqual([]);

    const tokenless = await setup({ config: { COOLDOWN_SUMMARY_SECONDS: 120 } });
    const pressTokenless = await pressPost(tokenless);
    for (let i = 0; i < 2; i++)
      expect((await pressTokenless()).body.data.content).toBe(MESSAGES.summaryNeedsToken);
  });

  it('keeps the preview when a slow post then fails, and tells the moderator privately by webhook', async () => {
    const capture = await startHarness(testContext(engine));
    cleanups.push(() => capture.close());
    capture.respondWith((r) =>
      r.method === 'POST' && r.path.endsWith(`/channels/${CHANNEL_ID}/messages`)
        ? { status: 403, body: { code: 50013, message: 'Missing Permissions' }, delayMs: 300 }
        : undefined,
    );
    const { post } = await setup({}, { token: true, deferAfterMs: 50, apiBase: capture.apiBase });
    const preview = await post(slashCommand('summary', { topic: 'figures' }, { permissions: MODERATOR }));
    const press = preview.body.data.components[0].components[0].custom_id as string;
    expect((await post(buttonClick(press, { permissions: MODERATOR }))).body).toEqual({ type: 6 });
    await vi.waitFor(() => expect(capture.requests.some((r) => r.path.includes('/webhooks/'))).toBe(true));
    const [followUp, ...others] = capture.requests.filter((r) => r.path.includes('/webhooks/'));
    expect(others).toEqual([]);
    expect(followUp).toMatchObject({
      method: 'POST',
      body: {
        content: MESSAGES.cannotPost(CHANNEL_ID),
        flags: 64,
      },
    });
    expect(validateRequest(followUp!.method, followUp!.path, followUp!.body)).toEqual([]);
  });

  it('counts interactions by command and outcome in its metrics', async () => {
    const { post, telemetry } = await setup();
    await post(slashCommand('ask', { question: 'When did Title 42 end?' }));
    await post(slashCommand('retired-command'));
    const metrics = await telemetry.registry.metrics();
    expect(metrics).toContain('factdesk_interactions_total{kind="command",command="ask",outcome="ok"} 1');
    expect(metrics).toContain(
      'factdesk_interactions_total{kind="command",command="retired-command",outcome="user_error"} 1',
    );
  });

  it('refuses new interactions with 503 once stopping, and reports health for a load balancer', async () => {
    const { post, server } = await setup();
    const address = server.app.server.address() as { port: number };
    const health = await fetch(`http://127.0.0.1:${address.port}/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok', gateway: 'not used' });
    server.stopTaking();
    expect((await post(slashCommand('ask', { question: 'Who is AMLO?' }))).status).toBe(503);
  });
});

describe('feedback over the HTTP endpoint, with instances sharing one PostgreSQL', () => {
  /** Opens a store on a new database of the run's PostgreSQL server, as each instance opens its own pool. */
  async function openShared(url: string): Promise<Store> {
    const store = await openServerStore(url);
    cleanups.push(() => store.close());
    return store;
  }

  /** Two endpoints, each with its own connection to the same database, as two processes behind a balancer. */
  async function twoInstances(options: { deferAfterMs?: number; slowVotesMs?: number } = {}) {
    const url = await newServerDatabase();
    const [a, b] = [await openShared(url), await openShared(url)];
    const slow = (store: Store): Store =>
      options.slowVotesMs
        ? {
            ...store,
            vote: async (vote) => {
              await new Promise((resolve) => setTimeout(resolve, options.slowVotesMs));
              return store.vote(vote);
            },
          }
        : store;
    return {
      a: await setup({ store: slow(a) }, options),
      b: await setup({ store: slow(b) }, options),
      store: a,
    };
  }

  /** The feedback buttons of an /ask answer, by label, and the answer's text (it names the question). */
  async function ask(instance: Awaited<ReturnType<typeof setup>>, question: string) {
    const { body } = await instance.post(slashCommand('ask', { question }));
    const buttons = (body.data.components as { components: { label: string; custom_id: string }[] }[])
      .flatMap((row) => row.components)
      .map((c) => [c.label, c.custom_id] as const);
    return { buttons: Object.fromEntries(buttons), content: body.data.content as string };
  }

  it('counts one vote per user per answer, whichever instance each click reaches', async () => {
    const { a, b, store } = await twoInstances();
    const { buttons } = await ask(a, 'When did Title 42 end?');
    expect(Object.keys(buttons)).toEqual(expect.arrayContaining(['Helpful', 'Not helpful', 'Wrong fact']));
    expect((await a.post(buttonClick(buttons.Helpful!))).body).toMatchObject({
      type: 4,
      data: { content: MESSAGES.feedbackThanks, flags: 64 },
    });
    expect((await b.post(buttonClick(buttons['Not helpful']!))).body.data.content).toBe(
      MESSAGES.feedbackAlreadyGiven,
    );
    const other = buttonClick(buttons['Not helpful']!, { userId: '100000000000000041' });
    expect((await b.post(other)).body.data.content).toBe(MESSAGES.feedbackThanks);
    expect((await store.stats(GUILD_ID, 1)).votes).toEqual({ helpful: 1, unhelpful: 1, wrong: 0 });
    const metrics = await b.telemetry.registry.metrics();
    expect(metrics).toContain('factdesk_interactions_total{kind="button",command="vote",outcome="ok"} 2');
  });

  it('opens the Wrong-fact form, and queues the question with the reason sent to another instance', async () => {
    const { a, b, store } = await twoInstances();
    const { buttons, content } = await ask(a, 'When did Title 42 end?');
    const form = (await a.post(buttonClick(buttons['Wrong fact']!, { content }))).body;
    expect(form.type).toBe(InteractionResponseType.Modal);
    expect(form.data.components[0].components[0]).toMatchObject({ custom_id: 'reason', required: false });
    const sent = modalSubmit(form.data.custom_id, { reason: 'It ended on May 11' }, { content });
    expect((await b.post(sent)).body).toMatchObject({
      type: 4,
      data: { content: MESSAGES.wrongFactThanks, flags: 64 },
    });
    const [entry] = await store.openEntries(GUILD_ID);
    expect(entry).toMatchObject({
      reason: 'flagged',
      question: 'When did Title 42 end?',
      note: 'It ended on May 11',
      factId: (await engine.answer('When did Title 42 end?')).fact?.id,
    });
    expect((await store.stats(GUILD_ID, 1)).votes.wrong).toBe(1);
  });

  it('refuses forged vote and form ids privately and records nothing', async () => {
    const { a, store } = await twoInstances();
    const forged = [
      buttonClick('fd:vote:up:abcdefgh:no-such-fact'),
      buttonClick('fd:vote:wrong:NOT-A-REF:title-42'),
      modalSubmit('fd:why:abcdefgh:no-such-fact', { reason: 'x' }),
      modalSubmit('fd:source:title-42', { reason: 'x' }),
    ];
    for (const payload of forged)
      expect((await a.post(payload)).body).toMatchObject({
        type: 4,
        data: { content: MESSAGES.unknownButton, flags: 64 },
      });
    expect((await store.stats(GUILD_ID, 1)).votes).toEqual({ helpful: 0, unhelpful: 0, wrong: 0 });
  });

  it('defers a vote the database is slow to take, then thanks by webhook', async () => {
    const { a, store } = await twoInstances({ deferAfterMs: 50, slowVotesMs: 300 });
    const { buttons } = await ask(a, 'When did Title 42 end?');
    const edit = a.discord.nextRequest('/messages/@original');
    expect((await a.post(buttonClick(buttons.Helpful!))).body).toEqual({ type: 5, data: { flags: 64 } });
    const followUp = await edit;
    expect(followUp).toMatchObject({ method: 'PATCH', body: { content: MESSAGES.feedbackThanks } });
    expect(validateRequest(followUp.method, followUp.path, followUp.body)).toEqual([]);
    expect((await store.stats(GUILD_ID, 1)).votes.helpful).toBe(1);
  });

  it('offers no feedback buttons without a database', async () => {
    const { post } = await setup();
    const { body } = await post(slashCommand('ask', { question: 'When did Title 42 end?' }));
    const labels = (body.data.components as { components: { label: string }[] }[]).flatMap((row) =>
      row.components.map((c) => c.label),
    );
    expect(labels).not.toContain('Helpful');
  });
});

describe('stopping the HTTP endpoint', () => {
  it('on SIGTERM waits for the question an answer is still recording before it closes the database', async () => {
    const store = await openServerStore(await newServerDatabase());
    const events: string[] = [];
    // Recording runs after the reply is sent; this one is still writing when the stop is asked for.
    const slowStore: Store = {
      ...store,
      recordQuestion: async (entry) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        const recorded = await store.recordQuestion(entry);
        events.push('recorded');
        return recorded;
      },
      close: async () => {
        events.push('closed');
        await store.close();
      },
    };
    const port = await freePort();
    const signals = new EventEmitter();
    let exited: (code: number) => void = () => undefined;
    const exit = new Promise<number>((resolve) => (exited = resolve));
    await startHttpBot({
      config: parseConfig({
        INTERACTIONS_MODE: 'http',
        DISCORD_PUBLIC_KEY: key.publicKeyHex,
        DISCORD_APPLICATION_ID: APP_ID,
        PORT: String(port),
      }),
      engine,
      dataDir: EMBEDDED_DATA_DIR,
      logger: createLogger({ level: 'error', write: () => undefined }),
      store: slowStore,
      exit: exited,
      signals: signals as unknown as Pick<NodeJS.Process, 'once'>,
    });
    const body = JSON.stringify(slashCommand('ask', { question: 'what is the capital of france' }));
    const response = await fetch(`http://127.0.0.1:${port}/interactions`, {
      method: 'POST',
      headers: signedHeaders(key, body),
      body,
    });
    expect(response.status).toBe(200);
    signals.emit('SIGTERM');
    expect(await exit).toBe(0);
    expect(events).toEqual(['recorded', 'closed']);
  });
});
