// /embed.js on host pages whose markup attacks it (e2e/hosts/server.ts, /hostile?case=…): each
// case is one weakness the security probe reproduced (shared/notes/security-probe-2026-12.md,
// W1, W4, W6, W7, W8). In every case the loader must do nothing for the hostile markup, and the
// one genuine marker on the page must still get its frame and its height.
import { test, expect, type Page } from '@playwright/test';
import { hostOrigin, siteOrigin } from './lib/hosts.ts';

/** Opens a hostile host page; returns its uncaught errors as they happen. */
async function open(page: Page, name: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${hostOrigin}/hostile?case=${name}`);
  return errors;
}

/** The genuine marker got our frame, and the frame its height from the chart: the loader works on this page. */
async function genuineWorks(page: Page): Promise<void> {
  const frame = page.locator('#genuine > iframe[data-russia-iran-frame]');
  await expect(frame).toHaveAttribute('src', `${siteOrigin}/embed/treaty-scope/`);
  await expect
    .poll(() => frame.evaluate((el) => el.style.height), { message: 'the genuine frame is sized', timeout: 15_000 })
    .toMatch(/^\d+px$/);
  await expect(page.locator('#genuine-fallback')).toBeHidden();
}

/** Waits until the page has received `count` forged height messages (so the loader had every chance to obey them). */
async function forgedMessagesArrived(page: Page, count: number): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { forged?: number };
    w.forged = 0;
    addEventListener('message', (event) => {
      if ((event.data as { height?: number } | null)?.height === 11999) w.forged! += 1;
    });
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { forged: number }).forged), {
      message: 'forged height messages',
      timeout: 15_000,
    })
    .toBeGreaterThanOrEqual(count);
}

test('W1: a named image that shadows document.currentScript cannot turn a marker into a javascript: frame', async ({ page }) => {
  const errors = await open(page, 'clobber-javascript');
  await genuineWorks(page);
  await expect(page.locator('#attack iframe')).toHaveCount(0);
  expect(await page.title()).toBe('Hostile host page: clobber-javascript');
  expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('W1: nor make the loader frame and size a page of another origin', async ({ page }) => {
  const errors = await open(page, 'clobber-origin');
  await genuineWorks(page);
  await expect(page.locator('#attack iframe')).toHaveCount(0);
  expect(
    page
      .frames()
      .map((f) => f.url())
      .filter((url) => url.startsWith(`${hostOrigin}/embed/`)),
  ).toEqual([]);
  expect(errors).toEqual([]);
});

test('W4: an encoded ../ in a marker does not frame a chapter or the about page', async ({ page }) => {
  const errors = await open(page, 'traversal');
  await genuineWorks(page);
  await expect(page.locator('#attack iframe, #attack-2 iframe')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('W7: a marker whose URL does not parse stops neither the loader nor the other embeds', async ({ page }) => {
  const errors = await open(page, 'malformed');
  await genuineWorks(page);
  await expect(page.locator('#attack iframe')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('W6: an iframe that is not our embed is not adopted, sized or allowed to hide the host page', async ({ page }) => {
  const errors = await open(page, 'foreign-frame');
  await genuineWorks(page);
  await forgedMessagesArrived(page, 10);
  for (const id of ['#foreign', '#srcdoc']) {
    const frame = page.locator(id);
    await expect(frame, id).not.toHaveAttribute('data-russia-iran-frame', /.*/);
    expect(await frame.evaluate((el) => el.style.height), id).toBe('');
  }
  await expect(page.locator('#attack-fallback')).toBeVisible();
  await expect(page.locator('#attack-2-fallback')).toBeVisible();
  expect(errors).toEqual([]);
});

test('W6: a marker around the host’s own content never hides it', async ({ page }) => {
  const errors = await open(page, 'container-marker');
  await genuineWorks(page);
  await forgedMessagesArrived(page, 10);
  await expect(page.locator('#host-text')).toBeVisible();
  await expect(page.locator('#host-button')).toBeVisible();
  expect(await page.locator('#foreign').evaluate((el) => el.style.height)).toBe('');
  expect(errors).toEqual([]);
});

test('W8: an element named like the loader’s state does not stop the frames being sized', async ({ page }) => {
  const errors = await open(page, 'flag-clobber');
  await genuineWorks(page);
  expect(errors).toEqual([]);
});
