import { describe, expect, it } from 'vitest';
import { planPrecache, precacheUrl, precacheVersion } from './precache.ts';
import { downloadsIn, isOfflineStatus, isOfflineStatusRequest, offlineStatusRequest, servesOtherSites } from './rules.ts';
import { appIcons, iconSvg } from './icons.ts';

const built = [
  '404.html',
  '_astro/Page.abc123.css',
  'about/index.html',
  'cooperation/index.html',
  'data/timeline.csv',
  'data/timeline.png',
  'download/index.html',
  'download/russia-iran.epub',
  'download/russia-iran.pdf',
  'embed.js',
  'embed/timeline/index.html',
  'embed/timeline/v1/index.html',
  'favicon.svg',
  'icons/icon-192.png',
  'index.html',
  'manifest.webmanifest',
  'oembed/timeline.json',
  'og-image.png',
  'robots.txt',
  'sitemap-0.xml',
  'sitemap-index.xml',
  'sw.js',
  'updates/feed.xml',
  'updates/index.html',
];

describe('the precache list', () => {
  it('asks for pages by their directory URL', () => {
    expect(precacheUrl('index.html')).toBe('');
    expect(precacheUrl('cooperation/index.html')).toBe('cooperation/');
    expect(precacheUrl('embed/timeline/v1/index.html')).toBe('embed/timeline/v1/');
    expect(precacheUrl('data/timeline.csv')).toBe('data/timeline.csv');
  });

  it('keeps every page and file a reader needs, the exports after the rest', () => {
    const plan = planPrecache(built);
    expect(plan.core.map((e) => e.url)).toEqual([
      '_astro/Page.abc123.css',
      'about/',
      'cooperation/',
      'data/timeline.csv',
      'data/timeline.png',
      'download/',
      'favicon.svg',
      'icons/icon-192.png',
      '',
      'manifest.webmanifest',
      'og-image.png',
      'updates/feed.xml',
      'updates/',
    ]);
    expect(plan.downloads).toEqual([
      { file: 'download/russia-iran.epub', url: 'download/russia-iran.epub' },
      { file: 'download/russia-iran.pdf', url: 'download/russia-iran.pdf' },
    ]);
  });

  it('leaves out embeds, the loader, oEmbed, the worker, crawler files and the 404 page', () => {
    const plan = planPrecache(built);
    const files = [...plan.core, ...plan.downloads].map((e) => e.file);
    for (const left of [
      'embed.js',
      'embed/timeline/index.html',
      'embed/timeline/v1/index.html',
      'oembed/timeline.json',
      'sw.js',
      'robots.txt',
      'sitemap-0.xml',
      'sitemap-index.xml',
      '404.html',
    ]) {
      expect(files).not.toContain(left);
    }
  });

  it('does not depend on the order the files were found in', () => {
    expect(planPrecache([...built].reverse())).toEqual(planPrecache(built));
  });
});

describe('what the worker never answers', () => {
  it('embeds, the loader and oEmbed, and nothing that merely looks like them', () => {
    for (const path of ['embed', 'embed/', 'embed/timeline/', 'embed/timeline/v1/', 'embed.js', 'oembed/timeline.json', 'oembed'])
      expect(servesOtherSites(path), path).toBe(true);
    for (const path of ['', 'cooperation/', 'embedding/', 'embed.json', 'data/embed.js', 'about/embed/', 'download/oembed.pdf'])
      expect(servesOtherSites(path), path).toBe(false);
  });
});

describe('the version', () => {
  const files = [
    { url: '', content: new TextEncoder().encode('<h1>Home</h1>') },
    { url: 'data/timeline.csv', content: new TextEncoder().encode('year,event\n') },
  ];

  it('is a short hex hash, the same for the same files in any order', () => {
    expect(precacheVersion(files)).toMatch(/^[0-9a-f]{16}$/);
    expect(precacheVersion([...files].reverse())).toBe(precacheVersion(files));
  });

  it('changes with any byte, any address, and any file added or removed', () => {
    const version = precacheVersion(files);
    expect(precacheVersion([files[0]!, { ...files[1]!, content: new TextEncoder().encode('year,event\r\n') }])).not.toBe(version);
    expect(precacheVersion([files[0]!, { ...files[1]!, url: 'data/timeline2.csv' }])).not.toBe(version);
    expect(precacheVersion([files[0]!])).not.toBe(version);
    expect(precacheVersion([...files, { url: 'download/russia-iran.pdf', content: new Uint8Array([37, 80, 68, 70]) }])).not.toBe(version);
    // Two files whose contents swap between addresses are a different site.
    expect(
      precacheVersion([
        { ...files[0]!, content: files[1]!.content },
        { ...files[1]!, content: files[0]!.content },
      ]),
    ).not.toBe(version);
  });
});

describe('page and worker messages', () => {
  it('recognise only their own shape', () => {
    expect(isOfflineStatusRequest(offlineStatusRequest('download/ru/'))).toBe(true);
    expect(isOfflineStatusRequest({ type: 'russia-iran:offline-status?' })).toBe(false); // which language's editions?
    expect(isOfflineStatus({ type: 'russia-iran:offline-status', complete: true })).toBe(true);
    for (const other of [
      null,
      'russia-iran:offline-status',
      { type: 'russia-iran:offline-status' },
      { type: 'russia-iran:offline-status', complete: 'yes' },
      { type: 'x', complete: true },
    ]) {
      expect(isOfflineStatus(other)).toBe(false);
      expect(isOfflineStatusRequest(other)).toBe(false);
    }
  });
});

describe('the app icons', () => {
  const favicon =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#9e2a1f"/><path d="M8 8"/></svg>';

  it('use the favicon as drawn where the platform shows it as is', () => {
    expect(iconSvg('icon-192', favicon)).toBe(favicon);
    expect(appIcons['icon-512'].purpose).toBe('any');
  });

  it('fill the whole square in the favicon colour where the platform cuts its own shape', () => {
    const maskable = iconSvg('maskable-512', favicon);
    expect(maskable).toMatch(/^<svg [^>]*viewBox="0 0 100 100"><rect width="100" height="100" fill="#9e2a1f"\/>/);
    expect(maskable).toContain('<svg x="10" y="10" width="80" height="80" xmlns=');
    expect(iconSvg('apple-touch-icon', favicon)).toContain('<svg x="0" y="0" width="100" height="100" xmlns=');
    expect(() => iconSvg('maskable-512', '<svg viewBox="0 0 32 32"><circle r="4"/></svg>')).toThrow(/public\/favicon\.svg/);
  });
});

describe('downloadsIn: one language’s editions', () => {
  const downloads = ['download/a.pdf', 'download/a.epub', 'download/ru/a.pdf', 'download/ru/a.epub', 'download/fa/a.pdf'];
  it('takes the files directly in the folder, not another language’s below it', () => {
    expect(downloadsIn('download/', downloads)).toEqual(['download/a.pdf', 'download/a.epub']);
    expect(downloadsIn('download/ru/', downloads)).toEqual(['download/ru/a.pdf', 'download/ru/a.epub']);
    expect(downloadsIn('download/de/', downloads)).toEqual([]);
  });
});
