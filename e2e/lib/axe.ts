import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

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
