// Domains the project never cites (content/refused-sources.yaml: the "Pravda" network, Wikipedia
// and its copies), and the check that no source comes from one. Pure functions over parsed
// records, shared by the sources loader (content.config.ts), the sources report
// (scripts/sources-report.ts) and the unit tests; plain Node can import it.
import { refusedSourceSchema, type RefusedSource, type Source } from './schemas.ts';
import { ContentError, readYamlRecords, type YamlRecord } from './yaml-records.ts';

export const refusedSourcesFile = 'content/refused-sources.yaml';

export type RefusedDomain = YamlRecord<RefusedSource>;

/** The host of an http(s) URL in lower case, without a trailing dot; undefined if it is not a URL. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

/** Whether `host` is `domain` itself or one of its subdomains (label by label: notwikipedia.org is not wikipedia.org). */
export function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The refused entry a URL falls under, if any (the longest matching domain, so the most specific reason). */
export function refusedDomainFor<T extends Pick<RefusedDomain, 'data'>>(url: string, refused: readonly T[]): T | undefined {
  const host = hostOf(url);
  if (host === undefined) return undefined;
  return refused.filter((entry) => onDomain(host, entry.data.domain)).sort((a, b) => b.data.domain.length - a.data.domain.length)[0];
}

/**
 * Reads and checks the refused list: each record against its schema (file, line, field), and no
 * domain listed twice or inside another listed domain, where one of the two would never be used.
 */
export function readRefusedDomains(root: string, file = refusedSourcesFile): RefusedDomain[] {
  const records = readYamlRecords(root, file, refusedSourceSchema);
  for (const record of records) {
    const wider = records.find((other) => other !== record && onDomain(record.data.domain, other.data.domain));
    if (wider) {
      const what = wider.data.domain === record.data.domain ? 'is listed twice' : `is already covered by ${wider.data.domain}`;
      throw new ContentError(
        `${record.file}:${record.line}, id "${record.id}": field "domain" ${record.data.domain} ${what} (${wider.file}:${wider.line}); remove one of them`,
      );
    }
  }
  return records;
}

export interface RefusedUse {
  source: YamlRecord<Source>;
  field: 'url' | 'original.url';
  url: string;
  refused: RefusedDomain;
}

/** Every source field that points at a refused domain, in file order. */
export function refusedUses(sources: readonly YamlRecord<Source>[], refused: readonly RefusedDomain[]): RefusedUse[] {
  const uses: RefusedUse[] = [];
  for (const source of sources) {
    const fields: [RefusedUse['field'], string | undefined][] = [
      ['url', source.data.url],
      ['original.url', source.data.original?.url],
    ];
    for (const [field, url] of fields) {
      const match = url === undefined ? undefined : refusedDomainFor(url, refused);
      if (match) uses.push({ source, field, url: url!, refused: match });
    }
  }
  return uses;
}

/** One line per use: where the source is, which field, which domain, and why it is refused. */
export function describeRefusedUse({ source, field, refused }: RefusedUse): string {
  return (
    `${source.file}:${source.line}, id "${source.id}": field "${field}" is on the refused domain ${refused.data.domain} ` +
    `(${refused.file}:${refused.line}, ${refused.data.category}): ${refused.data.reason}`
  );
}

/** Fails (with every use listed) when any source comes from a refused domain. */
export function checkRefusedSources(sources: readonly YamlRecord<Source>[], refused: readonly RefusedDomain[]): void {
  const uses = refusedUses(sources, refused);
  if (uses.length === 0) return;
  throw new ContentError(
    `${uses.length} source field(s) on domains this explainer refuses (${refusedSourcesFile}); cite the original report, the official text or a reference work instead:\n  ${uses.map(describeRefusedUse).join('\n  ')}`,
  );
}
