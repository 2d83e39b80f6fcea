// A language's typeface inside a stand-alone file (the SVG download), where no page around it can
// load one: its @font-face rules with the subset faces as data: URLs. Cut once per build.
import { subsetFace } from './subset.ts';
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
 * For the editions: the one-file HTML and the PDF printed from it get the faces inside the
 * document (they open from disk) and the language's font stack; the EPUB gets the face files to
 * package and the rules that name them.
 */
export async function editionFonts(
  lang: Lang,
  root = process.cwd(),
): Promise<{
  documentCss: string;
  epub: { fonts: { name: string; data: Uint8Array; mediaType: 'font/woff2' }[]; css: string };
}> {
  const typeface = typefaces[lang];
  if (!typeface) return { documentCss: '', epub: { fonts: [], css: '' } };
  const stack = fontStack(lang)!;
  const fonts = await Promise.all(
    typeface.faces.map(async (face) => ({
      face,
      name: face.file.replace(/^fonts\//, ''),
      data: await subsetFace(root, lang, typeface, face),
      mediaType: 'font/woff2' as const,
    })),
  );
  return {
    documentCss: `${await embeddedFontFaces(lang, root)}html:root{--font-text:${stack};--font-ui:${stack}}`,
    epub: {
      fonts: fonts.map(({ name, data, mediaType }) => ({ name, data, mediaType })),
      css: `${fonts.map(({ name, face }) => fontFaceRule(typeface, face, `fonts/${name}`)).join('\n')}\nbody{font-family:${stack}}\n`,
    },
  };
}
