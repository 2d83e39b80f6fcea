import { test, expect } from '@playwright/test';
import { axeViolations, inBothSchemes } from './lib/axe.ts';
import { sitePages } from './lib/site.ts';

// Every page, in both colour schemes, on a small phone and a desktop: one test (one browser
// context) per page, loaded afresh at each width (the chart's arrangement is chosen as the page
// first paints). The colour scheme is then switched in place, as a reader's system setting
// switches it: the styles and the theme toggle follow the change without a reload.
for (const path of sitePages()) {
  test(`axe: /${path} light and dark, 320 and 1280px`, async ({ page }) => {
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await inBothSchemes(page, async (scheme) => {
        expect.soft(await axeViolations(page), `/${path} ${scheme} ${width}px`).toEqual([]);
      });
    }
  });
}

test('axe: a chapter with the theme switched by the toggle (against the system setting)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('treaty/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await axeViolations(page)).toEqual([]);
});
