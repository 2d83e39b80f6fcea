// The whole explainer as one edition, assembled from the built site's own pages (so no second
// copy of any sentence or chart exists): each chapter, the updates, the about page and, as an
// appendix, the list of all sources (/sources/), with ids
// made unique per part, links turned into in-book links, and the parts only a browser needs
// (narrow drawings, filters, tooltips, embed code, navigation) left out. The PDF and the one-file
// HTML print the combined document; the EPUB takes each part as its own XHTML file.
import type { Browser, Page } from '@playwright/test';

export type PartKind = 'chapter' | 'updates' | 'about' | 'sources';

export interface EditionPart {
  /** The page's slug, also the part's anchor in the combined document. */
  id: string;
  kind: PartKind;
  title: string;
  /** Chapter number, for chapters. */
  order?: number;
  /** For the combined document: headings one level down, links as #part--anchor. */
  html: string;
  /** For the EPUB: well-formed XHTML, chart colours written onto the drawing, links as <file>.xhtml#part--anchor. */
  xhtml: string;
}

export interface Edition {
  parts: EditionPart[];
  /** The site's own stylesheets, as built. */
  css: string;
}

/** The EPUB file each part becomes. */
export const epubFile = (part: Pick<EditionPart, 'id' | 'kind' | 'order'>) => (part.kind === 'chapter' ? `chapter-${part.order}` : part.id);

interface PrepareOptions {
  partId: string;
  selector: string;
  mode: 'combined' | 'epub';
  /** The deployment base path, e.g. '/' or '/projects/russia-iran/'. */
  base: string;
  /** Where the site lives publicly (SITE_URL + base): links to anything outside the book go there. */
  publicBase: string;
  /** Part id → its EPUB file (epub mode) or '' (combined mode). */
  targets: Record<string, string>;
}

/**
 * Runs in the browser, on a built page. Self-contained: Playwright sends its source, so it may use
 * nothing from this module's scope.
 */
function preparePart(options: PrepareOptions): { html: string; title: string } {
  const { partId, selector, mode, base, publicBase, targets } = options;
  const source = document.querySelector(selector);
  if (!source) throw new Error(`no ${selector} on ${location.pathname}`);

  // EPUB readers may not know CSS variables or light-dark(): write each mark's colours onto it.
  if (mode === 'epub') {
    const properties = [
      'fill',
      'stroke',
      'stroke-width',
      'stroke-dasharray',
      'stroke-linejoin',
      'opacity',
      'fill-opacity',
      'stroke-opacity',
      'font-family',
      'font-size',
      'font-weight',
      'paint-order',
    ];
    for (const element of source.querySelectorAll<SVGElement>('.chart-layout--wide svg, .chart-layout--wide svg *')) {
      const computed = getComputedStyle(element);
      // A computed url() is absolute (this server's address): keep only the in-document reference.
      const value = (p: string) =>
        computed
          .getPropertyValue(p)
          .replace(/url\("?[^#")]*#([^")]+)"?\)/g, 'url(#$1)')
          .replace(/"/g, "'");
      element.setAttribute('style', properties.map((p) => `${p}:${value(p)}`).join(';'));
    }
  }

  const root = source.cloneNode(true) as Element;
  const drop = [
    '.chart-layout--narrow',
    '.chart-filter-box',
    '.chart-tooltip',
    '[data-announce]',
    '.chart-embed',
    'nav.toc',
    '.chapter-nav',
    'script',
    '.theme-toggle',
    '.backrefs:empty',
  ];
  if (partId === 'updates') drop.push('figure[data-chart]');
  for (const element of root.querySelectorAll(drop.join(','))) element.remove();

  const rename = (element: Element, tag: string) => {
    const replacement = document.createElementNS('http://www.w3.org/1999/xhtml', tag);
    for (const attribute of [...element.attributes])
      if (attribute.name !== 'open') replacement.setAttribute(attribute.name, attribute.value);
    replacement.append(...element.childNodes);
    element.replaceWith(replacement);
    return replacement;
  };
  // Paper and e-readers have no disclosure triangles: tables and source lists are simply there.
  for (const details of root.querySelectorAll('details')) rename(details, 'div').classList.add('details');
  for (const summary of root.querySelectorAll('summary')) rename(summary, 'p').classList.add('summary');
  if (mode === 'combined') {
    for (const level of [5, 4, 3, 2, 1]) for (const heading of root.querySelectorAll(`h${level}`)) rename(heading, `h${level + 1}`);
  }

  // One document holds every part, so a region named the same in each ("Notes and sources") also
  // says whose it is; a screen reader's list of landmarks can then tell them apart.
  const title = (source.querySelector('h1')?.textContent ?? partId).trim();
  if (mode === 'combined') {
    for (const section of root.querySelectorAll('section[aria-labelledby]')) {
      const ids = section.getAttribute('aria-labelledby')!.split(/\s+/);
      const name = ids
        .map((id) => root.querySelector(`[id="${CSS.escape(id)}"]`)?.textContent?.trim() ?? '')
        .join(' ')
        .trim();
      section.removeAttribute('aria-labelledby');
      section.setAttribute('aria-label', `${name}: ${title}`);
    }
  }

  // Ids unique across the book; everything that points at an id follows.
  const local = (id: string) => `${partId}--${id}`;
  for (const element of root.querySelectorAll('[id]')) element.id = local(element.id);
  for (const name of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers']) {
    for (const element of root.querySelectorAll(`[${name}]`))
      element.setAttribute(name, element.getAttribute(name)!.split(/\s+/).map(local).join(' '));
  }
  for (const element of root.querySelectorAll('[fill^="url(#"], [stroke^="url(#"]')) {
    for (const name of ['fill', 'stroke']) {
      const value = element.getAttribute(name);
      if (value?.startsWith('url(#')) element.setAttribute(name, `url(#${local(value.slice(5, -1))})`);
    }
  }
  for (const element of root.querySelectorAll<HTMLElement | SVGElement>('[style*="url(#"]')) {
    element.setAttribute(
      'style',
      element.getAttribute('style')!.replace(/url\(["']?#([^)"']+)["']?\)/g, (_, id: string) => `url(#${local(id)})`),
    );
  }

  const inBook = (target: string, hash: string) => {
    const anchor = hash ? `#${target}--${hash}` : `#${target}`;
    return mode === 'epub' ? `${targets[target]}.xhtml${hash ? anchor : ''}` : anchor;
  };
  for (const link of root.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!;
    // Relative links ("../cooperation/#…") too: resolve against the page first.
    const url = new URL(href, location.href);
    if (href.startsWith('#')) link.setAttribute('href', href === '#' ? '#' : `#${local(href.slice(1))}`);
    else if (url.origin === location.origin && url.pathname.startsWith(base)) {
      const path = url.pathname.slice(base.length);
      const target = path.replace(/\/$/, '');
      link.setAttribute(
        'href',
        target in targets ? inBook(target, decodeURIComponent(url.hash.slice(1))) : `${publicBase}${path}${url.search}${url.hash}`,
      );
      link.removeAttribute('download');
    }
  }

  const wrapper = document.createElementNS('http://www.w3.org/1999/xhtml', 'section');
  wrapper.setAttribute('class', `part part-${partId}`);
  wrapper.setAttribute('id', partId);
  wrapper.append(...root.childNodes);
  return { html: mode === 'epub' ? new XMLSerializer().serializeToString(wrapper) : wrapper.outerHTML, title };
}

/**
 * Runs in a chapter page: puts back, after the chart's source line, the numbered list its chart
 * keeps on a page of its own (`html`, that page as built, at `url`), and points the tables' note
 * numbers and the line's link at the entries, so the book carries the whole list.
 */
function inlineSourceList({ url, html }: { url: string; html: string }): void {
  const list = new DOMParser().parseFromString(html, 'text/html').querySelector('ol.chart-sources');
  if (!list?.firstElementChild) throw new Error(`export: ${url} has no numbered source list`);
  const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')];
  const line = links.find((a) => a.href === url)?.closest('.chart-source-list');
  if (!line) throw new Error(`export: no chart's source line links to ${url}`);
  line.after(document.importNode(list, true));
  for (const link of links) {
    if (link.href === url) link.setAttribute('href', `#${list.firstElementChild.id}`);
    else if (link.href.startsWith(`${url}#`)) link.setAttribute('href', new URL(link.href).hash);
  }
}

/**
 * Runs in a chapter page: replaces the pointer to a chart that lives on another page (its id,
 * `html` that page as built, at `url`) with the chart's figure, so the book has the chart where the
 * chapter names it.
 */
function inlinePointedChart({ id, url, html }: { id: string; url: string; html: string }): void {
  const figure = new DOMParser().parseFromString(html, 'text/html').querySelector(`figure#chart-${id}`);
  if (!figure) throw new Error(`export: ${url} has no figure#chart-${id}`);
  const pointer = document.querySelector(`[data-chart-pointer="${id}"]`);
  if (!pointer) throw new Error(`export: the page has no pointer to the chart ${id}`);
  pointer.replaceWith(document.importNode(figure, true));
}

/** Runs in any page: links into a source list the book carries in a chapter now point at that chapter. */
function followMovedLists(moved: [string, string][]): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]'))
    for (const [from, to] of moved) if (link.href.startsWith(`${from}#`)) link.setAttribute('href', `${to}${new URL(link.href).hash}`);
}

interface PageSpec {
  id: string;
  kind: PartKind;
  path: string;
  selector: string;
  order?: number;
}

/** Reads every part of the book from the built site at `siteUrl` (a local server). */
export async function collectEdition(
  browser: Browser,
  siteUrl: string,
  base: string,
  publicBase: string,
  chapterSlugs: string[],
): Promise<Edition> {
  const specs: PageSpec[] = [
    ...chapterSlugs.map((slug, i) => ({ id: slug, kind: 'chapter' as const, path: `${slug}/`, selector: 'main article', order: i + 1 })),
    { id: 'updates', kind: 'updates', path: 'updates/', selector: 'main .prose' },
    { id: 'about', kind: 'about', path: 'about/', selector: 'main article' },
    // The appendix: every source, with links back into the chapters' notes, the updates and the charts.
    { id: 'sources', kind: 'sources', path: 'sources/', selector: 'main .prose' },
  ];
  const targets = (mode: 'combined' | 'epub') => Object.fromEntries(specs.map((s) => [s.id, mode === 'epub' ? epubFile(s) : '']));
  // As served without scripts, in the light palette, at a desktop width (the wide drawings).
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light', viewport: { width: 1280, height: 900 } });
  const page: Page = await context.newPage();
  const parts: EditionPart[] = [];
  let css = '';
  /** A chart's own source page → the chapter page the book puts its list in. */
  const moved = new Map<string, string>();
  for (const spec of specs) {
    const response = await page.goto(`${siteUrl}${spec.path}`);
    if (response?.status() !== 200) throw new Error(`export: ${spec.path} answered ${response?.status()}`);
    // A chart that lives on another page (the timeline, on the front page) goes where the chapter names it.
    const pointers =
      spec.kind === 'chapter'
        ? await page.$$eval('[data-chart-pointer]', (asides) =>
            asides.map((aside) => ({ id: (aside as HTMLElement).dataset.chartPointer!, url: aside.querySelector('a')!.href })),
          )
        : [];
    for (const pointer of pointers) {
      const url = pointer.url.split('#')[0]!;
      const chartPage = await page.request.get(url);
      if (chartPage.status() !== 200) throw new Error(`export: ${url} answered ${chartPage.status()}`);
      await page.evaluate(inlinePointedChart, { id: pointer.id, url, html: await chartPage.text() });
    }
    // Only chapters keep their charts in the book (the updates part drops its copy of the timeline).
    const listsApart =
      spec.kind === 'chapter'
        ? await page.$$eval('figure[data-chart] p.chart-source-list a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href))
        : [];
    for (const url of listsApart) {
      const list = await page.request.get(url);
      if (list.status() !== 200) throw new Error(`export: ${url} answered ${list.status()}`);
      await page.evaluate(inlineSourceList, { url, html: await list.text() });
      moved.set(url, page.url().split('#')[0]!);
    }
    await page.evaluate(followMovedLists, [...moved]);
    const options = (mode: PrepareOptions['mode']): PrepareOptions => ({
      partId: spec.id,
      selector: spec.selector,
      mode,
      base,
      publicBase,
      targets: targets(mode),
    });
    const combined = await page.evaluate(preparePart, options('combined'));
    const epub = await page.evaluate(preparePart, options('epub'));
    parts.push({
      id: spec.id,
      kind: spec.kind,
      title: combined.title,
      ...(spec.order ? { order: spec.order } : {}),
      html: combined.html,
      xhtml: epub.html,
    });
    if (spec.kind === 'chapter' && spec.order === 1) {
      // The chapter pages carry every stylesheet the book needs (page, charts).
      const hrefs = await page.$$eval('link[rel="stylesheet"]', (links) => links.map((l) => (l as HTMLLinkElement).href));
      for (const href of hrefs) css += `${await (await page.request.get(href)).text()}\n`;
    }
  }
  await context.close();
  return { parts, css };
}
