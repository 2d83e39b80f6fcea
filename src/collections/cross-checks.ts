// Checks across collections, made once everything has loaded: what an update names must exist
// and fall within the coverage, and every source must be cited somewhere. Pure functions, for
// the build (src/collections/queries.ts) and for the in-process content check (check.ts).
import { checkReferences, unusedSources } from '../lib/citations.ts';
import { isoDate } from '../lib/dates.ts';
import { siteFile, updatesFile } from './collections.ts';
import type { Update } from './schemas.ts';

/** `file:line` of a record when the line can be found (src/collections/locate.ts). */
export type At = (file: string, id: string) => string;

export interface UpdateReferences {
  chapters: ReadonlySet<string>;
  sources: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** The coverage date every page shows (content/site.yaml). */
  coverageUntil: Date;
}

/** Each update's chapters and sources exist, and an update (not a correction) is within the coverage. */
export function checkUpdates(updates: readonly { id: string; data: Update }[], known: UpdateReferences, at: At): void {
  for (const update of updates) {
    const owner = (field: string) => () => `${at(updatesFile, update.id)}, id "${update.id}", field "${field}"`;
    checkReferences(owner('chapters'), update.data.chapters, known.chapters, 'chapter');
    checkReferences(owner('sources'), update.data.sources, known.sources, 'source');
    // A development after the coverage date contradicts the coverage note every page shows.
    // (A correction is dated when we corrected, which may well be later.)
    if (update.data.type === 'update' && update.data.date > known.coverageUntil) {
      throw new Error(
        `${owner('date')()}: ${isoDate(update.data.date)} is after the coverage date in ${siteFile} (coverageUntil: ${isoDate(known.coverageUntil)}); correct the date or extend the coverage`,
      );
    }
  }
}

/** Fails when the bibliography holds a source that nothing cites, listing each with its file and line. */
export function checkAllCited(sources: readonly { id: string; file: string }[], used: ReadonlySet<string>, at: At): void {
  const unused = unusedSources(
    sources.map((s) => s.id),
    used,
  );
  if (unused.length === 0) return;
  const files = new Map(sources.map((s) => [s.id, s.file]));
  const list = unused.map((id) => `${at(files.get(id)!, id)}, id "${id}"`);
  throw new Error(`${unused.length} source(s) cited nowhere; cite them or remove them:\n  ${list.join('\n  ')}`);
}
