// A link checker: from a start page it follows every internal link and anchor the way a crawler
// would, through HTML pages and through the files that carry links of their own (the Atom feed,
// the sitemaps, robots.txt, oEmbed answers, the web manifest, the data downloads' JSON), and
// reports each broken one with the file it was found in. Absolute links to the site's public
// address (SITE_URL, read from the start page's canonical link) are internal: they are checked on
// the test server. Every other link is external: never fetched (the tests have no internet), but
// it must be a well-formed http(s) address.
const attribute = /\s(?:href|src)="([^"]+)"/g;
const idAttribute = /\sid="([^"]+)"/g;
const sitemapLocation = /<loc>([^<]+)<\/loc>/g;
const robotsSitemap = /^Sitemap:\s*(\S+)/gim;
const canonicalLink = /<link rel="canonical" href="([^"]+)"/;
/** JSON keys whose relative values are addresses (the web manifest's icons, start and scope). */
const jsonAddressKeys = new Set(['src', 'start_url', 'scope']);

export interface CrawlResult {
  /** Every HTML page fetched. */
  pages: string[];
  /** The HTML pages reached by following links from the start page alone. */
  reached: string[];
  /** Every internal address fetched, HTML or not, without its query or fragment. */
  fetched: string[];
  broken: string[];
}

export interface CrawlOptions {
  /** More addresses to check once everything linked from the start page is done (pages no link leads to). */
  seeds?: string[];
  /** Files checked to be there, but whose own links are not followed. */
  skipLinksIn?: (url: string) => boolean;
}

interface Body {
  status: number;
  type: string;
  text: string;
}

const decode = (raw: string) =>
  raw
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
const isText = (type: string) => /^(text\/|application\/([\w.+-]*\+)?(json|xml))/.test(type);

/** The addresses a fetched file links to, as written (before resolving). */
function linksIn(body: Body): string[] {
  const { type, text } = body;
  if (type.startsWith('text/html')) return [...text.matchAll(attribute)].map((m) => decode(m[1]!));
  if (type.includes('xml')) return [...text.matchAll(attribute), ...text.matchAll(sitemapLocation)].map((m) => decode(m[1]!.trim()));
  if (type.startsWith('text/plain')) return [...text.matchAll(robotsSitemap)].map((m) => m[1]!);
  if (type.includes('json')) {
    const found: string[] = [];
    const walk = (value: unknown, key?: string): void => {
      if (typeof value === 'string') {
        if (/^https?:\/\//.test(value) || (key !== undefined && jsonAddressKeys.has(key) && value.startsWith('/'))) found.push(value);
        // oEmbed answers carry markup: its links count too.
        if (value.includes('<')) found.push(...[...value.matchAll(attribute)].map((m) => decode(m[1]!)));
      } else if (Array.isArray(value)) value.forEach((item) => walk(item));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    try {
      walk(JSON.parse(text));
    } catch {
      // Not JSON after all: reported as broken below.
    }
    return found;
  }
  return [];
}

/** Why an external address is not a well-formed public http(s) URL, or undefined if it is. */
export function externalProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a valid absolute URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `scheme ${url.protocol} is not http(s)`;
  if (/\s/.test(raw)) return 'contains white space';
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(url.hostname)) return `host "${url.hostname}" is not a public domain name`;
  return undefined;
}

export async function crawl(start: string, options: CrawlOptions = {}): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const bodies = new Map<string, Body>();
  const links: { from: string; to: URL }[] = [];
  const broken: string[] = [];

  const fetchBody = async (url: string): Promise<Body> => {
    const response = await fetch(url, { redirect: 'manual' });
    const type = response.headers.get('content-type') ?? '';
    if (isText(type)) return { status: response.status, type, text: await response.text() };
    await response.body?.cancel();
    return { status: response.status, type, text: '' };
  };

  const visited = new Set<string>();
  const run = async (queue: string[]) => {
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (visited.has(url)) continue;
      visited.add(url);
      const body = bodies.get(url) ?? (await fetchBody(url));
      bodies.set(url, body);
      if (body.type.includes('json') && body.status === 200) {
        try {
          JSON.parse(body.text);
        } catch {
          broken.push(`${url} (served as ${body.type} but does not parse)`);
        }
      }
      // A missing page's body is the 404 page: its links are checked where it is served as itself.
      for (const raw of body.status === 200 && !options.skipLinksIn?.(url) ? linksIn(body) : []) {
        let target: URL;
        try {
          target = new URL(raw, url);
        } catch {
          broken.push(`${url} → ${raw} (not a valid URL)`);
          continue;
        }
        if (target.origin === publicOrigin && publicOrigin !== origin)
          target = new URL(`${target.pathname}${target.search}${target.hash}`, origin);
        if (target.origin !== origin) {
          const problem = externalProblem(raw);
          if (problem) broken.push(`${url} → ${raw} (external link: ${problem})`);
          continue;
        }
        links.push({ from: url, to: target });
        const page = `${target.origin}${target.pathname}`;
        if (!visited.has(page)) queue.push(page);
      }
    }
  };

  // The start page names the public address every absolute link of the site uses.
  const first = await fetchBody(start);
  bodies.set(start, first);
  const canonical = canonicalLink.exec(first.text)?.[1];
  if (!canonical) throw new Error(`crawl: ${start} has no canonical link, so the site's public address is unknown`);
  const publicOrigin = new URL(decode(canonical)).origin;
  await run([start]);
  const reached = [...bodies.keys()].filter((u) => bodies.get(u)!.type.startsWith('text/html'));
  await run([...(options.seeds ?? [])]);

  for (const { from, to } of links) {
    const page = bodies.get(`${to.origin}${to.pathname}`);
    if (page?.status !== 200) {
      broken.push(`${from} → ${to.href} (HTTP ${page?.status ?? 'not fetched'})`);
      continue;
    }
    if (to.hash) {
      if (!page.type.startsWith('text/html')) {
        broken.push(`${from} → ${to.href} (an anchor into ${page.type || 'a file'} that is not a page)`);
        continue;
      }
      const ids = new Set([...page.text.matchAll(idAttribute)].map((m) => m[1]));
      if (!ids.has(decodeURIComponent(to.hash.slice(1)))) broken.push(`${from} → ${to.href} (no element with id "${to.hash.slice(1)}")`);
    }
  }
  for (const [url, body] of bodies)
    if (body.status !== 200 && !links.some((l) => `${l.to.origin}${l.to.pathname}` === url)) broken.push(`${url} (HTTP ${body.status})`);
  return {
    pages: [...bodies.keys()].filter((u) => bodies.get(u)!.type.startsWith('text/html')),
    reached,
    fetched: [...bodies.keys()],
    broken: [...new Set(broken)],
  };
}
