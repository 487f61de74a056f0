// The deployment samples in deploy/: the systemd unit is checked by systemd itself where it is installed;
// the Dockerfile (no Docker engine here to build it) is checked against what the repository really has.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_OPTIONS } from '../src/runtime.js';
import { REPO_ROOT } from './support/run.js';

const hasSystemd = spawnSync('systemd-analyze', ['--version']).status === 0;

describe('deployment samples', () => {
  it.skipIf(!hasSystemd)('the systemd unit has no setting systemd rejects', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-unit-'));
    copyFileSync(`${REPO_ROOT}deploy/factdesk@.service`, join(dir, 'factdesk@8787.service'));
    const result = spawnSync('systemd-analyze', ['verify', '--man=no', join(dir, 'factdesk@8787.service')], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('the Dockerfile copies only what exists, runs the build npm start runs, and keeps secrets out', () => {
    const dockerfile = readFileSync(`${REPO_ROOT}deploy/Dockerfile`, 'utf8');
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(' '));
    for (const source of sources)
      if (source !== '.') expect(existsSync(`${REPO_ROOT}${source}`), source).toBe(true);
    const start = JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')).scripts.start as string;
    expect(dockerfile).toContain(`CMD ${JSON.stringify(start.split(' '))}`.replace(/","/g, '", "'));
    expect(dockerfile).toContain('npm ci --omit=dev --ignore-scripts');
    const ignored = readFileSync(`${REPO_ROOT}.dockerignore`, 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.env', 'node_modules', 'dist']));
  });

  it('runs every process with the node options of src/runtime.ts, which hold its heap to a ceiling', () => {
    const node = `node ${NODE_OPTIONS.join(' ')} `;
    const start = JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')).scripts.start as string;
    expect(start).toBe(`${node}dist/src/main.js`);
    const unit = readFileSync(`${REPO_ROOT}deploy/factdesk@.service`, 'utf8');
    expect(unit).toContain(`ExecStart=/usr/bin/${node}/opt/factdesk/dist/src/main.js`);
  });
});
