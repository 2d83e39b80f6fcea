// A language edition as the build loaded and checked it (src/content.config.ts: editions): its
// translated words by English file. The queries (pages) and the chart loader both read it here.
import { getEntry } from 'astro:content';
import { defaultLang, type Lang } from '../i18n/languages.ts';

export interface EditionData {
  documents: Record<string, { file: string; data: Record<string, string> }>;
  /** By English file, then record id: the translated text fields. */
  records: Record<string, Record<string, Record<string, unknown>>>;
  sources: Record<string, { title?: string; note?: string }>;
  /** Organisations the language spells its own way, by English name (content/glossary.yaml): TASS → «ТАСС». */
  names: Record<string, string>;
}

/** A language's edition, or nothing for the default language (English is the original). */
export async function getEdition(lang: Lang): Promise<EditionData | undefined> {
  if (lang === defaultLang) return undefined;
  const entry = await getEntry('editions', lang);
  if (!entry) throw new Error(`content/${lang}/: no edition was loaded for "${lang}"`);
  return entry.data as EditionData;
}
