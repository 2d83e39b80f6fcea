// The only chart code that runs in the browser. The build already drew everything; this adds
// tooltips on hover and on keyboard focus (one tab stop per chart, arrow keys between points,
// Escape to close) and the filters. It uses no D3 and never re-computes a layout. Its words are
// the page's language's, from a JSON block the page carries beside its charts (ChartWords.astro):
// outside the figure, so a frozen embed version, whose figure never changes, gets them too.
import type { CountedForms } from '../i18n/languages.ts';

/** What the script says, with {placeholders}; the counted phrases have a form per plural category. */
export interface ChartWords {
  /** The Intl locale the counts are written and their forms chosen in. */
  locale: string;
  canvasLabel: string;
  filtered: string;
  filteredHidden: string;
  points: CountedForms;
  marks: CountedForms;
}

const fill = (text: string | undefined, values: Record<string, string>) =>
  (text ?? '').replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/**
 * A point's tooltip: its own `data-tip`, or, for a point that is row n of the figure's data table
 * (`data-row`, the timeline's), that row read out: its header, then its cells without the note
 * numbers. The words then travel once, in the table, not again in each drawing.
 */
const pointSelector = '[data-tip], [data-row]';
function tipOf(point: Element, table: HTMLTableElement | null): string {
  const own = point.getAttribute('data-tip');
  if (own !== null) return own;
  const row = table?.tBodies[0]?.rows[Number(point.getAttribute('data-row'))];
  if (!row) return '';
  const text = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
  const head = row.querySelector('th');
  const cells = [...row.cells].filter((cell) => cell !== head && !cell.classList.contains('table-sources')).map(text);
  return head ? `${text(head)}: ${cells.join(' · ')}` : cells.join(' · ');
}

const keys: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => Math.min(i + 1, n - 1),
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

export function enhanceCharts(root: ParentNode): void {
  const block = root.querySelector('script[data-chart-words]');
  // Every page with a chart carries its words; without them the charts stay as the build drew them.
  if (!block) return;
  const words = JSON.parse(block.textContent) as ChartWords;
  for (const figure of root.querySelectorAll<HTMLElement>('figure[data-chart]')) {
    if (!figure.dataset.enhanced) enhance(figure, words);
  }
}

function enhance(figure: HTMLElement, words: ChartWords): void {
  figure.dataset.enhanced = 'true';
  const canvas = figure.querySelector<HTMLElement>('[data-canvas]')!;
  const tooltip = figure.querySelector<HTMLElement>('[data-tooltip]')!;
  const announce = figure.querySelector<HTMLElement>('[data-announce]')!;
  // A <div> now, a <form> in frozen embed versions: only its change events matter.
  const filters = figure.querySelector<HTMLElement>('[data-filters]');
  const title = figure.querySelector('.chart-title')?.textContent ?? '';
  const table = figure.querySelector<HTMLTableElement>('.chart-data table');
  const number = new Intl.NumberFormat(words.locale);
  const plural = new Intl.PluralRules(words.locale);
  const counted = (forms: CountedForms, count: number, values: Record<string, string>) =>
    fill(forms[plural.select(count)] ?? forms.other, values);
  let active: Element | undefined;

  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'group');
  canvas.setAttribute('aria-label', fill(words.canvasLabel, { title }));

  // Only the arrangement on screen counts, and only points a filter has not hidden or dimmed.
  const points = (): Element[] => {
    const layout = [...canvas.querySelectorAll<HTMLElement>('.chart-layout')].find((l) => getComputedStyle(l).display !== 'none');
    return layout ? [...layout.querySelectorAll(pointSelector)].filter((p) => !p.closest('[hidden], .is-dimmed')) : [];
  };

  const show = (point: Element, fromKeyboard: boolean) => {
    active?.classList.remove('is-active');
    active = point;
    point.classList.add('is-active');
    const tip = tipOf(point, table);
    tooltip.textContent = tip;
    tooltip.hidden = false;
    const box = point.getBoundingClientRect();
    const frame = canvas.getBoundingClientRect();
    const left = Math.min(Math.max(box.left + box.width / 2 - frame.left - tooltip.offsetWidth / 2, 0), frame.width - tooltip.offsetWidth);
    const above = box.top - frame.top - tooltip.offsetHeight - 8;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${above >= 0 ? above : box.bottom - frame.top + 8}px`;
    if (fromKeyboard) {
      announce.textContent = tip;
      if (box.top < 0 || box.bottom > innerHeight) point.scrollIntoView({ block: 'nearest' });
    }
  };

  const hide = () => {
    active?.classList.remove('is-active');
    active = undefined;
    tooltip.hidden = true;
  };

  canvas.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      if (!tooltip.hidden) event.preventDefault();
      hide();
      return;
    }
    const move = keys[event.key];
    if (!move) return;
    const list = points();
    if (list.length === 0) return;
    event.preventDefault();
    const current = active ? list.indexOf(active) : -1;
    show(list[current === -1 ? 0 : move(current, list.length)]!, true);
  });
  canvas.addEventListener('pointerover', (event) => {
    const point = (event.target as Element).closest(pointSelector);
    if (point && points().includes(point)) show(point, false);
  });
  canvas.addEventListener('pointerleave', hide);
  canvas.addEventListener('blur', hide);

  if (filters) {
    figure.querySelector<HTMLElement>('[data-filter-box]')!.hidden = false;
    filters.addEventListener('change', () => {
      for (const fieldset of filters.querySelectorAll<HTMLFieldSetElement>('fieldset')) {
        const attribute = `data-${fieldset.dataset.attribute}`;
        const shown = new Set([...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value));
        for (const mark of canvas.querySelectorAll(`[${attribute}]`)) {
          const off = !shown.has(mark.getAttribute(attribute)!);
          if (fieldset.dataset.mode === 'dim') mark.classList.toggle('is-dimmed', off);
          else mark.toggleAttribute('hidden', off);
        }
      }
      hide();
      const layouts = [...canvas.querySelectorAll('.chart-layout')];
      const total = Math.max(...layouts.map((l) => l.querySelectorAll(pointSelector).length));
      const hidden = Math.max(...layouts.map((l) => l.querySelectorAll('[hidden]').length));
      const showing = counted(words.points, total, { shown: number.format(points().length), total: number.format(total) });
      announce.textContent = hidden
        ? fill(words.filteredHidden, { points: showing, marks: counted(words.marks, hidden, { hidden: number.format(hidden) }) })
        : fill(words.filtered, { points: showing });
    });
  }
}
