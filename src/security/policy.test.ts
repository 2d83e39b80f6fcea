import { describe, expect, it } from 'vitest';
import { hashSource, inlineScripts, parsePolicy, policyFor, serialise, unshippedScripts, withPolicyMeta } from './policy.ts';
import { headersFile, headersFor, normalisePath, parseHeadersFile } from './headers.ts';

const page = `<!doctype html><html><head><meta charset="utf-8"><title>t</title>
<script type="application/ld+json">{"@type":"Article"}</script>
<script>document.documentElement.dataset.theme = 'dark'</script>
<script type="module" src="/_astro/x.js"></script>
<script type="module">import('/a.js')</script>
</head><body><style>p{}</style></body></html>`;

describe('inline scripts', () => {
  it('finds the scripts a browser runs, not data blocks or external files', () => {
    expect(inlineScripts(page)).toEqual(["document.documentElement.dataset.theme = 'dark'", "import('/a.js')"]);
  });
  it('hashes the text as written (the value browsers compute for an empty script)', () => {
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('policyFor', () => {
  it("allows exactly the page's inline scripts, and never eval or inline code without a hash", () => {
    const policy = policyFor('page', page);
    expect(policy.get('script-src')).toEqual([
      "'self'",
      hashSource("document.documentElement.dataset.theme = 'dark'"),
      hashSource("import('/a.js')"),
    ]);
    expect(serialise(policy, 'header')).not.toMatch(/unsafe/);
  });
  it('forbids framing of site pages, only in the header form (meta tags cannot carry it)', () => {
    const policy = policyFor('page', page);
    expect(serialise(policy, 'header')).toContain("frame-ancestors 'none'");
    expect(serialise(policy, 'meta')).not.toContain('frame-ancestors');
    expect(policyFor('embed', page).has('frame-ancestors')).toBe(false);
  });
  it('gives embed pages their inline style by hash', () => {
    expect(policyFor('embed', page).get('style-src')).toEqual([hashSource('p{}')]);
  });
  it('round-trips through its text form', () => {
    const policy = policyFor('page', page);
    expect(parsePolicy(serialise(policy, 'header'))).toEqual(policy);
  });
});

describe('withPolicyMeta', () => {
  it('puts the policy straight after the charset, before any script', () => {
    const html = withPolicyMeta(page, policyFor('page', page), 'x.html');
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('content-security-policy')).toBeGreaterThan(html.indexOf('<meta charset'));
  });
  it('names the file when it cannot', () => {
    expect(() => withPolicyMeta('<html><head></head></html>', policyFor('page', ''), 'about/index.html')).toThrow(
      'about/index.html: no <meta charset="utf-8">',
    );
    const once = withPolicyMeta(page, policyFor('page', page), 'x.html');
    expect(() => withPolicyMeta(once, policyFor('page', page), 'x.html')).toThrow('already has');
  });
});

describe('_headers', () => {
  const pages = [
    { path: '/treaty/', kind: 'page' as const, policy: policyFor('page', page) },
    { path: '/embed/timeline/', kind: 'embed' as const, policy: policyFor('embed', page) },
  ];
  const rules = parseHeadersFile(headersFile(pages, '/'));
  it('keeps page policies out of the catch-all rule, which hosts merge into every path', () => {
    expect(rules.find((rule) => rule.path === '/*')?.headers.map(([name]) => name)).toEqual(['Referrer-Policy', 'X-Content-Type-Options']);
  });
  it('frames: the chapter is closed, the embed open', () => {
    expect(headersFor(rules, '/treaty/')['x-frame-options']).toBe('DENY');
    expect(headersFor(rules, '/embed/timeline/')['x-frame-options']).toBeUndefined();
    expect(headersFor(rules, '/embed/timeline/')['content-security-policy']).not.toContain('frame-ancestors');
  });
  it('joins a header named by two matching rules, as hosts do', () => {
    const merged = parseHeadersFile('/*\n  X-Test: a\n/x/\n  X-Test: b\n');
    expect(headersFor(merged, '/x/')['x-test']).toBe('a, b');
  });
  it('names the line of a header outside any rule', () => {
    expect(() => parseHeadersFile('# c\n  X-Test: a\n')).toThrow('_headers, line 2');
  });
});

// The security probe's W2: the build hashed every inline script it found, so a script that a
// chapter or a frozen embed slipped into a page was allowed to run.
describe('only the scripts the site ships', () => {
  const ours = "document.documentElement.dataset.theme = 'dark'";
  const shipped = new Set([ours]);
  const injected = page.replace('</body>', '<script>top.pwned = document.domain</script></body>');
  it('names every inline script that is not one of them', () => {
    expect(unshippedScripts(injected, shipped)).toEqual(["import('/a.js')", 'top.pwned = document.domain']);
    expect(unshippedScripts(injected, new Set([ours, "import('/a.js')", 'top.pwned = document.domain']))).toEqual([]);
  });
  it('hashes only those', () => {
    const scriptSrc = policyFor('page', injected, shipped).get('script-src');
    expect(scriptSrc).toEqual(["'self'", hashSource(ours)]);
    expect(scriptSrc).not.toContain(hashSource('top.pwned = document.domain'));
  });
});

// The security probe's W3–W5: one path for the file and for its headers.
describe('the path a request stands for', () => {
  it.each([
    ['/treaty/', '/treaty/'],
    ['/%74reaty/', '/treaty/'],
    ['/embed/..%2ftreaty/', '/treaty/'],
    ['/embed/%2e%2e/treaty/', '/treaty/'],
    ['//treaty/', '/treaty/'],
    ['/./treaty/.', '/treaty/'],
    ['/%5fheaders', '/_headers'],
    ['/x/..%2f_headers', '/_headers'],
    ['/../../etc/passwd', '/etc/passwd'],
    ['/', '/'],
    ['/data/timeline.csv', '/data/timeline.csv'],
  ])('%s is %s', (raw, path) => expect(normalisePath(raw)).toBe(path));
  it.each(['/%', '/%zz', '/%ff', '/%E0%A4%A', '/treaty/%', '/%c0%ae%c0%ae/x', '/treaty%00/', '/%5c..%5ctreaty/', 'treaty/'])(
    'refuses %s',
    (raw) => expect(normalisePath(raw)).toBeUndefined(),
  );
  it('gives /<page>/index.html the page’s own headers in _headers, for hosts that serve that spelling', () => {
    const policy = policyFor('page', page);
    const rules = parseHeadersFile(headersFile([{ path: '/treaty/', kind: 'page', policy }], '/'));
    expect(headersFor(rules, '/treaty/index.html')).toEqual(headersFor(rules, '/treaty/'));
    expect(headersFor(rules, '/treaty/index.html')['x-frame-options']).toBe('DENY');
  });
});
