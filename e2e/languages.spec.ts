// The site in every language: each page says its language, points to itself in the others
// (hreflang, x-default, the switcher), and a reader switching language keeps their place. Every
// other spec that walks the built pages (axe, validity, links, layout, security, offline) walks
// the pages of every language too; this one checks what ties the editions together.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { languageSpecs } from '../src/i18n/languages.ts';
import { chapters, langPrefix, languages } from './lib/catalog.ts';
import { distDir, langOf, sitePages, withoutLang } from './lib/site.ts';

const built = (path: string) => readFileSync(`${distDir}/${path}index.html`, 'utf8');
const pages = sitePages();

test('every page exists in every language, under the same address after the language prefix', () => {
  const byLang = Object.fromEntries(
    languages.map((lang) => [
      lang,
      pages
        .filter((p) => langOf(p) === lang)
        .map(withoutLang)
        .sort(),
    ]),
  );
  for (const lang of languages) expect(byLang[lang], lang).toEqual(byLang[languages[0]!]);
});

test('each page has its lang and dir, alternates to itself in every language and x-default, and a switcher to the others', () => {
  for (const path of pages) {
    const html = built(path);
    const lang = langOf(path);
    const spec = languageSpecs[lang];
    expect(html, path).toContain(`<html lang="${spec.tag}" dir="${spec.dir}">`);
    if (html.includes('name="robots" content="noindex"')) continue;
    const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [
      m[1],
      new URL(m[2]!).pathname,
    ]);
    expect(alternates, path).toEqual([
      ...languages.map((other) => [languageSpecs[other].tag, `/${langPrefix(other)}${withoutLang(path)}`]),
      ['x-default', `/${withoutLang(path)}`],
    ]);
    const switcher = [...html.matchAll(/<a href="([^"]+)" hreflang="([^"]+)" lang="[^"]+" data-language-switch>([^<]+)<\/a>/g)];
    expect(
      switcher.map((m) => [m[1], m[3]]),
      path,
    ).toEqual(
      languages
        .filter((other) => other !== lang)
        .map((other) => [`/${langPrefix(other)}${withoutLang(path)}`, languageSpecs[other].nativeName]),
    );
  }
});

test('JSON-LD names the page’s language', () => {
  for (const path of pages) {
    const block = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(built(path))?.[1];
    if (!block) continue;
    expect((JSON.parse(block) as { inLanguage?: string }).inLanguage, path).toBe(languageSpecs[langOf(path)].tag);
  }
});

test('the switcher takes a reader to the same section in the other language', async ({ page }) => {
  test.skip(languages.length < 2, 'one language published');
  // A reader who came to a section by its anchor (a shared link, a note's back-link, a pointer)
  // and switches language lands on that section in the other language. The header is not sticky,
  // so the address's anchor, not the scroll position, is what the reader has at the switcher.
  const ids = (p: string) => [...built(p).matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]!);
  const target = ids(`${chapters[0]}/`)[1]!;
  expect(target).toBeTruthy();
  for (const lang of languages.filter((l) => l !== 'en')) {
    await page.goto(`${chapters[0]}/#${target}`);
    await page.locator(`a[data-language-switch][hreflang="${languageSpecs[lang].tag}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/${chapters[0]}/#${target}$`));
    await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
  }
  // The same sections, in the same order, under the same anchors.
  for (const lang of languages.filter((l) => l !== 'en'))
    for (const slug of chapters) expect(ids(`${langPrefix(lang)}${slug}/`), `${lang} ${slug}`).toEqual(ids(`${slug}/`));
});

test('an unknown address in a language answers with that language’s 404 page', async ({ request }) => {
  for (const lang of languages) {
    const response = await request.get(`${langPrefix(lang)}no-such-page/`);
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain(`<html lang="${languageSpecs[lang].tag}"`);
  }
});

test('each language has its feed, with the same entries in its words', async ({ request }) => {
  const entries = async (lang: string) => {
    const response = await request.get(`${langPrefix(lang)}updates/feed.xml`);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml).toContain(`xml:lang="${languageSpecs[lang as 'en'].tag}"`);
    return [...xml.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1]!.replace(`/${langPrefix(lang)}`, '/'));
  };
  const english = await entries('en');
  expect(english.length).toBeGreaterThan(10);
  for (const lang of languages) expect(await entries(lang), lang).toEqual(english);
});

test('the sitemap lists every page with its alternates in every language', () => {
  const xml = readFileSync(`${distDir}/sitemap-0.xml`, 'utf8');
  const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];
  expect(urls.length).toBe(pages.filter((p) => !p.startsWith('404')).length);
  for (const [, loc, links] of urls) {
    const hreflangs = [...links!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]!).pathname]);
    const path = withoutLang(new URL(loc!).pathname.slice(1));
    // With one language published there is nothing to alternate with, and the sitemap says none.
    const expected = languages.length > 1 ? languages.map((lang) => [languageSpecs[lang].tag, `/${langPrefix(lang)}${path}`]) : [];
    expect(hreflangs.sort(), loc).toEqual(expected.sort());
  }
});

test('chart downloads in a language: the CSV names its columns in it, the data stays data', async ({ request }) => {
  test.skip(!languages.includes('ru'), 'the Russian edition is not published yet');
  const csv = async (prefix: string) =>
    (await (await request.get(`${prefix}data/timeline.csv`)).text()).replace(/^\uFEFF/, '').split('\r\n');
  const [enHead, enFirst] = await csv('');
  const [ruHead, ruFirst] = await csv('ru/');
  expect(enHead!.split(',')[0]).toBe('id');
  expect(ruHead!.split(',')[0]).toBe('Идентификатор');
  expect(ruHead!.split(',').length).toBe(enHead!.split(',').length);
  // The same record first, the same id, date and codes (the words are translated).
  expect(ruFirst!.split(',').slice(0, 2)).toEqual(enFirst!.split(',').slice(0, 2));
  const json = (await (await request.get('ru/data/timeline.json')).json()) as {
    columns: Record<string, string>;
    data: { events: { date: string }[] };
  };
  expect(json.columns['date']).toBe('Дата');
  expect(json.data.events[0]!.date).toMatch(/^\d{4}(-\d\d){0,2}$/);
});
