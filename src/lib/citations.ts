// Pure citation bookkeeping, shared by the pages and the unit tests.
import type { CitedSource } from '../markdown/remark-citations.ts';
import type { Source } from '../collections/schemas.ts';

export interface Note extends CitedSource {
  source: Source;
}

/** Pairs each cited id with its source; an id the bibliography lacks fails the build. */
export function resolveCitations(cited: readonly CitedSource[], sources: ReadonlyMap<string, Source>, file: string): Note[] {
  return cited.map((citation) => {
    const source = sources.get(citation.id);
    if (!source) {
      throw new Error(
        `${file}:${citation.line}: cites unknown source "${citation.id}" (note ${citation.n}); add it to content/sources/ or correct the id`,
      );
    }
    return { ...citation, source };
  });
}

/** Ids in the bibliography that nothing cites. Each must be cited or removed. */
export function unusedSources(all: Iterable<string>, used: ReadonlySet<string>): string[] {
  return [...all].filter((id) => !used.has(id)).sort();
}

/**
 * Checks ids one record refers to (sources, chapters). `owner` names the record and field; it may
 * be a function, so that finding the record's line costs nothing unless the check fails.
 */
export function checkReferences(
  owner: string | (() => string),
  ids: readonly string[],
  known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  what: string,
): void {
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new Error(`${typeof owner === 'string' ? owner : owner()}: unknown ${what} ${missing.map((id) => `"${id}"`).join(', ')}`);
  }
}
