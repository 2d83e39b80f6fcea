import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Charts read their colours and rules from CSS files (palette.ts); Vitest blanks CSS unless told.
  // test/ holds the tests of the content as a whole (the in-process bad-input tier among them).
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'tools/**/*.test.ts'], environment: 'node', css: true },
});
