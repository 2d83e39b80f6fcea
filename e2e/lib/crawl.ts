// Follows every internal link and anchor from the home page, the way a link checker would, and
// reports each broken one with the page it was found on.
const attribute = /\s(?:href|src)="([^"]+)"/g;
const idAttribute = /\sid="([^"]+)"/g;

export interface CrawlResult {
  pages: string[];
  broken: string[];
}

export async function crawl(start: string): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const bodies = new Map<string, { status: number; type: string; text: string }>();
  const queue = [start];
  const links: Array<{ from: string; to: URL }> = [];

  while (queue.length > 0) {
    const url = queue.shift()!;
    if (bodies.has(url)) continue;
    const response = await fetch(url, { redirect: 'manual' });
    const type = response.headers.get('content-type') ?? '';
    const text = type.startsWith('text/html') ? await response.text() : '';
    bodies.set(url, { status: response.status, type, text });
    for (const [, raw] of text.matchAll(attribute)) {
      const target = new URL(raw!.replace(/&amp;/g, '&'), url);
      if (target.origin !== origin) continue;
      links.push({ from: url, to: target });
      const page = `${target.origin}${target.pathname}`;
      if (!bodies.has(page)) queue.push(page);
    }
  }

  const broken: string[] = [];
  for (const { from, to } of links) {
    const page = bodies.get(`${to.origin}${to.pathname}`);
    if (!page || page.status !== 200) {
      broken.push(`${from} → ${to.href} (HTTP ${page?.status ?? 'not fetched'})`);
      continue;
    }
    if (to.hash) {
      const ids = new Set([...page.text.matchAll(idAttribute)].map((m) => m[1]));
      if (!ids.has(decodeURIComponent(to.hash.slice(1)))) broken.push(`${from} → ${to.href} (no element with id "${to.hash.slice(1)}")`);
    }
  }
  return { pages: [...bodies.keys()].filter((u) => bodies.get(u)!.type.startsWith('text/html')), broken };
}
