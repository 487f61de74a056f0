// The answer engine for tests: the embedded fact base with its stored vectors, loaded once per test worker
// (the sentence model takes a moment to load), or an engine over a small base a test builds itself, whose
// texts are embedded on the spot.
import os from 'node:os';
import path from 'node:path';
import { EMBEDDED_DATA_DIR, loadFactBase, type FactBase } from '../../src/facts/load.js';
import type { Engine } from '../../src/search/engine.js';
import { loadEngine } from '../../src/search/load.js';

let embedded: Promise<Engine> | undefined;

export function embeddedEngine(): Promise<Engine> {
  embedded ??= loadFactBase(EMBEDDED_DATA_DIR).then((base) => loadEngine(base, EMBEDDED_DATA_DIR));
  return embedded;
}

/** An engine over a base of the test's own: no vector file, so every text is embedded now. */
export function engineFor(base: FactBase): Promise<Engine> {
  return loadEngine(base, path.join(os.tmpdir(), 'factdesk-no-vectors'));
}
