// Three centuries of events. On a phone, a vertical list down a spine that reads like a
// chronology; on a desktop, one lane per category on a time axis whose scale widens where events
// crowd (the last few years hold half of them), with the breaks marked so the distortion is
// never hidden.
import { scaleLinear } from 'd3-scale';
import { defaultLang } from '../../i18n/languages.ts';
import type { ChartLayout } from '../define.ts';
import { narrowBelow, readingOrder, svgDocument, type ChartSvg, type LayoutOptions } from '../frame.ts';
import { formats } from '../../i18n/format.ts';
import { el, esc, px, text, textLines, wrap, textWidth } from '../svg.ts';
import { chart, chronological, decimalYear, timelineCategories, type TimelineData, type TimelineEvent } from './chart.ts';

export { decimalYear };
import { publication, type TimelineText } from './publication.ts';

export type TimelinePoint = Pick<TimelineEvent, 'date' | 'title' | 'description' | 'category' | 'confidence'> & { id: string };

/** Where the desktop axis changes scale. Only those inside the data's span are used. */
export const eraBreaks = [1900, 1979, 2022, 2025];

/** The event's title, marked when it is an unconfirmed claim. */
const titleOf = (event: TimelinePoint, t: TimelineText) => `${event.title}${event.confidence === 'low' ? t.drawing.unconfirmed : ''}`;

function eventMark(event: TimelinePoint, x: number, y: number, r: number): string {
  return el('circle', {
    cx: x || undefined,
    cy: y || undefined,
    r,
    class: event.confidence === 'low' ? 'mark event event-low' : 'mark event',
  });
}

/** A piecewise-linear time scale: each era's width grows with how many events it holds. */
export function timeScale(times: readonly number[], left: number, right: number) {
  const lo = Math.floor(Math.min(...times));
  // The axis ends just after the last event, not at the next new year.
  const hi = Math.max(Math.max(...times) + 0.1, lo + 1);
  const stops = [lo, ...eraBreaks.filter((b) => b > lo && b < hi), hi];
  const weights = stops
    .slice(1)
    .map((end, i) => Math.max(1, times.filter((t) => t >= stops[i]! && t < end).length) ** 0.75 + (end - stops[i]!) / 60);
  const total = weights.reduce((a, b) => a + b, 0);
  let at = left;
  const range = [left, ...weights.map((w) => (at += ((right - left) * w) / total))];
  return { scale: scaleLinear().domain(stops).range(range), stops };
}

export function timelineLayout(events: readonly TimelinePoint[], options: LayoutOptions): ChartSvg {
  const t = publication[options.lang ?? defaultLang];
  const sorted = chronological(events);
  const body = options.width < narrowBelow ? verticalList(sorted, options, t) : lanes(sorted, options, t);
  return svgDocument({
    chart: chart.id,
    id: options.id,
    width: options.width,
    height: body.height,
    title: t.drawing.title,
    description: t.drawing.describe(sorted),
    theme: options.theme,
    body: body.markup,
    lang: options.lang,
  });
}

/**
 * The phone list reads like a chronology in the language's direction: in Persian the date column,
 * the spine and the era headings are on the right and the titles run leftwards from them.
 */
function verticalList(events: readonly TimelinePoint[], options: LayoutOptions, t: TimelineText): { markup: string; height: number } {
  const { width } = options;
  const o = readingOrder(options);
  const fontSize = 12;
  const lineHeight = 15;
  // The date column holds each event's date and category: at least 74 px, wider where a language's
  // words need it (Russian «Дипломатия», «Ядерная тема»), so nothing leaves the drawing.
  const widest = Math.max(
    ...events.flatMap((event) => [textWidth(t.eventDate(event.date), 11, { bold: true }), textWidth(t.categoryNames[event.category], 11)]),
  );
  const dateWidth = Math.max(74, Math.ceil(widest) + 2);
  const spineX = dateWidth + 8;
  const textX = spineX + 12;
  const parts: string[] = [];
  let y = 8;
  let era = -Infinity;
  const top = y;
  events.forEach((event, i) => {
    const time = decimalYear(event.date);
    const eraStart = Math.max(...[-Infinity, ...eraBreaks].filter((b) => b <= time));
    if (eraStart !== era) {
      era = eraStart;
      const next = eraBreaks.find((b) => b > time);
      const label = t.drawing.era(Number.isFinite(eraStart) ? eraStart : Math.floor(time), next);
      y += i === 0 ? 0 : 8;
      parts.push(text(o.x(0), y + fontSize, label, { 'text-anchor': o.anchor('start'), class: 't-strong t-large' }));
      y += lineHeight + 8;
    }
    const titleLines = wrap(titleOf(event, t), width - textX - 2, fontSize);
    const dateLines = [t.eventDate(event.date), t.categoryNames[event.category]];
    const rows = Math.max(titleLines.length, 2);
    const height = rows * lineHeight + 8;
    // Each row is drawn at its own origin: the same markup from row to row but for the words,
    // which is what lets the 100-event list compress to little more than its text.
    parts.push(
      el(
        'g',
        { class: 'point', 'data-row': i, 'data-category': event.category, transform: `translate(0 ${y})` },
        el('rect', { width, height, class: 'hit' }),
        el(
          'text',
          { x: o.x(dateWidth), y: fontSize, 'text-anchor': o.anchor('end'), class: 't-small' },
          el('tspan', { x: o.x(dateWidth), class: 't-strong' }, esc(dateLines[0]!)),
          el('tspan', { x: o.x(dateWidth), dy: lineHeight, class: 't-muted' }, esc(dateLines[1]!)),
        ),
        eventMark(event, o.x(spineX), fontSize - 4, 5),
        textLines(o.x(textX), fontSize, titleLines, lineHeight, o.rtl ? { 'text-anchor': 'end' } : {}),
      ),
    );
    y += height;
  });
  if (events.length === 0) {
    parts.push(text(width / 2, y + 20, t.drawing.noEvents, { 'text-anchor': 'middle', class: 't-muted' }));
    y += 30;
  } else {
    parts.unshift(el('line', { x1: o.x(spineX), x2: o.x(spineX), y1: top + lineHeight + 8, y2: y - 8, class: 'spine' }));
  }
  return { markup: parts.join(''), height: y + 4 };
}

/**
 * The desktop lanes keep time running left to right in every language, as the years on the axis
 * and the scale breaks read; what follows the text is on the side where a line begins: the lane
 * names (on the right in Persian, the axis then runs from the left margin) and the key.
 */
function lanes(events: readonly TimelinePoint[], options: LayoutOptions, t: TimelineText): { markup: string; height: number } {
  const { width } = options;
  const o = readingOrder(options);
  const year = (value: number) => formats(options.lang ?? defaultLang).number(value, { useGrouping: false });
  const categories = timelineCategories.filter((c) => events.some((e) => e.category === c));
  const left = o.rtl ? 12 : 92;
  const right = o.rtl ? width - 92 : width - 12;
  const laneHeight = 34;
  const top = 26;
  const r = 4.5;
  const parts: string[] = [];
  const times = events.map((e) => decimalYear(e.date));
  if (events.length === 0) {
    parts.push(text(width / 2, 40, t.drawing.noEvents, { 'text-anchor': 'middle', class: 't-muted' }));
    return { markup: parts.join(''), height: 60 };
  }
  const { scale, stops } = timeScale(times, left, right);
  const bottom = top + categories.length * laneHeight;

  // Eras: alternate bands, with the year each starts; a break mark where the scale changes.
  stops.slice(0, -1).forEach((start, i) => {
    const x0 = scale(start);
    const x1 = scale(stops[i + 1]!);
    if (i % 2 === 0) parts.push(el('rect', { x: x0, y: top, width: x1 - x0, height: bottom - top, class: 'era' }));
    parts.push(text(x0 + 3, top - 8, year(start), { class: 't-small t-strong' }));
    if (i > 0) parts.push(el('path', { d: `M${x0 - 3} ${bottom + 2}l3 8l3 -8`, class: 'axis-line' }));
  });
  // Year ticks inside each era, as many as fit.
  stops.slice(0, -1).forEach((start, i) => {
    const end = stops[i + 1]!;
    const px = scale(end) - scale(start);
    const count = Math.floor(px / 46);
    const ticks = scaleLinear()
      .domain([start, end])
      .ticks(Math.max(count, 0))
      .filter((y) => Number.isInteger(y) && y > start && y < end && scale(y) - scale(start) > 26 && scale(end) - scale(y) > 26);
    for (const tick of ticks) {
      parts.push(el('line', { x1: scale(tick), x2: scale(tick), y1: bottom, y2: bottom + 4, class: 'axis-line' }));
      parts.push(text(scale(tick), bottom + 16, year(tick), { 'text-anchor': 'middle', class: 't-small t-muted' }));
    }
  });
  parts.push(el('line', { x1: left, x2: right, y1: bottom, y2: bottom, class: 'axis-line' }));

  categories.forEach((category, lane) => {
    const cy = top + lane * laneHeight + laneHeight / 2;
    parts.push(el('line', { x1: left, x2: right, y1: cy, y2: cy, class: 'grid-line' }));
    parts.push(
      o.rtl
        ? text(right + 8, cy + 4, t.categoryNames[category], { 'text-anchor': 'start', class: 't-small' })
        : text(left - 8, cy + 4, t.categoryNames[category], { 'text-anchor': 'end', class: 't-small' }),
    );
  });

  // Dots: where two would overlap in a lane, the later one steps up or down within the lane.
  const offsets = [0, -8, 8, -14, 14];
  const lastX = new Map<string, number[]>();
  events.forEach((event, i) => {
    const lane = categories.indexOf(event.category);
    const cx = scale(times[i]!);
    const occupied = lastX.get(`${lane}`) ?? offsets.map(() => -Infinity);
    let slot = occupied.findIndex((x) => cx - x >= 2 * r + 1);
    if (slot === -1) slot = occupied.indexOf(Math.min(...occupied));
    occupied[slot] = cx;
    lastX.set(`${lane}`, occupied);
    const cy = top + lane * laneHeight + laneHeight / 2 + offsets[slot]!;
    parts.push(
      el(
        'g',
        // At its own origin, like the phone list's rows: only the position differs from dot to dot.
        { class: 'point', 'data-row': i, 'data-category': event.category, transform: `translate(${px(cx)} ${px(cy)})` },
        el('circle', { r: r + 3, class: 'hit' }),
        eventMark(event, 0, 0, r),
      ),
    );
  });

  // Key: the hollow dot, from where a line begins (the plot's left edge; in Persian its right edge);
  // the note on the scale at the other end.
  const keyY = bottom + 36;
  const keyStart = o.rtl ? width - right : left;
  const secondKey = keyStart + Math.max(70, 14 + Math.ceil(textWidth(t.drawing.keyEvent, 11)) + 12);
  parts.push(
    el('circle', { cx: o.x(keyStart + 5), cy: keyY - 4, r, class: 'event' }),
    text(o.x(keyStart + 14), keyY, t.drawing.keyEvent, { 'text-anchor': o.anchor('start'), class: 't-small' }),
  );
  parts.push(
    el('circle', { cx: o.x(secondKey), cy: keyY - 4, r, class: 'event event-low' }),
    text(o.x(secondKey + 9), keyY, t.drawing.keyUnconfirmed, { 'text-anchor': o.anchor('start'), class: 't-small' }),
  );
  parts.push(
    text(o.x(o.rtl ? width - left : right), keyY, t.drawing.keyScale, { 'text-anchor': o.anchor('end'), class: 't-small t-muted' }),
  );
  return { markup: parts.join(''), height: keyY + 10 };
}

/** The layout the registry draws the chart with. */
export const layout: ChartLayout<TimelineData> = (data, options) => timelineLayout(data.events, options);
