// What a right-to-left edition (Persian) needs beyond what every language is tested for: its own
// digits in every label, its typeface holding every letter the pages show, chart labels inside their
// drawing and apart at phone and desktop widths, and screenshots of every page and chart compared
// with committed references. Each test runs for every published right-to-left language.
import { test, expect, type Page } from '@playwright/test';
import * as fontkit from 'fontkitten';
import { languageSpecs, publishedLanguages, type Lang } from '../src/i18n/languages.ts';
import { typefaces } from '../src/fonts/typefaces.ts';
import { embedPages, langOf, langPrefix, sitePages, withoutLang } from './lib/site.ts';
import { charts } from './lib/catalog.ts';

const rtl = publishedLanguages.filter((lang) => languageSpecs[lang].dir === 'rtl');
const pagesIn = (lang: Lang) => [...sitePages(), ...embedPages()].filter((path) => langOf(path) === lang && !/\/v\d+\/$/.test(path));
/** A language that writes its own digits (Persian ۰–۹): what Intl's numbering system for its locale is. */
const ownDigits = (lang: Lang) => new Intl.NumberFormat(languageSpecs[lang].locale).resolvedOptions().numberingSystem !== 'latn';
/** Pages whose name is a file path: 404.html is served at an unknown address too. */
const name = (path: string) => (withoutLang(path).replace(/\/$/, '').replace(/\//g, '-') || 'home').replace(/^-/, '');

/**
 * Runs in the page: every piece of text a reader meets in the page's language (text nodes, SVG
 * labels, tooltips, accessible names), with the Latin-script runs inside it taken out (a name such
 * as "CC BY 4.0" or "A4" is written in its own script), and the element it belongs to. Text in
 * another language (a source’s original title, lang="en") and machine text (a URL, code, the embed code:
 * dir="ltr") are left out.
 */
function readerText(lang: string): { where: string; text: string }[] {
  const own = (el: Element | null) => {
    const marked = el?.closest('[lang]');
    return (!marked || marked.getAttribute('lang') === lang) && !el?.closest('[dir="ltr"], script, style, textarea, code');
  };
  const out: { where: string; text: string }[] = [];
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (el && own(el) && node.textContent!.trim()) out.push({ where: describe(el), text: node.textContent! });
  }
  for (const el of document.querySelectorAll('[data-tip], [aria-label], [title], [alt], [placeholder]')) {
    if (!own(el)) continue;
    for (const attr of ['data-tip', 'aria-label', 'title', 'alt', 'placeholder']) {
      const value = el.getAttribute(attr);
      if (value) out.push({ where: `${describe(el)}[${attr}]`, text: value });
    }
  }
  return out;
}

const latinRun = /[A-Za-z][A-Za-z0-9.\-/:+&' ]*/g;

for (const lang of rtl) {
  const pages = pagesIn(lang);

  test.describe(`${languageSpecs[lang].nativeName} (${lang}), right to left`, () => {
    test('every page and embed is right to left, and writes numbers in the language’s own digits only', async ({ browser, baseURL }) => {
      test.skip(!ownDigits(lang), `${lang} writes Latin digits`);
      test.setTimeout(240_000);
      const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), javaScriptEnabled: false });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        expect(await page.locator('html').getAttribute('dir'), `/${path}`).toBe('rtl');
        for (const { where, text } of await page.evaluate(readerText, languageSpecs[lang].tag)) {
          const left = text.replace(latinRun, ' ');
          if (/[0-9]/.test(left)) problems.push(`/${path} ${where}: "${text.trim().slice(0, 80)}"`);
        }
      }
      await context.close();
      expect(problems.slice(0, 20), `${problems.length} texts with Latin digits`).toEqual([]);
    });

    test('the self-hosted typeface has a glyph for every letter the pages show, and the pages use it', async ({ page, request }) => {
      const typeface = typefaces[lang];
      test.skip(!typeface, `${lang} uses the system fonts`);
      test.setTimeout(240_000);
      const fonts = await Promise.all(
        typeface!.faces.map(async (face) => {
          const response = await request.get(face.file);
          expect(response.status(), face.file).toBe(200);
          expect(response.headers()['content-type']).toContain('font/woff2');
          return { face, font: fontkit.create(Buffer.from(await response.body())) as fontkit.Font };
        }),
      );
      const used = new Set<string>();
      for (const path of pages) {
        await page.goto(path);
        const text = await page.evaluate(() => {
          const tips = [...document.querySelectorAll('[data-tip]')].map((el) => el.getAttribute('data-tip')).join(' ');
          return `${document.documentElement.textContent} ${tips}`;
        });
        for (const ch of text) if (typeface!.covers(ch.codePointAt(0)!)) used.add(ch);
      }
      expect(used.size).toBeGreaterThan(30);
      for (const { face, font } of fonts) {
        const missing = [...used].filter((ch) => ch !== '\u200c' && !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
        expect(
          missing.map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()} ${ch}`),
          `${face.file} lacks`,
        ).toEqual([]);
      }
      // The page preloads the regular face and draws its text in it.
      await page.goto(`${langPrefix(lang)}`);
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate((family) => document.fonts.check(`16px ${family}`, 'س'), typeface!.family)).toBe(true);
    });

    for (const width of [320, 1280]) {
      test(`every chart's labels stay inside its drawing and apart at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        const problems: string[] = [];
        for (const chart of charts) {
          await page.goto(`${langPrefix(lang)}embed/${chart.id}/`);
          await ready(page, lang);
          problems.push(
            ...(await page.locator('.chart-layout:visible svg[role="img"]').evaluate((svg, id) => {
              const box = svg.getBoundingClientRect();
              const found: string[] = [];
              const labels = [...svg.querySelectorAll('text')]
                .filter((t) => (t.textContent ?? '').trim() && t.getClientRects().length && getComputedStyle(t).visibility !== 'hidden')
                .map((t) => ({ t, r: t.getBoundingClientRect(), text: (t.textContent ?? '').trim().slice(0, 30) }))
                .filter(({ r }) => r.width > 0);
              // Two labels collide where their letters do: the line box of a Persian face is half
              // again as tall as its letters (Vazirmatn's ascent and descent), so the vertical extent
              // compared is the font size around the box's middle, once per line of the label.
              const ink = (t: SVGTextElement, r: DOMRect) => {
                const size = parseFloat(getComputedStyle(t).fontSize);
                const lines = Math.max(1, t.querySelectorAll('tspan').length);
                const pad = Math.max(0, (r.height - lines * size) / 2);
                return { left: r.left, right: r.right, top: r.top + pad, bottom: r.bottom - pad };
              };
              for (const { r, text } of labels)
                if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
                  found.push(
                    `${id}: "${text}" leaves the drawing (${Math.round(r.left - box.left)}…${Math.round(r.right - box.left)} of ${Math.round(box.width)})`,
                  );
              for (let i = 0; i < labels.length; i++)
                for (let j = i + 1; j < labels.length; j++) {
                  // The same place drawn in two periods puts the same name in the same spot.
                  if (labels[i]!.text === labels[j]!.text) continue;
                  const a = ink(labels[i]!.t, labels[i]!.r);
                  const b = ink(labels[j]!.t, labels[j]!.r);
                  const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                  const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                  if (across > 2 && down > 2) found.push(`${id}: "${labels[i]!.text}" and "${labels[j]!.text}" overlap`);
                }
              return found;
            }, chart.id)),
          );
        }
        expect(problems).toEqual([]);
      });
    }

    for (const width of [320, 1280])
      for (const colorScheme of ['light', 'dark'] as const)
        test(`screenshots of every page and chart at ${width} px, ${colorScheme}, match the references`, async ({ browser, baseURL }) => {
          test.setTimeout(300_000);
          const context = await browser.newContext({
            ...(baseURL ? { baseURL } : {}),
            colorScheme,
            serviceWorkers: 'block',
            reducedMotion: 'reduce',
            viewport: { width, height: 900 },
          });
          const page = await context.newPage();
          for (const path of pages.filter((p) => !withoutLang(p).startsWith('embed/'))) {
            await page.goto(path);
            await ready(page, lang);
            await expect
              .soft(page, `/${path}`)
              .toHaveScreenshot([lang, `${name(path)}-${width}-${colorScheme}.png`], { animations: 'disabled', maxDiffPixelRatio: 0.002 });
          }
          for (const chart of charts) {
            await page.goto(`${langPrefix(lang)}embed/${chart.id}/`);
            await ready(page, lang);
            await expect
              .soft(page.locator('.chart-layout:visible svg[role="img"]'), chart.id)
              .toHaveScreenshot([lang, `chart-${chart.id}-${width}-${colorScheme}.png`], {
                animations: 'disabled',
                maxDiffPixelRatio: 0.002,
              });
          }
          await context.close();
        });
  });
}

/**
 * Waits until the page's text is in its typeface. The face is `font-display: optional`: on a first
 * load it may miss the first paint and the page then keeps its stand-in, so the test loads again
 * from the cache, as a reader's second page would.
 */
const warm = new WeakSet<Page>();
async function ready(page: Page, lang: Lang): Promise<void> {
  const typeface = typefaces[lang];
  await page.evaluate(() => document.fonts.ready);
  if (!typeface) return;
  if (!warm.has(page)) {
    warm.add(page);
    await page.reload();
    await page.evaluate(() => document.fonts.ready);
  }
  // Every face (regular and bold), not just one: a face missing at first paint leaves that text in
  // the stand-in. A face can be loaded and still unused (it came after the first paint, and
  // `optional` then keeps the stand-in for the page's life), so each weight is also drawn: a line
  // set in the face alone, with a monospace after it, must not measure as the monospace does.
  const inUse = () =>
    page.evaluate(
      ({ family, weights }) => {
        const faces = [...document.fonts].filter((f) => f.family === family);
        if (faces.length === 0 || faces.some((f) => f.status !== 'loaded')) return false;
        const probe = document.createElement('span');
        probe.textContent = 'سلام بر همهٔ خوانندگان ۱۲۳۴';
        probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font-size:32px';
        document.body.append(probe);
        const width = (stack: string, weight: number) => {
          probe.style.fontFamily = stack;
          probe.style.fontWeight = String(weight);
          return probe.getBoundingClientRect().width;
        };
        const drawn = weights.every((weight) => width(`${family}, monospace`, weight) !== width('monospace', weight));
        probe.remove();
        return drawn;
      },
      { family: typeface.family, weights: typeface.faces.map((f) => f.weight) },
    );
  // Loaded from the cache, a reload draws with the face from the first paint; a busy machine may need two.
  for (let reloads = 0; reloads < 3 && !(await inUse()); reloads += 1) {
    await page.reload();
    await page.evaluate(() => document.fonts.ready);
  }
  await expect.poll(inUse, { message: `${typeface.family} draws the page's text` }).toBe(true);
}
