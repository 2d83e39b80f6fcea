// The editions and where they go: shared by the export (tools/export/, which writes them), the
// /download/ page (which lists them) and the tests. public/download/ is build output: git ignores it.
// Each language has its editions: English in public/download/, the others in public/download/<lang>/.
import { defaultLang, strings, type Lang, type UiStrings } from '../i18n/index.ts';

export const downloadDir = 'public/download';
/** Where a language's editions go, from the project root, and (without `public/`) where the site serves them. */
export const downloadDirFor = (lang: Lang) => (lang === defaultLang ? downloadDir : `${downloadDir}/${lang}`);
/** A language's editions as the site serves them, relative to its base: `download/ru/<name>`. */
export const downloadPath = (lang: Lang, name: string) => `${downloadDirFor(lang).replace(/^public\//, '')}/${name}`;
export const manifestFileFor = (lang: Lang) => `${downloadDirFor(lang)}/files.json`;
export const manifestFile = manifestFileFor(defaultLang);

export interface DownloadFile {
  name: string;
  format: string;
  /** What a reader gets, in a few words. */
  description: string;
  mediaType: string;
}

export interface DownloadManifest {
  /** The edition's date, YYYY-MM-DD. */
  edition: string;
  files: (DownloadFile & { bytes: number })[];
}

/** The editions of a language, with their format and description in its words (src/i18n/). */
export function downloadFiles(lang: Lang = defaultLang): Record<keyof UiStrings['download']['files'], DownloadFile> {
  const file = (key: keyof UiStrings['download']['files'], name: string, mediaType: string) => ({
    name,
    ...strings(lang).download.files[key],
    mediaType,
  });
  return {
    pdf: file('pdf', 'russia-iran-explainer.pdf', 'application/pdf'),
    pdfLetter: file('pdfLetter', 'russia-iran-explainer-letter.pdf', 'application/pdf'),
    epub: file('epub', 'russia-iran-explainer.epub', 'application/epub+zip'),
    html: file('html', 'russia-iran-explainer.html', 'text/html'),
  };
}
