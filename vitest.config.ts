import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Charts read their colours and rules from CSS files (palette.ts); Vitest blanks CSS unless told.
  test: { include: ['src/**/*.test.ts', 'tools/**/*.test.ts'], environment: 'node', css: true },
});
