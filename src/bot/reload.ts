// Reloading the fact base while the bot runs: the new base must pass every check before it replaces the
// engine, so a bad edit is refused with its reasons and the last good base keeps serving. The check runs
// in a worker thread so the bot keeps answering meanwhile. Used by /reload and by the data folder watcher.
import { watch, type FSWatcher } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ReloadResult } from '../../commands/command.js';
import { uncorrectedChanges } from '../facts/corrections.js';
import type { FactBase } from '../facts/load.js';
import type { Logger } from '../logger.js';
import type { Engine } from '../search/engine.js';
import { loadEngine } from '../search/load.js';

/** What a check of a data folder found: the base, or how many problems and the first of them listed. */
export type FactBaseCheck = { ok: true; base: FactBase } | { ok: false; count: number; listed: string };

// Bounds for the worker: a base is a few hundred kilobytes, so these only stop a runaway file.
const CHECK_TIMEOUT_MS = 60_000;
const CHECK_HEAP_MB = 512;

/** Checks a data folder in a worker thread, bounded in time and memory. */
export function checkInWorker(dataDir: string): Promise<FactBaseCheck> {
  // From source (tests, npm run dev) the worker is TypeScript and registers tsx first (a worker does not
  // inherit the loader); the build runs plain JavaScript.
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(`./factBaseWorker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  const options = { workerData: { dataDir }, resourceLimits: { maxOldGenerationSizeMb: CHECK_HEAP_MB } };
  const worker = fromSource
    ? new Worker(
        `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`,
        { ...options, eval: true },
      )
    : new Worker(url, options);
  return new Promise<FactBaseCheck>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`checking the fact base took longer than ${CHECK_TIMEOUT_MS / 1000} s`));
    }, CHECK_TIMEOUT_MS);
    worker.once('message', (message: FactBaseCheck) => {
      clearTimeout(timer);
      resolve(message);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the fact base check stopped (exit code ${code}) before it finished`));
    });
  });
}

export function createReloader(options: {
  dataDir: string;
  setEngine: (engine: Engine) => void;
  logger: Logger;
  /** How a data folder is checked; a worker thread unless a test passes something else. */
  check?: (dataDir: string) => Promise<FactBaseCheck>;
  /** The base being served, to report statements a reload changes without a correction. */
  current?: () => FactBase;
  /** Told of every swap, for the fact base version in /metrics. */
  onReloaded?: (base: FactBase) => void;
}) {
  const check = options.check ?? checkInWorker;
  let running: Promise<ReloadResult> | undefined;

  async function load(): Promise<ReloadResult> {
    let result: FactBaseCheck;
    try {
      result = await check(options.dataDir);
    } catch (error) {
      options.logger.error('fact base reload failed', { error });
      return { ok: false, problems: `  - the check itself failed: ${(error as Error).message}` };
    }
    if (!result.ok) {
      options.logger.warn('fact base reload refused', { count: result.count, problems: result.listed });
      return { ok: false, problems: result.listed };
    }
    const before = options.current?.();
    const uncorrected = before ? uncorrectedChanges(before, result.base) : [];
    if (uncorrected.length > 0)
      options.logger.warn('statements changed without a correction entry', { facts: uncorrected });
    // The engine is built in full before it is swapped in: requests keep the old one until then.
    options.setEngine(
      await loadEngine(result.base, options.dataDir, {
        onStale: (count) => options.logger.warn('texts without a stored vector were embedded', { count }),
      }),
    );
    options.onReloaded?.(result.base);
    options.logger.info('fact base reloaded', {
      version: result.base.version,
      facts: result.base.facts.length,
    });
    return { ok: true, version: result.base.version, facts: result.base.facts.length, uncorrected };
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

/**
 * Reloads when a file in the data folder changes, after the burst of events an editor's save makes. A
 * watcher that fails (a symbolic link loop, a folder removed) is logged and closed; the bot keeps serving
 * the base it has, and /reload still works.
 */
export function watchDataDir(
  dataDir: string,
  reload: () => Promise<unknown>,
  logger: Logger,
  debounceMs = 500,
): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dataDir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), debounceMs);
  });
  watcher.on('error', (error) => {
    clearTimeout(timer);
    logger.error('stopped watching the data folder; /reload still works', { dataDir, error });
    watcher.close();
  });
  return watcher;
}
