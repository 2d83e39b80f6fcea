// tools/serve.mjs, the server of `npm start`, the tests and the benchmark, under raw requests
// that a browser would never send as written (the security probe's W3, W4, W5 and I4): each is
// sent byte for byte over a socket, so no client tidies the path first.
import { test, expect } from '@playwright/test';
import { connect } from 'node:net';
import { siteOrigin } from './lib/hosts.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
}

/** One request line exactly as given; the status and headers of the answer. */
function raw(path: string, method = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(siteOrigin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`${method} ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (text += String(chunk))); // strings: the encoding is set
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = ''] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1]);
      if (!status) return reject(new Error(`no HTTP answer to ${path}: ${JSON.stringify(text.slice(0, 80))}`));
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status, headers });
    });
  });
}

/** The server still answers: a request that broke it would leave the next one unanswered. */
async function stillServing(): Promise<void> {
  expect((await raw('/')).status).toBe(200);
}

test('W3: a path that does not decode gets 400, and the server keeps serving', async () => {
  for (const path of ['/%', '/%zz', '/%ff', '/%E0%A4%A', '/treaty/%', '/%c0%ae%c0%ae/x']) {
    expect((await raw(path)).status, path).toBe(400);
    await stillServing();
  }
  // NUL and backslashes are no part of any address of ours.
  for (const path of ['/treaty%00/', '/%5c..%5ctreaty/']) expect((await raw(path)).status, path).toBe(400);
});

test('W4: every spelling of a page gets that page’s headers, or is sent to its one address', async () => {
  const chapter = await raw('/treaty/');
  expect(chapter.status).toBe(200);
  const policy = chapter.headers['content-security-policy'];
  expect(policy).toContain("frame-ancestors 'none'");
  expect(chapter.headers['x-frame-options']).toBe('DENY');
  // Other spellings that reach the same file carry the same headers.
  for (const path of ['/%74reaty/', '/embed/..%2ftreaty/', '/embed/%2e%2e/treaty/', '/./treaty/', '//treaty/']) {
    const answer = await raw(path);
    expect(answer.status, path).toBe(200);
    expect(answer.headers['content-security-policy'], path).toBe(policy);
    expect(answer.headers['x-frame-options'], path).toBe('DENY');
  }
  // /<page>/index.html is not a second address of the page: it redirects to the one the headers are written for.
  for (const [path, to] of [
    ['/treaty/index.html', '/treaty/'],
    ['/index.html', '/'],
    ['/%74reaty/index.html', '/treaty/'],
    ['/embed/timeline/v1/index.html', '/embed/timeline/v1/'],
  ]) {
    const answer = await raw(path!);
    expect(answer.status, path).toBe(301);
    expect(answer.headers['location'], path).toBe(to);
  }
});

test('W5: _headers is never served, however it is spelt', async () => {
  for (const path of ['/_headers', '/%5fheaders', '/_header%73', '/%2f_headers', '/x/..%2f_headers', '/x/../_headers']) {
    const answer = await raw(path);
    expect(answer.status, path).toBe(404);
  }
});

test('I4: a redirect never points to another host', async () => {
  for (const path of ['/.//evil.example/%2E%2E%2Ftreaty', '//evil.example/%2e%2e/treaty', '/%2fevil.example/..%2ftreaty']) {
    const answer = await raw(path);
    expect(answer.headers['location'] ?? '', path).not.toMatch(/^\/\/|^[a-z]+:/i);
  }
});

test('I5: an unknown address gets the 404 page with the 404 page’s policy and framing rule', async () => {
  const answer = await raw('/no-such-page/');
  expect(answer.status).toBe(404);
  expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(answer.headers['x-frame-options']).toBe('DENY');
});

test('I5: an SVG download or the feed opened on its own runs nothing, and its own styles still apply', async ({ page }) => {
  for (const path of ['/data/timeline.svg', '/data/arms-transfers.svg', '/updates/feed.xml']) {
    const answer = await raw(path);
    expect(answer.status, path).toBe(200);
    expect(answer.headers['content-security-policy'], path).toMatch(/^default-src 'none'; style-src /);
    expect(answer.headers['x-frame-options'], path).toBe('DENY');
  }
  // Chromium reports every refusal of the policy as a console error (the browser's own favicon request may 404: not ours).
  const errors: string[] = [];
  page.on(
    'console',
    (message) => message.type() === 'error' && /Content Security Policy/i.test(message.text()) && errors.push(message.text()),
  );
  await page.goto('/data/timeline.svg');
  // The drawing's own stylesheet is allowed by its hash: the text is styled, not the default black serif.
  const family = await page
    .locator('text')
    .first()
    .evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toContain('system-ui');
  expect(errors).toEqual([]);
});
