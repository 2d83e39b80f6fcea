// Turns `[@source-id]` and `[@one; @two]` in chapter text into numbered note references.
// Notes are numbered per document in order of first citation; every occurrence gets its own
// anchor so the note can link back to each place that cites it. The list of cited ids is handed
// to the page through the document's frontmatter, where the page resolves it against the
// sources collection (unknown ids fail there, with the file named).
import type { Root, Paragraph, PhrasingContent, Text, Parent } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { isAbsolute, relative } from 'node:path';
import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { defaultLang, formats, languages, strings, type Lang } from '../i18n/index.ts';

export interface CitedSource {
  /** The source id, as written in the text. */
  id: string;
  /** The note number shown to the reader. */
  n: number;
  /** Anchor ids of every place that cites this source, in reading order. */
  refs: string[];
  /** Line of the first citation in the file, for messages about this id. */
  line: number;
}

export const CITATION = /\[@([a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/g;

/** Anchor ids shared by the text, the notes list and the tests. */
export const noteAnchor = (n: number) => `note-${n}`;
export const refAnchor = (n: number, occurrence: number) => `ref-${n}-${occurrence}`;

export interface CitationOptions {
  /** Paragraphs in files whose path matches must cite a source (chapters). */
  requireCitationIn?: RegExp;
  /** The language the documents are written in, for the words the references carry (the default language unless asked). */
  lang?: Lang;
}

const WORDS_PER_MINUTE = 230;

/** The language of a document under content/<lang>/ (a language edition), if it is one. */
export function editionLang(path: string): Lang | undefined {
  const match = /[\\/]content[\\/]([a-z]{2,3})[\\/](?:chapters|pages)[\\/]/.exec(path);
  return languages.find((lang) => lang === match?.[1] && lang !== defaultLang);
}

export function remarkCitations(options: CitationOptions = {}) {
  const requireIn = options.requireCitationIn ?? /[\\/]content[\\/]chapters[\\/]/;
  return (tree: Root, file: VFile) => {
    const cited = new Map<string, CitedSource>();
    const path = file.path ?? '';
    // A language edition's document (content/<lang>/…) carries that language's words.
    const lang = options.lang ?? editionLang(path) ?? defaultLang;
    const label = strings(lang).notes.inTextLabel;
    // Note numbers in the language's digits (Persian ۱, ۲, ۳); the anchors stay #note-1.
    const noteNumber = (n: number) => formats(lang).number(n);
    // Counted before citations become "Note 1" links, which a reader does not read as prose.
    const words = toString(tree).replace(CITATION, ' ').split(/\s+/).filter(Boolean).length;

    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !CITATION.test(node.value)) return;
      CITATION.lastIndex = 0;
      const replacement: PhrasingContent[] = [];
      let last = 0;
      // The pieces keep a position, so a later message about one of them can still give its line.
      const piece = (from: number, to: number): Text => ({
        type: 'text',
        value: node.value.slice(from, to),
        position: positionAt(node, from),
      });
      for (const match of node.value.matchAll(CITATION)) {
        if (match.index > last) replacement.push(piece(last, match.index));
        const ids = match[1]!.split(';').map((part) => part.trim().replace(/^@/, ''));
        replacement.push(citationNode(ids, cited, positionAt(node, match.index)?.start.line ?? 0, label, noteNumber));
        last = match.index + match[0].length;
      }
      if (last < node.value.length) replacement.push(piece(last, node.value.length));
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    });

    // A citation that survives as literal text was mistyped (for example `[@ id]`): fail.
    visit(tree, 'text', (node: Text) => {
      const stray = /\[@[^\]]*\]/.exec(node.value);
      if (stray)
        fail(
          file,
          { type: 'text', position: positionAt(node, stray.index) },
          `malformed citation "${stray[0]}": write [@source-id] or [@one; @two]`,
        );
    });

    if (requireIn.test(path)) {
      visit(tree, 'paragraph', (node: Paragraph) => {
        let hasCitation = false;
        visit(node, (child) => {
          if ((child as { data?: { citation?: boolean } }).data?.citation) hasCitation = true;
        });
        if (!hasCitation) {
          fail(file, node, `paragraph has no citation: "${toString(node).slice(0, 70)}…"; add [@source-id]`);
        }
        return SKIP;
      });
    }

    const frontmatter = (((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {}).frontmatter ??= {});
    frontmatter['citations'] = [...cited.values()];
    frontmatter['words'] = words;
    frontmatter['readingMinutes'] = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
  };
}

/** Where `offset` in a text node falls in the file (counting the line breaks before it). */
function positionAt(node: Text, offset: number): Text['position'] {
  if (!node.position) return undefined;
  const before = node.value.slice(0, offset).split('\n');
  const line = node.position.start.line + before.length - 1;
  const column = before.length === 1 ? node.position.start.column + offset : before.at(-1)!.length + 1;
  return { start: { line, column }, end: node.position.end };
}

function citationNode(
  ids: string[],
  cited: Map<string, CitedSource>,
  line: number,
  label: string,
  noteNumber: (n: number) => string = String,
): PhrasingContent {
  const links = ids.map((id) => {
    let entry = cited.get(id);
    if (!entry) {
      entry = { id, n: cited.size + 1, refs: [], line };
      cited.set(id, entry);
    }
    const ref = refAnchor(entry.n, entry.refs.length + 1);
    entry.refs.push(ref);
    return {
      type: 'link' as const,
      url: `#${noteAnchor(entry.n)}`,
      data: { hProperties: { id: ref, className: ['cite-link'], 'data-source': id } },
      children: [
        // The number alone means little to a screen reader: say it is a note.
        {
          type: 'emphasis' as const,
          data: { hName: 'span', hProperties: { className: ['visually-hidden'] } },
          children: [{ type: 'text' as const, value: label }],
        },
        { type: 'text' as const, value: noteNumber(entry.n) },
      ],
    };
  });
  const children: PhrasingContent[] = [];
  links.forEach((link, i) => {
    if (i > 0) children.push({ type: 'text', value: ',' });
    children.push(link);
  });
  // A custom node type rendered as <sup class="cite">; `citation: true` marks it for the check above.
  return {
    type: 'emphasis',
    data: { hName: 'sup', hProperties: { className: ['cite'] }, citation: true } as never,
    children,
  };
}

function fail(file: VFile, node: Node, message: string): never {
  const line = node.position?.start.line ?? 0;
  throw new Error(`${projectPath(file)}:${line}: ${message}`);
}

/** The file as the writer knows it (content/chapters/x.mdx), not the build machine's absolute path. */
function projectPath(file: VFile): string {
  if (!file.path) return '(unknown file)';
  const inside = relative(file.cwd, file.path);
  return isAbsolute(file.path) && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file.path;
}
