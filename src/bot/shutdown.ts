// A clean stop on SIGTERM or SIGINT (a deploy, a supervisor, Ctrl-C) and on fatal failures: stop taking new
// interactions, let those in flight finish (bounded), close what is open, then exit with the right status.
import type { Logger } from '../logger.js';

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
    /** Resolves true once all have settled, or false when `ms` passed first. */
    async drain(ms: number): Promise<boolean> {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
      const settled = Promise.allSettled([...pending]).then(() => true as const);
      try {
        return await Promise.race([settled, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
export type InFlight = ReturnType<typeof createInFlight>;

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
