import { describe, expect, it } from 'vitest';
import { documentTitle, siteShortTitle, titleLimit } from './title.ts';
import { site } from './site.ts';

describe('documentTitle', () => {
  it('gives the home page the full site title', () => {
    expect(documentTitle(undefined, site.title)).toBe(site.title);
  });

  it('follows a page title with the short site name', () => {
    expect(siteShortTitle).toBe('Russia and Iran');
    expect(documentTitle('Allies in Syria', site.title)).toBe('Allies in Syria | Russia and Iran');
  });

  it('drops the site name rather than run past the limit, and keeps the page title whole', () => {
    const fits = 'x'.repeat(titleLimit - ' | '.length - siteShortTitle.length);
    expect(documentTitle(fits, site.title)).toHaveLength(titleLimit);
    expect(documentTitle(`${fits}y`, site.title)).toBe(`${fits}y`);
  });
});
