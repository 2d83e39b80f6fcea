// The one way the tools and the tests start Chromium: the export prints through it, the benchmark
// measures with it (Lighthouse too), playwright.config.ts tests with it.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from '@playwright/test';

/** CHROMIUM_PATH (or chrome-launcher's CHROME_PATH), else Debian's Chromium where there is one. */
export function chromiumPath(): string | undefined {
  return process.env['CHROMIUM_PATH'] ?? process.env['CHROME_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

/** Without the background-networking flags Chromium floods a closed network with refused connections. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The system's Chromium where there is one, else Playwright's own; never a download. */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumPath();
  return { ...(executablePath ? { executablePath } : {}), args: chromiumFlags };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
