// Arms transfers in both directions on one time axis: Russia's deliveries to Iran rise above the
// zero line and Iran's to Russia hang below it, in the same SIPRI units, so the reversal after
// 2022 reads at a glance. Key deals sit in lanes beside their direction, their status drawn as a
// shape (filled: happened; hollow and dashed: claimed; crossed: cancelled) and named in a legend.
import { max, range } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { defaultLang } from '../../i18n/languages.ts';
import type { ChartLayout } from '../define.ts';
import { hatchPattern, narrowBelow, readingOrder, svgDocument, type ChartSvg, type LayoutOptions } from '../frame.ts';
import { formats } from '../../i18n/format.ts';
import { el, fit, text, textLines, textWidth, wrap } from '../svg.ts';
import { chart, dealStatuses, type ArmsDeal, type ArmsTivRow, type ArmsTransfersData } from './chart.ts';
import { publication, type ArmsTransfersText } from './publication.ts';

export type ArmsTivPoint = Pick<ArmsTivRow, 'year' | 'direction' | 'supplier' | 'recipient' | 'tiv'>;
export type ArmsDealPoint = Pick<ArmsDeal, 'direction' | 'year' | 'label' | 'status'> & { id: string };
export interface ArmsTransfersInput {
  tiv: readonly ArmsTivPoint[];
  deals: readonly ArmsDealPoint[];
}

type Direction = ArmsTivPoint['direction'];

/** One deal-status marker, centred on (x, y). */
export function dealMarker(status: ArmsDeal['status'], x: number, y: number, r = 5): string {
  const cls = `deal deal-${status}`;
  switch (status) {
    case 'delivered':
    case 'reported':
      return el('circle', { cx: x, cy: y, r, class: cls });
    case 'licence-production':
    case 'alleged':
      return el('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, class: cls });
    case 'requested':
      return el('path', { d: `M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`, class: cls });
    case 'cancelled':
      return el('path', { d: `M${x - r} ${y - r}L${x + r} ${y + r}M${x - r} ${y + r}L${x + r} ${y - r}`, class: cls });
  }
}

interface PlacedLabel {
  deal: ArmsDealPoint;
  n: number;
  x: number;
  tier: number;
  stack: number;
  anchor: 'start' | 'end';
  text: string;
}

/** Puts each label in the first tier where it does not collide with the one before it. */
function placeLabels(
  deals: ArmsDealPoint[],
  xOf: (deal: ArmsDealPoint) => number,
  numbered: boolean,
  width: number,
  fontSize: number,
  num: (value: number) => string,
): PlacedLabel[] {
  const tierEnds: number[] = [];
  const perYear = new Map<number, number>();
  return deals.map((deal, i) => {
    const n = i + 1;
    const stack = perYear.get(deal.year) ?? 0;
    perYear.set(deal.year, stack + 1);
    const x = xOf(deal);
    const content = numbered ? num(n) : fit(deal.label, 200, fontSize);
    const w = textWidth(content, fontSize);
    const anchor: 'start' | 'end' = x - 2 + w > width ? 'end' : 'start';
    const left = anchor === 'start' ? x - 2 : x + 2 - w;
    let tier = tierEnds.findIndex((end) => end + 6 <= left);
    if (tier === -1) tier = tierEnds.length;
    tierEnds[tier] = left + w;
    return { deal, n, x, tier, stack, anchor, text: content };
  });
}

export function armsTransfersLayout(data: ArmsTransfersInput, options: LayoutOptions): ChartSvg {
  const { width, id } = options;
  const t = publication[options.lang ?? defaultLang];
  // Years, deal numbers and tick values in the language's digits; the time axis runs left to right
  // in every language, with the value axis at its origin. The legend and the phone's numbered key
  // follow the text: in Persian they begin on the right.
  const o = readingOrder(options);
  const num = (value: number) => formats(options.lang ?? defaultLang).number(value, { useGrouping: false });
  const narrow = width < narrowBelow;
  const fontSize = narrow ? 11 : 12;
  const margin = { left: narrow ? 34 : 44, right: narrow ? 6 : 10 };
  const tiv = [...data.tiv].sort((a, b) => a.year - b.year);
  const deals = [...data.deals].sort((a, b) => a.year - b.year || (a.direction < b.direction ? 1 : -1) || a.label.localeCompare(b.label));
  const years = [...tiv.map((d) => d.year), ...deals.map((d) => d.year)];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const allYears = years.length > 0 ? range(first, last + 1) : [];
  const value = new Map(tiv.map((d) => [`${d.direction}:${d.year}`, d]));

  const x = scaleBand<number>()
    .domain(allYears)
    .range([margin.left, width - margin.right])
    .paddingInner(narrow ? 0.12 : 0.18);
  const xMid = (year: number) => (x(year) ?? margin.left) + x.bandwidth() / 2;

  const numbered = narrow;
  const byDirection = (direction: Direction) => deals.filter((d) => d.direction === direction);
  const upper = placeLabels(byDirection('russia-to-iran'), (d) => xMid(d.year), numbered, width - margin.right, fontSize, num);
  const lower = placeLabels(byDirection('iran-to-russia'), (d) => xMid(d.year), numbered, width - margin.right, fontSize, num);
  lower.forEach((label) => (label.n += upper.length));
  const tiers = (labels: PlacedLabel[]) => (labels.length ? Math.max(...labels.map((l) => l.tier)) + 1 : 0);
  const stacks = (labels: PlacedLabel[]) => (labels.length ? Math.max(...labels.map((l) => l.stack)) + 1 : 0);
  const tierHeight = fontSize + 4;
  const markerGap = 13;

  // Vertical budget, top to bottom.
  let y = 6;
  const upperLabelsTop = y;
  y += tiers(upper) * tierHeight;
  const upperMarkersBottom = y + stacks(upper) * markerGap + (upper.length ? 4 : 0);
  y = upperMarkersBottom + 4;
  const plotTop = y;
  const plotHeight = narrow ? 200 : 250;
  const plotBottom = plotTop + plotHeight;
  const axisLabelY = plotBottom + fontSize + 6;
  y = axisLabelY + 6;
  const lowerMarkersTop = y + (lower.length ? 6 : 0);
  y = lowerMarkersTop + stacks(lower) * markerGap;
  const lowerLabelsTop = y + (lower.length ? 2 : 0);
  y = lowerLabelsTop + tiers(lower) * tierHeight + 10;

  const ruMax = max(tiv, (d) => (d.direction === 'russia-to-iran' ? d.tiv : 0)) ?? 0;
  const irMax = max(tiv, (d) => (d.direction === 'iran-to-russia' ? d.tiv : 0)) ?? 0;
  const top = Math.max(ruMax, irMax * 0.3, 1);
  const bottom = Math.max(irMax, top * 0.3);
  const yScale = scaleLinear()
    .domain([-bottom, top])
    .range([plotBottom, plotTop])
    .nice(narrow ? 4 : 6);
  const zero = yScale(0);
  const ticks = yScale.ticks(narrow ? 4 : 6);

  const parts: string[] = [];
  // Grid and value axis (absolute values on both sides of zero).
  for (const tick of ticks) {
    parts.push(
      el('line', {
        x1: margin.left,
        x2: width - margin.right,
        y1: yScale(tick),
        y2: yScale(tick),
        class: tick === 0 ? 'axis-line' : 'grid-line',
      }),
    );
    parts.push(text(margin.left - 4, yScale(tick) + 4, t.tiv(Math.abs(tick)), { 'text-anchor': 'end', class: 't-muted t-small' }));
  }
  // Years with no figure in either direction: SIPRI has not published them (or nothing is known).
  const missing = allYears.filter((year) => !value.has(`russia-to-iran:${year}`) && !value.has(`iran-to-russia:${year}`));
  for (const run of runs(missing)) {
    const x0 = x(run[0]!)!;
    const x1 = x(run[run.length - 1]!)! + x.bandwidth();
    parts.push(el('rect', { x: x0, y: plotTop, width: x1 - x0, height: plotHeight, fill: `url(#${id}-hatch)`, class: 'no-data' }));
    const cx = (x0 + x1) / 2;
    const label = x1 - x0 >= 24 ? t.drawing.noDataYet : t.drawing.noData;
    // Turned a quarter clockwise, the label's ascent faces right: by the drawing's right edge it
    // keeps a line's ascent inside (1.05 of the 11 px of .t-small; Vazirmatn's is 1.025 em).
    const lx = Math.min(cx + 4, width - 11 * 1.05);
    parts.push(text(lx, plotTop + 6, label, { transform: `rotate(90 ${lx} ${plotTop + 6})`, class: 't-muted t-small' }));
  }

  // Bars.
  for (const row of tiv) {
    const bx = x(row.year);
    if (bx === undefined || row.tiv <= 0) continue;
    const y1 = yScale(row.direction === 'russia-to-iran' ? row.tiv : -row.tiv);
    parts.push(
      el('rect', {
        x: bx,
        y: Math.min(zero, y1),
        width: x.bandwidth(),
        height: Math.max(Math.abs(zero - y1), 0.5),
        class: `mark bar-${row.direction}`,
        'data-direction': row.direction,
      }),
    );
  }

  // Direction labels inside the plot, so the two halves explain themselves.
  // The halo keeps them legible where a tall bar runs behind.
  parts.push(
    text(margin.left + 4, plotTop + fontSize + 2, `▲ ${t.directionShort['russia-to-iran']}`, {
      class: 'halo label-russia-to-iran',
      'data-direction': 'russia-to-iran',
    }),
  );
  parts.push(text(margin.left + 4, plotTop + 2 * fontSize + 6, t.drawing.units, { class: 'halo t-muted t-small' }));
  parts.push(
    text(margin.left + 4, plotBottom - 6, `▼ ${t.directionShort['iran-to-russia']}`, {
      class: 'halo label-iran-to-russia',
      'data-direction': 'iran-to-russia',
    }),
  );

  // Year axis along the bottom of the plot.
  const step = narrow ? 10 : 5;
  for (const year of allYears) {
    if (year % step !== 0 && year !== first) continue;
    if (year === first && year % step !== 0 && allYears.some((y2) => y2 % step === 0 && y2 - first < (narrow ? 6 : 3))) continue;
    parts.push(el('line', { x1: xMid(year), x2: xMid(year), y1: plotBottom, y2: plotBottom + 4, class: 'axis-line' }));
    parts.push(text(xMid(year), axisLabelY, num(year), { 'text-anchor': 'middle', class: 't-muted t-small' }));
  }

  // Deal markers and their labels (or numbers, keyed below, on a phone).
  const drawLabels = (labels: PlacedLabel[], above: boolean) => {
    const tierCount = tiers(labels);
    for (const label of labels) {
      const markerY = above ? upperMarkersBottom - 6 - label.stack * markerGap : lowerMarkersTop + 6 + label.stack * markerGap;
      const labelY = above
        ? upperLabelsTop + (tierCount - label.tier) * tierHeight - 4
        : lowerLabelsTop + (label.tier + 1) * tierHeight - 4;
      const leaderFrom = above ? labelY + 3 : labelY - fontSize + 1;
      const leaderTo = above ? markerY - 6 : markerY + 6;
      parts.push(
        el(
          'g',
          { class: 'deal-annotation', 'data-direction': label.deal.direction, 'data-status': label.deal.status },
          Math.abs(leaderTo - leaderFrom) > 2
            ? el('line', { x1: label.x, x2: label.x, y1: leaderFrom, y2: leaderTo, class: 'leader' })
            : '',
          dealMarker(label.deal.status, label.x, markerY, narrow ? 4 : 5),
          text(label.anchor === 'start' ? label.x - 2 : label.x + 2, labelY, label.text, {
            'text-anchor': label.anchor,
            class: numbered ? 't-small t-strong' : 't-small',
          }),
        ),
      );
    }
  };
  drawLabels(upper, true);
  drawLabels(lower, false);

  // One point per year for hover and keyboard: the year's figures and deals in words.
  allYears.forEach((year, i) => {
    const tip = yearTip(year, value, deals, t, num);
    parts.push(
      el('rect', {
        x: (x(year) ?? 0) - (x.step() - x.bandwidth()) / 2,
        y: plotTop,
        width: x.step(),
        height: plotHeight,
        class: 'hit',
        'data-point': i,
        'data-tip': tip,
      }),
    );
  });

  // Legend: what the shapes mean, then (phone) the numbered key.
  const legendItems = dealStatuses.filter((status) => deals.some((d) => d.status === status));
  let legendY = y;
  // Measured from where a line begins: the plot's left edge, or in Persian its right edge.
  const startEdge = o.rtl ? margin.right : margin.left;
  const endEdge = o.rtl ? margin.left : margin.right;
  let lx = startEdge;
  for (const status of legendItems) {
    const w = 14 + textWidth(t.statusNames[status], fontSize) + 14;
    if (lx + w > width - endEdge && lx > startEdge) {
      lx = startEdge;
      legendY += fontSize + 8;
    }
    parts.push(
      el(
        'g',
        { class: 'legend-item', 'data-status': status },
        dealMarker(status, o.x(lx + 5), legendY - 4, 4.5),
        text(o.x(lx + 14), legendY, t.statusNames[status], { 'text-anchor': o.anchor('start'), class: 't-small' }),
      ),
    );
    lx += w;
  }
  let height = legendItems.length ? legendY + 10 : y;
  if (numbered && deals.length) {
    height += 6;
    const lineHeight = fontSize + 4;
    for (const label of [...upper, ...lower]) {
      const lines = wrap(
        t.drawing.dealKey(label.deal.label, label.deal.year, t.directionShort[label.deal.direction]),
        width - margin.left - 26,
        fontSize,
        2,
      );
      height += lineHeight;
      // The key is a list: its numbers stand where a line begins, the words run from them.
      const keyEdge = margin.left;
      parts.push(
        el(
          'g',
          { class: 'deal-key', 'data-direction': label.deal.direction, 'data-status': label.deal.status },
          text(o.x(keyEdge - 4), height, num(label.n), { 'text-anchor': o.anchor('end'), class: 't-small t-strong' }),
          dealMarker(label.deal.status, o.x(keyEdge + 6), height - 4, 4),
          textLines(o.x(keyEdge + 16), height, lines, lineHeight, { 'text-anchor': o.anchor('start'), class: 't-small' }),
        ),
      );
      height += (lines.length - 1) * lineHeight;
    }
    height += 8;
  }
  if (allYears.length === 0)
    parts.push(text(width / 2, plotTop + plotHeight / 2, t.drawing.noData, { 'text-anchor': 'middle', class: 't-muted' }));

  return svgDocument({
    chart: chart.id,
    id,
    width,
    height,
    title: t.drawing.title,
    description: t.drawing.describe(tiv, deals),
    theme: options.theme,
    defs: hatchPattern(`${id}-hatch`),
    body: parts.join(''),
    lang: options.lang,
  });
}

function runs(years: number[]): number[][] {
  const out: number[][] = [];
  for (const year of years) {
    const current = out[out.length - 1];
    if (current?.at(-1) === year - 1) current.push(year);
    else out.push([year]);
  }
  return out;
}

function yearTip(
  year: number,
  value: Map<string, ArmsTivPoint>,
  deals: readonly ArmsDealPoint[],
  t: ArmsTransfersText,
  num: (value: number) => string,
): string {
  const parts = [num(year)];
  for (const direction of ['russia-to-iran', 'iran-to-russia'] as const) {
    const row = value.get(`${direction}:${year}`);
    parts.push(
      row
        ? t.drawing.yearFigure(t.parties[row.supplier], t.parties[row.recipient], t.tiv(row.tiv))
        : t.drawing.yearMissing(t.directionShort[direction]),
    );
  }
  for (const deal of deals.filter((d) => d.year === year)) parts.push(t.drawing.dealTip(deal.label, t.statusNames[deal.status]));
  return parts.join(' · ');
}

/** The layout the registry draws the chart with. */
export const layout: ChartLayout<ArmsTransfersData> = armsTransfersLayout;
