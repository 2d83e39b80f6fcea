import { describe, expect, it } from 'vitest';
import { heightMessages, parseEmbedOptions } from './options.ts';
import { embedSnippet, oembedResponse, type EmbedTarget } from './snippet.ts';
import {
  baseToken,
  checkSourceLinks,
  extractFrozen,
  fillBase,
  freezeEmbed,
  parseFrozen,
  parseFrozenSources,
  serialiseFrozen,
  tokeniseBase,
} from './frozen.ts';

describe('embed options from the address', () => {
  it('reads theme, plain and compact, and ignores anything else', () => {
    expect(parseEmbedOptions('', '')).toEqual({ theme: 'auto', plain: false, compact: false });
    expect(parseEmbedOptions('?theme=dark&plain=1', '')).toEqual({ theme: 'dark', plain: true, compact: false });
    expect(parseEmbedOptions('?theme=light&compact=1', '')).toMatchObject({ theme: 'light', compact: true });
    for (const bad of ['?theme=DARK', '?theme=<b>', '?theme=', '?plain=true', '?plain=0']) {
      expect(parseEmbedOptions(bad, '')).toMatchObject({ theme: 'auto', plain: false });
    }
  });

  it('takes a pym.js child id only when it is safe to put in a message', () => {
    expect(parseEmbedOptions('?initialWidth=640&childId=graphic-1_a&parentTitle=x', '').childId).toBe('graphic-1_a');
    for (const bad of ['a b', 'a.b', 'x'.repeat(65), '"><script>', 'xPYMx(', '']) {
      expect(parseEmbedOptions(`?childId=${encodeURIComponent(bad)}`, '').childId).toBeUndefined();
    }
  });

  it('takes WordPress’s 10-character secret from the fragment, and turns compact for it', () => {
    expect(parseEmbedOptions('', '#?secret=Ab3dE5gH9k')).toMatchObject({ secret: 'Ab3dE5gH9k', compact: true });
    expect(parseEmbedOptions('', '#?x=1&secret=Ab3dE5gH9k&y=2').secret).toBe('Ab3dE5gH9k');
    for (const bad of ['#?secret=short', '#?secret=Ab3dE5gH9k1', '#?secret=Ab3dE5gH9!', '#secret=Ab3dE5gH9k', '#?notsecret=Ab3dE5gH9k']) {
      expect(parseEmbedOptions('', bad)).toMatchObject({ compact: false });
      expect(parseEmbedOptions('', bad).secret).toBeUndefined();
    }
  });
});

describe('height messages', () => {
  it('speaks AMP and Datawrapper always, pym.js and WordPress only when addressed', () => {
    expect(heightMessages(812, 'timeline', parseEmbedOptions('', ''))).toEqual([
      { sentinel: 'amp', type: 'embed-size', height: 812 },
      { 'datawrapper-height': { timeline: 812 } },
    ]);
    const all = heightMessages(812, 'timeline', parseEmbedOptions('?childId=box', '#?secret=Ab3dE5gH9k'));
    expect(all).toContain('pymxPYMxboxxPYMxheightxPYMx812');
    expect(all).toContainEqual({ message: 'height', value: 812, secret: 'Ab3dE5gH9k' });
    // The pym string parses with pym's own pattern.
    expect(/^pymxPYMxboxxPYMx(\S+)xPYMx(.*)$/.exec(all[2] as string)?.slice(1)).toEqual(['height', '812']);
  });
});

const target: EmbedTarget = {
  id: 'treaty-scope',
  lang: 'en',
  title: 'A treaty "with" <no> promise & more',
  embedUrl: 'https://example.org/x/embed/treaty-scope/',
  chartUrl: 'https://example.org/x/treaty/#chart-treaty-scope',
  loaderUrl: 'https://example.org/x/embed.js',
  height: 1234,
  siteTitle: 'Russia and Iran',
};

describe('embed code', () => {
  it('holds a marker, a titled lazy responsive iframe, a plain link and the loader, all escaped', () => {
    const code = embedSnippet(target);
    expect(code.split('\n')).toEqual([
      '<div data-russia-iran-embed="https://example.org/x/embed/treaty-scope/">',
      '<iframe src="https://example.org/x/embed/treaty-scope/" title="Chart: A treaty &quot;with&quot; &lt;no&gt; promise &amp; more" loading="lazy" height="1234" style="display:block;width:1px;min-width:100%;border:0"></iframe>',
      '<p><a href="https://example.org/x/treaty/#chart-treaty-scope">A treaty &quot;with&quot; &lt;no&gt; promise &amp; more</a> (chart from Russia and Iran)</p>',
      '</div>',
      '<script async src="https://example.org/x/embed.js"></script>',
    ]);
  });

  it('oEmbed: rich, a blockquote link and one iframe', () => {
    const answer = oembedResponse(target, {
      width: 720,
      providerName: 'P',
      providerUrl: 'https://example.org/x/',
      authorName: 'A',
      thumbnail: { url: 'https://example.org/x/data/treaty-scope.png', width: 1440, height: 2000 },
    });
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: 720, height: 1234, title: target.title, cache_age: 86400 });
    expect(answer.html).toBe(
      '<blockquote><a href="https://example.org/x/treaty/#chart-treaty-scope">A treaty &quot;with&quot; &lt;no&gt; promise &amp; more</a></blockquote>' +
        '<iframe src="https://example.org/x/embed/treaty-scope/" width="720" height="1234" title="Chart: A treaty &quot;with&quot; &lt;no&gt; promise &amp; more" frameborder="0"></iframe>',
    );
  });
});

describe('frozen versions', () => {
  const page = (base: string) =>
    `<!DOCTYPE html><html><head><style data-embed-style>a{color:red}</style></head><body><main><!--embed-content:start--><figure><a href="${base}treaty/#x">t</a><a href="https://sipri.org/">s</a><a href="#n-1">1</a><img src="${base}data/x.png"></figure><!--embed-content:end--><p>shell</p></main></body></html>`;

  it('keeps what is between the markers and the styles, with the base path as a token', () => {
    const file = serialiseFrozen(extractFrozen(page('/projects/ri/')), '/projects/ri/');
    expect(file).toBe(
      `<style data-embed-style>a{color:red}</style>\n<figure><a href="${baseToken}treaty/#x">t</a><a href="https://sipri.org/">s</a><a href="#n-1">1</a><img src="${baseToken}data/x.png"></figure>\n`,
    );
    // The same page built at the root freezes to the same file: versions do not depend on where they were built.
    expect(serialiseFrozen(extractFrozen(page('/')), '/')).toBe(file);
  });

  it('round-trips to any base path', () => {
    const frozen = parseFrozen(serialiseFrozen(extractFrozen(page('/')), '/'), 'v1.html');
    expect(fillBase(frozen.body, '/news/graphics')).toBe(
      '<figure><a href="/news/graphics/treaty/#x">t</a><a href="https://sipri.org/">s</a><a href="#n-1">1</a><img src="/news/graphics/data/x.png"></figure>',
    );
    expect(frozen.css).toBe('a{color:red}');
  });

  it('refuses what is not an embed page or a frozen file', () => {
    expect(() => extractFrozen('<html><body>no markers</body></html>')).toThrow(/not an embed page/);
    expect(() => parseFrozen('<figure></figure>', 'content/embeds/x/v1.html')).toThrow(
      /content\/embeds\/x\/v1\.html:1: a frozen embed starts/,
    );
    expect(tokeniseBase('<a href="//cdn.example/x">', '/')).toBe('<a href="//cdn.example/x">');
  });

  // The security probe's W2: a script added to a frozen file ran in every partner's frame.
  describe('refuses anything but a chart’s own markup, with the file and line', () => {
    const file = (body: string, css = 'a{color:red}') =>
      `<style data-embed-style>${css}</style>\n<figure class="chart">\n${body}\n</figure>\n`;
    const refused: [string, string, RegExp][] = [
      ['a script', '<script>top.pwned = 1</script>', /v9\.html:3: <script> is not an element/],
      ['an uppercase script', '<SCRIPT>top.pwned = 1</SCRIPT>', /v9\.html:3: <SCRIPT> is not an element/],
      ['an iframe', '<iframe src="https://evil.example/"></iframe>', /:3: <iframe> is not an element/],
      ['an object', '<object data="x.swf"></object>', /:3: <object> is not an element/],
      ['an embed', '<embed src="x">', /:3: <embed> is not an element/],
      ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', /:3: <meta> is not an element/],
      ['a style element in the body', '<style>body{display:none}</style>', /:3: <style> is not an element/],
      ['an event handler', '<span onmouseover="top.pwned=1">x</span>', /:3: <span> attribute "onmouseover" is not one a chart uses/],
      ['an event handler on SVG', '<svg onload="top.pwned=1"></svg>', /attribute "onload"/],
      ['a javascript: link', '<a href="javascript:top.pwned=1">x</a>', /:3: <a> href "javascript:top.pwned=1" is not a link to the site/],
      ['a javascript: link split by a tab', '<a href="java\tscript:alert(1)">x</a>', /href "java\tscript/],
      ['a data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>">', /src "data:/],
      ['a comment', '<!-- <script>x</script> -->', /:3: "<!-- <script" is not an element of a chart/],
      ['a paint from another file', '<rect fill="url(https://evil.example/p.svg#x)"/>', /fill "url\(https/],
      ['a style attribute', '<span style="background:url(https://evil.example/)">x</span>', /attribute "style" is not one/],
    ];
    for (const [what, body, message] of refused)
      it(what, () => expect(() => parseFrozen(file(body), 'content/embeds/x/v9.html')).toThrow(message));
    it('CSS that imports or fetches', () => {
      expect(() => parseFrozen(file('<p>x</p>', '@import url(https://evil.example/x.css);'), 'v9.html')).toThrow(
        /v9\.html:1: the style block contains "@import"/,
      );
      expect(() => parseFrozen(file('<p>x</p>', 'a{background:url(https://evil.example/)}'), 'v9.html')).toThrow(/"url\("/);
      expect(() => parseFrozen(file('<p>x</p>', 'a{color:red}</style><script>x</script><style>'), 'v9.html')).toThrow(
        /v9\.html:1: <script> is not an element/,
      );
    });
    it('lets the markup of charts through, escaped text, links to the site and paints from the same file', () => {
      const body =
        '<a href="{{base}}treaty/#x" rel="noopener">1 &lt; 2</a><svg viewBox="0 0 1 1" aria-labelledby="t"><rect fill="url(#h)" data-tip="x"/></svg>';
      expect(parseFrozen(file(body), 'v9.html').body).toContain('1 &lt; 2');
    });
  });
});

describe('frozen versions with their own source page', () => {
  const shell = (content: string, style = '<style data-embed-style>a{color:red}</style>') =>
    `<!DOCTYPE html><html><head>${style}</head><body><main><!--embed-content:start-->${content}<!--embed-content:end--><p>shell</p></main></body></html>`;
  const embed = (base: string) =>
    shell(
      `<figure><a href="${base}embed/timeline/sources/#timeline-source-1">1</a><a href="${base}embed/timeline/sources/">All 1</a></figure>`,
    );
  const sources = (base: string) =>
    shell(
      `<h1>Sources</h1><ol class="chart-sources"><li id="timeline-source-1"><a href="https://sipri.org/" rel="noopener">SIPRI</a> <a href="${base}about/">x</a></li></ol>`,
    );

  it('points the note numbers at the version’s own copy of the source list, frozen beside it', () => {
    const files = freezeEmbed(embed('/ri/'), sources('/ri/'), 'timeline', 4, '/ri/');
    expect(files.html).toBe(
      `<style data-embed-style>a{color:red}</style>\n<figure><a href="${baseToken}embed/timeline/v4/sources/#timeline-source-1">1</a><a href="${baseToken}embed/timeline/v4/sources/">All 1</a></figure>\n`,
    );
    expect(files.sources).toBe(
      `<h1>Sources</h1><ol class="chart-sources"><li id="timeline-source-1"><a href="https://sipri.org/" rel="noopener">SIPRI</a> <a href="${baseToken}about/">x</a></li></ol>\n`,
    );
    expect(checkSourceLinks(files.html, 'timeline', 4, parseFrozenSources(files.sources!, 'v4.sources.html'))).toBeUndefined();
    // Built at the root or under a path, the same files.
    expect(freezeEmbed(embed('/'), sources('/'), 'timeline', 4, '/')).toEqual(files);
  });

  it('freezes an embed that keeps its sources inline as one file, as before', () => {
    const inline = shell('<figure><a href="#timeline-source-1">1</a><ol><li id="timeline-source-1">x</li></ol></figure>');
    expect(freezeEmbed(inline, undefined, 'timeline', 3, '/')).toEqual({ html: serialiseFrozen(extractFrozen(inline), '/') });
    expect(() => freezeEmbed(embed('/'), undefined, 'timeline', 4, '/')).toThrow(/links to its source page, which was not built/);
  });

  it('refuses a version whose note numbers would not land on one of its own entries', () => {
    const list = '<ol><li id="timeline-source-1">x</li></ol>';
    const file = (href: string) => `<style data-embed-style></style>\n<figure>\n<a href="${href}">1</a></figure>\n`;
    expect(checkSourceLinks(file('{{base}}embed/timeline/v4/sources/#timeline-source-1'), 'timeline', 4, list)).toBeUndefined();
    expect(checkSourceLinks(file('#timeline-source-1'), 'timeline', 3, undefined)).toBeUndefined();
    expect(checkSourceLinks(file('{{base}}embed/timeline/sources/#timeline-source-1'), 'timeline', 4, list)).toMatch(
      /^3: a note links to \{\{base\}\}embed\/timeline\/sources\/, not to this version's own/,
    );
    expect(checkSourceLinks(file('{{base}}embed/timeline/v3/sources/#timeline-source-1'), 'timeline', 4, list)).toMatch(
      /not to this version's own/,
    );
    expect(checkSourceLinks(file('{{base}}embed/timeline/v4/sources/#timeline-source-2'), 'timeline', 4, list)).toMatch(
      /^3: a note links to #timeline-source-2, which v4\.sources\.html does not have/,
    );
    expect(checkSourceLinks(file('{{base}}embed/timeline/v4/sources/#timeline-source-1'), 'timeline', 4, undefined)).toMatch(
      /has no source list/,
    );
  });

  it('holds a frozen source list to the same markup rules, with its line', () => {
    expect(() => parseFrozenSources('<ol>\n<li><script>x</script></li></ol>', 'content/embeds/x/v4.sources.html')).toThrow(
      /v4\.sources\.html:2: <script> is not an element/,
    );
    expect(
      parseFrozenSources(
        '<h1>Sources</h1><ol><li id="x-source-1"><a href="https://a.example/" hreflang="fa" rel="noopener">a</a></li></ol>\n',
        'v4.sources.html',
      ),
    ).toMatch(/^<h1>/);
  });
});
