// One entry per page: two bibliography entries for the same address would list one page twice on
// /sources/, give it two note numbers and split its back-links. Addresses are compared as a
// reader would see them: scheme, "www.", case of the host, a trailing slash and the fragment do
// not make another page.
import type { Source } from './schemas.ts';
import { ContentError, type YamlRecord } from './yaml-records.ts';

/** The address as a page identity: https, host without "www." and in lower case, no fragment, no trailing slash. */
export function pageKey(url: string): string {
  const parsed = new URL(url);
  const host = parsed.host.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${host}${path}${parsed.search}`;
}

export function checkOnePagePerSource(sources: readonly YamlRecord<Source>[]): void {
  const seen = new Map<string, YamlRecord<Source>>();
  for (const source of sources) {
    const key = pageKey(source.data.url);
    const other = seen.get(key);
    if (other) {
      throw new ContentError(
        `${source.file}:${source.line}, id "${source.id}": field "url" is the page of id "${other.id}" (${other.file}:${other.line}); cite that entry instead`,
      );
    }
    seen.set(key, source);
  }
}
