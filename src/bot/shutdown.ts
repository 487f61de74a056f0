// A clean stop on SIGTERM or SIGINT (a deploy, a supervisor, Ctrl-C) and on fatal failures: stop taking new
// interactions, let those in flight finish (bounded), close what is open, then exit with the right status.
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';

/** How long interactions in flight may take to finish once a stop is asked for. */
export const SHUTDOWN_GRACE_MS = 10_000;

/** The interactions being handled, so a stop can wait for them. */
export function createInFlight() {
  const pending = new Set<Promise<unknown>>();
  return {
    track<T>(work: Promise<T>): Promise<T> {
      pending.add(work);
      const forget = () => pending.delete(work);
      work.then(forget, forget);
      return work;
    },
    get size() {
      return pending.size;
    },
    /**
     * Resolves true once all have settled, including work they started meanwhile (a write after a reply),
     * or false when `ms` passed first.
     */
    async drain(ms: number): Promise<boolean> {
      const deadline = Date.now() + ms;
      while (pending.size > 0) {
        const left = deadline - Date.now();
        if (left <= 0) return false;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), left)));
        const settled = Promise.allSettled([...pending]).then(() => true as const);
        try {
          if (!(await Promise.race([settled, timeout]))) return false;
        } finally {
          clearTimeout(timer);
        }
      }
      return true;
    },
  };
}
export type InFlight = ReturnType<typeof createInFlight>;

/**
 * The store as handlers use it: each call is tracked as in flight, so a stop also waits for the writes that
 * run after a reply (recording a question) before it closes the database under them.
 */
export function trackStore(store: Store, inFlight: InFlight): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        return result instanceof Promise ? inFlight.track(result) : result;
      };
    },
  });
}

export function createShutdown(options: {
  logger: Logger;
  inFlight: InFlight;
  /** Closed in order once interactions have finished: the watcher, servers, the database, the gateway. */
  close: (() => unknown)[];
  exit: (code: number) => void;
  graceMs?: number;
}) {
  let stopping: Promise<void> | undefined;
  const { logger, inFlight } = options;

  async function stop(reason: string, code: number) {
    logger.info('shutting down', { reason, inFlight: inFlight.size });
    if (!(await inFlight.drain(options.graceMs ?? SHUTDOWN_GRACE_MS)))
      logger.warn('stopped waiting for interactions in flight', { left: inFlight.size });
    for (const close of options.close) {
      try {
        await close();
      } catch (error) {
        logger.error('could not close cleanly', { error });
      }
    }
    logger.info('stopped', { code });
    options.exit(code);
  }

  return {
    /** True once a stop has begun: new interactions are no longer taken. */
    get stopping() {
      return stopping !== undefined;
    },
    /** Stops once; later calls wait for the same stop. */
    stop(reason: string, code = 0): Promise<void> {
      stopping ??= stop(reason, code);
      return stopping;
    },
    /** Stops cleanly on SIGTERM and SIGINT. */
    onSignals(target: Pick<NodeJS.Process, 'once'>) {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) target.once(signal, () => void this.stop(signal));
    },
  };
}
