// Robustness gates: every page of the site and every embed page stays readable when the reader
// zooms to 200 % or reads on a 320 px screen (WCAG 1.4.4, 1.4.10), and when the text is not what
// we wrote: words too long for the line, or a right-to-left language. And the embeds ignore what
// a hostile host page sends them, while the loader on the host ignores heights from any window
// but its own frame's.
//
// One page load serves several checks; each check names the page, the condition and the
// outermost offending element with its edge, so a failure says what to fix.
import { test, expect, type Browser, type BrowserContextOptions, type Frame, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chapterSlugs, distDir, embedPages, sitePages } from './lib/site.ts';
import { hostOrigin, siteOrigin } from './lib/hosts.ts';

const pages = [...sitePages(), ...embedPages()];

/** A made-up German compound and a long URL, 70 characters each, with no break opportunity. */
const longWord = 'Waffenlieferungskooperationsvertragsverhandlungsdelegationsleiterinnen';
const longUrl = 'https://example.org/archive/2025/russia-iran-comprehensive-partnership';
const persian = 'روسیه و ایران';
const longPersianWord = 'ایرانروسیه'.repeat(5);

interface AuditOptions {
  /** Also report boxes that hide part of their text (overflow hidden with more content than room). */
  clipping: boolean;
  /** Regions in which no two pieces of text may overlap. */
  overlapIn: string[];
  /** Parts that must be on the page and inside the viewport, checked by name even where the sweep skips them. */
  mustFit?: string[];
}

/**
 * Runs in the page. Returns one line per problem: the page scrolling sideways, an element out of
 * the viewport (only the outermost of a nested group), a box scrolling sideways that is not a
 * table's scroll region, text clipped by its box, and overlapping text in the given regions.
 */
function audit(options: AuditOptions): string[] {
  const root = document.documentElement;
  const width = root.clientWidth;
  const problems: string[] = [];
  const describe = (el: Element) => {
    const classes = [...el.classList].slice(0, 2).map((c) => `.${c}`).join('');
    const id = el.id ? `#${el.id}` : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${id}${classes}${text ? ` "${text}"` : ''}`;
  };
  const px = (n: number) => `${Math.round(n)} px`;
  if (root.scrollWidth > width + 1) problems.push(`the page scrolls sideways: its content is ${px(root.scrollWidth)} wide in a ${px(width)} viewport`);

  // Out of sight on purpose: the visually-hidden pattern (1 px, clipped) and the parked skip link.
  const hiddenOnPurpose = (el: Element, rect: DOMRect) =>
    (rect.width <= 1 && rect.height <= 1) || getComputedStyle(el).clipPath === 'inset(50%)' || (el.matches('.skip-link') && rect.bottom < 0);

  // The nearest ancestor that scrolls or clips sideways, if any (cached: pages have thousands of elements).
  const clipperOf = new Map<Element, Element | null>();
  const clipper = (el: Element): Element | null => {
    const parent = el.parentElement;
    if (!parent || parent === document.body) return null;
    let found = clipperOf.get(parent);
    if (found === undefined) {
      found = getComputedStyle(parent).overflowX !== 'visible' ? parent : clipper(parent);
      clipperOf.set(parent, found);
    }
    return found;
  };

  const reported: Element[] = [];
  const withinReported = (el: Element) => reported.some((r) => r.contains(el));
  for (const el of document.body.querySelectorAll('*')) {
    if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (hiddenOnPurpose(el, rect) || withinReported(el)) continue;
    const style = getComputedStyle(el);

    // Only a table's own scroll region (or a text field) may scroll sideways.
    if (/auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && !el.matches('.table-scroll, textarea')) {
      problems.push(`${describe(el)} scrolls sideways (${px(el.scrollWidth)} of content in ${px(el.clientWidth)})`);
      reported.push(el);
      continue;
    }
    if (options.clipping && /hidden|clip/.test(`${style.overflowX} ${style.overflowY}`) && (el.textContent ?? '').trim()) {
      if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${describe(el)} clips its text (${px(el.scrollWidth)} × ${px(el.scrollHeight)} of content in ${px(el.clientWidth)} × ${px(el.clientHeight)})`);
        reported.push(el);
        continue;
      }
    }
    const box = clipper(el);
    if (box) {
      // Inside a scroll region the reader can reach it; inside a clipping box it would be cut off.
      if (/auto|scroll/.test(getComputedStyle(box).overflowX)) continue;
      const outer = box.getBoundingClientRect();
      if (!hiddenOnPurpose(box, outer) && (rect.right > outer.right + 1 || rect.left < outer.left - 1)) {
        problems.push(`${describe(el)} is cut off by ${describe(box)}: spans ${px(rect.left)}–${px(rect.right)}, the box ${px(outer.left)}–${px(outer.right)}`);
        reported.push(el);
      }
      continue;
    }
    if (rect.right > width + 1 || rect.left < -1) {
      problems.push(`${describe(el)} sticks out of the ${px(width)} viewport: left edge ${px(rect.left)}, right edge ${px(rect.right)}`);
      reported.push(el);
    }
  }

  // Overlapping text: every line box of every text node in the region, against every other node's.
  for (const region of options.overlapIn.length ? document.querySelectorAll(options.overlapIn.join(', ')) : []) {
    const lines: { node: Text; rect: DOMRect }[] = [];
    const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const owner = node.parentElement;
      if (!node.data.trim() || !owner || !owner.checkVisibility({ visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 1 && rect.height > 1 && !hiddenOnPurpose(owner, owner.getBoundingClientRect())) lines.push({ node, rect });
    }
    for (let i = 0; i < lines.length; i += 1) {
      for (let j = i + 1; j < lines.length; j += 1) {
        const a = lines[i]!;
        const b = lines[j]!;
        if (a.node === b.node) continue;
        const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (across > 1 && down > 2) {
          problems.push(`text overlaps in ${describe(region).split(' ')[0]}: "${a.node.data.trim().slice(0, 30)}" and "${b.node.data.trim().slice(0, 30)}" (${px(across)} × ${px(down)})`);
        }
      }
    }
  }
  for (const selector of options.mustFit ?? []) {
    const found = [...document.querySelectorAll(selector)];
    if (found.length === 0) problems.push(`no ${selector} on the page`);
    for (const el of found) {
      const rect = el.getBoundingClientRect();
      if (rect.left < -1 || rect.right > width + 1) problems.push(`${describe(el)} (${selector}) is not inside the ${px(width)} viewport: it spans ${px(rect.left)}–${px(rect.right)}`);
    }
  }
  return problems.slice(0, 12).concat(problems.length > 12 ? [`…and ${problems.length - 12} more`] : []);
}

/** Opens every disclosure (data tables, source lists, embed code), so what it holds is checked too. */
const openDetails = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));

const plain: AuditOptions = { clipping: false, overlapIn: [] };
const textZoom: AuditOptions = { clipping: true, overlapIn: ['.site-header', '.prose > header', '.chapter-nav', '.chart-head', '.embed-from'] };

/** What the issue names for right-to-left text: the chapter navigation, the notes' backlinks and the chart. */
function rtlParts(path: string): string[] {
  const chapter = chapterSlugs().some((slug) => path === `${slug}/`);
  const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
  return [
    ...(chapter ? ['.chapter-nav', '.chapter-nav a'] : []),
    ...(html.includes('class="backrefs"') ? ['.backrefs a'] : []),
    ...(path.startsWith('embed/') || html.includes('<figure class="chart"') ? ['figure.chart'] : []),
  ];
}

async function check(page: Page, label: string, options: AuditOptions = plain): Promise<void> {
  expect.soft(await page.evaluate(audit, options), label).toEqual([]);
}

async function load(page: Page, path: string, width: number, height = 800): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.goto(path);
  await openDetails(page);
}

async function inContext(browser: Browser, options: BrowserContextOptions, run: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext(options);
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

for (const path of pages) {
  test.describe(`/${path}`, () => {
    test('reflows at 320 px, light and dark, and takes 200 % text at 1280 and 640 px', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await load(page, path, 320);
      await check(page, `/${path} at 320 px, JavaScript on, light`);
      await page.emulateMedia({ colorScheme: 'dark' });
      await check(page, `/${path} at 320 px, JavaScript on, dark`);
      await page.emulateMedia({ colorScheme: 'light' });
      // Text-only zoom: the root font size doubles, the viewport stays.
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      for (const width of [1280, 640]) {
        await page.setViewportSize({ width, height: 800 });
        await check(page, `/${path} with 200 % text at ${width} px`, textZoom);
      }
    });

    test('keeps 70-character words inside the screen', async ({ page }) => {
      await load(page, path, 320);
      await page.evaluate(
        ([word, url]) => {
          const text = 'h1, h2, h3, h4, p, li, td, th, figcaption, .chart-title, button, a, summary, label, legend, .byline span';
          for (const el of document.body.querySelectorAll(text)) {
            if (el.closest('svg')) continue;
            el.append(` ${el.matches('a') ? url : word}`);
          }
        },
        [longWord, longUrl],
      );
      await check(page, `/${path} at 320 px with a ${longWord.length}-character word in every text`);
    });

    test('keeps right-to-left text inside the screen', async ({ page }) => {
      // A frozen version's content is fixed English and its shell says lang="en" dir="ltr", so
      // right-to-left text cannot reach it; its styles are frozen too.
      test.skip(/\/v\d+\/$/.test(path), 'frozen embed version');
      await load(page, path, 320);
      await page.evaluate(
        ([phrase, word]) => {
          const html = document.documentElement;
          html.dir = 'rtl';
          html.lang = 'fa';
          // The last text of each: a heading's words, a link's label after its "Previous chapter".
          const replaceLast = (el: Element) => {
            const texts = [...el.childNodes].filter((n): n is Text => n.nodeType === Node.TEXT_NODE && n.data.trim() !== '');
            const last = texts.at(-1);
            if (last) last.data = `${phrase} ${word}`;
            else el.append(`${phrase} ${word}`);
          };
          const some = 'h1, h2, h3, .kicker, .standfirst, .chart-title, .chart-dek, .chapter-nav a, .site-title, .embed-from a, .notes li, figcaption';
          document.body.querySelectorAll(some).forEach(replaceLast);
          [...document.body.querySelectorAll('main p, main li, td')].filter((_, i) => i % 3 === 0).forEach(replaceLast);
        },
        [persian, longPersianWord],
      );
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await check(page, `/${path} right to left (Persian) at ${width} px`, { ...plain, mustFit: rtlParts(path) });
      }
    });

    test('reflows without JavaScript, and at 200 % page zoom (640 × 400 CSS px at 2×)', async ({ browser, baseURL }) => {
      await inContext(browser, { baseURL: baseURL!, javaScriptEnabled: false }, async (page) => {
        await load(page, path, 320);
        await page.emulateMedia({ colorScheme: 'light' });
        await check(page, `/${path} at 320 px, JavaScript off, light`);
        await page.emulateMedia({ colorScheme: 'dark' });
        await check(page, `/${path} at 320 px, JavaScript off, dark`);
      });
      await inContext(browser, { baseURL: baseURL!, viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }, async (page) => {
        await page.goto(path);
        await openDetails(page);
        await check(page, `/${path} at 200 % page zoom (640 × 400 CSS px)`, textZoom);
      });
    });
  });
}
