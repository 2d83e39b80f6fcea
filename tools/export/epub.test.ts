import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { buildEpub, contentProperties, escapeXml } from './epub.ts';
import type { EpubBook } from './epub.ts';

const EPUBCHECK = process.env['EPUBCHECK_JAR'] ?? '/usr/share/java/epubcheck.jar';

// A 1×1 RGB PNG (signature, IHDR, IDAT, IEND with correct CRCs).
const PNG_1X1 = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mOYLSMDAAIpANTIDntuAAAAAElFTkSuQmCC', 'base64'),
);

const X = 'xmlns="http://www.w3.org/1999/xhtml"';

// Written as Chromium's XMLSerializer writes a page's nodes: xmlns on each top-level element.
const chapter1 = `<header ${X}><p class="kicker">Chapter 1</p><h1>Rivals &amp; neighbours: “the northern question”</h1></header>
<p ${X}>Russia (<span lang="ru" xml:lang="ru">Россия</span>) and Iran (<span lang="fa" xml:lang="fa" dir="rtl">ایران</span>) fought two wars in the 19th century.<sup class="cite"><a id="ref-1-1" href="notes.xhtml#note-1" epub:type="noteref" role="doc-noteref">1</a></sup></p>
<figure ${X} class="chart" id="chart-arms"><figcaption class="chart-head"><span class="chart-title" id="arms-headline">Arms transfers, 2015–2024</span><span class="chart-dek">Deliveries in each direction &amp; year</span></figcaption>
<div class="chart-canvas"><div class="chart-layout"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 120" width="320" height="120" role="img" aria-labelledby="arms-title" aria-describedby="arms-desc" class="chart-svg"><title id="arms-title">Arms transfers between Russia &amp; Iran</title><desc id="arms-desc">Russia delivered more in 2016 (S-300 “Favorit”); Iran delivered drones from 2022.</desc><g><rect class="mark bar-russia-to-iran" x="10" y="20" width="120" height="30" style="fill:#b2182b"/><rect class="mark bar-iran-to-russia" x="10" y="70" width="80" height="30" style="fill:#2166ac"/><text x="140" y="40" style="fill:#222;font-size:12px">Russia → Iran</text></g></svg></div></div>
<div class="chart-data"><table><caption>Arms transfers by year</caption><thead><tr><th scope="col">Year</th><th scope="col">Direction</th><th scope="col">TIV (millions)</th></tr></thead><tbody><tr><th scope="row">2016</th><td>Russia → Iran</td><td>1,200</td></tr><tr><th scope="row">2023</th><td>Iran → Russia</td><td>500</td></tr></tbody></table></div>
</figure>
<p ${X}>See <a href="chapter-2.xhtml#drones">the drone deal</a>.</p>`;

// Mentions svg only as text and in a comment: no drawing, so no svg property.
const chapter2 = `<h1 ${X} id="top">Arms &amp; drones — 2022–2025</h1>
<!-- <svg> placeholder removed -->
<p ${X} id="drones">How the &lt;svg&gt; charts were drawn: by hand. Шахед‑136 (<span lang="fa" xml:lang="fa" dir="rtl">شاهد ۱۳۶</span>).<sup class="cite"><a id="ref-2-1" href="notes.xhtml#note-1" epub:type="noteref" role="doc-noteref">1</a></sup><sup class="cite"><a id="ref-2-2" href="notes.xhtml#note-2" epub:type="noteref" role="doc-noteref">2</a></sup></p>`;

const notes = `<section ${X} class="notes" epub:type="endnotes" role="doc-endnotes" aria-labelledby="notes-heading"><h1 id="notes-heading">Notes &amp; sources</h1>
<ol>
<li id="note-1"><span class="source">Associated Press, “What to know about Russia &amp; Iran”, 17 January 2025.</span> <span class="backrefs"><a href="chapter-1.xhtml#ref-1-1" role="doc-backlink" aria-label="Back to citation a of note 1 in the text">↩<sup aria-hidden="true">a</sup></a> <a href="chapter-2.xhtml#ref-2-1" role="doc-backlink" aria-label="Back to citation b of note 1 in the text">↩<sup aria-hidden="true">b</sup></a></span></li>
<li id="note-2"><span class="source">SIPRI Arms Transfers Database, <span lang="ru" xml:lang="ru">«Россия и Иран»</span>.</span> <span class="backrefs"><a href="chapter-2.xhtml#ref-2-2" role="doc-backlink" aria-label="Back to note 2 in the text">↩</a></span></li>
</ol>
</section>`;

function fixture(): EpubBook {
  return {
    identifier: 'urn:uuid:6f1c2d3e-4b5a-5c6d-8e7f-9a0b1c2d3e4f',
    title: 'Russia & Iran: from “rivals” to uneasy allies',
    language: 'en',
    creator: 'Data desk',
    publisher: 'The Explainer <Desk> & Co',
    description: 'How Russia and Iran went from historic rivals to uneasy allies — a sourced explainer.',
    rights: 'CC BY 4.0',
    published: '2025-01-17',
    modified: '2026-11-22T12:09:11Z',
    cover: { image: PNG_1X1, mediaType: 'image/png', alt: 'Russia & Iran: from “rivals” to uneasy allies' },
    sections: [
      { id: 'chapter-1', title: 'Rivals & neighbours: “the northern question”', body: chapter1, landmark: 'bodymatter' },
      { id: 'chapter-2', title: 'Arms & drones — 2022–2025 (Шахед, شاهد)', body: chapter2 },
      { id: 'notes', title: 'Notes & sources', body: notes, landmark: 'backmatter' },
    ],
  };
}

const text = (files: Record<string, Uint8Array>, name: string): string => {
  const file = files[name];
  if (!file) throw new Error(`${name} missing from the archive`);
  return strFromU8(file);
};

describe('buildEpub: archive', () => {
  const epub = buildEpub(fixture());
  const files = unzipSync(epub);

  it('starts with mimetype, stored, with no extra field', () => {
    const view = new DataView(epub.buffer, epub.byteOffset, epub.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50); // local file header at offset 0
    expect(view.getUint16(8, true)).toBe(0); // compression method: stored
    const nameLength = view.getUint16(26, true);
    const extraLength = view.getUint16(28, true);
    expect(extraLength).toBe(0);
    expect(strFromU8(epub.subarray(30, 30 + nameLength))).toBe('mimetype');
    expect(view.getUint32(18, true)).toBe(20); // compressed size = stored size
    expect(strFromU8(epub.subarray(30 + nameLength, 30 + nameLength + 20))).toBe('application/epub+zip');
    expect(Object.keys(files)[0]).toBe('mimetype');
    expect(text(files, 'mimetype')).toBe('application/epub+zip');
  });

  it('deflates everything after mimetype', () => {
    const view = new DataView(epub.buffer, epub.byteOffset, epub.byteLength);
    const nameLength = view.getUint16(26, true);
    const next = 30 + nameLength + view.getUint32(18, true);
    expect(view.getUint32(next, true)).toBe(0x04034b50);
    expect(view.getUint16(next + 8, true)).toBe(8);
  });

  it('holds the container, package, navigation, cover, stylesheet and one file per section', () => {
    expect(Object.keys(files).sort()).toEqual(
      [
        'mimetype',
        'META-INF/container.xml',
        'EPUB/package.opf',
        'EPUB/nav.xhtml',
        'EPUB/cover.xhtml',
        'EPUB/cover.png',
        'EPUB/style.css',
        'EPUB/chapter-1.xhtml',
        'EPUB/chapter-2.xhtml',
        'EPUB/notes.xhtml',
      ].sort(),
    );
    expect(files['EPUB/cover.png']).toEqual(PNG_1X1);
    expect(text(files, 'EPUB/style.css')).toContain('max-width: 100%');
  });

  it('sets the svg property exactly on the sections that draw SVG', () => {
    const opf = text(files, 'EPUB/package.opf');
    const items = [...opf.matchAll(/<item [^>]*\/>/g)].map((m) => m[0]);
    const withSvg = items.filter((i) => / properties="[^"]*\bsvg\b/.test(i)).map((i) => /id="([^"]+)"/.exec(i)?.[1]);
    expect(withSvg).toEqual(['chapter-1']);
  });

  it('writes the package metadata, cover image and spine in reading order', () => {
    const opf = text(files, 'EPUB/package.opf');
    expect(opf).toContain('unique-identifier="pub-id"');
    expect(opf).toContain('<dc:identifier id="pub-id">urn:uuid:6f1c2d3e-4b5a-5c6d-8e7f-9a0b1c2d3e4f</dc:identifier>');
    expect(opf).toContain('<dc:title>Russia &amp; Iran: from “rivals” to uneasy allies</dc:title>');
    expect(opf).toContain('<dc:publisher>The Explainer &lt;Desk&gt; &amp; Co</dc:publisher>');
    expect(opf).toContain('<dc:date>2025-01-17</dc:date>');
    expect(opf).toContain('<meta property="dcterms:modified">2026-11-22T12:09:11Z</meta>');
    expect(opf).toMatch(/<item id="cover-image" href="cover.png" media-type="image\/png" properties="cover-image"\/>/);
    expect(opf).toMatch(/<item id="nav" href="nav.xhtml" [^>]*properties="nav"\/>/);
    const spine = [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1]);
    expect(spine).toEqual(['cover', 'nav', 'chapter-1', 'chapter-2', 'notes']);
  });

  it('lists the sections in the toc and cover, toc and bodymatter in the landmarks', () => {
    const nav = text(files, 'EPUB/nav.xhtml');
    const toc = nav.slice(nav.indexOf('epub:type="toc"'), nav.indexOf('</nav>'));
    expect([...toc.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['chapter-1.xhtml', 'chapter-2.xhtml', 'notes.xhtml']);
    expect(toc).toContain('>Arms &amp; drones — 2022–2025 (Шахед, شاهد)</a>');
    const landmarks = nav.slice(nav.indexOf('epub:type="landmarks"'));
    expect([...landmarks.matchAll(/<a epub:type="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'cover cover.xhtml',
      'toc nav.xhtml#toc',
      'bodymatter chapter-1.xhtml',
      'backmatter notes.xhtml',
    ]);
  });

  it('wraps each section in an XHTML document with its title and the stylesheet', () => {
    const page = text(files, 'EPUB/chapter-2.xhtml');
    expect(page.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n')).toBe(true);
    expect(page).toContain('<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">');
    expect(page).toContain('<title>Arms &amp; drones — 2022–2025 (Шахед, شاهد)</title>');
    expect(page).toContain('<link rel="stylesheet" type="text/css" href="style.css"/>');
    expect(page).toContain(chapter2);
    expect(text(files, 'EPUB/cover.xhtml')).toContain('alt="Russia &amp; Iran: from “rivals” to uneasy allies"');
  });

  it('gives byte-identical output for the same book', () => {
    expect(buildEpub(fixture())).toEqual(epub);
    expect(Buffer.from(buildEpub(fixture())).equals(Buffer.from(epub))).toBe(true);
  });
});

describe('buildEpub: escaping and checks', () => {
  it('escapes markup in titles in the navigation document and the package document', () => {
    const book = fixture();
    book.title = 'Breaking <script>&"';
    book.sections = book.sections.map((s, i) => (i === 1 ? { ...s, title: 'Chapter <script>&"' } : s));
    const files = unzipSync(buildEpub(book));
    const opf = text(files, 'EPUB/package.opf');
    const nav = text(files, 'EPUB/nav.xhtml');
    expect(opf).toContain('<dc:title>Breaking &lt;script&gt;&amp;&quot;</dc:title>');
    expect(nav).toContain('>Chapter &lt;script&gt;&amp;&quot;</a>');
    expect(text(files, 'EPUB/chapter-2.xhtml')).toContain('<title>Chapter &lt;script&gt;&amp;&quot;</title>');
    expect(opf + nav).not.toContain('<script>');
  });

  it('escapes the five XML specials and refuses characters XML cannot carry', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&#39;');
    expect(escapeXml('Россия — ایران “x”')).toBe('Россия — ایران “x”');
    expect(() => escapeXml('bell\u0007')).toThrow('U+0007');
  });

  it('detects drawings, not mentions of them', () => {
    expect(contentProperties('<p>&lt;svg&gt;</p><!-- <svg/> -->')).toEqual([]);
    expect(contentProperties('<svg xmlns="http://www.w3.org/2000/svg"/>')).toEqual(['svg']);
    expect(contentProperties('<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math><svg>')).toEqual(['mathml', 'svg']);
  });

  it('rejects ids a package cannot use, and malformed dates', () => {
    const withSections = (ids: string[]) => ({ ...fixture(), sections: ids.map((id) => ({ id, title: id, body: '<p>x</p>' })) });
    expect(() => buildEpub(withSections(['nav']))).toThrow('used by the package');
    expect(() => buildEpub(withSections(['a', 'a']))).toThrow('two sections');
    expect(() => buildEpub(withSections(['1-intro']))).toThrow('starting with a letter');
    expect(() => buildEpub(withSections(['Chapter_1']))).toThrow('lower-case');
    expect(() => buildEpub({ ...fixture(), sections: [] })).toThrow('no sections');
    expect(() => buildEpub({ ...fixture(), modified: '2026-11-22' })).toThrow('YYYY-MM-DDThh:mm:ssZ');
    expect(() => buildEpub({ ...fixture(), published: '2025-02-30' })).toThrow('YYYY-MM-DD');
    expect(() => buildEpub({ ...fixture(), identifier: 'urn:uuid:not-a-uuid' })).toThrow('urn:uuid');
  });
});

interface EpubcheckReport {
  checker: { nFatal: number; nError: number; nWarning: number };
  messages: { ID: string; severity: string; message: string; locations: { path: string; line: number; column: number }[] }[];
}

describe('buildEpub: epubcheck', () => {
  it('passes epubcheck with no errors and no warnings', { timeout: 60_000 }, (ctx) => {
    const javaMissing = spawnSync('java', ['-version']).error !== undefined;
    if (!existsSync(EPUBCHECK) || javaMissing) {
      const reason = javaMissing ? 'java is not on the PATH' : `epubcheck jar not found at ${EPUBCHECK} (set EPUBCHECK_JAR)`;
      if (process.env['CI']) throw new Error(`EPUB validation cannot run on CI: ${reason}`);
      console.warn(`Skipping epubcheck: ${reason}`);
      ctx.skip(`epubcheck unavailable: ${reason}`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'epub-test-'));
    try {
      const file = join(dir, 'fixture.epub');
      writeFileSync(file, buildEpub(fixture()));
      const run = spawnSync('java', ['-jar', EPUBCHECK, file, '--json', '-'], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
      // Text lines ("Epub Name: …") come before the JSON on stdout.
      const start = run.stdout.search(/^\{/m);
      if (start < 0) throw new Error(`epubcheck gave no JSON report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
      const report = JSON.parse(run.stdout.slice(start)) as EpubcheckReport;
      const problems = report.messages
        .filter((m) => m.severity !== 'USAGE' && m.severity !== 'INFO')
        .map((m) => `${m.severity} ${m.ID} ${m.message} ${m.locations.map((l) => `${l.path}:${l.line}:${l.column}`).join(' ')}`);
      expect(problems).toEqual([]);
      expect(report.checker).toMatchObject({ nFatal: 0, nError: 0, nWarning: 0 });
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
