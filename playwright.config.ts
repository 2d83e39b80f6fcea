import { defineConfig, devices } from '@playwright/test';
import { hostPort } from './e2e/lib/hosts.ts';
// The system's Chromium where there is one, as the export uses it; tests never download a browser.
import { chromiumLaunchOptions } from './tools/lib/chromium.ts';

const port = Number(process.env['E2E_PORT'] ?? 4410);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: [
    {
      command: `node tools/serve.ts`,
      env: { PORT: String(port), OUT_DIR: 'dist' },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    // Host pages for the embed tests: another port is another origin (e2e/hosts/server.ts).
    {
      command: `node e2e/hosts/server.ts`,
      env: { PORT: String(hostPort), SITE: `http://127.0.0.1:${port}/`, OUT_DIR: 'dist' },
      url: `http://127.0.0.1:${hostPort}/bare?chart=timeline`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
