// The embed page's script: the chart's tooltips and filters, and the height announcements that
// let the page around it size the iframe. It listens to no message from the host, so a host
// (or anything else on its page) can neither navigate it nor change what it shows.
import { enhanceCharts } from '../charts/enhance.ts';
import { heightMessages, parseEmbedOptions, wordPressMaxHeight } from './options.ts';

const options = parseEmbedOptions(location.search, location.hash);
const root = document.documentElement;
const figure = document.querySelector<HTMLElement>('figure[data-chart]');
enhanceCharts(document);

if (figure && window.parent !== window) announceHeight(figure, figure.dataset['chart'] ?? '');

function announceHeight(figure: HTMLElement, chartId: string): void {
  const canvas = figure.querySelector<HTMLElement>('[data-canvas]')!;
  // The whole document, margins included: measuring <body> misses them (a classic pym.js bug).
  const measure = () => Math.ceil(root.getBoundingClientRect().height);
  let sent = 0;
  let resends = 0;
  let pending = false;

  // Compact mode keeps the page within WordPress's 1,000 px by letting the drawing scroll.
  const fitCompact = () => {
    if (!options.compact) return;
    const natural = root.getBoundingClientRect().height - canvas.clientHeight + canvas.scrollHeight;
    const excess = Math.ceil(natural - wordPressMaxHeight);
    canvas.style.maxHeight = excess > 0 ? `${Math.max(160, canvas.scrollHeight - excess)}px` : '';
  };

  const send = (again = false) => {
    pending = false;
    fitCompact();
    const height = measure();
    if (height === sent && !again) return;
    sent = height;
    for (const message of heightMessages(height, chartId, options)) window.parent.postMessage(message, '*');
  };
  // Batched into a task: changing sizes inside a ResizeObserver callback would loop.
  const schedule = () => {
    if (!pending) setTimeout(send, 0);
    pending = true;
  };

  new ResizeObserver(schedule).observe(root);
  addEventListener('load', schedule);
  void document.fonts?.ready.then(schedule);
  // A safety net for hosts that start listening late: repeat a few times while the frame's height
  // still differs from the content's, then stay quiet until the content changes.
  setInterval(() => {
    const height = measure();
    if (height !== sent) {
      resends = 0;
      schedule();
    } else if (Math.abs(window.innerHeight - height) > 1 && resends < 5) {
      resends += 1;
      send(true);
    }
  }, 1000);

  // WordPress sandboxes the frame without top navigation; it follows our own links when asked.
  if (options.secret) {
    const secret = options.secret;
    document.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!link || new URL(link.href).host !== location.host) return;
      event.preventDefault();
      window.parent.postMessage({ message: 'link', value: link.href, secret }, '*');
    });
  }
}
