// What the 2025 treaty covers, domain by domain, and how firmly: a dot in one of three columns
// (a binding duty, a pledge to cooperate, not in the treaty at all), so the missing
// mutual-defence clause is as visible as what is there. Below, three treaties side by side.
import { scaleBand, scalePoint } from 'd3-scale';
import { defaultLang } from '../../i18n/languages.ts';
import type { ChartLayout } from '../define.ts';
import { narrowBelow, readingOrder, svgDocument, type ChartSvg, type LayoutOptions } from '../frame.ts';
import { el, fit, text, textLines, wrap } from '../svg.ts';
import {
  chart,
  treatyGroups,
  treatyKeys,
  treatyWordings,
  type TreatyComparisonRow,
  type TreatyDomain,
  type TreatyScopeData,
} from './chart.ts';
import { publication } from './publication.ts';

export type TreatyDomainPoint = Pick<TreatyDomain, 'domain' | 'group' | 'wording' | 'articles' | 'summary'> & { id: string };
export type TreatyComparisonPoint = Pick<TreatyComparisonRow, 'provision'> & {
  id: string;
  iran2025: Pick<TreatyComparisonRow['iran2025'], 'answer' | 'text'>;
  dprk2024: Pick<TreatyComparisonRow['dprk2024'], 'answer' | 'text'>;
  iran2001: Pick<TreatyComparisonRow['iran2001'], 'answer' | 'text'>;
};
export interface TreatyScopeInput {
  domains: readonly TreatyDomainPoint[];
  comparison: readonly TreatyComparisonPoint[];
}

function wordingMark(wording: TreatyDomain['wording'], x: number, y: number, r: number): string {
  return el('circle', { cx: x, cy: y, r, class: `mark wording-${wording}` });
}

function answerMark(answer: TreatyComparisonRow['iran2025']['answer'], x: number, y: number, r: number): string {
  if (answer === 'no')
    return el('path', { d: `M${x - r} ${y - r}L${x + r} ${y + r}M${x - r} ${y + r}L${x + r} ${y - r}`, class: 'mark answer-no' });
  if (answer === 'partly')
    return el(
      'g',
      {},
      el('circle', { cx: x, cy: y, r, class: 'mark answer-partly' }),
      el('path', { d: `M${x} ${y - r}A${r} ${r} 0 0 1 ${x} ${y + r}Z`, class: 'answer-yes' }),
    );
  return el('circle', { cx: x, cy: y, r, class: `mark answer-${answer}` });
}

export function treatyScopeLayout(data: TreatyScopeInput, options: LayoutOptions): ChartSvg {
  const { width, id } = options;
  const t = publication[options.lang ?? defaultLang];
  // A table in a drawing: it follows the text. In Persian the domains stand on the right and the
  // columns run from "binding" on the right to "not in the treaty" on the left, as a Persian table
  // reads; every x below is measured from where a line begins.
  const o = readingOrder(options);
  const narrow = width < narrowBelow;
  const fontSize = narrow ? 11.5 : 12.5;
  const lineHeight = fontSize + 3;
  const labelWidth = narrow ? Math.max(width * 0.5, 120) : Math.min(260, width * 0.36);
  const columnsRight = narrow ? width - 4 : Math.min(width - 120, labelWidth + 360);
  const columns = scalePoint<TreatyDomain['wording']>()
    .domain(treatyWordings)
    .range([labelWidth + (narrow ? 28 : 48), columnsRight - (narrow ? 24 : 64)]);
  const r = narrow ? 5.5 : 6.5;
  const parts: string[] = [];
  let y = 4;

  // Column heads, in two lines.
  const headLines = 2;
  for (const wording of treatyWordings) {
    const lines = t.drawing.wordingHeads[wording];
    parts.push(
      textLines(o.x(columns(wording)!), y + fontSize, lines, lineHeight, {
        'text-anchor': 'middle',
        class: `t-small t-strong${wording === 'absent' ? ' wording-absent-text' : ''}`,
      }),
    );
  }
  if (!narrow)
    parts.push(
      text(o.x(columnsRight + 8), y + fontSize + lineHeight, t.drawing.articlesHead, {
        'text-anchor': o.anchor('start'),
        class: 't-small t-strong',
      }),
    );
  y += headLines * lineHeight + 8;

  // Domains, grouped.
  let point = 0;
  // Grouped; within a group the editor's order from the data file stands (a stable sort keeps it).
  const domains = [...data.domains].sort((a, b) => treatyGroups.indexOf(a.group) - treatyGroups.indexOf(b.group));
  for (const group of treatyGroups) {
    const rows = domains.filter((d) => d.group === group);
    if (rows.length === 0) continue;
    parts.push(
      text(o.x(0), y + fontSize, t.groupNames[group].toUpperCase(), {
        'text-anchor': o.anchor('start'),
        class: 't-small t-muted t-strong',
      }),
    );
    y += lineHeight + 4;
    for (const domain of rows) {
      const articles = t.drawing.articles(domain.articles);
      const lines = wrap(domain.domain, labelWidth - 4, fontSize, 2);
      if (narrow && articles) lines.push(articles);
      const rowHeight = Math.max(lines.length * lineHeight, 2 * r + 4) + 6;
      const cy = y + (narrow && articles ? (lines.length - 1) * lineHeight : lines.length * lineHeight) / 2 + 3;
      parts.push(
        el(
          'g',
          {
            class: 'point',
            'data-point': point++,
            'data-wording': domain.wording,
            'data-tip': t.drawing.domainTip(domain.domain, t.wordingNames[domain.wording], articles, domain.summary),
          },
          el('rect', { x: 0, y, width, height: rowHeight, class: 'hit' }),
          el('line', { x1: o.x(columns('binding')!), x2: o.x(columns('absent')!), y1: cy, y2: cy, class: 'grid-line' }),
          ...treatyWordings.map((w) => (w === domain.wording ? '' : el('circle', { cx: o.x(columns(w)!), cy, r: r - 2, class: 'slot' }))),
          textLines(o.x(0), y + fontSize + 3, lines, lineHeight, {
            'text-anchor': o.anchor('start'),
            class: domain.wording === 'absent' ? 'wording-absent-text' : '',
          }),
          wordingMark(domain.wording, o.x(columns(domain.wording)!), cy, r),
          !narrow && articles
            ? text(o.x(columnsRight + 8), cy + 4, articles, { 'text-anchor': o.anchor('start'), class: 't-small t-muted' })
            : '',
        ),
      );
      y += rowHeight;
    }
    y += 6;
  }

  // Comparison with two other treaties.
  if (data.comparison.length > 0) {
    y += 10;
    parts.push(el('line', { x1: 0, x2: width, y1: y, y2: y, class: 'grid-line' }));
    y += 6;
    parts.push(text(o.x(0), y + fontSize + 2, t.drawing.comparisonHead, { 'text-anchor': o.anchor('start'), class: 't-strong' }));
    y += lineHeight + 10;
    const compLabelWidth = narrow ? width * 0.38 : labelWidth;
    const treatyX = scaleBand<string>()
      .domain(treatyKeys)
      .range([compLabelWidth, narrow ? width : columnsRight + 100]);
    for (const key of treatyKeys) {
      const lines = narrow ? [...t.treaties[key].short] : [t.treaties[key].name];
      parts.push(
        textLines(o.x(treatyX(key)! + treatyX.bandwidth() / 2), y + fontSize, lines, lineHeight, {
          'text-anchor': 'middle',
          class: 't-small t-strong',
        }),
      );
    }
    y += (narrow ? 2 : 1) * lineHeight + 8;
    for (const row of data.comparison) {
      const lines = wrap(row.provision, compLabelWidth - 6, fontSize, 3);
      const rowHeight = Math.max(lines.length * lineHeight, 2 * r + 16) + 8;
      const cy = y + rowHeight / 2 - 6;
      const tip = t.drawing.comparisonTip(
        row.provision,
        treatyKeys.map((key) => ({ treaty: t.treaties[key].name, answer: t.answerNames[row[key].answer], text: row[key].text })),
      );
      parts.push(
        el(
          'g',
          { class: 'point', 'data-point': point++, 'data-tip': tip },
          el('rect', { x: 0, y, width, height: rowHeight, class: 'hit' }),
          textLines(o.x(0), y + fontSize + 2, lines, lineHeight, { 'text-anchor': o.anchor('start') }),
          ...treatyKeys.map((key) => {
            const cx = o.x(treatyX(key)! + treatyX.bandwidth() / 2);
            return el(
              'g',
              {},
              answerMark(row[key].answer, cx, cy, r),
              text(cx, cy + r + fontSize + 1, fit(t.answerNames[row[key].answer], treatyX.bandwidth() - 2, fontSize - 1), {
                'text-anchor': 'middle',
                class: 't-small t-muted',
              }),
            );
          }),
        ),
      );
      y += rowHeight;
    }
  }
  if (data.domains.length === 0 && data.comparison.length === 0) {
    parts.push(text(width / 2, y + 20, t.drawing.noData, { 'text-anchor': 'middle', class: 't-muted' }));
    y += 30;
  }

  return svgDocument({
    chart: chart.id,
    id,
    width,
    height: y + 6,
    title: t.drawing.title,
    description: t.drawing.describe(data.domains, data.comparison),
    theme: options.theme,
    body: parts.join(''),
    lang: options.lang,
  });
}

/** The layout the registry draws the chart with. */
export const layout: ChartLayout<TreatyScopeData> = treatyScopeLayout;
