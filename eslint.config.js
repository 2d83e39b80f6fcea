// @ts-check
// ESLint: typescript-eslint's type-checked rules over the TypeScript and scripts, eslint-plugin-astro's
// over the components. Prettier owns formatting, so nothing here is about layout.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const code = '**/*.{ts,mts,cts,js,mjs,cjs}';
/** The `<script>` blocks of components, which eslint-plugin-astro lints as virtual files inside them. */
const componentScripts = ['**/*.astro/*.ts', '**/*.astro/*.js'];
/** Code that runs only in the reader's browser (bundled by Astro or esbuild). */
const browser = [
  'src/scripts/**',
  'src/charts/enhance.ts',
  'src/embed/copy.ts',
  'src/embed/head.ts',
  'src/embed/child.ts',
  'src/embed/loader.ts',
  'src/offline/register.ts',
];
/** The service worker. */
const worker = ['src/offline/sw.ts'];
/** Pure modules that run in both the browser and Node (tests, the build): no environment's globals. */
const shared = ['src/embed/options.ts', 'src/offline/rules.ts'];

/**
 * The rules of some typescript-eslint configs, without their parser and file settings.
 * @param {import('eslint').Linter.Config[]} configs
 * @returns {Partial<import('eslint').Linter.RulesRecord>}
 */
const rulesOf = (...configs) => Object.fromEntries(configs.flatMap((c) => Object.entries(c.rules ?? {})));

/** `const { id: _, ...rest } = record` is how the code drops a field. @type {import('eslint').Linter.RulesRecord} */
const unusedVars = { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] };

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-*/',
    '.astro/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'public/download/',
    'content/',
    'bench/',
    '**/__snapshots__/',
  ]),

  js.configs.recommended,
  {
    rules: {
      // The validators match control characters on purpose (XML text, URL schemes, content files).
      'no-control-regex': 'off',
    },
  },

  // TypeScript and scripts everywhere (src, e2e, scripts, tools, test, the configs): type-checked.
  {
    files: [code],
    ignores: componentScripts,
    extends: [tseslint.configs.recommendedTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...unusedVars,
      // `||` on strings is deliberate: an empty attribute or title falls back like a missing one.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // Keys from an index signature (dataset, process.env, parsed records) are read as obj['key'], declared ones with a dot.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
    },
  },
  { files: [code], ignores: [...componentScripts, ...browser, ...worker, ...shared], languageOptions: { globals: globals.node } },
  { files: browser, languageOptions: { globals: globals.browser } },
  { files: worker, languageOptions: { globals: globals.serviceworker } },
  {
    files: [...browser, ...worker, ...shared],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'This module runs in the browser.' }] }] },
  },

  // Components: the plugin's rules, and typescript-eslint's without type information. The project
  // service cannot type them: TypeScript alone does not resolve .astro imports (every component
  // would be an error type), and a <script> block is a virtual file it cannot find. `astro check`
  // type-checks them; the modules their scripts import are linted above with types.
  astro.configs.recommended,
  {
    files: ['**/*.astro', ...componentScripts],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: { ...rulesOf(...tseslint.configs.recommended, ...tseslint.configs.stylistic), ...unusedVars },
  },
);
