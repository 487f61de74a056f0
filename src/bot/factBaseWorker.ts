// Runs in a worker thread: reads and checks a data folder and posts back either the base or the problems,
// already listed, so a long check or a huge broken file never stalls the thread answering users.
import { parentPort, workerData } from 'node:worker_threads';
import { formatProblems, readFactBase } from '../facts/load.js';
import type { FactBaseCheck } from './reload.js';

const { dataDir } = workerData as { dataDir: string };
const result = await readFactBase(dataDir);
const message: FactBaseCheck = result.ok
  ? { ok: true, base: result.base }
  : { ok: false, count: result.problems.length, listed: formatProblems(result.problems) };
parentPort?.postMessage(message);
