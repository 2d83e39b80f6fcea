#!/usr/bin/env node
// Host pages for the embed tests, served from another origin (another port) than the site, the
// way a newsroom's article frames our charts. Each page stands for one kind of host:
//   /loader?chart=…[&frozen=1]   the embed code exactly as the chapter page offers it (our /embed.js)
//   /loader-many                 marker-only embeds of every chart, far apart (lazy), many loader tags
//   /pym?chart=…                 pym.js's own Parent, from the npm package
//   /datawrapper?chart=…         a page listening the way Datawrapper's responsive-embed script does
//   /wordpress?chart=…           our oEmbed HTML as WordPress rewrites it: sandbox, #?secret=, blockquote
//   /bare?chart=…                an iframe and nothing else
//   /rogue                       a frame that posts forged height messages to whatever frames it, ten times a second
//   /frame?path=…                any page of the site in an iframe (the framing policy: only /embed/* may be framed)
//   /hostile?case=…              a host page whose markup attacks the loader (hostileCases below)
//   /tall                        a frame that claims, in our embed's own message format, to be 11,999 px tall
// SITE is the site's origin in the tests; the built embed code names SITE_URL, which is replaced.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chartIds, pageOf } from '../lib/catalog.ts';

const port = Number(process.env.PORT ?? 4412);
const site = (process.env.SITE ?? 'http://127.0.0.1:4410/').replace(/\/?$/, '/');
const dist = process.env.OUT_DIR ?? 'dist';
const pymPath = join(createRequire(import.meta.url).resolve('pym.js/package.json'), '..', 'dist', 'pym.v1.min.js');

const unescapeHtml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
/** Points absolute URLs of the built site (SITE_URL) at the test server. */
function retarget(html: string): string {
  const built = /(https?:\/\/[^/"]+)\/(?:[^"]*\/)?embed[./]/.exec(html)?.[1];
  return built ? html.replaceAll(`${built}/`, site) : html;
}

/** The embed code the chapter page shows under the chart (latest, or the frozen version). */
function snippet(chart: string, frozen: boolean): string {
  const page = readFileSync(join(dist, pageOf(chart), 'index.html'), 'utf8');
  const codes = [...page.matchAll(new RegExp(`<textarea id="${chart}-embed-([a-z0-9]+)"[^>]*>([^<]*)</textarea>`, 'g'))];
  const code = codes.find(([, key]) => (frozen ? key !== 'latest' : key === 'latest'));
  if (!code) throw new Error(`no ${frozen ? 'frozen' : 'latest'} embed code for ${chart} in ${pageOf(chart)}index.html`);
  return retarget(unescapeHtml(code[2] ?? '')); // the group always takes part
}

/** The fields of our oEmbed response that the WordPress host reads. */
interface OEmbed {
  html: string;
}
const oembed = (chart: string) => JSON.parse(retarget(readFileSync(join(dist, 'oembed', `${chart}.json`), 'utf8'))) as OEmbed;
const embedUrl = (chart: string) => `${site}embed/${chart}/`;

function hostPage(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,">
<style>body { margin: 0 8px; font: 18px/1.5 Georgia, serif; color: #222; background: #fff; } iframe.wp-embedded-content { max-width: 100%; }</style>
${head}</head><body><main><h1>${title}</h1><p>An article on a newsroom's site, with a chart from another site below.</p>
${body}
<p>The article goes on after the chart.</p></main></body></html>`;
}

// A WordPress-style host: the iframe is sandboxed without same-origin access, hidden until its
// first message, sized only within 200–1000 px, and may ask (when focused) to open its own host's URL.
const wordPressListener = `<script>
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || !(data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret)) return;
  for (const quote of document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]')) quote.style.display = 'none';
  for (const frame of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
    if (event.source !== frame.contentWindow) continue;
    frame.removeAttribute('style');
    if (data.message === 'height') frame.height = Math.min(1000, Math.max(200, parseInt(data.value, 10) || 0));
    if (data.message === 'link') {
      const target = new URL(data.value), own = new URL(frame.src);
      if (/^https?:$/.test(target.protocol) && target.host === own.host && document.activeElement === frame) top.location.href = data.value;
    }
  }
});
addEventListener('load', () => {
  for (const frame of document.querySelectorAll('iframe[data-secret]')) frame.contentWindow.postMessage({ message: 'ready', secret: frame.dataset.secret }, '*');
});
</script>`;

// A Datawrapper-style host: any message carrying "datawrapper-height" sizes the iframe it came from.
const datawrapperListener = `<script>
addEventListener('message', (event) => {
  const heights = event.data && event.data['datawrapper-height'];
  if (!heights) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    for (const chart in heights) frame.style.height = heights[chart] + 'px';
  }
});
</script>`;

// Host pages whose markup (written by a host's readers, say) tries to turn /embed.js against the
// host: each case is one weakness of the security probe (shared/notes/security-probe-2026-12.md).
// Every case ends with one genuine marker, which must still work.
const loaderTag = () => `<script src="${site}embed.js"></script>`;
const genuine = () =>
  `<div id="genuine" data-russia-iran-embed="${embedUrl('treaty-scope')}"><p id="genuine-fallback"><a href="${site}${pageOf('treaty-scope')}">Chart: treaty scope</a></p></div>`;
const hostileCases: Partial<Record<string, () => string>> = {
  // W1: a named image shadows document.currentScript, so the prefix becomes javascript://x/embed/.
  'clobber-javascript': () =>
    `<img name="currentScript" src="javascript://x/" alt="">\n<div id="attack" data-russia-iran-embed="javascript://x/embed/%0Atop.document.title='pwned';top.pwned=document.domain"><p>Fallback</p></div>`,
  // W1: the same with another origin: the loader would frame and size the attacker's page.
  'clobber-origin': () =>
    `<img name="currentScript" src="http://127.0.0.1:${port}/" alt="">\n<div id="attack" data-russia-iran-embed="http://127.0.0.1:${port}/embed/tall"><p>Fallback</p></div>`,
  // W4: passes a plain prefix check, and a server that decodes %2f serves the chapter.
  traversal: () =>
    `<div id="attack" data-russia-iran-embed="${site}embed/..%2ftreaty/"><p>Fallback</p></div>\n<div id="attack-2" data-russia-iran-embed="${site}embed/%2e%2e%2fabout/"><p>Fallback</p></div>`,
  // W7: a marker whose URL does not parse, before the genuine one.
  malformed: () => `<span id="attack" data-russia-iran-embed="http://a:b/"></span>`,
  // W6: an iframe of another site inside a genuine marker, and a sandboxed srcdoc frame in another.
  'foreign-frame': () =>
    `<div id="attack" data-russia-iran-embed="${embedUrl('timeline')}"><iframe id="foreign" sandbox="allow-scripts" src="/tall" title="Another site's frame" height="80"></iframe><p id="attack-fallback">Fallback</p></div>\n` +
    `<div id="attack-2" data-russia-iran-embed="${embedUrl('arms-transfers')}"><iframe id="srcdoc" sandbox="allow-scripts" title="A sandboxed frame" height="80" src="${embedUrl('arms-transfers')}" srcdoc="<script>setInterval(() => parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 11999 }, '*'), 100)</script>"></iframe><p id="attack-2-fallback">Fallback</p></div>`,
  // W6: a marker on a container whose other content is the host's own, with an ad frame inside.
  'container-marker': () =>
    `<section id="attack" data-russia-iran-embed="${embedUrl('timeline')}"><iframe id="foreign" sandbox="allow-scripts" src="/tall" title="An advertisement" height="80"></iframe><p id="host-text">The host's own paragraph.</p><button type="button" id="host-button">Subscribe</button></section>`,
  // W8: an element whose id takes the old loader's global flag, so no listener was ever added.
  'flag-clobber': () => `<a id="__russiaIranEmbed" href="#">x</a>`,
};

/** A host page, made from the request's query. */
type Page = (q: URLSearchParams) => string;
/** The chart a page frames (?chart=…, checked against the catalog before the page is made). */
function chartParam(q: URLSearchParams): string {
  const chart = q.get('chart');
  if (chart === null) throw new Error('missing ?chart=');
  return chart;
}

const tall: Page =
  () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tall frame</title><link rel="icon" href="data:,"></head><body><p>Another site's frame</p><script>
setInterval(() => parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 11999 }, '*'), 100);
</script></body></html>`;

const pages: Partial<Record<string, Page>> = {
  hostile: (q) => {
    const make = hostileCases[q.get('case') ?? ''];
    if (!make) throw new Error(`unknown case ${q.get('case')}`);
    return hostPage(`Hostile host page: ${q.get('case')}`, `${make()}\n${genuine()}\n${loaderTag()}`);
  },
  tall,
  loader: (q) => hostPage('Host page using the embed code and /embed.js', snippet(chartParam(q), q.get('frozen') === '1')),
  'loader-many': () => {
    const marker = (chart: string, query = '') =>
      `<div data-russia-iran-embed="${embedUrl(chart)}${query}"><p><a href="${site}${pageOf(chart)}#chart-${chart}">Chart: ${chart}</a></p></div>\n<script async src="${site}embed.js"></script>`;
    return hostPage(
      'Host page with many embeds',
      `${marker('arms-transfers')}\n${marker('treaty-scope', '?theme=dark')}\n<iframe id="rogue" src="/rogue" title="Another site's frame" height="60"></iframe>\n${marker('arms-transfers', '?plain=1')}\n<div style="height: 7000px" aria-hidden="true"></div>\n${marker('timeline')}`,
    );
  },
  pym: (q) =>
    hostPage(
      'Host page using pym.js',
      `<div id="rivals-chart"></div>\n<script src="/pym.v1.min.js"></script>\n<script>new pym.Parent('rivals-chart', ${JSON.stringify(embedUrl(chartParam(q)))}, { title: 'Chart from the Russia and Iran explainer' });</script>`,
    ),
  datawrapper: (q) =>
    hostPage(
      'Host page with a Datawrapper-style listener',
      `<iframe title="Chart from the Russia and Iran explainer" src="${embedUrl(chartParam(q))}" scrolling="no" frameborder="0" style="width: 0; min-width: 100% !important; border: none;" height="400"></iframe>\n${datawrapperListener}`,
    ),
  wordpress: (q) => {
    const secret = 'Ab3dE5gH9k';
    const html = oembed(chartParam(q))
      .html.replace('<blockquote>', `<blockquote class="wp-embedded-content" data-secret="${secret}">`)
      .replace(
        /<iframe src="([^"]+)"/,
        `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" data-secret="${secret}" src="$1#?secret=${secret}"`,
      );
    return hostPage('Host page embedding through WordPress oEmbed', html, wordPressListener);
  },
  bare: (q) =>
    hostPage(
      'Host page with a bare iframe',
      `<iframe title="Chart from the Russia and Iran explainer" src="${embedUrl(chartParam(q))}" height="500" style="width: 100%; border: 0"></iframe>`,
    ),
  frame: (q) => {
    const path = q.get('path') ?? '';
    if (!/^[a-z0-9/-]*$/.test(path)) throw new Error(`unsafe path ${path}`);
    return hostPage(
      'Host page framing a page of the site',
      `<iframe name="framed" title="A page of the explainer" src="${site}${path}" height="500" style="width: 100%; border: 0"></iframe>`,
    );
  },
  // Forged messages in every format we speak, from a window that is not our embed.
  rogue:
    () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another frame</title><link rel="icon" href="data:,"></head><body><p>Another site's frame</p><script>
const forged = [
  { sentinel: 'amp', type: 'embed-size', height: 321 },
  { 'datawrapper-height': ${JSON.stringify(Object.fromEntries(chartIds.map((id) => [id, 321])))} },
  'pymxPYMxrivals-chartxPYMxheightxPYMx321',
  { message: 'height', value: 321, secret: 'Ab3dE5gH9k' },
];
setInterval(() => { for (const m of forged) parent.postMessage(m, '*'); }, 100);
</script></body></html>`,
};

createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  try {
    if (url.pathname === '/pym.v1.min.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(readFileSync(pymPath));
      return;
    }
    // /embed/… on the host stands for an attacker's page that a hijacked loader would frame.
    const page = url.pathname.startsWith('/embed/') ? tall : pages[url.pathname.slice(1)];
    if (!page) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const chart = url.searchParams.get('chart');
    if (chart !== null && !chartIds.includes(chart)) throw new Error(`unknown chart ${chart}`);
    // Made before the head is written, so that a page that throws is answered with a 500.
    const body = page(url.searchParams);
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  } catch (error) {
    response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
  }
}).listen(port, '127.0.0.1', () => console.log(`Embed host pages at http://127.0.0.1:${port}/ (site ${site})`));
