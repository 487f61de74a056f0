// Reloading the fact base while the bot runs: the new base must pass every check before it replaces the
// engine, so a bad edit is refused with its reasons and the last good base keeps serving. Used by /reload
// and by the data folder watcher.
import { watch, type FSWatcher } from 'node:fs';
import type { ReloadResult } from '../../commands/command.js';
import { formatProblems, readFactBase } from '../facts/load.js';
import type { Logger } from '../logger.js';
import { createEngine, type Engine } from '../search/engine.js';

export function createReloader(options: {
  dataDir: string;
  setEngine: (engine: Engine) => void;
  logger: Logger;
}) {
  let running: Promise<ReloadResult> | undefined;

  async function load(): Promise<ReloadResult> {
    const result = await readFactBase(options.dataDir);
    if (!result.ok) {
      options.logger.warn('fact base reload refused', { problems: result.problems.length });
      return { ok: false, problems: formatProblems(result.problems) };
    }
    // The engine is built in full before it is swapped in: requests keep the old one until then.
    options.setEngine(createEngine(result.base));
    options.logger.info('fact base reloaded', {
      version: result.base.version,
      facts: result.base.facts.length,
    });
    return { ok: true, version: result.base.version, facts: result.base.facts.length };
  }

  return {
    /** Loads and checks the data folder, and swaps the engine only if everything passes. */
    reload(): Promise<ReloadResult> {
      // Two reloads at once (a burst of file events, two owners) share one pass.
      running ??= load().finally(() => (running = undefined));
      return running;
    },
  };
}

/** Reloads when a file in the data folder changes, after the burst of events an editor's save makes. */
export function watchDataDir(dataDir: string, reload: () => Promise<unknown>, debounceMs = 500): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  return watch(dataDir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), debounceMs);
  });
}
