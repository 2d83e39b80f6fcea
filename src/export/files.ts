// The editions and where they go: shared by the export (which writes them), the /download/ page
// (which lists them) and the tests.
import { defaultLang, strings, type Lang } from '../i18n/index.ts';

export const downloadDir = 'public/download';
export const manifestFile = `${downloadDir}/files.json`;

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
export function downloadFiles(lang: Lang = defaultLang): Record<'pdf' | 'pdfLetter' | 'epub' | 'html', DownloadFile> {
  const words = strings(lang).download.files;
  return {
    pdf: { name: 'russia-iran-explainer.pdf', ...words.pdf, mediaType: 'application/pdf' },
    pdfLetter: { name: 'russia-iran-explainer-letter.pdf', ...words.pdfLetter, mediaType: 'application/pdf' },
    epub: { name: 'russia-iran-explainer.epub', ...words.epub, mediaType: 'application/epub+zip' },
    html: { name: 'russia-iran-explainer.html', ...words.html, mediaType: 'text/html' },
  };
}
