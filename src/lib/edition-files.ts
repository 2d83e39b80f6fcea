// The editions and where they go: shared by the export (tools/export/, which writes them), the
// /download/ page (which lists them) and the tests. public/download/ is build output: git ignores it.
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

export function downloadFiles(): Record<'pdf' | 'pdfLetter' | 'epub' | 'html', DownloadFile> {
  return {
    pdf: {
      name: 'russia-iran-explainer.pdf',
      format: 'PDF, A4',
      description: 'for printing and reading on screen; contents with page numbers, bookmarks, charts as vector graphics',
      mediaType: 'application/pdf',
    },
    pdfLetter: {
      name: 'russia-iran-explainer-letter.pdf',
      format: 'PDF, US Letter',
      description: 'the same, on US Letter paper',
      mediaType: 'application/pdf',
    },
    epub: {
      name: 'russia-iran-explainer.epub',
      format: 'EPUB 3',
      description: 'for e-readers; follows your reader’s font and size settings',
      mediaType: 'application/epub+zip',
    },
    html: {
      name: 'russia-iran-explainer.html',
      format: 'HTML, one file',
      description: 'the whole explainer in a single web page that opens from disk with no connection',
      mediaType: 'text/html',
    },
  };
}
