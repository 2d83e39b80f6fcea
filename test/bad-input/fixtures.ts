// The bad-input fixtures: each breaks one content file the way an editor might, and names the
// message the build must then fail with. A message names the file, the line (or the row), and
// the field or id at fault. Edits are made on the real files (apply.ts refuses an edit whose text
// is no longer there), so the fixtures follow the content.
// Messages say {line} for the line the edit lands on and {record} for the first line of the YAML
// record it lands in, both worked out from the real file (apply.ts), so they follow the content.
// A literal number is a line the edit does not move (front matter starts at line 1).
//
// Each fixture runs in one tier. Most run in process (in-process.test.ts): the broken copy of the
// content goes through the build's own readers and checks (src/collections/check.ts) in milliseconds.
// A few, marked `tier: 'build'`, run a real `astro build` instead (real-build.build.ts), one for
// each way a file reaches the build, to prove the wiring from file to build error.

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { chartIds } from '../../src/charts/registry.ts';

/** A literal replacement (the text must occur exactly once), text added at the end, or a new file. */
export type Edit = { find: string; replace: string } | { append: string } | { create: string };

export interface Fixture {
  name: string;
  /** The file the edit changes or creates, from the project root. */
  file: string;
  edit: Edit;
  /** What the failed build must print: a literal line or a precise pattern; {line} and {record} are filled in. */
  expect: string | RegExp;
  /** Runs as a real build, not in process; `proves` says which path from file to build error it stands for. */
  tier?: 'build';
  proves?: string;
}

export type Tier = 'process' | 'build';
export const tierOf = (fixture: Fixture): Tier => fixture.tier ?? 'process';

const syria = 'content/chapters/syria.mdx';
const treatyChapter = 'content/chapters/treaty.mdx';
const treatySources = 'content/sources/treaty-and-after.yaml';
const chronology = 'content/sources/chronology.yaml';
const updates = 'content/updates.yaml';
const tiv = 'content/data/arms-tiv.csv';
const deals = 'content/data/arms-deals.csv';
const timeline = 'content/data/timeline.yaml';
const versions = 'content/embeds/versions.yaml';
const site = 'content/site.yaml';
const refusedList = 'content/refused-sources.yaml';

// Real records the edits change.
const tiv1990 = '1990,russia-to-iran,Soviet Union,Iran,339,sipri-table,sipri-tiv-soviet-union-exports-1950-2021';
const kiloRow =
  'kilo-submarines,russia-to-iran,1992,Kilo-class submarines,Three Kilo-class (Project 877EKM) diesel-electric submarines,delivered 1992–96,delivered,high,';
const kiloSources = ',csmonitor-1992-submarines;crs-1998-iran-arms-acquisitions;sipri-trade-register-2025-release';
const rudenko =
  '- id: tass-rudenko-duma-2025-04-08\n  title: "Deputy Foreign Minister Andrey Rudenko presents the Russia–Iran treaty to the State Duma"\n  publisher: TASS\n  date: 2025-04-08\n  url: https://tass.com/politics/1940345';
/** The line a record starts on in a file as it is now, for messages about a record the edit does not touch. */
const lineOf = (file: string, record: string) => readFileSync(file, 'utf8').split('\n').indexOf(record) + 1;
// A new source appended to a sources file, complete but for what a fixture leaves out or breaks.
const newSource = (id: string, fields: string) => `\n- id: ${id}\n  title: "A page added by a fixture"\n${fields}`;
const treatyInForce = '- id: treaty-in-force\n  date: 2025-10-02\n  type: update\n  chapters: [treaty]';
const bushehr = '- id: 1995-bushehr-contract\n  date: "1995-01"\n  title: Russia agrees to finish the Bushehr reactor';
const bushehrTail = '  category: nuclear\n  chapter: historic-rivals\n  confidence: high\n  sources: [newrepublic-putins-game]';
const goreTail =
  '  chapter: historic-rivals\n  confidence: medium\n  sources: [strategypage-iran-2000-02-23, jamestown-2000-moscow-withdraws-arms-agreement-tl]';
const syriaCitation = "Syria's war began in March 2011.[@ap-explainer-2025]";
const treatyChart = '<Chart id="treaty-scope" />';
// The English timeline embed's next version number, from the list as it is, so freezing a new version
// does not turn these fixtures into good input.
// How many publishers the Russian edition renders, so the fixture below names the entry it adds.
const publisherEntries = (parse(readFileSync('content/ru/publishers.yaml', 'utf8')) as unknown[]).length;
// English versions only: each language's run on their own (entries with a lang).
const nextTimeline =
  (parse(readFileSync(versions, 'utf8')) as { chart: string; lang?: string }[]).filter((v) => v.chart === 'timeline' && !v.lang).length + 1;
const timelineEntry = (version: number) =>
  `\n- id: timeline-v${version}\n  chart: timeline\n  version: ${version}\n  frozen: 2026-11-23\n  note: "Corrects a date."\n`;

export const fixtures: Fixture[] = [
  // ---------------------------------------------------------------- chapters (MDX)
  {
    name: 'chapter: required field missing',
    tier: 'build',
    proves: 'a front-matter field: the chapters collection and its MDX check',
    file: syria,
    edit: {
      find: 'takeaway: "In Syria, Russia and Iran fought side by side for years to keep Bashar Assad in power, but they could not prevent his sudden fall in December 2024."\n',
      replace: '',
    },
    expect: 'content/chapters/syria.mdx:1: field "takeaway" is missing',
  },
  {
    name: 'chapter: text where a number belongs',
    file: syria,
    edit: { find: 'order: 2\n', replace: 'order: two\n' },
    expect: 'content/chapters/syria.mdx:{line}: field "order" must be a number, not text "two"',
  },
  {
    name: 'chapter: misspelt field',
    file: syria,
    edit: { find: 'standfirst: "Syria', replace: 'standfrist: "Syria' },
    expect: 'content/chapters/syria.mdx:{line}: field "standfirst" is missing; unknown field "standfrist" (check its spelling)',
  },
  {
    // Passed silently before: JavaScript reads 2026-02-30 as 2 March.
    name: 'chapter: date that does not exist',
    file: syria,
    edit: { find: 'published: 2026-11-22', replace: 'published: 2026-02-30' },
    expect: 'content/chapters/syria.mdx:{line}: field "published" is not a real calendar date (2026-02-30)',
  },
  {
    name: 'chapter: date out of range',
    file: syria,
    edit: { find: 'updated: 2026-12-03', replace: 'updated: 2206-12-03' },
    expect: 'content/chapters/syria.mdx:{line}: field "updated" must be a real date between 2025 and 2100',
  },
  {
    name: 'chapter: two chapters with the same order',
    file: syria,
    edit: { find: 'order: 2\n', replace: 'order: 1\n' },
    expect: 'content/chapters/syria.mdx:{line}: field "order" is 1, expected 2 (orders must run 1, 2, 3… without gaps or repeats)',
  },
  {
    name: 'chapter: citation of a source that does not exist',
    tier: 'build',
    proves:
      'a citation: resolved against the bibliography as the build loads the content (the editions collection checks the English first), with the message the page render gives',
    file: syria,
    edit: { find: syriaCitation, replace: syriaCitation.replace('2025]', '2052]') },
    expect:
      'content/chapters/syria.mdx:{line}: cites unknown source "ap-explainer-2052" (note 2); add it to content/sources/ or correct the id',
  },
  {
    name: 'chapter: malformed citation',
    file: syria,
    edit: { find: syriaCitation, replace: "Syria's war began in March 2011.[@ AP explainer]" },
    expect: 'content/chapters/syria.mdx:{line}: malformed citation "[@ AP explainer]": write [@source-id] or [@one; @two]',
  },
  {
    name: 'chapter: level-1 heading',
    file: syria,
    edit: { find: '## A shared stake in Assad', replace: '# A shared stake in Assad' },
    expect: 'content/chapters/syria.mdx:{line}: a level-1 heading ("# "); the layout prints the title, so sections start with "## "',
  },
  {
    name: 'chapter: broken MDX (unclosed tag)',
    file: treatyChapter,
    edit: { find: treatyChart, replace: '<Chart id="treaty-scope">' },
    expect: 'content/chapters/treaty.mdx:{line}: MDX syntax error: Expected a closing tag for `<Chart>`',
  },
  {
    // Failed before with "Cannot read properties of undefined (reading 'title')" and no file.
    name: 'chapter: chart that does not exist',
    file: treatyChapter,
    edit: { find: treatyChart, replace: '<Chart id="treaty-scopes" />' },
    expect: `content/chapters/treaty.mdx:{line}: <Chart> attribute "id" names unknown chart "treaty-scopes" (charts: ${chartIds.join(', ')})`,
  },
  {
    name: 'chapter: chart without an id',
    file: treatyChapter,
    edit: { find: treatyChart, replace: '<Chart />' },
    expect: 'content/chapters/treaty.mdx:{line}: <Chart> attribute "id" is missing',
  },
  {
    name: 'chapter: component the page does not provide',
    file: treatyChapter,
    edit: { find: treatyChart, replace: '<Map id="treaty-scope" />' },
    expect: 'content/chapters/treaty.mdx:{line}: unknown component <Map> (known here: <Chart>, <ChartPointer>)',
  },
  {
    name: 'chapter: stray file that is not .mdx',
    file: 'content/chapters/notes.md',
    edit: { create: '# Notes for the Syria chapter\n' },
    expect: 'content/chapters/notes.md: not an .mdx file, so it would not be published; rename it or move it out of content/chapters/',
  },
  {
    name: 'page: citation of a source that does not exist',
    file: 'content/pages/about.mdx',
    edit: {
      find: 'should not be read as dollar amounts.[@sipri-tiv-explanation]',
      replace: 'should not be read as dollar amounts.[@sipri-tiv-explainer]',
    },
    expect:
      'content/pages/about.mdx:{line}: cites unknown source "sipri-tiv-explainer" (note 4); add it to content/sources/ or correct the id',
  },

  // ---------------------------------------------------------------- sources
  {
    name: 'source: required field missing',
    file: treatySources,
    edit: {
      find: '  title: "Russia and Iran sign a partnership treaty to deepen their ties in the face of Western sanctions"\n',
      replace: '',
    },
    expect: 'content/sources/treaty-and-after.yaml:{record} (record 1), id "ap-treaty-signed-2025-01-17": field "title" is missing',
  },
  {
    name: 'source: misspelt field',
    file: treatySources,
    edit: { find: rudenko, replace: rudenko.replace('publisher:', 'publsher:') },
    expect:
      'content/sources/treaty-and-after.yaml:{line} (record 4), id "tass-rudenko-duma-2025-04-08": field "publisher" is missing; unknown field "publsher" (check its spelling)',
  },
  {
    name: 'source: URL without a scheme',
    file: treatySources,
    edit: { find: rudenko, replace: rudenko.replace('url: https://tass.com', 'url: tass.com') },
    expect:
      'content/sources/treaty-and-after.yaml:{line} (record 4), id "tass-rudenko-duma-2025-04-08": field "url" must be an http(s) URL',
  },
  {
    name: 'source: date that does not exist',
    file: treatySources,
    edit: { find: rudenko, replace: rudenko.replace('date: 2025-04-08', 'date: 2025-04-31') },
    expect:
      'content/sources/treaty-and-after.yaml:{line} (record 4), id "tass-rudenko-duma-2025-04-08": field "date" is not a real calendar date (2025-04-31)',
  },
  {
    name: 'source: id used in two files',
    file: chronology,
    edit: {
      append:
        '\n- id: tass-rudenko-duma-2025-04-08\n  title: "Rudenko on the treaty"\n  publisher: TASS\n  kind: wire\n  url: https://tass.com/politics/1940345\n',
    },
    expect: `content/sources/treaty-and-after.yaml:${lineOf(treatySources, '- id: tass-rudenko-duma-2025-04-08')}: id "tass-rudenko-duma-2025-04-08" is already used at content/sources/chronology.yaml:{record}`,
  },
  {
    // Passed before: the timeline and the chapters had added 21 pages twice, under ids of their own.
    name: 'source: a second entry for the same page',
    file: chronology,
    edit: {
      append:
        '\n- id: tass-rudenko-copy\n  title: "Rudenko on the treaty"\n  publisher: TASS\n  kind: wire\n  url: http://www.tass.com/politics/1940345/\n',
    },
    expect: `content/sources/treaty-and-after.yaml:${lineOf(treatySources, '- id: tass-rudenko-duma-2025-04-08')}, id "tass-rudenko-duma-2025-04-08": field "url" is the page of id "tass-rudenko-copy" (content/sources/chronology.yaml:{record}); cite that entry instead`,
  },
  {
    name: 'source: cited nowhere',
    file: chronology,
    edit: {
      append:
        '\n- id: tass-uncited-2025\n  title: "A page nothing cites"\n  publisher: TASS\n  kind: wire\n  url: https://tass.com/politics/1\n',
    },
    expect: /source\(s\) cited nowhere; cite them or remove them:\n {2}content\/sources\/chronology\.yaml:{record}, id "tass-uncited-2025"/,
  },
  {
    name: 'source: YAML syntax error',
    file: chronology,
    edit: {
      find: '  publisher: Issuhub\n  url: https://issuhub.com/view/index/23326?pageIndex=304\n',
      replace: '  publisher: Issuhub\n   lang: fr\n  url: https://issuhub.com/view/index/23326?pageIndex=304\n',
    },
    expect: 'content/sources/chronology.yaml:{line}: YAML syntax error: Nested mappings are not allowed in compact mappings',
  },

  // What a source is (issue 13): kind, original, refused domains. Each appends a source to the end
  // of a file, so the fixture does not depend on entries the editors rewrite.
  {
    name: 'source: kind missing',
    file: treatySources,
    edit: { append: newSource('tass-without-kind', '  publisher: TASS\n  url: https://tass.com/politics/2\n') },
    expect:
      /content\/sources\/treaty-and-after\.yaml:{record} \(record \d+\), id "tass-without-kind": field "kind" is missing; it must be one of "official"\|"wire"\|/,
  },
  {
    name: 'source: unknown kind',
    file: treatySources,
    edit: { append: newSource('tass-unknown-kind', '  publisher: TASS\n  kind: blog\n  url: https://tass.com/politics/3\n') },
    expect:
      /content\/sources\/treaty-and-after\.yaml:{record} \(record \d+\), id "tass-unknown-kind": field "kind" must be one of "official"\|"wire"\|/,
  },
  {
    name: 'source: aggregator without its original',
    file: treatySources,
    edit: {
      append: newSource(
        'copy-without-original',
        '  publisher: Technology Tangle\n  kind: aggregator\n  url: https://www.technologytangle.com/2026/04/23/x\n',
      ),
    },
    expect:
      /content\/sources\/treaty-and-after\.yaml:{record} \(record \d+\), id "copy-without-original": field "original" is missing: a source of kind aggregator must name the outlet whose report it carries/,
  },
  {
    name: 'source: URL on a refused domain (a subdomain of wikipedia.org)',
    file: treatySources,
    edit: {
      append: newSource(
        'wikipedia-mobile-gulistan',
        '  publisher: Wikipedia\n  kind: reference\n  url: https://en.m.wikipedia.org/wiki/Treaty_of_Gulistan\n',
      ),
    },
    expect:
      /content\/sources\/treaty-and-after\.yaml:{record}, id "wikipedia-mobile-gulistan": field "url" is on the refused domain wikipedia\.org \(content\/refused-sources\.yaml:\d+, wikipedia\): Wikipedia is /,
  },
  {
    name: 'source: original on a refused domain (the Pravda network)',
    file: treatySources,
    edit: {
      append: newSource(
        'copy-of-pravda',
        '  publisher: Baltimore Chronicle\n  kind: aggregator\n  original:\n    publisher: News-Pravda\n    url: https://usa.news-pravda.com/world/2025/01/19/1.html\n  url: https://baltimorechronicle.com/x/\n',
      ),
    },
    expect:
      /content\/sources\/treaty-and-after\.yaml:{record}, id "copy-of-pravda": field "original\.url" is on the refused domain news-pravda\.com \(content\/refused-sources\.yaml:\d+, pravda-network\)/,
  },

  // ---------------------------------------------------------------- refused domains (content/refused-sources.yaml)
  {
    name: 'refused list: a domain written as an address',
    file: refusedList,
    edit: { find: '  domain: wikimili.com\n', replace: '  domain: https://wikimili.com/\n' },
    expect:
      /content\/refused-sources\.yaml:{record} \(record \d+\), id "wikimili": field "domain" must be a domain name in lower case, such as wikipedia\.org \(no https:\/\/, no path\)/,
  },
  {
    name: 'refused list: unknown category',
    file: refusedList,
    edit: { find: '  domain: wikimili.com\n  category: wikipedia-mirror\n', replace: '  domain: wikimili.com\n  category: mirror\n' },
    expect:
      /content\/refused-sources\.yaml:{record} \(record \d+\), id "wikimili": field "category" must be one of "pravda-network"\|"wikipedia"\|"wikipedia-mirror"\|"other"/,
  },
  {
    name: 'refused list: a domain inside another listed one',
    file: refusedList,
    edit: { append: '\n- id: wikipedia-english\n  domain: en.wikipedia.org\n  category: wikipedia\n  reason: "Listed already."\n' },
    expect:
      /content\/refused-sources\.yaml:{record}, id "wikipedia-english": field "domain" en\.wikipedia\.org is already covered by wikipedia\.org \(content\/refused-sources\.yaml:\d+\); remove one of them/,
  },

  // ---------------------------------------------------------------- updates
  {
    name: 'update: unknown chapter',
    file: updates,
    edit: { find: treatyInForce, replace: treatyInForce.replace('[treaty]', '[treaties]') },
    expect: 'content/updates.yaml:{line}, id "treaty-in-force", field "chapters": unknown chapter "treaties"',
  },
  {
    name: 'update: unknown source',
    file: updates,
    edit: { find: 'sources: [jordantimes-doha-talks-2026-07-01]', replace: 'sources: [jordantimes-doha-talk-2026-07-01]' },
    expect: 'content/updates.yaml:{record}, id "doha-technical-talks", field "sources": unknown source "jordantimes-doha-talk-2026-07-01"',
  },
  {
    name: 'update: type not in the list',
    file: updates,
    edit: { find: treatyInForce, replace: treatyInForce.replace('type: update', 'type: upgrade') },
    expect: 'content/updates.yaml:{line} (record 8), id "treaty-in-force": field "type" must be one of "update"|"correction"',
  },
  {
    name: 'update: date out of range',
    file: updates,
    edit: { find: treatyInForce, replace: treatyInForce.replace('date: 2025-10-02', 'date: 2015-10-02') },
    expect: 'content/updates.yaml:{line} (record 8), id "treaty-in-force": field "date" must be a real date between 2025 and 2100',
  },
  {
    // Passed silently before: the pages would claim coverage that ends before the update.
    name: 'update: dated after the coverage date',
    file: updates,
    edit: { find: '- id: us-iran-memorandum-roadmap\n  date: 2026-06-22', replace: '- id: us-iran-memorandum-roadmap\n  date: 2026-07-21' },
    expect:
      'content/updates.yaml:{line}, id "us-iran-memorandum-roadmap", field "date": 2026-07-21 is after the coverage date in content/site.yaml (coverageUntil: 2026-07-01); correct the date or extend the coverage',
  },
  {
    name: 'update: id used twice',
    file: updates,
    edit: { find: '- id: iran-ratifies-treaty\n', replace: '- id: russia-ratifies-treaty\n' },
    expect: 'content/updates.yaml:{line} (record 2): id "russia-ratifies-treaty" is used twice (first at line 4)',
  },

  // ---------------------------------------------------------------- arms-tiv.csv
  {
    name: 'arms-tiv: negative figure',
    file: tiv,
    edit: { find: tiv1990, replace: tiv1990.replace(',339,', ',-339,') },
    expect:
      'content/data/arms-tiv.csv:{line} (row 2), id "russia-to-iran-1990": field "tiv" must be a number of zero or more, written with digits and an optional decimal point',
  },
  {
    name: 'arms-tiv: figure that is not a number',
    tier: 'build',
    proves: 'a CSV row: the collection the registry makes for a chart table',
    file: tiv,
    edit: { find: tiv1990, replace: tiv1990.replace(',339,', ',339k,') },
    expect:
      'content/data/arms-tiv.csv:{line} (row 2), id "russia-to-iran-1990": field "tiv" must be a number of zero or more, written with digits and an optional decimal point',
  },
  {
    name: 'arms-tiv: year out of range',
    file: tiv,
    edit: { find: tiv1990, replace: tiv1990.replace('1990,', '2990,') },
    expect: 'content/data/arms-tiv.csv:{line} (row 2), id "russia-to-iran-2990": field "year" must be at most 2100',
  },
  {
    name: 'arms-tiv: same direction and year twice',
    file: tiv,
    edit: { find: tiv1990, replace: tiv1990.replace('1990,', '1989,') },
    expect: 'content/data/arms-tiv.csv:{line} (row 2): id "russia-to-iran-1989" is used twice (first at line 2)',
  },
  {
    name: 'arms-tiv: row without a source',
    file: tiv,
    edit: { find: tiv1990, replace: tiv1990.replace(',sipri-tiv-soviet-union-exports-1950-2021', ',') },
    expect: 'content/data/arms-tiv.csv:{line} (row 2), id "russia-to-iran-1990": field "source" is empty',
  },
  {
    name: 'arms-tiv: unknown source',
    file: tiv,
    edit: { find: tiv1990, replace: tiv1990.replace(',sipri-tiv-soviet-union-exports-1950-2021', ',sipri-tiv-ussr-exports') },
    expect: 'content/data/arms-tiv.csv:{line}, row "russia-to-iran-1990", field "source": unknown source "sipri-tiv-ussr-exports"',
  },
  {
    name: 'arms-tiv: renamed column',
    file: tiv,
    edit: {
      find: 'year,direction,supplier,recipient,tiv,basis,source',
      replace: 'year,direction,supplier,recipient,tiv_millions,basis,source',
    },
    expect:
      'content/data/arms-tiv.csv:{line}: the header must be "year,direction,supplier,recipient,tiv,basis,source" (missing "tiv"; unknown "tiv_millions")',
  },
  {
    name: 'arms-tiv: row with a cell too many',
    file: tiv,
    edit: { find: tiv1990, replace: tiv1990.replace(',339,', ',3,39,') },
    expect:
      'content/data/arms-tiv.csv:{line} (row 2): has 8 cells but the header has 7; check for a stray or missing comma (cells with commas need "double quotes")',
  },
  {
    name: 'arms-tiv: year missing in the middle of a series',
    tier: 'build',
    proves: "a chart cross-check: the chart loader and the chart's own check, with the row's line from the bundled file",
    file: tiv,
    edit: { find: `${tiv1990}\n`, replace: '' },
    expect:
      'content/data/arms-tiv.csv:{line}, row "russia-to-iran-1991", field "year": direction "russia-to-iran" jumps from 1989 to 1991, so it has no row for 1990',
  },
  {
    name: 'arms-tiv: supplier contradicts the direction',
    file: tiv,
    edit: { find: tiv1990, replace: tiv1990.replace('Soviet Union,Iran', 'Iran,Soviet Union') },
    expect: 'content/data/arms-tiv.csv:{line} (row 2), id "russia-to-iran-1990": field "supplier" does not match direction',
  },

  // ---------------------------------------------------------------- arms-deals.csv
  {
    name: 'arms-deals: label too long for the chart',
    file: deals,
    edit: { find: kiloRow, replace: kiloRow.replace(',Kilo-class submarines,', ',Three Kilo-class diesel-electric submarines,') },
    expect: 'content/data/arms-deals.csv:{line} (row 2), id "kilo-submarines": field "label" must be at most 28 characters',
  },
  {
    name: 'arms-deals: status not in the list',
    file: deals,
    edit: { find: kiloRow, replace: kiloRow.replace(',delivered,high,', ',shipped,high,') },
    expect:
      'content/data/arms-deals.csv:{line} (row 2), id "kilo-submarines": field "status" must be one of "delivered"|"licence-production"|"reported"|"alleged"|"requested"|"cancelled"',
  },
  {
    name: 'arms-deals: row without a source',
    file: deals,
    edit: { find: kiloSources, replace: ',' },
    expect: 'content/data/arms-deals.csv:{line} (row 2), id "kilo-submarines": field "sources" must cite at least one source',
  },
  {
    name: 'arms-deals: unknown source',
    file: deals,
    edit: { find: kiloSources, replace: kiloSources.replace('csmonitor-1992-submarines', 'csmonitor-1992-subs') },
    expect: 'content/data/arms-deals.csv:{line}, id "kilo-submarines", field "sources": unknown source "csmonitor-1992-subs"',
  },

  // ---------------------------------------------------------------- timeline and treaty data
  {
    name: 'timeline: unknown chapter',
    file: timeline,
    edit: { find: bushehrTail, replace: bushehrTail.replace('chapter: historic-rivals', 'chapter: history') },
    expect: 'content/data/timeline.yaml:{record}, id "1995-bushehr-contract", field "chapter": unknown chapter "history"',
  },
  {
    name: 'timeline: event without a source',
    file: timeline,
    edit: { find: bushehrTail, replace: bushehrTail.replace('sources: [newrepublic-putins-game]', 'sources: []') },
    expect: 'content/data/timeline.yaml:{record} (record 19), id "1995-bushehr-contract": field "sources" must cite at least one source',
  },
  {
    name: 'timeline: date out of range',
    file: timeline,
    edit: { find: 'date: "1722-07"', replace: 'date: "1622-07"' },
    expect:
      'content/data/timeline.yaml:{record} (record 1), id "1722-peter-the-great-persian-campaign": field "date" must be between 1700 and 2100',
  },
  {
    name: 'timeline: date that does not exist',
    file: timeline,
    edit: { find: bushehr, replace: bushehr.replace('"1995-01"', '"1995-13"') },
    expect: 'content/data/timeline.yaml:{line} (record 19), id "1995-bushehr-contract": field "date" is not a real calendar date (1995-13)',
  },
  {
    name: 'timeline: confidence not in the list',
    tier: 'build',
    proves: 'a YAML record: the collection the registry makes for a chart list',
    file: timeline,
    edit: { find: goreTail, replace: goreTail.replace('confidence: medium', 'confidence: likely') },
    expect:
      'content/data/timeline.yaml:{record} (record 20), id "1995-gore-chernomyrdin-pledge": field "confidence" must be one of "high"|"medium"|"low"',
  },
  {
    name: 'treaty-scope: article the treaty does not have',
    file: 'content/data/treaty-scope.yaml',
    edit: {
      find: '  wording: binding\n  articles: [3]\n  summary: "If either',
      replace: '  wording: binding\n  articles: [48]\n  summary: "If either',
    },
    expect: 'content/data/treaty-scope.yaml:{record} (record 1), id "no-help-to-aggressor": field "articles[0]" must be at most 47',
  },
  {
    name: 'treaty-scope: wording not in the list',
    file: 'content/data/treaty-scope.yaml',
    edit: {
      find: '  domain: Mutual defence\n  group: security\n  wording: absent',
      replace: '  domain: Mutual defence\n  group: security\n  wording: none',
    },
    expect:
      'content/data/treaty-scope.yaml:{record} (record 3), id "mutual-defence": field "wording" must be one of "binding"|"cooperation"|"absent"',
  },
  {
    // Passed silently before: the chart would draw an area as both absent and in an article.
    name: 'treaty-scope: article for an area the treaty leaves out',
    file: 'content/data/treaty-scope.yaml',
    edit: {
      find: '  wording: absent\n  articles: []\n  summary: "There is no clause obliging',
      replace: '  wording: absent\n  articles: [3]\n  summary: "There is no clause obliging',
    },
    expect:
      'content/data/treaty-scope.yaml:{record} (record 3), id "mutual-defence": field "articles" must be empty when wording is absent',
  },
  {
    name: 'treaty-comparison: answer without a source',
    file: 'content/data/treaty-comparison.yaml',
    edit: {
      find: `text: "Neither may let third countries use its territory to threaten the other's security.", sources: [tass-2024-dprk-treaty-factbox] }`,
      replace: `text: "Neither may let third countries use its territory to threaten the other's security.", sources: [] }`,
    },
    expect:
      'content/data/treaty-comparison.yaml:{record} (record 3), id "no-hostile-territory": field "dprk2024.sources" must cite at least one source unless the answer is not-checked',
  },
  {
    name: 'treaty-comparison: unknown source',
    file: 'content/data/treaty-comparison.yaml',
    edit: {
      find: `text: "Neither may let third countries use its territory to threaten the other's security.", sources: [tass-2024-dprk-treaty-factbox] }`,
      replace: `text: "Neither may let third countries use its territory to threaten the other's security.", sources: [tass-2024-dprk-factbox] }`,
    },
    expect:
      'content/data/treaty-comparison.yaml:{record}, id "no-hostile-territory", field "dprk2024.sources": unknown source "tass-2024-dprk-factbox"',
  },

  // ---------------------------------------------------------------- embed versions
  {
    name: 'embed versions: version skips a number',
    file: versions,
    edit: { append: timelineEntry(nextTimeline + 1) },
    expect: `content/embeds/versions.yaml:{record}, id "timeline-v${nextTimeline + 1}", field "version": expected ${nextTimeline} (versions run 1, 2, 3… per chart and language)`,
  },
  {
    name: 'embed versions: listed version without its file',
    file: versions,
    edit: { append: timelineEntry(nextTimeline) },
    expect: `content/embeds/versions.yaml:{record}, id "timeline-v${nextTimeline}", field "version": its markup content/embeds/timeline/v${nextTimeline}.html is missing (npm run embed:freeze writes it)`,
  },
  {
    name: 'embed versions: file without an entry',
    file: `content/embeds/timeline/v${nextTimeline}.html`,
    edit: { create: '<style data-embed-style></style>\n<figure>Timeline, a version nobody listed</figure>\n' },
    expect: `content/embeds/timeline/v${nextTimeline}.html: no entry in content/embeds/versions.yaml names this file`,
  },

  // ---------------------------------------------------------------- site.yaml
  {
    // Passed silently before: 2026-06-31 became 1 July.
    name: 'site: coverage date that does not exist',
    file: site,
    edit: { find: 'coverageUntil: 2026-07-01', replace: 'coverageUntil: 2026-06-31' },
    expect: 'content/site.yaml:{line}: field "coverageUntil" is not a real calendar date (2026-06-31)',
  },
  {
    // Passed silently before: the site would claim events after its last update.
    name: 'site: coverage that runs past the last update',
    file: site,
    edit: { find: 'coverageUntil: 2026-07-01', replace: 'coverageUntil: 2026-12-22' },
    expect: 'content/site.yaml:{line}: field "coverageUntil" must not be after updated',
  },
  {
    name: 'site: required field missing',
    file: site,
    edit: { find: 'publisher: "The Russia–Iran Explainer desk"\n', replace: '' },
    expect: 'content/site.yaml: field "publisher" is missing',
  },

  // ---------------------------------------------------------------- code in content (the security probe's W2, W10)
  {
    // Passed before: the script ran on the chapter with no CSP violation (its hash was added).
    name: 'chapter: a script element',
    tier: 'build',
    proves: 'code in content: the chapters collection refuses an inline script',
    file: treatyChapter,
    edit: { find: treatyChart, replace: `<script>window.mdxInjected = document.domain; document.title = 1337</script>\n\n${treatyChart}` },
    expect: /content\/chapters\/treaty\.mdx:\{line\}: <script> is not allowed in content/,
  },
  {
    name: 'chapter: an event handler on plain HTML',
    file: treatyChapter,
    edit: { find: treatyChart, replace: `<span onMouseOver="top.pwned = 1">x</span>\n\n${treatyChart}` },
    expect: /content\/chapters\/treaty\.mdx:\{line\}: <span> attribute "onMouseOver": event handlers are not allowed in content/,
  },
  {
    // Passed before: the script ran inside every partner's frame of the v1 timeline.
    name: 'embed version: a script in a frozen file',
    tier: 'build',
    proves: 'a frozen embed file: bundled with the pages and checked when they are built',
    file: 'content/embeds/timeline/v1.html',
    edit: { append: '<script>top.pwned = document.domain</script>\n' },
    expect: /content\/embeds\/timeline\/v1\.html:\{line\}: <script> is not an element a chart is drawn with/,
  },
  {
    name: 'embed version: an event handler in a frozen file',
    file: 'content/embeds/treaty-scope/v1.html',
    edit: {
      find: '<figure class="chart" id="chart-treaty-scope"',
      replace: '<figure class="chart" onmouseover="top.pwned = 1" id="chart-treaty-scope"',
    },
    expect: /content\/embeds\/treaty-scope\/v1\.html:\{line\}: <figure> attribute "onmouseover" is not one a chart uses/,
  },
  {
    // A frozen version whose sources would follow every later correction of the current chart.
    name: 'embed version: a frozen link to the current source list',
    file: 'content/embeds/timeline/v4.html',
    edit: { find: 'href="{{base}}embed/timeline/v4/sources/">', replace: 'href="{{base}}embed/timeline/sources/">' },
    expect:
      "content/embeds/timeline/v4.html:{line}: a note links to {{base}}embed/timeline/sources/, not to this version's own source page {{base}}embed/timeline/v4/sources/ (re-freeze it with npm run embed:freeze)",
  },
  {
    name: 'embed version: a note number whose entry is missing from the frozen source list',
    file: 'content/embeds/treaty-scope/v4.sources.html',
    edit: { find: '<li id="treaty-scope-source-1">', replace: '<li id="treaty-scope-source-one">' },
    // The message names the embed's line with the first note that lands nowhere (its body is line 2).
    expect: 'content/embeds/treaty-scope/v4.html:2: a note links to #treaty-scope-source-1, which v4.sources.html does not have',
  },
  {
    // Passed before: the feed came out as XML that no parser accepts.
    name: 'site: a control character in a field',
    file: site,
    edit: { find: 'publisher: "The Russia–Iran Explainer desk"', replace: 'publisher: "The Russia–Iran\\x01 Explainer desk"' },
    expect: 'content/site.yaml:{line}: field "publisher" must not contain a control character (U+0001 at character 16)',
  },
  {
    name: 'chapter: a control character in the text',
    file: syria,
    edit: { find: syriaCitation, replace: syriaCitation.replace('began', 'be\u0001gan') },
    expect: 'content/chapters/syria.mdx:{line}: a control character (U+0001); delete it',
  },
  {
    // A translation that lost a citation: the Russian paragraph no longer carries what the English cites.
    name: 'edition: a translated paragraph drops a citation',
    file: 'content/ru/chapters/syria.mdx',
    edit: { find: '[@dailybeast-2016-russia-stops-hamadan; @ap-explainer-2025]', replace: '[@ap-explainer-2025]' },
    expect:
      /^content\/ru\/chapters\/syria\.mdx:\{line\} \(block \d+\): citations differ from the English \(content\/chapters\/syria\.mdx:\d+\): English \[@zeenews-2016-hamadan-bombers\] \[@dailybeast-2016-russia-stops-hamadan; @ap-explainer-2025\]; here \[@zeenews-2016-hamadan-bombers\] \[@ap-explainer-2025\]/,
  },
  {
    // The English changed after the Russian was translated from it: the translation is out of date.
    name: 'edition: the English paragraph changed after its translation',
    file: syria,
    edit: {
      find: 'Given the history of wars and occupation told in the previous chapter,',
      replace: 'Given the long history of wars and occupation told in the previous chapter,',
    },
    expect:
      /content\/ru\/chapters\/syria\.mdx:\d+ \(block \d+\): out of date: the English \(content\/chapters\/syria\.mdx:\{line\}\) changed after it was translated; update the translation, then run npm run translation:check -- ru --stamp/,
    tier: 'build',
    proves: 'a language edition is checked against the English as the build loads it (the editions collection)',
  },
  {
    // A rendering of a publisher the bibliography does not have: a typo would otherwise leave the name in English unseen.
    name: 'edition: a publisher name for no publisher in the bibliography',
    file: 'content/ru/publishers.yaml',
    edit: { append: '- en: "The Daily Nowhere"\n  ru: "Ежедневная газета «Нигде»"\n' },
    expect: `content/ru/publishers.yaml: entry ${publisherEntries + 1}, field "en": "The Daily Nowhere" is no publisher in content/sources/`,
  },
  {
    name: 'edition: an update with no translation',
    file: 'content/ru/updates.yaml',
    edit: { find: '- id: correction-timeline-syria-2015-attribution\n', replace: '- id: correction-timeline-syria-2015-attributio\n' },
    expect: 'content/ru/updates.yaml:{line}: id "correction-timeline-syria-2015-attributio" is not in content/updates.yaml',
  },
];
