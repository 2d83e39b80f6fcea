// Security gates: a strict Content-Security-Policy on every page (meta tag and _headers), a
// framing policy (anyone may frame /embed/*, nobody the chapters), one referrer policy, safe
// external links, and no high or critical advisory in the production dependencies.
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, embedPages, sitePages, withoutLang } from './lib/site.ts';
import { hostOrigin } from './lib/hosts.ts';
import { parseHeadersFile, headersFor } from '../src/security/headers.ts';
import { parsePolicy } from '../src/security/policy.ts';

const pages = [...sitePages(), ...embedPages(), '404.html'];
const fileOf = (path: string) => join(distDir, path.endsWith('.html') ? path : `${path}index.html`);
const read = (path: string) => readFileSync(fileOf(path), 'utf8');
const isEmbed = (path: string) => withoutLang(path).startsWith('embed/');

/** The policy in a page's meta tag. */
function metaPolicy(html: string): string {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)">/i.exec(html);
  if (!match) throw new Error('no Content-Security-Policy meta tag');
  return match[1]!
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Executable inline scripts, found without the build's own helper, hashed the way browsers do. */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc=/.test(attributes!) && !/type="application\/(ld\+)?json"/.test(attributes!))
    .map(([, , text]) => `'sha256-${createHash('sha256').update(text!).digest('base64')}'`);
}

test.describe('Content-Security-Policy in every built page', () => {
  for (const path of pages) {
    test(`/${path}`, () => {
      const html = read(path);
      const content = metaPolicy(html);
      // Before anything it governs: the policy is the first thing after the charset.
      expect(html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(html.search(/<script|<style|<link/i));
      const policy = parsePolicy(content);
      const scriptSrc = policy.get('script-src') ?? [];
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", '*', 'data:', 'http:', 'https:'])
        expect(scriptSrc).not.toContain(loose);
      expect(policy.get('style-src') ?? []).not.toContain("'unsafe-inline'");
      for (const hash of inlineScriptHashes(html)) expect(scriptSrc, 'an inline script has no hash in the policy').toContain(hash);
      // Nothing that a hash cannot cover: event-handler attributes or javascript: URLs.
      expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? []).toEqual([]);
      expect(html.match(/(?:href|src|action)\s*=\s*"\s*javascript:/gi) ?? []).toEqual([]);
      expect(html).toContain('<meta name="referrer" content="strict-origin-when-cross-origin">');
    });
  }
});

test('_headers gives each page its own policy and framing rule, and is not served', async ({ request }) => {
  const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
  for (const path of pages) {
    const headers = headersFor(rules, `/${path}`);
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    const header = parsePolicy(headers['content-security-policy'] ?? '');
    const meta = parsePolicy(metaPolicy(read(path)));
    // One policy per page (no second rule merged in), and the same scripts as the meta tag.
    expect(headers['content-security-policy'], path).not.toContain(',');
    expect(header.get('script-src'), path).toEqual(meta.get('script-src'));
    if (isEmbed(path)) {
      expect(header.has('frame-ancestors'), path).toBe(false);
      expect(headers['x-frame-options'], path).toBeUndefined();
    } else {
      expect(header.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(headers['x-frame-options'], path).toBe('DENY');
    }
  }
  expect((await request.get('_headers')).status()).toBe(404);
});

/** Records CSP violations from the first script on, in every frame. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return violations;
}

test.describe('the policy blocks nothing the site itself does', () => {
  for (const path of pages.filter((p) => !p.endsWith('.html'))) {
    test(`/${path}`, async ({ page }) => {
      const violations = await watchViolations(page);
      await page.goto(path, { waitUntil: 'load' });
      // The enhancement scripts have run by the load event; a site page then registers the offline
      // copy's worker (the footer's note is its sign), which is ready once installed.
      if (await page.locator('.offline-note').count())
        await expect
          .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), {
            message: 'the offline worker is active',
            // A cold server compresses each file the worker saves on first request.
            timeout: 30_000,
          })
          .toBe('activated');
      expect(violations).toEqual([]);
    });
  }
});

test('the policy stops a script injected into a chapter, and eval', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('treaty/');
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    // An inline script runs as it is inserted, if the policy lets it.
    document.body.append(script);
    // The rest runs in a task of the page's own, as a page script would: code the test itself
    // hands the page is not held to the policy.
    await new Promise((resolve) => setTimeout(resolve));
    let evaluated = true;
    try {
      // Indirect eval, so the page's own realm (and its policy) decides.
      (0, eval)('1 + 1');
    } catch {
      evaluated = false;
    }
    return { injected: 'injected' in window, evaluated };
  });
  expect(ran).toEqual({ injected: false, evaluated: false });
  await expect.poll(() => violations.some((v) => v.startsWith('script-src')), { message: 'the refusal was reported' }).toBe(true);
});

test.describe('framing: a newsroom page on another origin', () => {
  /** What arrives in the host page's iframe: the page's <main>, or nothing (Chromium's error page). */
  async function framed(page: Page, path: string): Promise<{ url: string; main: number }> {
    await page.goto(`${hostOrigin}/frame?path=${path}`);
    const frame = page.frame('framed');
    if (!frame) throw new Error('the host page has no frame');
    await frame.waitForLoadState('load');
    return { url: frame.url(), main: await frame.locator('main').count() };
  }
  for (const path of ['embed/treaty-scope/', 'embed/timeline/v1/']) {
    test(`may frame /${path}`, async ({ page, baseURL }) => {
      expect(await framed(page, path)).toEqual({ url: `${baseURL}${path}`, main: 1 });
    });
  }
  for (const path of ['', 'treaty/', 'about/']) {
    test(`may not frame /${path}`, async ({ page, baseURL }) => {
      const result = await framed(page, path);
      expect(result.main).toBe(0);
      expect(result.url).not.toBe(`${baseURL}${path}`);
    });
  }
});

test('every link to another site opens without handing it our window', () => {
  const unsafe: string[] = [];
  for (const path of pages) {
    for (const [tag] of read(path).matchAll(/<a\b[^>]*\bhref="https?:\/\/[^"]*"[^>]*>/gi)) {
      const rel = /\brel="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/) ?? [];
      if (!rel.includes('noopener')) unsafe.push(`/${path}: ${tag}`);
    }
  }
  expect(unsafe).toEqual([]);
});

test('no high or critical advisory in the production dependencies (npm audit)', () => {
  let output: string;
  try {
    output = execFileSync('npm', ['audit', '--omit=dev', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
  } catch (error) {
    // npm audit exits non-zero when it finds anything; its JSON is still on stdout.
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(output || '{}') as {
    error?: { code?: string; summary?: string };
    metadata?: { vulnerabilities?: Record<string, number> };
  };
  // Some registries (a mirror, or this sandbox's) do not offer the advisory endpoint; then there is
  // nothing to check against, and the test says so rather than passing.
  test.skip(report.error !== undefined, `npm audit could not run: ${report.error?.code} ${report.error?.summary}`);
  const counts = report.metadata?.vulnerabilities ?? {};
  expect({ high: counts['high'] ?? 0, critical: counts['critical'] ?? 0 }).toEqual({ high: 0, critical: 0 });
});
