import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Property tests and the REST capture server take longer than unit tests on a loaded 2-core machine.
    testTimeout: 30_000,
  },
});
