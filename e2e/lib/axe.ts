import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 level A and AA, as axe tags them. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe and returns one readable line per violating node (empty when the page passes). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Only violations are read, so axe reports one node for each other result type rather than
  // describing every passing node. A page without frames is analysed in place (axe.run); with
  // frames, frame by frame and put together in a blank page, as axe-core/playwright does.
  const builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(wcagTags)
    .setLegacyMode(page.frames().length === 1);
  const results = await builder.analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join(' ').trim()}`),
  );
}

/**
 * Runs `check` in the light scheme, then in the dark one, switched in place on the loaded page as
 * a reader's system setting switches it. The page's colours (its text and background) must change
 * between the two, so a page whose styles did not follow the switch cannot pass as checked in dark.
 */
export async function inBothSchemes(page: Page, check: (scheme: 'light' | 'dark') => Promise<void>): Promise<void> {
  const colours = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return `${style.color} on ${style.backgroundColor}`;
    });
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await colours();
  await check('light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(colours, { message: 'the page follows the switch to the dark scheme' }).not.toBe(light);
  await check('dark');
}
