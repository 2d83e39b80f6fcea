import { defineConfig } from 'vitest/config';

// The bad-input release gate (src/testing/bad-input.build.ts): one real build per fixture, so it
// stays out of the unit tests (`vitest run` reads vitest.config.ts). Two builds at a time: the
// machines it runs on have two cores.
export default defineConfig({
  test: { include: ['src/testing/bad-input.build.ts'], environment: 'node', maxConcurrency: 2, testTimeout: 240_000 },
});
