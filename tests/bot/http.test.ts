// The HTTP interactions endpoint as Discord uses it: signed POSTs from a test key pair, answered with the
// same handlers as the gateway, every response checked against Discord's OpenAPI description.
import { InteractionResponseType } from 'discord-api-types/v10';
import { REST } from 'discord.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command.js';
import { createInteractionsServer } from '../../src/bot/httpServer.js';
import { createTelemetry } from '../../src/bot/telemetry.js';
import { createLogger } from '../../src/logger.js';
import { MESSAGES } from '../../src/messages.js';
import type { Engine } from '../../src/search/engine.js';
import { embeddedEngine } from '../support/engine.js';
import { testContext } from '../support/context.js';
import {
  APP_ID,
  autocomplete,
  buttonClick,
  CHANNEL_ID,
  FAKE_TOKEN,
  MODERATOR,
  slashCommand,
  startHarness,
  USER_ID,
} from '../support/discordHarness.js';
import { checkDiscordLimits, validateInteractionCallback, validateRequest } from '../support/discordSpec.js';
import { startFakeGateway, type FakeGateway } from '../support/fakeGateway.js';
import { createTestKey, signedHeaders } from '../support/signing.js';

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
  options: { deferAfterMs?: number; token?: boolean } = {},
) {
  const discord: FakeGateway = await startFakeGateway();
  cleanups.push(() => discord.close());
  const logLines: string[] = [];
  const logger = createLogger({ level: 'info', write: (line) => logLines.push(line) });
  const context: CommandContext = testContext(engine, { logLines, ...overrides, logger });
  const telemetry = createTelemetry({ logger, defaultMetrics: false });
  const rest = new REST({ version: '10', api: discord.apiBase, retries: 0 });
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
