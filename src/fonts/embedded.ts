// A language's typeface inside a stand-alone file (the SVG download), where no page around it can
// load one: its @font-face rules with the subset faces as data: URLs. Cut once per build.
import { subsetFace, subsetPageNumbers } from './subset.ts';
import { fontFaceRule, fontStack, typefaces } from './typefaces.ts';
import type { Lang } from '../i18n/languages.ts';

const made = new Map<Lang, Promise<string>>();

/** @font-face rules carrying the faces themselves, or '' for a language that uses the system fonts. */
export function embeddedFontFaces(lang: Lang, root = process.cwd()): Promise<string> {
  const typeface = typefaces[lang];
  if (!typeface) return Promise.resolve('');
  let css = made.get(lang);
  if (!css) {
    css = Promise.all(
      typeface.faces.map(async (face) => {
        const data = Buffer.from(await subsetFace(root, lang, typeface, face)).toString('base64');
        return fontFaceRule(typeface, face, `data:font/woff2;base64,${data}`);
      }),
    ).then((rules) => rules.join(''));
    made.set(lang, css);
  }
  return css;
}

/**
 * The PDF's running header and footer, which Chromium draws apart from the document: the font
 * stack of each, and the @font-face rules they need. Chromium draws a template in a face only when
 * the template declares it and the document has loaded it: tools/export/pdf.ts adds these rules
 * to the document it prints (not to the one-file HTML, which has no page numbers) and loads them.
 */
export interface PageFurnitureFonts {
  css: string;
  header: string;
  footer: string;
}

const systemFurniture: PageFurnitureFonts = { css: '', header: 'system-ui, sans-serif', footer: 'system-ui, sans-serif' };

/**
 * For the editions: the one-file HTML and the PDF printed from it get the faces inside the
 * document (they open from disk) and the language's font stack; the PDF's header and footer get
 * the regular face and the page-numbers cut, so the title is in the face and the page numbers are
 * in the language's digits; the EPUB gets the face files to package and the rules that name them.
 */
export async function editionFonts(
  lang: Lang,
  root = process.cwd(),
): Promise<{
  documentCss: string;
  pageFurniture: PageFurnitureFonts;
  epub: { fonts: { name: string; data: Uint8Array; mediaType: 'font/woff2' }[]; css: string };
}> {
  const typeface = typefaces[lang];
  if (!typeface) return { documentCss: '', pageFurniture: systemFurniture, epub: { fonts: [], css: '' } };
  const stack = fontStack(lang)!;
  const fonts = await Promise.all(
    typeface.faces.map(async (face) => ({
      face,
      name: face.file.replace(/^fonts\//, ''),
      data: await subsetFace(root, lang, typeface, face),
      mediaType: 'font/woff2' as const,
    })),
  );
  const regular = typeface.faces.find((face) => face.weight === 400)!;
  const regularRule = fontFaceRule(
    typeface,
    regular,
    `data:font/woff2;base64,${Buffer.from(await subsetFace(root, lang, typeface, regular)).toString('base64')}`,
  );
  const numbers = typeface.pageNumbers;
  const numbersRule = numbers
    ? `@font-face{font-family:'${numbers.family}';src:url(data:font/woff2;base64,${Buffer.from(await subsetPageNumbers(root, numbers.source)).toString('base64')}) format('woff2');font-weight:400;font-style:normal}`
    : '';
  const pageFurniture: PageFurnitureFonts = {
    css: regularRule + numbersRule,
    header: stack,
    footer: numbers ? `'${numbers.family}', ${stack}` : stack,
  };
  return {
    documentCss: `${await embeddedFontFaces(lang, root)}html:root{--font-text:${stack};--font-ui:${stack}}`,
    pageFurniture,
    epub: {
      fonts: fonts.map(({ name, data, mediaType }) => ({ name, data, mediaType })),
      css: `${fonts.map(({ name, face }) => fontFaceRule(typeface, face, `fonts/${name}`)).join('\n')}\nbody{font-family:${stack}}\n`,
    },
  };
}
