// What the 2025 treaty covers, domain by domain, and how firmly: a dot in one of three columns
// (a binding duty, a pledge to cooperate, not in the treaty at all), so the missing
// mutual-defence clause is as visible as what is there. Below, three treaties side by side.
import { scaleBand, scalePoint } from 'd3-scale';
import { treatyWordings, type TreatyComparisonRow, type TreatyDomain } from '../../content/schemas.ts';
import { narrowBelow, svgDocument, type ChartSvg, type LayoutOptions } from '../frame.ts';
import { answerNames, wordingNames } from '../format.ts';
import { el, fit, text, textLines, wrap } from '../svg.ts';

export type TreatyDomainPoint = Pick<TreatyDomain, 'domain' | 'group' | 'wording' | 'articles' | 'summary'> & { id: string };
export type TreatyComparisonPoint = Pick<TreatyComparisonRow, 'provision'> & {
  id: string;
  iran2025: Pick<TreatyComparisonRow['iran2025'], 'answer' | 'text'>;
  dprk2024: Pick<TreatyComparisonRow['dprk2024'], 'answer' | 'text'>;
  iran2001: Pick<TreatyComparisonRow['iran2001'], 'answer' | 'text'>;
};
export interface TreatyScopeData {
  domains: readonly TreatyDomainPoint[];
  comparison: readonly TreatyComparisonPoint[];
}

export const groupNames: Record<TreatyDomain['group'], string> = {
  security: 'Security and defence',
  economy: 'Economy',
  society: 'Society and culture',
  institutions: 'Politics and institutions',
};
const groupOrder = Object.keys(groupNames) as TreatyDomain['group'][];

export const treaties = [
  { key: 'iran2025', name: 'Russia–Iran, 2025', short: ['Iran', '2025'] },
  { key: 'dprk2024', name: 'Russia–North Korea, 2024', short: ['N. Korea', '2024'] },
  { key: 'iran2001', name: 'Russia–Iran, 2001', short: ['Iran', '2001'] },
] as const;

const wordingShort: Record<TreatyDomain['wording'], string[]> = {
  binding: ['Binding', 'duty'],
  cooperation: ['Pledge to', 'cooperate'],
  absent: ['Not in', 'treaty'],
};

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

export function treatyScopeLayout(data: TreatyScopeData, options: LayoutOptions): ChartSvg {
  const { width, id } = options;
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

  // Column heads.
  // Two-line heads: the columns are narrower than "Pledge to cooperate" at any width.
  const headLines = 2;
  for (const wording of treatyWordings) {
    const lines = wordingShort[wording];
    parts.push(
      textLines(columns(wording)!, y + fontSize, lines, lineHeight, {
        'text-anchor': 'middle',
        class: `t-small t-strong${wording === 'absent' ? ' wording-absent-text' : ''}`,
      }),
    );
  }
  if (!narrow) parts.push(text(columnsRight + 8, y + fontSize + lineHeight, 'Articles', { class: 't-small t-strong' }));
  y += headLines * lineHeight + 8;

  // Domains, grouped.
  let point = 0;
  // Grouped; within a group the editor's order from the data file stands (a stable sort keeps it).
  const domains = [...data.domains].sort((a, b) => groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group));
  for (const group of groupOrder) {
    const rows = domains.filter((d) => d.group === group);
    if (rows.length === 0) continue;
    parts.push(text(0, y + fontSize, groupNames[group].toUpperCase(), { class: 't-small t-muted t-strong' }));
    y += lineHeight + 4;
    for (const domain of rows) {
      const articles = domain.articles.length ? `Art. ${domain.articles.join(', ')}` : '';
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
            'data-tip': `${domain.domain}: ${wordingNames[domain.wording].toLowerCase()}${articles ? ` (${articles})` : ''}. ${domain.summary}`,
          },
          el('rect', { x: 0, y, width, height: rowHeight, class: 'hit' }),
          el('line', { x1: columns('binding')!, x2: columns('absent')!, y1: cy, y2: cy, class: 'grid-line' }),
          ...treatyWordings.map((w) => (w === domain.wording ? '' : el('circle', { cx: columns(w)!, cy, r: r - 2, class: 'slot' }))),
          textLines(0, y + fontSize + 3, lines, lineHeight, { class: domain.wording === 'absent' ? 'wording-absent-text' : '' }),
          wordingMark(domain.wording, columns(domain.wording)!, cy, r),
          !narrow && articles ? text(columnsRight + 8, cy + 4, articles, { class: 't-small t-muted' }) : '',
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
    parts.push(text(0, y + fontSize + 2, 'Set beside two other treaties', { class: 't-strong' }));
    y += lineHeight + 10;
    const compLabelWidth = narrow ? width * 0.38 : labelWidth;
    const treatyX = scaleBand<string>()
      .domain(treaties.map((t) => t.key))
      .range([compLabelWidth, narrow ? width : columnsRight + 100]);
    for (const t of treaties) {
      const lines = narrow ? [...t.short] : [t.name];
      parts.push(
        textLines(treatyX(t.key)! + treatyX.bandwidth() / 2, y + fontSize, lines, lineHeight, {
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
      const tip = `${row.provision}: ${treaties.map((t) => `${t.name}: ${answerNames[row[t.key].answer].toLowerCase()}, ${row[t.key].text}`).join(' · ')}`;
      parts.push(
        el(
          'g',
          { class: 'point', 'data-point': point++, 'data-tip': tip },
          el('rect', { x: 0, y, width, height: rowHeight, class: 'hit' }),
          textLines(0, y + fontSize + 2, lines, lineHeight, {}),
          ...treaties.map((t) => {
            const cx = treatyX(t.key)! + treatyX.bandwidth() / 2;
            return el(
              'g',
              {},
              answerMark(row[t.key].answer, cx, cy, r),
              text(cx, cy + r + fontSize + 1, fit(answerNames[row[t.key].answer], treatyX.bandwidth() - 2, fontSize - 1), {
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
    parts.push(text(width / 2, y + 20, 'No data', { 'text-anchor': 'middle', class: 't-muted' }));
    y += 30;
  }

  return svgDocument({
    id,
    width,
    height: y + 6,
    title: 'What the 2025 Russia–Iran treaty covers, and how firmly',
    description: describeTreaty(data),
    theme: options.theme,
    body: parts.join(''),
  });
}

export function describeTreaty(data: TreatyScopeData): string {
  const count = (w: TreatyDomain['wording']) => data.domains.filter((d) => d.wording === w);
  const names = (list: readonly TreatyDomainPoint[]) => list.map((d) => d.domain).join('; ');
  const binding = count('binding');
  const absent = count('absent');
  return [
    `Chart of ${data.domains.length} areas the treaty deals with, each placed by the strength of its wording.`,
    binding.length ? `Binding duties: ${names(binding)}.` : '',
    `${count('cooperation').length} areas carry a pledge to cooperate.`,
    absent.length ? `Not in the treaty: ${names(absent)}.` : '',
    data.comparison.length
      ? `Then ${data.comparison.length} provisions compared with Russia's 2024 treaty with North Korea and the 2001 Russia–Iran treaty.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}
