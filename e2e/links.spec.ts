import { test, expect } from '@playwright/test';
import { crawl } from './lib/crawl.ts';
import { sitePages } from './lib/site.ts';

test('no broken internal link or anchor, and every page is reachable from the home page', async ({ baseURL }) => {
  const result = await crawl(baseURL!);
  expect(result.broken).toEqual([]);
  const reached = result.pages.map((url) => new URL(url).pathname.slice(1)).sort();
  for (const path of sitePages()) expect(reached).toContain(path);
});
