// A language's typeface inside a stand-alone file (the SVG download), where no page around it can
// load one: its @font-face rules with the subset faces as data: URLs. Cut once per build.
import { subsetFace, subsetPageNumbers } from './subset.ts';
import { fontFaceRule, fontStack, typefaces } from './typefaces.ts';
import type { Lang } from '../i18n/languages.ts';

const made = new Map<Lang, Promise<string[]>>();

/** One @font-face rule per face (in `typefaces[lang].faces` order), each carrying its face as a data: URL. */
function embeddedRules(lang: Lang, root: string): Promise<string[]> {
  const typeface = typefaces[lang];
  if (!typeface) return Promise.resolve([]);
  let rules = made.get(lang);
  if (!rules) {
    rules = Promise.all(
      typeface.faces.map(async (face) => {
        const data = Buffer.from(await subsetFace(root, lang, typeface, face)).toString('base64');
        return fontFaceRule(typeface, face, `data:font/woff2;base64,${data}`);
      }),
    );
    made.set(lang, rules);
  }
  return rules;
}

/** @font-face rules carrying the faces themselves, or '' for a language that uses the system fonts. */
export async function embeddedFontFaces(lang: Lang, root = process.cwd()): Promise<string> {
  return (await embeddedRules(lang, root)).join('');
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
  const rules = await embeddedRules(lang, root);
  const regularRule = rules[typeface.faces.findIndex((face) => face.weight === 400)]!;
  const numbers = typeface.pageNumbers;
  const numbersRule = numbers
    ? fontFaceRule(
        { family: numbers.family },
        { weight: 400 },
        `data:font/woff2;base64,${Buffer.from(await subsetPageNumbers(root, numbers.source)).toString('base64')}`,
      )
    : '';
  const pageFurniture: PageFurnitureFonts = {
    css: regularRule + numbersRule,
    header: stack,
    footer: numbers ? `${numbers.family}, ${stack}` : stack,
  };
  return {
    documentCss: `${rules.join('')}html:root{--font-text:${stack};--font-ui:${stack}}`,
    pageFurniture,
    epub: {
      fonts: fonts.map(({ name, data, mediaType }) => ({ name, data, mediaType })),
      css: `${fonts.map(({ name, face }) => fontFaceRule(typeface, face, `fonts/${name}`)).join('\n')}\nbody{font-family:${stack}}\n`,
    },
  };
}
