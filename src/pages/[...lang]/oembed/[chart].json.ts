// /oembed/<chart>.json: a static oEmbed answer per chart (the query string a consumer adds is
// ignored, as on any static host). Discovery links on chapter and embed pages point here.
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds, type ChartId } from '../../../charts/registry.ts';
import { getChart } from '../../../charts/load.ts';
import { toStandaloneSvg } from '../../../charts/downloads.ts';
import { chartPublishers, publicationFor } from '../../../charts/publication.ts';
import { oembedFor } from '../../../embed/targets.ts';
import { inEveryLanguage, pageLang } from '../../../i18n/route.ts';

export const getStaticPaths = (() =>
  inEveryLanguage(() => chartIds.map((chart) => ({ params: { chart }, props: {} })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url }) => {
  const lang = pageLang(url);
  const chart = await getChart(params.chart as ChartId, lang);
  // The thumbnail is the PNG download: the stand-alone SVG drawn at twice its size.
  const svg = toStandaloneSvg(chart, await publicationFor(chart, site!, lang), lang);
  const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number) as [number, number, number];
  const body = oembedFor(chart, await chartPublishers(chart), site!, lang, { width: width * 2, height: height * 2 });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
