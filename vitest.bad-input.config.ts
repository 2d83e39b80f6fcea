import { defineConfig } from 'vitest/config';

// The real-build tier of the bad-input tests (test/bad-input/real-build.build.ts): one `astro
// build` per fixture, so it stays out of the unit tests (`vitest run` reads vitest.config.ts,
// which runs the in-process tier). Two builds at a time: the machines it runs on have two cores.
export default defineConfig({
  test: { include: ['test/bad-input/*.build.ts'], environment: 'node', maxConcurrency: 2, testTimeout: 240_000 },
});
