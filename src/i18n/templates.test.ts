// No template keeps words of its own: every word a page, component or layout writes comes from
// the language tables (src/i18n/<lang>.ts), so a second language is a table, not a search through
// templates. Each .astro file is parsed (astro-eslint-parser, as the linter does) and three places
// are read:
//   - text in the markup, inside expressions too: no letters at all, in any script;
//   - quoted attributes: none in those a reader or a screen reader meets (aria-label, title, alt…),
//     no run of two words in any other;
//   - strings in the code: no run of two words, and no lone capitalised word ("Chapters"),
//     except in build errors (new Error(…)), which speak to the editor, in English, and
//     schema.org types ('@type': 'Organization'), which are its vocabulary.
// Text inside <code>, <script> and <style> is code, not words. The TypeScript modules that write
// words for readers (the charts' browser script and downloads, source labels, the embed code, the
// endpoints) are held to the same rule for their code, as if each were a template's frontmatter;
// font names ({ defaultFontFamily: 'DejaVu Sans' }) and key names (event.key === 'Escape') are
// names, not words.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseForESLint } from 'astro-eslint-parser';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const readerAttributes = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
  'label',
]);
/** Quoted values that are keyword lists by their specification, not words. */
const keywordValues = new Set(['content="light dark"']);
const notWords = new Set(['code', 'script', 'style']);

const word = /^[\p{L}’']+[.,:;!?]?$/u;
const hasTwoWordRun = (text: string) => text.split(/\s+/).some((token, i, tokens) => word.test(token) && word.test(tokens[i + 1] ?? ''));
const isCapitalisedWord = (text: string) => /^\p{Lu}\p{Ll}[\p{Ll}’']*[.,:;!?]?$/u.test(text.trim());

interface Node {
  type: string;
  [key: string]: unknown;
}

/** Every place in one template where words are written into it, with the line. */
function ownWords(code: string, filePath = 'template.astro'): string[] {
  const { ast, visitorKeys } = parseForESLint(code, { filePath, loc: true, range: true, parser: '@typescript-eslint/parser' });
  const found: string[] = [];
  const report = (node: Node, text: string) =>
    found.push(`line ${(node['loc'] as { start: { line: number } }).start.line}: ${JSON.stringify(text.trim())}`);
  const walk = (node: Node, ancestors: Node[]) => {
    const parent = ancestors.at(-1);
    switch (node.type) {
      case 'JSXElement': {
        const name = (node['openingElement'] as { name: { name?: string } }).name.name ?? '';
        if (notWords.has(name)) return;
        break;
      }
      case 'JSXText':
        if (/\p{L}/u.test(node['value'] as string)) report(node, node['value'] as string);
        break;
      case 'JSXAttribute': {
        const name = (node['name'] as { name: string }).name;
        const value = node['value'] as Node | null;
        if (value?.type === 'Literal' && typeof value['value'] === 'string') {
          const text = value['value'];
          if (readerAttributes.has(name) ? /\p{L}/u.test(text) : hasTwoWordRun(text) && !keywordValues.has(`${name}="${text}"`))
            report(value, `${name}="${text}"`);
          return;
        }
        break;
      }
      case 'ImportDeclaration':
      case 'ExportNamedDeclaration':
      case 'ExportAllDeclaration':
        if (node['source']) return;
        break;
      case 'Property':
        // schema.org's vocabulary ('@type': 'Organization') names types, in its own English.
        if ((node['key'] as Node).type === 'Literal' && (node['key'] as { value: unknown }).value === '@type') return;
        if ((node['key'] as Node).type === 'Identifier' && (node['key'] as { name: string }).name.endsWith('Family')) return;
        break;
      case 'BinaryExpression': {
        const isKey = (side: Node) => side.type === 'MemberExpression' && (side['property'] as { name?: string }).name === 'key';
        if (isKey(node['left'] as Node) || isKey(node['right'] as Node)) return;
        break;
      }
      case 'NewExpression':
        if ((node['callee'] as Node).type === 'Identifier' && (node['callee'] as { name: string }).name === 'Error') return;
        break;
      case 'Literal':
        if (typeof node['value'] === 'string' && parent?.type !== 'JSXAttribute') {
          const text = node['value'];
          if (hasTwoWordRun(text) || isCapitalisedWord(text)) report(node, text);
        }
        break;
      case 'TemplateElement': {
        const text = (node['value'] as { cooked: string }).cooked;
        if (hasTwoWordRun(text) || isCapitalisedWord(text)) report(node, text);
        break;
      }
    }
    for (const key of visitorKeys[node.type] ?? []) {
      const child = node[key];
      for (const c of Array.isArray(child) ? child : [child])
        if (c && typeof (c as Node).type === 'string') walk(c as Node, [...ancestors, node]);
    }
  };
  walk(ast as unknown as Node, []);
  return found;
}

function templates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return templates(path);
    return entry.name.endsWith('.astro') ? [path] : [];
  });
}

describe('templates', () => {
  const files = templates(root);

  it('are all read', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.map((f) => relative(root, f))).toContain('layouts/Page.astro');
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s writes no words of its own', (_, file) => {
    expect(ownWords(readFileSync(file, 'utf8'), file)).toEqual([]);
  });
});

/** Modules whose output a reader meets; their words come from the tables too. */
const modules = [
  'charts/enhance.ts',
  'charts/downloads.ts',
  'charts/registry.ts',
  'lib/source-label.ts',
  'lib/bibliography.ts',
  'embed/snippet.ts',
  'embed/targets.ts',
  'embed/copy.ts',
  'embed/child.ts',
  'offline/register.ts',
  'pages/[...lang]/updates/feed.xml.ts',
  'pages/manifest.webmanifest.ts',
  'pages/robots.txt.ts',
  'pages/[...lang]/oembed/[chart].json.ts',
  'pages/[...lang]/data/[file].ts',
];

describe('modules that write for readers', () => {
  it.each(modules)('%s writes no words of its own', (file) => {
    const code = readFileSync(join(root, file), 'utf8');
    expect(ownWords(`---\n${code}\n---\n`, join(root, file.replace(/\.ts$/, '.astro')))).toEqual([]);
  });
});

describe('the check itself', () => {
  const template = (frontmatter: string, markup: string) => `---\n${frontmatter}\n---\n${markup}\n`;

  it('finds words in markup, in expressions, in attributes and in code', () => {
    expect(ownWords(template('', '<p>Skip to content</p>'))).toEqual(['line 4: "Skip to content"']);
    expect(ownWords(template('const a = 1;', '{a ? <span>Next</span> : null}'))).toEqual(['line 4: "Next"']);
    expect(ownWords(template('', '<nav aria-label="Chapters"></nav>'))).toEqual(['line 4: "aria-label=\\"Chapters\\""']);
    expect(ownWords(template('', '<p data-saved="Saved on this device"></p>'))).toHaveLength(1);
    expect(ownWords(template("const nav = [{ label: 'Chapters' }];", '<p />'))).toEqual(['line 2: "Chapters"']);
    expect(ownWords(template('const n = 2;', '<p aria-label={`Source ${n}`} />'))).toEqual(['line 4: "Source"']);
    expect(ownWords(template('', '<p>Читать далее</p>'))).toHaveLength(1);
  });

  it('lets through what is not words: expressions, punctuation, code, class names, keywords and build errors', () => {
    const frontmatter = [
      "import Page from '../layouts/Page.astro';",
      "const type: 'website' | 'article' = 'website';",
      "if (!type) throw new Error('content/pages/about.mdx is missing');",
      "const path = 'updates/';",
      "const jsonLd = { '@type': 'Organization', author: { '@type': 'Organization' } };",
      "const font = { defaultFontFamily: 'DejaVu Sans' };",
      "const close = (event: KeyboardEvent) => event.key === 'Escape';",
    ].join('\n');
    const markup = [
      '<p class="chart-layout chart-layout--wide" data-copy={path}>{type}, “{path}” · ↩ (<code>npm run export</code>)</p>',
      '<meta name="color-scheme" content="light dark" />',
      '<script>const hint = "Not reader text";</script>',
    ].join('\n');
    expect(ownWords(template(frontmatter, markup))).toEqual([]);
  });
});
