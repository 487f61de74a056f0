// A stand-in for Discord on 127.0.0.1 that a real discord.js client can log in to: REST (GET /gateway/bot,
// and every other request captured and answered as on success) and a gateway WebSocket that says HELLO,
// takes IDENTIFY, then either sends READY or closes with the code a test chooses. Tests then deliver
// INTERACTION_CREATE over the socket, as Discord does.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { APP_ID, type CapturedRequest } from './discordHarness.js';

export interface FakeGateway {
  apiBase: string;
  requests: CapturedRequest[];
  /** Resolves once a client has identified; its socket. */
  identified(): Promise<WebSocket>;
  /** Sends a dispatch event (op 0) to every connected client, or to the one that identified as `shard`. */
  dispatch(event: string, data: unknown, shard?: number): void;
  /** The shard ids that have identified so far. */
  shardsIdentified(): number[];
  /** Closes every client's socket with a close code, as Discord does after a token reset (4004). */
  closeAll(code: number): void;
  /** Delays REST answers to interaction callbacks, to keep an interaction in flight. */
  delayCallbacks(ms: number): void;
  /** Resolves when the next request to a path ending with `suffix` arrives. */
  nextRequest(suffix: string): Promise<CapturedRequest>;
  close(): Promise<void>;
}

export async function startFakeGateway(options: { closeOnIdentify?: number; shards?: number } = {}) {
  const requests: CapturedRequest[] = [];
  const waiters: { suffix: string; resolve: (r: CapturedRequest) => void }[] = [];
  let callbackDelay = 0;
  let sequence = 0;
  const sockets = new Set<WebSocket>();
  const byShard = new Map<number, WebSocket>();
  let onIdentify: (socket: WebSocket) => void = () => undefined;
  const identifiedOnce = new Promise<WebSocket>((resolve) => (onIdentify = resolve));

  const server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const request = {
        method: req.method ?? 'GET',
        path,
        body: raw ? (JSON.parse(raw) as unknown) : undefined,
      };
      requests.push(request);
      for (const waiter of waiters.splice(0))
        if (path.endsWith(waiter.suffix)) waiter.resolve(request);
        else waiters.push(waiter);
      const json = (status: number, body?: unknown) =>
        body === undefined
          ? res.writeHead(status).end()
          : res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (path.endsWith('/gateway/bot'))
        return json(200, {
          url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
          shards: options.shards ?? 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 },
        });
      if (path.endsWith('/callback')) return void setTimeout(() => json(204), callbackDelay);
      json(200, {});
    });
  });
  const wss = new WebSocketServer({ server });
  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
    socket.on('message', (raw) => {
      const { op, d } = JSON.parse(String(raw)) as { op: number; d: { shard?: [number, number] } };
      if (op === 1) return socket.send(JSON.stringify({ op: 11 }));
      if (op !== 2) return;
      byShard.set(d.shard?.[0] ?? 0, socket);
      if (options.closeOnIdentify) return socket.close(options.closeOnIdentify, 'closed by the fake gateway');
      socket.send(
        JSON.stringify({
          op: 0,
          t: 'READY',
          s: ++sequence,
          d: {
            v: 10,
            user: { id: APP_ID, username: 'factdesk', discriminator: '0', bot: true, avatar: null },
            guilds: [],
            session_id: `session-${sequence}`,
            resume_gateway_url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
            application: { id: APP_ID, flags: 0 },
            shard: d.shard,
          },
        }),
      );
      onIdentify(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  const gateway: FakeGateway = {
    apiBase: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
    requests,
    identified: () => identifiedOnce,
    dispatch(event, data, shard) {
      const targets = shard === undefined ? [...sockets] : [byShard.get(shard)];
      for (const socket of targets) socket?.send(JSON.stringify({ op: 0, t: event, s: ++sequence, d: data }));
    },
    shardsIdentified: () => [...byShard.keys()].sort(),
    closeAll(code) {
      for (const socket of sockets) socket.close(code, 'closed by the fake gateway');
    },
    delayCallbacks: (ms) => (callbackDelay = ms),
    nextRequest: (suffix) => new Promise((resolve) => waiters.push({ suffix, resolve })),
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return gateway;
}
