#!/usr/bin/env node
// Renders tools/og-image/og-image.svg to public/og-image.png (1200×630) for social cards.
// Run by hand after changing the SVG: `node tools/og-image/make.mjs`.
import { readFileSync } from 'node:fs';
import { launchChromium } from '../lib/chromium.ts';

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(`<body style="margin:0">${readFileSync(new URL('./og-image.svg', import.meta.url), 'utf8')}</body>`);
await page.screenshot({ path: new URL('../../public/og-image.png', import.meta.url).pathname });
await browser.close();
