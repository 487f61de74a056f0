// Runs the real discord.js against a capture server on 127.0.0.1 instead of Discord: interactions are built
// from raw gateway payloads, handled by factdesk's router, and every HTTP request discord.js sends is
// recorded (method, path, JSON body) for assertions and validation against Discord's OpenAPI description.
/* eslint-disable @typescript-eslint/no-explicit-any -- tests read Discord JSON loosely */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, Events, type Interaction } from 'discord.js';
import { afterEach, beforeAll, expect } from 'vitest';
import { createRouter, type RouterOptions } from '../../src/bot/router.js';
import type { CommandContext } from '../../commands/command.js';
import type { Engine } from '../../src/search/engine.js';
import { embeddedEngine } from './engine.js';
import { testContext } from './context.js';
import { checkDiscordLimits, validateRequest } from './discordSpec.js';

export interface CapturedRequest {
  method: string;
  path: string;
  body: unknown;
}

/** How the capture server answers one request; by default, as Discord would on success. */
export type Responder = (
  request: CapturedRequest,
) => { status: number; body?: unknown; delayMs?: number } | undefined;

export const FAKE_TOKEN = 'MTA1NTk4NzY1NDMyMTA5ODc2NQ.GabcDE.fake-token-for-tests-only-000000';
export const APP_ID = '100000000000000010';
export const GUILD_ID = '100000000000000020';
export const CHANNEL_ID = '100000000000000030';
export const USER_ID = '100000000000000040';
const MANAGE_MESSAGES = 1n << 13n;

function messageObject(id: string, channelId = CHANNEL_ID, extra: Record<string, unknown> = {}) {
  return {
    id,
    channel_id: channelId,
    type: 0,
    content: '',
    author: {
      id: APP_ID,
      username: 'factdesk',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
    },
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    flags: 0,
    components: [],
    ...extra,
  };
}

function defaultResponse(request: CapturedRequest): { status: number; body?: unknown } {
  if (request.path.endsWith('/callback')) return { status: 204 };
  if (request.method === 'PATCH' || request.method === 'POST')
    return { status: 200, body: messageObject('100000000000000099') };
  if (request.method === 'PUT')
    return {
      status: 200,
      body: Array.isArray(request.body) ? request.body.map((c, i) => ({ ...c, id: String(i + 1) })) : [],
    };
  return { status: 200, body: {} };
}

export interface Harness {
  client: Client;
  requests: CapturedRequest[];
  /** Answers requests differently for one test, e.g. a 403 on a channel post. */
  respondWith(responder: Responder): void;
  /** Delivers a raw INTERACTION_CREATE payload and resolves once the router has finished with it. */
  dispatch(payload: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
  apiBase: string;
}

export async function startHarness(context: CommandContext, options: RouterOptions = {}): Promise<Harness> {
  const requests: CapturedRequest[] = [];
  let responder: Responder = () => undefined;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request = {
        method: req.method ?? 'GET',
        path: url.pathname,
        body: raw ? (JSON.parse(raw) as unknown) : undefined,
      };
      requests.push(request);
      const answer: { status: number; body?: unknown; delayMs?: number } =
        responder(request) ?? defaultResponse(request);
      setTimeout(() => {
        if (answer.body === undefined) res.writeHead(answer.status).end();
        else
          res
            .writeHead(answer.status, { 'content-type': 'application/json' })
            .end(JSON.stringify(answer.body));
      }, answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;

  const client = new Client({ intents: [], rest: { api: apiBase, retries: 0 } });
  client.rest.setToken(FAKE_TOKEN);
  const route = createRouter(client, context, options);
  let pending: Promise<unknown> = Promise.resolve();
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    pending = route(interaction);
  });

  return {
    client,
    requests,
    apiBase,
    respondWith: (next) => (responder = next),
    async dispatch(payload) {
      (
        client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
      ).actions.InteractionCreate.handle(payload);
      await pending;
    },
    async close() {
      await client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let nextId = 200000000000000000n;
const snowflake = () => String(nextId++);

function base(type: number, permissions: bigint, userId = USER_ID) {
  return {
    id: snowflake(),
    application_id: APP_ID,
    type,
    token: `interaction-token-${snowflake()}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general' },
    member: {
      user: { id: userId, username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null },
      roles: [],
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      permissions: String(permissions),
    },
    locale: 'en-US',
    guild_locale: 'en-US',
    app_permissions: String((1n << 11n) | (1n << 14n)),
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

type OptionValue = string | number | boolean;

/** A slash command as the gateway delivers it. */
export function slashCommand(
  name: string,
  options: Record<string, OptionValue> = {},
  opts: { permissions?: bigint } = {},
) {
  const typeOf = (v: OptionValue) => (typeof v === 'boolean' ? 5 : typeof v === 'number' ? 4 : 3);
  return {
    ...base(2, opts.permissions ?? 0n),
    data: {
      id: snowflake(),
      name,
      type: 1,
      options: Object.entries(options).map(([key, value]) => ({
        name: key,
        type: key === 'channel' || key.endsWith('_channel') ? 7 : typeOf(value),
        value,
      })),
    },
  };
}

/** A moderator's permissions: enough for /summary. */
export const MODERATOR = MANAGE_MESSAGES;

/** An autocomplete request with the user's partial text in the focused option. */
export function autocomplete(name: string, option: string, value: string) {
  return {
    ...base(4, 0n),
    data: { id: snowflake(), name, type: 1, options: [{ name: option, type: 3, value, focused: true }] },
  };
}

/**
 * A click on a button of a message factdesk sent, by the usual reader unless another user is given;
 * `ownerId` is who invoked that message, `content` its text.
 */
export function buttonClick(
  customId: string,
  opts: {
    ephemeral?: boolean;
    ownerId?: string;
    permissions?: bigint;
    userId?: string;
    content?: string;
  } = {},
) {
  const metadata = opts.ownerId && {
    interaction_metadata: {
      id: snowflake(),
      type: 2,
      user: { id: opts.ownerId, username: 'asker', discriminator: '0', global_name: null, avatar: null },
      authorizing_integration_owners: { '0': GUILD_ID },
    },
  };
  return {
    ...base(3, opts.permissions ?? 0n, opts.userId),
    message: messageObject(snowflake(), CHANNEL_ID, {
      flags: opts.ephemeral === false ? 0 : 64,
      content: opts.content ?? '',
      ...metadata,
    }),
    data: { custom_id: customId, component_type: 2 },
  };
}

/** The sending of a form a button opened: its text inputs' values by custom id, from that button's message. */
export function modalSubmit(
  customId: string,
  values: Record<string, string>,
  opts: { userId?: string; content?: string } = {},
) {
  const { message } = buttonClick(customId, opts);
  return {
    ...base(5, 0n, opts.userId),
    message,
    data: {
      custom_id: customId,
      components: Object.entries(values).map(([id, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id: id, value }],
      })),
    },
  };
}

/** "Find sourced facts" on a chat message. */
export function messageContextMenu(content: string) {
  const target = snowflake();
  return {
    ...base(2, 0n),
    data: {
      id: snowflake(),
      name: 'Find sourced facts',
      type: 3,
      target_id: target,
      resolved: {
        messages: {
          [target]: messageObject(target, CHANNEL_ID, {
            content,
            author: { id: USER_ID, username: 'reader', discriminator: '0', global_name: null, avatar: null },
          }),
        },
      },
    },
  };
}

/** The interaction responses among the captured requests, in order. */
export const callbacks = (requests: readonly CapturedRequest[]) =>
  requests.filter((r) => r.path.endsWith('/callback'));

/** The last interaction response the bot sent, as Discord JSON read loosely. */
export function lastCallback(h: Harness): { type: number; data: any } {
  return callbacks(h.requests).at(-1)?.body as { type: number; data: any };
}

/** Every request discord.js sent is one Discord accepts: the OpenAPI description and the limits it leaves out. */
export function expectAllAccepted(requests: readonly CapturedRequest[]): void {
  for (const request of requests) {
    const where = `${request.method} ${request.path}`;
    expect(validateRequest(request.method, request.path, request.body), where).toEqual([]);
    if (request.body !== undefined) expect(checkDiscordLimits(request.body), where).toEqual([]);
  }
}

/**
 * The bot a test file drives: the embedded engine, built once, and a harness started per test whose log
 * lines are kept. After each test every captured request must be one Discord accepts and no log line may
 * hold the token; then the capture server is closed.
 */
export function useBotHarness() {
  let engine: Engine | undefined;
  let harness: Harness | undefined;
  let logLines: string[] = [];
  beforeAll(async () => {
    engine = await embeddedEngine();
  });
  afterEach(async () => {
    expectAllAccepted(harness?.requests ?? []);
    expect(logLines.join('\n')).not.toContain(FAKE_TOKEN);
    await harness?.close();
    harness = undefined;
  });
  const builtEngine = (): Engine => {
    if (!engine) throw new Error('the engine is built in beforeAll: use it inside a test');
    return engine;
  };
  return {
    get engine() {
      return builtEngine();
    },
    get logLines() {
      return logLines;
    },
    async start(
      options: Parameters<typeof testContext>[1] = {},
      routerOptions: RouterOptions = {},
    ): Promise<Harness> {
      logLines = [];
      harness = await startHarness(
        testContext(builtEngine(), { logLines, secrets: [FAKE_TOKEN], ...options }),
        routerOptions,
      );
      return harness;
    },
  };
}
