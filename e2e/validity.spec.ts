// Validity gates on the built files themselves: every HTML file against html-validate
// (.htmlvalidate.json), and the machine-read files (Atom feed, sitemaps, JSON-LD, oEmbed) parsed
// and held to what the content says they list. Broken links and anchors are links.spec.ts's.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse } from 'yaml';
import { contentEnd, contentStart } from '../src/embed/frozen.ts';
import { builtHtmlFiles, distDir, embedPages, langOf, sitePages, withoutLang } from './lib/site.ts';
import { chapters, langPrefix, languages } from './lib/catalog.ts';
import { datesInBothCalendarsDeep } from '../src/i18n/dates-in-text.ts';
import type { Lang } from '../src/i18n/languages.ts';

const read = (path: string) => readFileSync(`${distDir}/${path}`, 'utf8');
const pageFile = (path: string) => (path === '' || path.endsWith('/') ? `${path}index.html` : path);
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
/** Where the site says it lives (SITE_URL and base path): the home page's canonical address. */
const publicBase = canonicalOf(read('index.html'))!;
/** A built file for one of the site's absolute addresses, or undefined if it is not the site's. */
const fileFor = (url: string) =>
  url.startsWith(publicBase) ? pageFile(decodeURIComponent(new URL(url).pathname).slice(new URL(publicBase).pathname.length)) : undefined;
const site = parse(readFileSync('content/site.yaml', 'utf8')) as { title: string; publisher: string };

/**
 * Rules the frozen embed versions may break, inside their frozen markup only. Version 1 was frozen
 * before these fixes to the current markup, and a frozen version never changes (the promise to
 * partners); versions cut after the fixes are held to every rule.
 *   wcag/h32: the filters were a <form> with nothing to submit; now a plain group.
 *   prefer-native-element: the data tables' scroll box was a <div role="region">; now a <section>.
 */
const frozenAllowances: Record<string, string[]> = {
  'embed/*/v1/index.html': ['wcag/h32', 'prefer-native-element'],
};
const allowancesFor = (file: string) =>
  Object.entries(frozenAllowances).flatMap(([pattern, rules]) =>
    new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '[^/]+')}$`).test(file) ? rules : [],
  );

test('html-validate: every built HTML file is valid', async () => {
  const files = builtHtmlFiles();
  // The pages (site, embeds and their frozen versions, 404) and, once `npm run export` has run,
  // the one-file edition: a reader opens it in a browser like any page, so it is held to the same rules.
  for (const page of [...sitePages(), ...embedPages()]) expect(files).toContain(pageFile(page));
  expect(files).toContain('404.html');

  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  const allowed = new Map<string, number>();
  for (const file of files) {
    const text = read(file);
    const report = await validator.validateFile(`${distDir}/${file}`);
    const messages: Message[] = report.results.flatMap((r) => r.messages);
    const frozen = { start: text.indexOf(contentStart), end: text.indexOf(contentEnd) };
    const rules = allowancesFor(file);
    for (const m of messages) {
      if (rules.includes(m.ruleId) && m.offset > frozen.start && m.offset < frozen.end) {
        allowed.set(m.ruleId, (allowed.get(m.ruleId) ?? 0) + 1);
        continue;
      }
      errors.push(
        `${distDir}/${file}:${m.line}:${m.column} ${m.ruleId} ${m.message} (${text.slice(m.offset, m.offset + Math.min(m.size, 80))})`,
      );
    }
  }
  console.log(
    `html-validate: ${files.length} files, ${errors.length} errors; allowed in frozen markup: ${[...allowed].map(([r, n]) => `${r} ×${n}`).join(', ') || 'none'}`,
  );
  expect(errors).toEqual([]);
  // Each allowance is still needed: once nothing trips it, it goes.
  for (const rule of new Set(Object.values(frozenAllowances).flat()))
    expect(allowed.get(rule), `allowance for ${rule} is unused`).toBeGreaterThan(0);
});

test('html-validate: the configuration catches what it should (a page with known faults fails)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const page = (body: string, title = 'A test page') =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>Test</h1>${body}</main></body></html>`;
  const rulesOf = async (html: string) =>
    (await validator.validateString(html, `${distDir}/fixture.html`)).results.flatMap((r) => r.messages.map((m) => m.ruleId));
  expect(await rulesOf(page('<p>Fine.</p>'))).toEqual([]);
  expect(await rulesOf(page('<p>Fine.</p>', 'x'.repeat(71)))).toContain('long-title');
  expect(await rulesOf(page('<div role="region" aria-label="Table">x</div>'))).toContain('prefer-native-element');
  expect(await rulesOf(page('<form aria-label="f"><input type="checkbox" name="a" aria-label="a"></form>'))).toContain('wcag/h32');
  // Subresource integrity only where a file comes from another origin.
  expect(await rulesOf(page('<script src="https://cdn.example.org/x.js"></script>'))).toContain('require-sri');
  expect(await rulesOf(page('<script src="/_astro/x.js"></script>'))).toEqual([]);
});

test('the Atom feed is well-formed and lists every update in content/updates.yaml, newest first', async ({ page }) => {
  const xml = read('updates/feed.xml');
  expect(() => SyntaxValidator.validate(xml)).not.toThrow();
  const updates = (parse(readFileSync('content/updates.yaml', 'utf8')) as { id: string; date: string; type: string; title: string }[])
    .map((u) => ({ ...u, date: String(u.date) }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const atom = 'http://www.w3.org/2005/Atom';
    const root = doc.documentElement;
    const child = (el: Element, name: string) => [...el.children].find((c) => c.namespaceURI === atom && c.localName === name);
    const links = (el: Element) =>
      [...el.children].filter((c) => c.localName === 'link').map((l) => ({ rel: l.getAttribute('rel'), href: l.getAttribute('href') }));
    return {
      error: doc.querySelector('parsererror')?.textContent,
      root: `${root.namespaceURI} ${root.localName}`,
      id: child(root, 'id')?.textContent,
      updated: child(root, 'updated')?.textContent,
      author: child(root, 'author')?.textContent?.trim(),
      links: links(root),
      entries: [...root.children]
        .filter((c) => c.localName === 'entry')
        .map((e) => ({
          id: child(e, 'id')?.textContent,
          title: child(e, 'title')?.textContent,
          updated: child(e, 'updated')?.textContent,
          published: child(e, 'published')?.textContent,
          category: child(e, 'category')?.getAttribute('term'),
          links: links(e),
        })),
    };
  }, xml);
  expect(feed.error).toBeUndefined();
  expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(feed.id).toBe(`${publicBase}updates/`);
  expect(feed.author).toBe(site.publisher);
  expect(feed.links).toEqual([
    { rel: 'self', href: `${publicBase}updates/feed.xml` },
    { rel: 'alternate', href: `${publicBase}updates/` },
  ]);
  expect(feed.updated).toBe(`${updates[0]!.date}T00:00:00.000Z`);
  expect(feed.entries.map((e) => e.id)).toEqual(updates.map((u) => `${publicBase}updates/#${u.id}`));
  for (const [i, entry] of feed.entries.entries()) {
    const update = updates[i]!;
    expect(entry.links, update.id).toEqual([{ rel: 'alternate', href: entry.id }]);
    expect(entry.title).toBe(`${update.type === 'correction' ? 'Correction' : 'Update'}: ${update.title}`);
    expect(entry.updated).toBe(`${update.date}T00:00:00.000Z`);
    expect(entry.published).toBe(entry.updated);
    expect(entry.category).toBe(update.type);
  }
  // Each entry's anchor is an update on the page (links.spec.ts follows the links themselves).
  const ids = new Set([...read('updates/index.html').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  for (const update of updates) expect(ids, update.id).toContain(update.id);
});

test('the sitemaps are well-formed and list every page once, absolute, and no embed page or 404', async ({ page }) => {
  const parseSitemap = async (path: string) => {
    const xml = read(path);
    expect(() => SyntaxValidator.validate(xml), path).not.toThrow();
    return page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent,
        root: `${root.namespaceURI} ${root.localName}`,
        locs: [...doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')].map((l) => l.textContent.trim()),
      };
    }, xml);
  };
  const index = await parseSitemap('sitemap-index.xml');
  expect(index.error).toBeUndefined();
  expect(index.root).toBe('http://www.sitemaps.org/schemas/sitemap/0.9 sitemapindex');
  expect(index.locs.length).toBeGreaterThan(0);
  const listed: string[] = [];
  for (const loc of index.locs) {
    const file = fileFor(loc);
    expect(file && existsSync(`${distDir}/${file}`), loc).toBe(true);
    const sitemap = await parseSitemap(file!);
    expect(sitemap.error, file).toBeUndefined();
    expect(sitemap.root).toBe('http://www.sitemaps.org/schemas/sitemap/0.9 urlset');
    listed.push(...sitemap.locs);
  }
  for (const loc of listed) expect(loc.startsWith(publicBase), loc).toBe(true);
  const paths = listed.map((loc) => loc.slice(publicBase.length));
  expect(new Set(paths).size).toBe(paths.length);
  expect([...paths].sort()).toEqual(sitePages());
  expect(paths.filter((p) => withoutLang(p).startsWith('embed/') || withoutLang(p).startsWith('404'))).toEqual([]);
});

test('JSON-LD: every block parses; the home page is a WebSite, each chapter a NewsArticle, at its canonical address', () => {
  const fm = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;
  // A chapter's words in its language (content/<lang>/chapters/), its dates from the English.
  // Published with each day in both calendars where the language writes both (src/i18n/dates-in-text.ts).
  const front = (lang: string, slug: string) => ({
    ...fm(`content/chapters/${slug}.mdx`),
    ...(langPrefix(lang) ? datesInBothCalendarsDeep(fm(`content/${lang}/chapters/${slug}.mdx`), lang as Lang) : {}),
  });
  const siteOf = (lang: string) => ({
    ...site,
    ...(langPrefix(lang) ? datesInBothCalendarsDeep(parse(readFileSync(`content/${lang}/site.yaml`, 'utf8')) as object, lang as Lang) : {}),
  });
  const typed = new Map<string, string[]>();
  for (const file of builtHtmlFiles()) {
    const html = read(file);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const types: string[] = [];
    const lang = langOf(file);
    const words = siteOf(lang);
    const publisher = { '@type': 'Organization', name: words.publisher };
    for (const block of blocks) {
      let data: Record<string, unknown>;
      try {
        data = JSON.parse(block) as Record<string, unknown>;
      } catch (error) {
        throw new Error(`${file}: JSON-LD does not parse: ${(error as Error).message}`, { cause: error });
      }
      expect(data['@context'], file).toBe('https://schema.org');
      types.push(String(data['@type']));
      const canonical = canonicalOf(html);
      if (data['@type'] === 'WebSite') {
        expect(data, file).toMatchObject({ name: words.title, url: canonical, publisher });
      } else if (data['@type'] === 'NewsArticle') {
        const slug = withoutLang(file).replace(/\/index\.html$/, '');
        const meta = front(lang, slug);
        expect(data, file).toMatchObject({
          headline: meta['title'],
          description: meta['description'],
          datePublished: String(meta['published']),
          dateModified: String(meta['updated']),
          mainEntityOfPage: canonical,
          image: [`${publicBase}og-image.png`],
          author: publisher,
          publisher,
          isPartOf: { '@type': 'CreativeWork', name: words.title, url: `${publicBase}${langPrefix(lang)}` },
          position: chapters.indexOf(slug) + 1,
        });
      } else {
        throw new Error(`${file}: JSON-LD of an unexpected @type ${String(data['@type'])}`);
      }
    }
    if (types.length > 0) typed.set(file, types);
  }
  expect(Object.fromEntries(typed)).toEqual(
    Object.fromEntries(
      languages.flatMap((lang) => [
        [`${langPrefix(lang)}index.html`, ['WebSite']],
        ...chapters.map((c) => [`${langPrefix(lang)}${c}/index.html`, ['NewsArticle']]),
      ]),
    ),
  );
});

test('oEmbed: every answer parses as a rich embed of its chart, and every discovery link points to one', () => {
  const charts = [...new Set(embedPages().map((p) => withoutLang(p).split('/')[1]!))].sort();
  for (const lang of languages)
    expect(readdirSync(`${distDir}/${langPrefix(lang)}oembed`).sort(), lang).toEqual(charts.map((c) => `${c}.json`));
  for (const [lang, chart] of languages.flatMap((l) => charts.map((c) => [l, c] as const))) {
    const file = `${langPrefix(lang)}oembed/${chart}.json`;
    const data = JSON.parse(read(file)) as Record<string, unknown>;
    expect(data, file).toMatchObject({ version: '1.0', type: 'rich' });
    for (const key of ['width', 'height']) {
      const value = data[key];
      expect(typeof value === 'number' && Number.isInteger(value) && value > 0, `${file} ${key}`).toBe(true);
    }
    const frames = [...String(data['html']).matchAll(/<iframe\s([^>]*)>/g)].map((m) => m[1]!);
    expect(frames, file).toHaveLength(1);
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(frames[0]!)?.[1];
    expect(attr('src')).toBe(`${publicBase}${langPrefix(lang)}embed/${chart}/`);
    expect(Number(attr('width'))).toBe(data['width']);
    expect(Number(attr('height'))).toBe(data['height']);
  }
  // Discovery: each embed page names its chart's answer, and so does each chapter a chart lives in.
  let links = 0;
  for (const file of builtHtmlFiles()) {
    const html = read(file);
    for (const [, href] of html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)) {
      links++;
      const url = new URL(href!.replace(/&amp;/g, '&'));
      const answer = fileFor(`${url.origin}${url.pathname}`);
      expect(answer && existsSync(`${distDir}/${answer}`), `${file}: ${href}`).toBe(true);
      expect(url.searchParams.get('format')).toBe('json');
      expect(existsSync(`${distDir}/${fileFor(url.searchParams.get('url')!)}`), `${file}: url= ${url.searchParams.get('url')}`).toBe(true);
    }
  }
  for (const page of embedPages()) {
    const chart = withoutLang(page).split('/')[1];
    expect(read(pageFile(page)), page).toContain(
      `type="application/json+oembed" href="${publicBase}${langPrefix(langOf(page))}oembed/${chart}.json?`,
    );
  }
  expect(links).toBeGreaterThanOrEqual(embedPages().length + charts.length);
});
