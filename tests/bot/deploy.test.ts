import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REST } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../commands/index.js';
import { deployCommands } from '../../src/bot/deploy.js';
import { validateRequest } from '../support/discordSpec.js';
import { runScript, runScriptAsync } from '../support/run.js';

async function captureOnce(run: (api: string) => Promise<unknown>) {
  const seen: { method: string; path: string; body: unknown }[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const body = JSON.parse(raw) as unknown[];
      seen.push({ method: req.method ?? '', path: req.url ?? '', body });
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(body.map((c, i) => ({ ...(c as object), id: String(i) }))));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const result = await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api`);
  await new Promise<void>((r) => server.close(() => r()));
  return { seen, result };
}

describe('deploying commands', () => {
  it('registers every command to the guild in one idempotent PUT', async () => {
    const { seen, result } = await captureOnce((api) =>
      deployCommands(
        new REST({ version: '10', api }).setToken('test-token'),
        '100000000000000010',
        '100000000000000020',
      ),
    );
    expect(result).toBe(commandDefinitions().length);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      method: 'PUT',
      path: '/api/v10/applications/100000000000000010/guilds/100000000000000020/commands',
    });
    expect(validateRequest('PUT', seen[0]?.path ?? '', seen[0]?.body)).toEqual([]);
  });

  it('registers globally when no guild is set', async () => {
    const { seen } = await captureOnce((api) =>
      deployCommands(new REST({ version: '10', api }).setToken('t'), '100000000000000010'),
    );
    expect(seen[0]?.path).toBe('/api/v10/applications/100000000000000010/commands');
  });

  it('prints the body with --dry-run and sends nothing, without a token', () => {
    const result = runScript(['scripts/deploy-commands.ts', '--dry-run']);
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({
      method: 'PUT',
      route: '/applications/{DISCORD_APPLICATION_ID}/commands',
    });
    expect(printed.body).toEqual(JSON.parse(JSON.stringify(commandDefinitions())));
  });

  it('explains what is missing without --dry-run', () => {
    const result = runScript(['scripts/deploy-commands.ts']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/needs DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
  });

  it('never prints the token, even when Discord’s error message repeats it', async () => {
    const token = 'MTA1NTk4NzY1NDMyMTA5ODc2NQ.GabcDE.deploy-secret-for-tests-000000';
    const server = createServer((req, res) => {
      req.resume();
      const message = `401: Unauthorized (${req.headers.authorization ?? ''})`;
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 0, message }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const result = await runScriptAsync(['scripts/deploy-commands.ts'], {
      env: {
        DISCORD_TOKEN: token,
        DISCORD_APPLICATION_ID: '100000000000000010',
        DISCORD_API_BASE: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
      },
    });
    await new Promise<void>((r) => server.close(() => r()));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('401: Unauthorized (Bot [redacted])');
    expect(result.stdout + result.stderr).not.toContain(token);
  });
});
