// Generated chapters for the build-scaling runs: the same site with 5, 50 or 200 chapters of
// made-up text. Each chapter looks like a real one to the build: front matter the schema accepts,
// about 1,100 words under `##` sections, a citation in every paragraph (so the citation plugin,
// the notes and the bibliography check all run) and one chart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface GeneratedChapter {
  slug: string;
  mdx: string;
}

export interface ChapterPlan {
  /** Every source id in the bibliography; the chapters cite them in turn, so all get cited. */
  sourceIds: string[];
  /**
   * The real chapters' slugs in reading order. The generated chapters take them first: updates,
   * timeline events and each chart's home (its embed canonical) name them, and the build checks that.
   */
  homeSlugs: string[];
  /** Chart id → the chapter it lives in on the real site. */
  chartHomes: Map<string, string>;
}

const sections = 6;
const paragraphsPerSection = 3;
const sentencesPerParagraph = 4;

const words = (
  'agreement alliance analysts border capital ceasefire channel commitment cooperation council court deal defence delegation ' +
  'delivery diplomat drone economy embassy energy envoy exports factory frontier grain government harbour industry ' +
  'intelligence investment leader market minister missile network officials parliament partnership pipeline port pressure ' +
  'programme province railway region report reserve route sanctions security shipment statement strategy summit supply ' +
  'talks territory trade treaty troops visit war weapons winter year'
).split(' ');
const verbs =
  'announced approved backed blocked confirmed denied discussed expanded financed limited opened reported signed slowed weighed'.split(' ');
const links = 'after before while although because since when until'.split(' ');

/** A small deterministic generator (mulberry32), so every run builds the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number): string {
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  const clause = () => `the ${pick(words)} ${pick(words)} ${pick(verbs)} the ${pick(words)} of the ${pick(words)}`;
  const text = `${clause()} ${pick(links)} ${clause()}`;
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

const title = (next: () => number, count: number) =>
  Array.from({ length: count }, () => words[Math.floor(next() * words.length)]!)
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase());

export function generateChapters(count: number, plan: ChapterPlan): GeneratedChapter[] {
  if (count < plan.homeSlugs.length)
    throw new Error(
      `bench: at least ${plan.homeSlugs.length} chapters (the real chapters' slugs are referenced by updates, timeline and charts)`,
    );
  const citationsNeeded = plan.sourceIds.length;
  // At least two a paragraph, and as many as the smallest run (the real chapters' count) needs to
  // cite every source of the bibliography; the same at every size, so the runs stay comparable.
  const citationsPerParagraph = Math.max(2, Math.ceil(citationsNeeded / (plan.homeSlugs.length * sections * paragraphsPerSection)));
  if (count * sections * paragraphsPerSection * citationsPerParagraph < citationsNeeded)
    throw new Error('bench: too few paragraphs to cite every source');
  const chartIds = [...plan.chartHomes.keys()];
  let cited = 0;
  const chapters: GeneratedChapter[] = [];
  for (let i = 0; i < count; i++) {
    const next = random(i + 1);
    const slug = plan.homeSlugs[i] ?? `generated-${String(i + 1).padStart(3, '0')}`;
    // A chapter the real site makes the home of charts keeps them (their canonical place); every
    // other chapter shows one of the charts in turn.
    const homeCharts = chartIds.filter((id) => plan.chartHomes.get(id) === slug);
    const shown = homeCharts.length ? homeCharts : [chartIds[i % chartIds.length]!];
    const body: string[] = [];
    for (let s = 0; s < sections; s++) {
      if (s > 0) body.push(`## ${title(next, 4)}`);
      for (let p = 0; p < paragraphsPerSection; p++) {
        const ids = Array.from({ length: citationsPerParagraph }, () => plan.sourceIds[cited++ % plan.sourceIds.length]!);
        const text = Array.from({ length: sentencesPerParagraph }, () => sentence(next)).join(' ');
        body.push(`${text}[@${[...new Set(ids)].join('; @')}]`);
        // The first section's paragraphs each hold the next chart, as a real chapter spreads them.
        if (s === 0 && p < shown.length) body.push(`<Chart id="${shown[p]}" />`);
      }
    }
    const frontMatter = [
      '---',
      `title: "Chapter ${i + 1}: ${title(next, 5)}"`,
      `order: ${i + 1}`,
      `standfirst: "${sentence(next)} ${sentence(next)}"`,
      `description: "${sentence(next).slice(0, 150)}"`,
      `takeaway: "${sentence(next)}"`,
      'published: 2026-11-22',
      'updated: 2026-11-22',
      '---',
    ];
    chapters.push({ slug, mdx: `${frontMatter.join('\n')}\n\n${body.join('\n\n')}\n` });
  }
  return chapters;
}

/** What the generator needs from the real content: the bibliography, the chapters' order, the charts' homes. */
export function chapterPlan(contentDir: string, homeSlugs: string[]): ChapterPlan {
  const sourcesDir = join(contentDir, 'sources');
  const sourceIds = readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => (parse(readFileSync(join(sourcesDir, name), 'utf8')) as { id: string }[]).map((source) => source.id))
    .sort();
  const chartHomes = new Map<string, string>();
  for (const slug of homeSlugs) {
    const mdx = readFileSync(join(contentDir, 'chapters', `${slug}.mdx`), 'utf8');
    for (const [, id] of mdx.matchAll(/<Chart\s+id="([^"]+)"/g)) chartHomes.set(id!, slug);
  }
  return { sourceIds, homeSlugs, chartHomes };
}
