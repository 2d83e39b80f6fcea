// /data/<chart-id>.csv, .json, .svg and .png for every chart in the registry, and .geojson for a
// chart that draws a map; /<lang>/data/… the same in each other language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds, type ChartId } from '../../../charts/registry.ts';
import { getChart } from '../../../charts/load.ts';
import { toCsv, toGeoJson, toJson, toPng, toStandaloneSvg } from '../../../charts/downloads.ts';
import { embeddedFontFaces } from '../../../fonts/embedded.ts';
import { publicationFor } from '../../../charts/publication.ts';
import { inEveryLanguage, pageLang } from '../../../i18n/route.ts';

const formats = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  geojson: 'application/geo+json; charset=utf-8',
} as const;
type Format = keyof typeof formats;

export const getStaticPaths = (async () => {
  const paths: { params: { file: string }; props: { id: ChartId; format: Format } }[] = [];
  for (const id of chartIds) {
    const chart = await getChart(id);
    for (const format of Object.keys(formats) as Format[])
      if (format !== 'geojson' || chart.geojson) paths.push({ params: { file: `${id}.${format}` }, props: { id, format } });
  }
  // In every language: the same data, with the headers, labels and notes in that language.
  return inEveryLanguage(() => paths);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: ChartId; format: Format }> = async ({ props, site, url }) => {
  const lang = pageLang(url);
  const chart = await getChart(props.id, lang);
  const publication = await publicationFor(chart, site!, lang);
  const body =
    props.format === 'csv'
      ? toCsv(chart, publication, lang)
      : props.format === 'json'
        ? toJson(chart, publication, lang)
        : props.format === 'geojson'
          ? toGeoJson(chart, publication, lang)
          : props.format === 'svg'
            ? toStandaloneSvg(chart, publication, lang, 'light', await embeddedFontFaces(lang))
            : new Uint8Array(toPng(toStandaloneSvg(chart, publication, lang)));
  return new Response(body, { headers: { 'Content-Type': formats[props.format] } });
};
