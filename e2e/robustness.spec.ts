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
import { distDir, embedPages, sitePages, withoutLang } from './lib/site.ts';
import { chapters } from './lib/catalog.ts';
import { hostOrigin, siteOrigin } from './lib/hosts.ts';
import { countMessages, embedFrame, settled } from './lib/frames.ts';

// The checks stand in for a reader's own settings (a larger default font, long words, another
// script) by adding a style and text to the page. A reader's settings are not subject to the
// page's Content-Security-Policy, but a style added by a script is, and the site's policy rightly
// refuses it (security.spec.ts); so these pages are loaded with the policy set aside.
test.use({ bypassCSP: true });

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
    const classes = [...el.classList]
      .slice(0, 2)
      .map((c) => `.${c}`)
      .join('');
    const id = el.id ? `#${el.id}` : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${id}${classes}${text ? ` "${text}"` : ''}`;
  };
  const px = (n: number) => `${Math.round(n)} px`;
  if (root.scrollWidth > width + 1)
    problems.push(`the page scrolls sideways: its content is ${px(root.scrollWidth)} wide in a ${px(width)} viewport`);

  // Out of sight on purpose: the visually-hidden pattern (1 px, clipped) and the parked skip link.
  const hiddenOnPurpose = (el: Element, rect: DOMRect) =>
    (rect.width <= 1 && rect.height <= 1) ||
    getComputedStyle(el).clipPath === 'inset(50%)' ||
    (el.matches('.skip-link') && rect.bottom < 0);

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
        problems.push(
          `${describe(el)} clips its text (${px(el.scrollWidth)} × ${px(el.scrollHeight)} of content in ${px(el.clientWidth)} × ${px(el.clientHeight)})`,
        );
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
        problems.push(
          `${describe(el)} is cut off by ${describe(box)}: spans ${px(rect.left)}–${px(rect.right)}, the box ${px(outer.left)}–${px(outer.right)}`,
        );
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
      if (!node.data.trim() || !owner?.checkVisibility({ visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects())
        if (rect.width > 1 && rect.height > 1 && !hiddenOnPurpose(owner, owner.getBoundingClientRect())) lines.push({ node, rect });
    }
    for (let i = 0; i < lines.length; i += 1) {
      for (let j = i + 1; j < lines.length; j += 1) {
        const a = lines[i]!;
        const b = lines[j]!;
        if (a.node === b.node) continue;
        const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (across > 1 && down > 2) {
          problems.push(
            `text overlaps in ${describe(region).split(' ')[0]}: "${a.node.data.trim().slice(0, 30)}" and "${b.node.data.trim().slice(0, 30)}" (${px(across)} × ${px(down)})`,
          );
        }
      }
    }
  }
  for (const selector of options.mustFit ?? []) {
    const found = [...document.querySelectorAll(selector)];
    if (found.length === 0) problems.push(`no ${selector} on the page`);
    for (const el of found) {
      const rect = el.getBoundingClientRect();
      if (rect.left < -1 || rect.right > width + 1)
        problems.push(`${describe(el)} (${selector}) is not inside the ${px(width)} viewport: it spans ${px(rect.left)}–${px(rect.right)}`);
    }
  }
  return problems.slice(0, 12).concat(problems.length > 12 ? [`…and ${problems.length - 12} more`] : []);
}

/** Opens every disclosure (data tables, source lists, embed code), so what it holds is checked too. */
const openDetails = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));

const plain: AuditOptions = { clipping: false, overlapIn: [] };
const textZoom: AuditOptions = {
  clipping: true,
  overlapIn: ['.site-header', '.prose > header', '.chapter-nav', '.chart-head', '.embed-from'],
};

/** What the issue names for right-to-left text: the chapter navigation, the notes' backlinks and the chart. */
function rtlParts(path: string): string[] {
  const chapter = chapters.some((slug) => withoutLang(path) === `${slug}/`);
  const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
  return [
    ...(chapter ? ['.chapter-nav', '.chapter-nav a'] : []),
    ...(html.includes('class="backrefs"') ? ['.backrefs a'] : []),
    ...(withoutLang(path).startsWith('embed/') || html.includes('<figure class="chart"') ? ['figure.chart'] : []),
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

type Scheme = 'light' | 'dark';

/** At 320 px in each colour scheme, then with 200 % text (the root font size doubled) at 1280 and 640 px. */
async function reflowAndTextZoom(page: Page, path: string, schemes: Scheme[]): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await load(page, path, 320);
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    await check(page, `/${path} at 320 px, JavaScript on, ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  // Text-only zoom: the root font size doubles, the viewport stays.
  await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
  for (const width of [1280, 640]) {
    await page.setViewportSize({ width, height: 800 });
    await check(page, `/${path} with 200 % text at ${width} px`, textZoom);
  }
}

async function longWords(page: Page, path: string): Promise<void> {
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
}

/** At 320 px with JavaScript off in each colour scheme, then at 200 % page zoom (640 × 400 CSS px at 2×). */
async function noScriptAndPageZoom(browser: Browser, baseURL: string, path: string, schemes: Scheme[]): Promise<void> {
  await inContext(browser, { baseURL, javaScriptEnabled: false }, async (page) => {
    await load(page, path, 320);
    for (const colorScheme of schemes) {
      await page.emulateMedia({ colorScheme });
      await check(page, `/${path} at 320 px, JavaScript off, ${colorScheme}`);
    }
  });
  await inContext(browser, { baseURL, viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }, async (page) => {
    await page.goto(path);
    await openDetails(page);
    await check(page, `/${path} at 200 % page zoom (640 × 400 CSS px)`, textZoom);
  });
}

/** A frozen embed version (/embed/<chart>/v<n>/): its markup and styles never change. */
const isFrozen = (path: string) => /\/v\d+\/$/.test(path);

/** Right-to-left text (Persian) in the page's headings, navigation, notes and chart, at 320 and 1280 px. */
async function rightToLeft(page: Page, path: string): Promise<void> {
  await load(page, path, 320);
  await page.evaluate(
    ([phrase, word]) => {
      const html = document.documentElement;
      html.dir = 'rtl';
      html.lang = 'fa';
      // The last text of each: a heading's words, a link's label after its "Previous chapter".
      const replaceLast = (el: Element) => {
        const texts = [...el.childNodes].filter((n): n is Text => n instanceof Text && n.data.trim() !== '');
        const last = texts.at(-1);
        if (last) last.data = `${phrase} ${word}`;
        else el.append(`${phrase} ${word}`);
      };
      const some =
        'h1, h2, h3, .kicker, .standfirst, .chart-title, .chart-dek, .chapter-nav a, .site-title, .embed-from a, .notes li, figcaption';
      document.body.querySelectorAll(some).forEach(replaceLast);
      [...document.body.querySelectorAll('main p, main li, td')].filter((_, i) => i % 3 === 0).forEach(replaceLast);
    },
    [persian, longPersianWord],
  );
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await check(page, `/${path} right to left (Persian) at ${width} px`, { ...plain, mustFit: rtlParts(path) });
  }
}

for (const path of pages.filter((p) => !isFrozen(p))) {
  test(`/${path}: readable at 320 px, with 200 % text, long words, right to left, without JavaScript and at 200 % zoom`, async ({
    page,
    browser,
    baseURL,
  }) => {
    await test.step('at 320 px, light and dark, and with 200 % text at 1280 and 640 px', () =>
      reflowAndTextZoom(page, path, ['light', 'dark']));
    await test.step('with 70-character words', () => longWords(page, path));
    await test.step('right to left', () => rightToLeft(page, path));
    await test.step('without JavaScript, light and dark, and at 200 % page zoom', () =>
      noScriptAndPageZoom(browser, baseURL!, path, ['light', 'dark']));
  });
}

// Frozen versions are checked when they are frozen, and never change after: here each is checked
// once, in the light scheme only (colour does not move a box). Right-to-left text cannot reach
// one: its content is fixed English, its shell says lang="en" dir="ltr", and its styles are frozen too.
for (const path of pages.filter(isFrozen)) {
  test(`/${path}: readable at 320 px, with 200 % text, long words, without JavaScript and at 200 % zoom`, async ({
    page,
    browser,
    baseURL,
  }) => {
    await test.step('at 320 px, and with 200 % text at 1280 and 640 px', () => reflowAndTextZoom(page, path, ['light']));
    await test.step('with 70-character words', () => longWords(page, path));
    await test.step('without JavaScript, and at 200 % page zoom', () => noScriptAndPageZoom(browser, baseURL!, path, ['light']));
  });
}

// ---------------------------------------------------------------------------------------------
// Hostile messages. embed-hosts.spec.ts checks the everyday cases (a rogue frame's forged
// heights, the embed's own garbage, a few pym and WordPress commands); here a host page on
// another origin throws everything at the embed, and every other window on the page claims to be
// the embed, with each kind of impossible height and with plausible ones.

/** The frame showing one of our embed pages, once the host page has created it and it shows its chart. */
async function chartFrame(page: Page, chart: string): Promise<Frame> {
  const frame = await embedFrame(page, chart);
  await frame.locator('figure[data-chart]').waitFor();
  return frame;
}

/** What a host could want to change in the embed: its text, its links, its options, its address. */
const embedState = (frame: Frame) =>
  frame.evaluate(() => ({
    address: location.href,
    title: document.title,
    root: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).sort(),
    text: document.body.innerText,
    links: [...document.querySelectorAll('a, area, form, iframe, base')].map(
      (el) =>
        `${el.tagName} ${el.getAttribute('href') ?? el.getAttribute('action') ?? el.getAttribute('src') ?? ''} ${el.getAttribute('target') ?? ''}`,
    ),
    scripts: document.scripts.length,
  }));

const embedHosts = [
  {
    name: 'our loader, frozen embed code',
    path: '/loader?chart=arms-transfers&frozen=1',
    chart: 'arms-transfers',
    iframe: 'iframe[data-russia-iran-frame]',
    modals: true,
  },
  { name: 'pym.js', path: '/pym?chart=timeline', chart: 'timeline', iframe: '#rivals-chart iframe', modals: true },
  // Sandboxed without allow-modals: no dialog could open there at all, so no probe for one.
  {
    name: 'WordPress (sandboxed, opaque origin)',
    path: '/wordpress?chart=treaty-scope',
    chart: 'treaty-scope',
    iframe: 'iframe.wp-embedded-content',
    modals: false,
  },
];

test.describe('hostile messages', () => {
  for (const host of embedHosts) {
    test(`the embed in ${host.name} ignores everything its host posts to it`, async ({ page }) => {
      const errors: string[] = [];
      const dialogs: string[] = [];
      const navigations: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.setViewportSize({ width: 768, height: 900 });
      await page.goto(`${hostOrigin}${host.path}`);
      const frame = await chartFrame(page, host.chart);
      // The embed's own scripts are done: the same state on two looks in a row, once loaded.
      let before: Awaited<ReturnType<typeof embedState>> | undefined;
      await expect
        .poll(
          async () => {
            const [now, loaded] = await Promise.all([embedState(frame), frame.evaluate(() => document.readyState === 'complete')]);
            const same = loaded && JSON.stringify(now) === JSON.stringify(before);
            before = now;
            return same;
          },
          { message: 'the embed is at rest', intervals: [100] },
        )
        .toBe(true);
      page.on('framenavigated', (f) => navigations.push(f.url()));
      // A counter proves the messages arrived; an observer catches a change undone before the end.
      await frame.evaluate(() => {
        const probe = { messages: 0, mutations: [] as string[] };
        (window as unknown as { probe: typeof probe }).probe = probe;
        addEventListener('message', () => (probe.messages += 1));
        new MutationObserver((records) => {
          for (const r of records) probe.mutations.push(`${r.type} ${r.attributeName ?? ''} on ${r.target.nodeName}`);
        }).observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
          attributeFilter: [
            'href',
            'src',
            'srcdoc',
            'action',
            'target',
            'data-theme',
            'data-plain',
            'data-compact',
            'lang',
            'dir',
            'hidden',
            'open',
          ],
        });
      });

      const sent = await page.evaluate((selector) => {
        const target = document.querySelector<HTMLIFrameElement>(selector)!.contentWindow!;
        const id = 'rivals-chart';
        const pym = (type: string, value: string) => `pymxPYMx${id}xPYMx${type}xPYMx${value}`;
        let deep: Record<string, unknown> = { end: 'javascript:alert(1)' };
        for (let i = 0; i < 200; i += 1) deep = { nested: deep, href: 'javascript:alert(1)' };
        const messages: unknown[] = [
          // Strings, pym's format included.
          'hello',
          '',
          'javascript:alert(1)',
          'navigateTo',
          '<img src=x onerror=alert(1)>',
          pym('navigateTo', 'https://example.org/phish'),
          pym('navigateTo', 'javascript:alert(document.domain)'),
          pym('navigateTo', 'data:text/html,<script>alert(1)</script>'),
          pym('height', '10'),
          pym('width', '1'),
          pym('scrollToChildPos', '99999'),
          pym('parentPositionInfo', '0 0 0 0'),
          `pymxPYMx${id}xPYMx`,
          // JSON text, one trying to reach Object.prototype.
          '{"__proto__":{"polluted":1}}',
          '{"constructor":{"prototype":{"polluted":1}}}',
          '{"sentinel":"amp","type":"embed-size","height":10}',
          JSON.parse('{"__proto__":{"polluted":1}}'),
          { constructor: { prototype: { polluted: 1 } } },
          // WordPress: a link to follow, a height, a ready with the real secret and with a wrong one.
          { message: 'link', value: 'javascript:alert(1)', secret: 'Ab3dE5gH9k' },
          { message: 'link', value: 'https://example.org/phish', secret: 'Ab3dE5gH9k' },
          { message: 'height', value: 10, secret: 'Ab3dE5gH9k' },
          { message: 'ready', secret: 'Ab3dE5gH9k' },
          { message: 'ready', secret: '"><script>alert(1)</script>' },
          // AMP and Datawrapper, and messages claiming types nobody defined.
          { sentinel: 'amp', type: 'embed-size', height: 10 },
          { sentinel: 'amp', type: 'embed-ready' },
          { sentinel: 'amp', type: 'send-intersections' },
          { 'datawrapper-height': { [id]: 10 } },
          { source: 'datawrapper', type: 'datawrapper:vis:reload' },
          { type: 'navigate', url: 'javascript:alert(1)' },
          { type: 'navigate', url: 'https://example.org/phish' },
          { type: 'theme', theme: 'dark' },
          { theme: 'dark', plain: 1, compact: 1 },
          { type: 'eval', code: 'alert(1)' },
          { type: 'html', selector: 'body', html: '<img src=x onerror=alert(1)>' },
          { href: 'javascript:alert(1)', location: 'https://example.org/' },
          // Odd values, a deep object and a huge string (8 MB).
          null,
          undefined,
          0,
          Number.NaN,
          true,
          [1, 2, 3],
          new ArrayBuffer(16),
          deep,
          'x'.repeat(8 * 1024 * 1024),
          pym('navigateTo', `https://example.org/${'a'.repeat(1024 * 1024)}`),
        ];
        for (const m of messages) target.postMessage(m, '*');
        return messages.length;
      }, host.iframe);

      // If the embed navigated, its counter is gone: the poll then shows what happened instead.
      const received = () =>
        frame
          .evaluate(() => (window as unknown as { probe?: { messages: number } }).probe?.messages ?? `a new document at ${location.href}`)
          .catch((e: Error) => `frame gone: ${e.message}`);
      await expect.poll(received, { message: 'every message reached the embed, in the same document' }).toBe(sent);
      // The embed's event loop has turned since, so whatever a listener did or queued at once has
      // happened (and the observer has seen even a change undone before now).
      await frame.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
      expect(navigations, 'no frame navigated').toEqual([]);
      expect(page.url()).toBe(`${hostOrigin}${host.path}`);
      expect(await embedState(frame), "the embed's address, text, links and options are unchanged").toEqual(before);
      expect(
        await frame.evaluate(() => (window as unknown as { probe: { mutations: string[] } }).probe.mutations),
        'nothing in the embed changed, even for a moment',
      ).toEqual([]);
      const polluted = () =>
        Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted') || ({} as Record<string, unknown>)['polluted'] !== undefined;
      expect(await frame.evaluate(polluted), 'Object.prototype in the embed').toBe(false);
      expect(await page.evaluate(polluted), 'Object.prototype in the host').toBe(false);
      expect(dialogs, 'no dialog').toEqual([]);
      expect(errors, 'no error in the embed or the host').toEqual([]);

      // The watchers work: an error thrown in the frame, and (where modals are allowed) a dialog, are seen.
      await frame.evaluate(() =>
        setTimeout(() => {
          throw new Error('probe error');
        }),
      );
      await expect.poll(() => errors).toEqual([expect.stringContaining('probe error')]);
      if (host.modals) {
        await frame.evaluate(() => setTimeout(() => alert('probe dialog')));
        await expect.poll(() => dialogs).toEqual(['probe dialog']);
      }
    });
  }

  test('the loader ignores height claims from any window but its own frame, and impossible heights from that one', async ({ page }) => {
    await countMessages(page);
    await page.setViewportSize({ width: 768, height: 900 });
    await page.goto(`${hostOrigin}/loader?chart=arms-transfers`);
    const iframe = page.locator('iframe[data-russia-iran-frame]');
    const frame = await chartFrame(page, 'arms-transfers');
    const content = () => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    await expect
      .poll(async () => Math.abs((await iframe.evaluate((el) => el.getBoundingClientRect().height)) - (await content())), {
        message: 'the frame fits its chart',
      })
      .toBeLessThanOrEqual(2);
    await settled(iframe, frame, 'the fitted frame');
    const before = await iframe.evaluate((el) => el.style.height);

    // Every height the frame is given from now on, every message the host page receives, and
    // the marker each sender posts last (messages from one window arrive in order).
    await page.evaluate(() => {
      const watch = { heights: [] as string[], messages: 0, ends: 0 };
      (window as unknown as { watch: typeof watch }).watch = watch;
      const el = document.querySelector<HTMLIFrameElement>('iframe[data-russia-iran-frame]')!;
      new MutationObserver(() => watch.heights.push(el.style.height)).observe(el, {
        attributes: true,
        attributeFilter: ['style', 'height'],
      });
      addEventListener('message', (event) => {
        watch.messages += 1;
        if (event.data === 'end of claims') watch.ends += 1;
      });
    });

    // The claims, as source text, so every sender gets exactly the same values (NaN, a BigInt…).
    const impossible = `[0, -5, 1e9, NaN, '100px', 1e308, Number.MAX_VALUE, Infinity, -Infinity, '500', 500n, null, true, [500], { px: 500 }, 39.9, 12000.5]`;
    const plausible = '[500, 640]';
    const post = (target: string, heights: string) =>
      `for (const height of ${heights}) ${target}.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');`;
    const end = (target: string) => `${target}.postMessage('end of claims', '*');`;
    const count = (heights: string) => (heights === plausible ? 2 : 17);
    /** Runs source text in a window. */
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the claims are source text on purpose, so every sender posts the very same values
    const run = (code: string) => (new Function(code) as () => void)();

    // 1. The host page itself.
    await page.evaluate(run, `${post('window', impossible)} ${post('window', plausible)} ${end('window')}`);
    // 2. A sandboxed frame: its origin is "null", which the loader accepts from a sandboxed embed.
    await page.evaluate(
      (code) => {
        const sandboxed = document.createElement('iframe');
        sandboxed.setAttribute('sandbox', 'allow-scripts');
        sandboxed.title = 'A sandboxed frame';
        sandboxed.srcdoc = `<script>${code}</script>`;
        document.body.append(sandboxed);
      },
      `${post('parent', impossible)} ${post('parent', plausible)} ${end('parent')}`,
    );
    // 3. Another frame from our own site, which passes the origin check: not the embed's window.
    // (Another embed page: the site's other pages refuse to be framed, see security.spec.ts.)
    await page.evaluate((src) => {
      const other = document.createElement('iframe');
      other.title = 'Another chart of the site';
      other.src = src;
      document.body.append(other);
    }, `${siteOrigin}/embed/treaty-scope/`);
    let other: Frame | undefined;
    await expect.poll(() => (other = page.frames().find((f) => f.url() === `${siteOrigin}/embed/treaty-scope/`)) !== undefined).toBe(true);
    await other!.waitForLoadState();
    await other!.evaluate(run, `${post('parent', impossible)} ${post('parent', plausible)} ${end('parent')}`);
    // 4. The embed's own frame, with the impossible values only.
    await frame.evaluate(run, `${post('parent', impossible)} ${end('parent')}`);

    const expected = 3 * (count(impossible) + count(plausible)) + count(impossible);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { watch: { messages: number } }).watch.messages), {
        message: 'the claims reached the host page',
      })
      .toBeGreaterThanOrEqual(expected);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { watch: { ends: number } }).watch.ends), {
        message: 'every sender’s last message has been handled',
      })
      .toBe(4);
    expect(
      await page.evaluate(() =>
        (window as unknown as { watch: { heights: string[] } }).watch.heights.filter((h, i, all) => h !== all[i - 1]),
      ),
      'heights given to the frame',
    ).toEqual([]);
    expect(await iframe.evaluate((el) => el.style.height)).toBe(before);

    // The same message from the embed's own window is obeyed: the listener was there all along.
    // The embed answers a wrong height with its real one within a frame or two, so the recorded
    // heights are read rather than polling for a state that lasts that long.
    await frame.evaluate(() => window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 333 }, '*'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { watch: { heights: string[] } }).watch.heights)).toContain('333px');
  });
});
