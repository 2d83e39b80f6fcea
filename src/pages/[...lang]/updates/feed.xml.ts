// Atom feed of updates and corrections, so partners and readers learn when a chapter changes.
import type { APIRoute } from 'astro';
import { getChapters, getSite, getUpdates } from '../../../collections/queries.ts';
import { href } from '../../../lib/site.ts';
import { escapeXml } from '../../../lib/xml.ts';
import { languageSpecs, strings } from '../../../i18n/index.ts';
import { inEveryLanguage, pageLang } from '../../../i18n/route.ts';

const escape = (text: string) => escapeXml(text, '&apos;');

export const getStaticPaths = () => inEveryLanguage();

export const GET: APIRoute = async ({ site: origin, url }) => {
  const lang = pageLang(url);
  const t = strings(lang);
  const [updates, chapters, site] = await Promise.all([getUpdates(lang), getChapters(lang), getSite(lang)]);
  const titles = new Map(chapters.map((c) => [c.id, c.data.title]));
  const absolute = (path: string) => new URL(href(path, lang), origin).href;
  const newest = updates[0]?.data.date ?? site.updated;
  const entries = updates.map((u) => {
    const link = absolute(`updates/#${u.id}`);
    const changed = u.data.chapters.map((slug) => titles.get(slug)).join(t.updates.chapterSeparator);
    return `  <entry>
    <id>${escape(link)}</id>
    <title>${escape(`${t.updates.kind[u.data.type]}: ${u.data.title}`)}</title>
    <link rel="alternate" type="text/html" href="${escape(link)}"/>
    <updated>${u.data.date.toISOString()}</updated>
    <published>${u.data.date.toISOString()}</published>
    <category term="${u.data.type}"/>
    <summary type="text">${escape(t.updates.feedSummary(u.data.body, changed))}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${languageSpecs[lang].tag}">
  <id>${escape(absolute('updates/'))}</id>
  <title>${escape(t.page.feedTitle(site.title))}</title>
  <link rel="self" type="application/atom+xml" href="${escape(absolute('updates/feed.xml'))}"/>
  <link rel="alternate" type="text/html" href="${escape(absolute('updates/'))}"/>
  <updated>${newest.toISOString()}</updated>
  <author><name>${escape(site.publisher)}</name></author>
  <rights>CC BY 4.0</rights>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
