import { test, expect } from '@playwright/test';
import { chapterPages } from './lib/catalog.ts';

for (const path of chapterPages) {
  test(`/${path}: every citation reaches its note and every note links back`, async ({ page }) => {
    await page.goto(path);
    const pairs = await page.evaluate(() => {
      const missing: string[] = [];
      const cites = [...document.querySelectorAll<HTMLAnchorElement>('sup.cite a')];
      for (const a of cites) {
        const note = document.getElementById(a.hash.slice(1));
        if (!note?.closest('.notes')) missing.push(`${a.id} → ${a.hash}: no note`);
        else if (!note.querySelector(`.backrefs a[href="#${a.id}"]`)) missing.push(`${a.hash} has no link back to ${a.id}`);
      }
      for (const back of document.querySelectorAll<HTMLAnchorElement>('.backrefs a')) {
        if (!document.getElementById(back.hash.slice(1))?.matches('sup.cite a')) missing.push(`${back.hash}: back link goes nowhere`);
      }
      const notes = [...document.querySelectorAll('.notes > ol > li')].map((li) => li.id);
      return { count: cites.length, missing, notes };
    });
    expect(pairs.count).toBeGreaterThan(0);
    expect(pairs.missing).toEqual([]);
    expect(pairs.notes).toEqual(pairs.notes.map((_, i) => `note-${i + 1}`));
  });
}

test('by keyboard: a citation goes to its note, and the note goes back to the text', async ({ page }) => {
  await page.goto('historic-rivals/');
  const cite = page.locator('sup.cite a').first();
  await cite.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#note-1$/);
  await expect(page.locator('#note-1')).toBeInViewport();
  const back = page.locator('#note-1 .backrefs a').first();
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#ref-1-1$/);
  await expect(cite).toBeInViewport();
});

test('in print, notes show their URLs and the site chrome is hidden', async ({ page }) => {
  await page.goto('treaty/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('.notes .note-url').first()).toBeVisible();
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('.chapter-nav')).toBeHidden();
  const colours = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { text: style.color, background: getComputedStyle(document.documentElement).backgroundColor };
  });
  // The light palette, even when the screen is dark.
  expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
});
