import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusedSourceSchema, sourceSchema, type Source } from './schemas.ts';
import {
  checkRefusedSources,
  hostOf,
  onDomain,
  readRefusedDomains,
  refusedDomainFor,
  refusedUses,
  type RefusedDomain,
} from './refused-sources.ts';
import { parseYamlRecords, type YamlRecord } from './yaml-records.ts';

const refused = (domain: string, line = 1): RefusedDomain => ({
  id: domain.replace(/\./g, '-'),
  data: { domain, category: domain.includes('pravda') ? 'pravda-network' : 'wikipedia', reason: `Reason for ${domain}.` },
  file: 'content/refused-sources.yaml',
  line,
});
const list = [refused('wikipedia.org', 5), refused('news-pravda.com', 9), refused('wiki.av1.space', 13)];
const refuses = (url: string) => refusedDomainFor(url, list)?.data.domain;

describe('refused domains: a domain and its subdomains, nothing else', () => {
  it.each([
    ['https://en.wikipedia.org/wiki/Treaty_of_Gulistan', 'wikipedia.org'],
    ['https://en.m.wikipedia.org/wiki/Lenta.ru', 'wikipedia.org'],
    ['https://wikipedia.org/', 'wikipedia.org'],
    ['https://EN.WIKIPEDIA.ORG./wiki/X', 'wikipedia.org'],
    ['https://news-pravda.com/world/2025/01/17/985538.html', 'news-pravda.com'],
    ['https://usa.news-pravda.com/world/2025/01/19/90011.html', 'news-pravda.com'],
    ['https://dprk.news-pravda.com/en/world/2025/04/21/5170.html', 'news-pravda.com'],
    ['http://news-pravda.com:8080/x', 'news-pravda.com'],
    ['https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/X', 'wiki.av1.space'],
  ])('refuses %s (%s)', (url, domain) => expect(refuses(url)).toBe(domain));

  it.each([
    // Lookalikes: the same letters, another domain.
    'https://www.pravda.com.ua/eng/news/2024/09/10/7474258/',
    'https://notwikipedia.org/wiki/X',
    'https://wikipedia.org.example.com/wiki/X',
    'https://fakenews-pravda.com/x',
    'https://news-pravda.com.evil.example/x',
    'https://av1.space/x',
    'https://iranicaonline.org/articles/anglo-russian-convention-of-1907',
    // A refused domain in the path or the query is not the host.
    'https://example.com/https://en.wikipedia.org/wiki/X',
    'https://example.com/?ref=wikipedia.org',
    'not a url',
  ])('does not refuse %s', (url) => expect(refuses(url)).toBeUndefined());

  it('reads hosts as a browser does', () => {
    expect(hostOf('https://user:pass@Sub.Example.COM:443/path')).toBe('sub.example.com');
    expect(hostOf('mailto:someone')).toBe('');
    expect(onDomain('a.b.example.com', 'example.com')).toBe(true);
    expect(onDomain('example.com', 'a.example.com')).toBe(false);
  });

  it('gives the most specific entry when two match', () => {
    const nested = [refused('example.org'), refused('copy.example.org')];
    expect(refusedDomainFor('https://x.copy.example.org/', nested)?.data.domain).toBe('copy.example.org');
  });
});

describe('the build check', () => {
  const sourcesYaml = [
    '- id: tass-ok',
    '  title: "Treaty"',
    '  publisher: TASS',
    '  kind: wire',
    '  ownership: russia-state',
    '  url: https://tass.com/politics/1940345',
    '- id: wiki-copy',
    '  title: "Gilan"',
    '  publisher: WikiSum',
    '  kind: aggregator',
    '  original:',
    '    publisher: English Wikipedia',
    '    url: https://en.wikipedia.org/wiki/Gilan',
    '  url: https://wikisum.wiki/wiki/Gilan_Republic',
    '- id: ukrainska-pravda',
    '  title: "Missiles"',
    '  publisher: Ukrainska Pravda',
    '  kind: online',
    '  url: https://www.pravda.com.ua/eng/news/2024/09/10/7474258/',
  ].join('\n');
  const sources: YamlRecord<Source>[] = parseYamlRecords(sourcesYaml, 'content/sources/x.yaml', sourceSchema);

  it('finds the url and the original.url of a source, and passes a lookalike', () => {
    const uses = refusedUses(sources, [...list, refused('wikisum.wiki', 17)]);
    expect(uses.map((u) => [u.source.id, u.field, u.refused.data.domain])).toEqual([
      ['wiki-copy', 'url', 'wikisum.wiki'],
      ['wiki-copy', 'original.url', 'wikipedia.org'],
    ]);
  });

  it('fails with the file, line, id, field, domain and reason of every use', () => {
    expect(() => checkRefusedSources(sources, [...list, refused('wikisum.wiki', 17)])).toThrow(
      'content/sources/x.yaml:7, id "wiki-copy": field "url" is on the refused domain wikisum.wiki (content/refused-sources.yaml:17, wikipedia): Reason for wikisum.wiki.',
    );
    expect(() => checkRefusedSources(sources, [...list, refused('wikisum.wiki', 17)])).toThrow(
      'content/sources/x.yaml:7, id "wiki-copy": field "original.url" is on the refused domain wikipedia.org (content/refused-sources.yaml:5, wikipedia): Reason for wikipedia.org.',
    );
    expect(() => checkRefusedSources(sources.slice(0, 1), list)).not.toThrow();
  });
});

describe('the refused list itself', () => {
  const entry = { domain: 'wikipedia.org', category: 'wikipedia', reason: 'Not a source.' };
  it('accepts a plain domain and refuses anything else', () => {
    expect(refusedSourceSchema.safeParse(entry).success).toBe(true);
    for (const domain of [
      'https://wikipedia.org',
      'wikipedia.org/wiki',
      'Wikipedia.org',
      'www.wikipedia.org',
      'wikipedia',
      '*.wikipedia.org',
      '',
    ]) {
      expect(refusedSourceSchema.safeParse({ ...entry, domain }).success, domain).toBe(false);
    }
    expect(refusedSourceSchema.safeParse({ ...entry, category: 'blog' }).success).toBe(false);
    expect(refusedSourceSchema.safeParse({ ...entry, reason: '' }).success).toBe(false);
    expect(refusedSourceSchema.safeParse({ ...entry, why: 'typo' }).success).toBe(false);
  });

  const withList = (text: string, run: (root: string) => void) => {
    const root = mkdtempSync(join(tmpdir(), 'refused-'));
    try {
      mkdirSync(join(root, 'content'));
      writeFileSync(join(root, 'content/refused-sources.yaml'), text);
      run(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  const record = (id: string, domain: string) => `- id: ${id}\n  domain: ${domain}\n  category: wikipedia-mirror\n  reason: "A copy."\n`;

  it('refuses a domain listed twice, or inside another listed domain', () => {
    withList(record('a', 'wikipedia.org') + record('b', 'wikipedia.org'), (root) =>
      expect(() => readRefusedDomains(root)).toThrow(
        'content/refused-sources.yaml:1, id "a": field "domain" wikipedia.org is listed twice (content/refused-sources.yaml:5); remove one of them',
      ),
    );
    withList(record('a', 'wikipedia.org') + record('b', 'en.wikipedia.org'), (root) =>
      expect(() => readRefusedDomains(root)).toThrow(
        'content/refused-sources.yaml:5, id "b": field "domain" en.wikipedia.org is already covered by wikipedia.org (content/refused-sources.yaml:1)',
      ),
    );
  });

  it('names the line and field of a bad record', () => {
    withList(
      record('a', 'wikipedia.org') + '- id: b\n  domain: https://wikimili.com/\n  category: wikipedia-mirror\n  reason: "A mirror."\n',
      (root) =>
        expect(() => readRefusedDomains(root)).toThrow(
          'content/refused-sources.yaml:5 (record 2), id "b": field "domain" must be a domain name in lower case',
        ),
    );
  });

  it('the real list parses, and refuses every domain named in the brief', () => {
    const real = readRefusedDomains(process.cwd());
    for (const url of [
      'https://en.wikipedia.org/wiki/X',
      'https://wiki.av1.space/x',
      'https://wikisum.wiki/x',
      'https://wikimili.com/x',
      'https://www.liquisearch.com/x',
      'https://usa.news-pravda.com/x',
    ]) {
      expect(refusedDomainFor(url, real), url).toBeDefined();
    }
    expect(refusedDomainFor('https://www.pravda.com.ua/eng/news/', real)).toBeUndefined();
    expect(refusedDomainFor('https://iranicaonline.org/articles/x', real)).toBeUndefined();
  });
});
