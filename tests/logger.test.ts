import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

describe('logs', () => {
  it('writes one JSON object per line, at or above the configured level', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (line) => lines.push(line) });
    logger.debug('hidden');
    logger.info('shown', { command: 'ask' });
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ level: 'info', message: 'shown', command: 'ask' }),
    ]);
  });

  it('never writes a secret, even inside an error', () => {
    const secret = 'MTA1NTk4NzY1NDMyMTA5ODc2NQ.GabcDE.secretsecretsecret';
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', secrets: [secret], write: (line) => lines.push(line) });
    logger.error('login failed', { error: new Error(`bad token ${secret}`), token: secret });
    expect(lines.join('\n')).not.toContain(secret);
    expect(lines.join('\n')).toContain('[redacted]');
  });
});
