#!/usr/bin/env node
// Renders scripts/og-image.svg to public/og-image.png (1200×630) for social cards.
// Run by hand after changing the SVG: `node scripts/make-og-image.mjs`.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(`<body style="margin:0">${readFileSync(new URL('./og-image.svg', import.meta.url), 'utf8')}</body>`);
await page.screenshot({ path: new URL('../public/og-image.png', import.meta.url).pathname });
await browser.close();
