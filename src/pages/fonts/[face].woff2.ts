// /fonts/<family>-<weight>.woff2: a language's typeface cut to the characters its edition writes
// (src/fonts/subset.ts). One file per face for every page of the language, so a reader's browser
// and the offline copy keep one.
import type { APIRoute, GetStaticPaths } from 'astro';
import { servedFaces, type Face, type Typeface } from '../../fonts/typefaces.ts';
import { subsetFace } from '../../fonts/subset.ts';
import type { Lang } from '../../i18n/languages.ts';

interface Props {
  lang: Lang;
  typeface: Typeface;
  face: Face;
}

export const getStaticPaths = (() =>
  servedFaces.map(({ lang, typeface, face }) => ({
    params: { face: face.file.replace(/^fonts\//, '').replace(/\.woff2$/, '') },
    props: { lang, typeface, face },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(Buffer.from(await subsetFace(process.cwd(), props.lang, props.typeface, props.face)), {
    headers: { 'Content-Type': 'font/woff2' },
  });
