// Checks a chapter or page file before Astro reads it, so that a mistake fails the build with
// the file, the line and the field. Astro's own messages for the same mistakes name the entry
// but not the file or line ("chapters → syria data does not match collection schema"), or,
// for broken MDX, the line but not the file; an unknown component fails only while rendering.
import { LineCounter, parseDocument, isMap } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { z } from 'astro/zod';
import { ContentError, describeIssues, issueKeys } from './yaml-records.ts';
import { codePoint, controlCharacter } from '../lib/xml.ts';

/** The part of an MDX JSX element (mdast-util-mdx-jsx) this check reads. */
interface JsxElement {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

/** HTML elements content may not use: they run script, load or frame other documents, style the page or redirect it. */
const refusedElements = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'meta',
  'link',
  'base',
  'form',
  'template',
  'portal',
]);
/** URLs that run code or carry a document of their own; browsers ignore leading spaces and control characters and any case. */
const scriptScheme = /^[\u0000-\u0020]*(?:javascript|vbscript|data|blob|file):/i;
/** Browsers also drop tabs and line breaks anywhere in a URL ("java\tscript:" runs). */
const scriptUrl = { test: (url: string) => scriptScheme.test(url.replace(/[\t\n\r]/g, '')) };

/** A component the files may use, and a check of its attributes that returns a problem or nothing. */
export type ComponentRule = (attributes: ReadonlyMap<string, string | undefined>) => string | undefined;

export interface CheckedMdx<T> {
  data: T;
  /** Line of each front-matter key. */
  lines: ReadonlyMap<string, number>;
}

/**
 * An MDX file's front matter, and its body with the front matter blanked out so that positions
 * in the body are lines of the file; undefined when the file does not start with front matter.
 */
export function splitMdx(text: string): { source: string; frontMatter: string; body: string } | undefined {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fence = /^---\n([\s\S]*?)\n?^---[ \t]*$/m.exec(source);
  if (fence?.index !== 0) return undefined;
  return { source, frontMatter: fence[1]!, body: '\n'.repeat(fence[0].split('\n').length - 1) + source.slice(fence[0].length) };
}

export function checkMdxFile<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  components: Readonly<Record<string, ComponentRule>> = {},
): CheckedMdx<z.output<S>> {
  const parts = splitMdx(text);
  if (!parts) throw new ContentError(`${file}:1: front matter is missing (it starts and ends with a line of three hyphens)`);
  const { source, frontMatter, body } = parts;

  // Front matter starts on line 2.
  const lineCounter = new LineCounter();
  const doc = parseDocument(frontMatter, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  const syntax = doc.errors[0];
  if (syntax)
    throw new ContentError(`${file}:${lineAt(syntax.pos[0])}: YAML syntax error in the front matter: ${syntax.message.split('\n')[0]}`);
  const lines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
      if (typeof key?.value === 'string' && key.range) lines.set(key.value, lineAt(key.range[0]));
    }
  }
  const input = doc.toJS() as unknown;
  const result = schema.safeParse(input ?? {});
  if (!result.success) {
    // The line of the first field at fault that is written in the file (a missing one is not): a
    // misspelt field is where the writer must look. Failing that, the opening fence.
    const line =
      issueKeys(result.error)
        .map((key) => lines.get(key))
        .find((l) => l !== undefined) ?? 1;
    throw new ContentError(`${file}:${line}: ${describeIssues(result.error, input)}`);
  }

  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  } catch (error) {
    const message = error as { reason?: string; message: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    // At the end of the file micromark leaves `line` unset and gives the place only in the text: "(25:1-25:26)".
    const fromText = /\((\d+):\d+(?:-\d+:\d+)?\)\s*$/.exec(message.reason ?? '')?.[1];
    const line = message.line ?? message.place?.start?.line ?? message.place?.line ?? (fromText ? Number(fromText) : 0);
    throw new ContentError(`${file}:${line}: MDX syntax error: ${message.reason ?? message.message}`);
  }

  // Control characters break the feed and the exports (XML); no writer means to type one.
  const control = controlCharacter.exec(source);
  if (control) {
    const line = source.slice(0, control.index).split('\n').length;
    throw new ContentError(`${file}:${line}: a control character (${codePoint(control[0])}); delete it`);
  }

  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'heading' && node.depth === 1) {
      throw new ContentError(`${file}:${line}: a level-1 heading ("# "); the layout prints the title, so sections start with "## "`);
    }
    // Code in a chapter would run at build time (import, export, {…}) or in every reader's browser
    // and every partner's frame: content is text, and the site ships its own scripts.
    if (node.type === 'mdxjsEsm') throw new ContentError(`${file}:${line}: import and export statements are not allowed in content`);
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      throw new ContentError(`${file}:${line}: {…} expressions are not allowed in content (to write a brace, escape it: \\{)`);
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const url = (node as unknown as { url: string }).url;
      if (scriptUrl.test(url))
        throw new ContentError(`${file}:${line}: a link to "${url.slice(0, 40)}": only http(s), relative and #anchor links are allowed`);
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as unknown as JsxElement;
    if (element.name && /^[a-z]/.test(element.name)) {
      // Plain HTML: text markup is fine; anything that runs, styles, frames or redirects is not.
      if (refusedElements.has(element.name.toLowerCase())) {
        throw new ContentError(
          `${file}:${line}: <${element.name}> is not allowed in content (no ${[...refusedElements].map((n) => `<${n}>`).join(', ')})`,
        );
      }
      for (const attribute of element.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
          throw new ContentError(`${file}:${line}: <${element.name}> has a {…} attribute; write attributes as name="value"`);
        }
        if (/^on/i.test(attribute.name))
          throw new ContentError(
            `${file}:${line}: <${element.name}> attribute "${attribute.name}": event handlers are not allowed in content`,
          );
        if (attribute.name === 'style')
          throw new ContentError(`${file}:${line}: <${element.name}> attribute "style": styles belong in the site's stylesheets`);
        if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
          throw new ContentError(
            `${file}:${line}: <${element.name}> attribute "${attribute.name}" is a {…} expression; write it as name="value"`,
          );
        }
        if (typeof attribute.value === 'string' && scriptUrl.test(attribute.value)) {
          throw new ContentError(
            `${file}:${line}: <${element.name}> attribute "${attribute.name}": only http(s), relative and #anchor links are allowed`,
          );
        }
      }
      return;
    }
    // Fragments are plain grouping; any other name must be a component the page provides.
    if (!element.name) return;
    const rule = components[element.name];
    const known = Object.keys(components);
    if (!rule) {
      throw new ContentError(
        `${file}:${line}: unknown component <${element.name}> (${known.length > 0 ? `known here: ${known.map((n) => `<${n}>`).join(', ')}` : 'none can be used here'})`,
      );
    }
    const attributes = new Map<string, string | undefined>();
    for (const attribute of element.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
      // An expression ({…}) cannot be checked before rendering: treat it as not written plainly.
      attributes.set(attribute.name, typeof attribute.value === 'string' ? attribute.value : undefined);
    }
    const problem = rule(attributes);
    if (problem) throw new ContentError(`${file}:${line}: <${element.name}> ${problem}`);
  });
  return { data: result.data, lines };
}

/** <Chart id="…" /> and <ChartPointer id="…" />: the id must be written plainly and name a chart the registry knows. */
export function chartRule(chartIds: readonly string[]): ComponentRule {
  return (attributes) => {
    const id = attributes.get('id');
    if (!attributes.has('id')) return 'attribute "id" is missing';
    if (id === undefined) return 'attribute "id" must be written as id="chart-id"';
    if (!chartIds.includes(id)) return `attribute "id" names unknown chart "${id}" (charts: ${chartIds.join(', ')})`;
    return undefined;
  };
}

/** Chapter orders must run 1, 2, 3… without gaps or repeats; names the file and line at fault. */
export function checkOrder(chapters: readonly { file: string; order: number; line: number }[]): void {
  const sorted = [...chapters].sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
  sorted.forEach((chapter, i) => {
    if (chapter.order !== i + 1) {
      throw new ContentError(
        `${chapter.file}:${chapter.line}: field "order" is ${chapter.order}, expected ${i + 1} (orders must run 1, 2, 3… without gaps or repeats)`,
      );
    }
  });
}
