import { test, expect } from '@playwright/test';
import { axeViolations } from './lib/axe.ts';
import { chapterPages } from './lib/catalog.ts';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of chapterPages) {
    test(`/${path} is fully readable and its notes work`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      // The chapter's own paragraphs (a chart's collapsed parts, like its embed code, open on demand).
      const paragraphs = page.locator('.chapter-body > p');
      expect(await paragraphs.count()).toBeGreaterThan(5);
      for (const p of await paragraphs.all()) await expect(p).toBeVisible();
      await expect(page.locator('.notes li').first()).toBeVisible();
      // The theme switch needs JavaScript, so it stays out of the way.
      await expect(page.locator('.theme-toggle')).toBeHidden();
      // A citation is a plain link: following it lands on the note. (Playwright's click and
      // toBeInViewport wait on animation frames, which never come with scripts off: use the
      // keyboard and measure the note's position directly.)
      await page.locator('sup.cite a').first().focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#note-1$/);
      const top = await page.locator('#note-1').evaluate((note) => note.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(800);
    });
  }
});

// axe cannot finish in a page whose scripts are off (its timers never fire; see
// ../shared/notes/toolchain.md). So axe runs in a normal page that is served the chapter's HTML
// with every <script> removed: the DOM a reader without JavaScript gets.
for (const path of chapterPages) {
  test(`axe: /${path} as served without scripts`, async ({ page }) => {
    await page.route(`**/${path}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
      await route.fulfill({ response, body: html });
    });
    await page.goto(path);
    expect(await page.locator('script').count()).toBe(0);
    await expect(page.locator('.theme-toggle')).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
  });
}
