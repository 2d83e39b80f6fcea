// The frozen versions of each chart's embed, checked once per build (version-list.ts).
import { getCollection } from 'astro:content';
import type { ChartId } from '../charts/registry.ts';
import { at } from '../collections/locate.ts';
import { checkEmbedVersions, type EmbedVersion } from './version-list.ts';

export type { EmbedVersion } from './version-list.ts';

// Bundled as text at build time, so the built site does not read the working directory.
const files = import.meta.glob<string>(['../../content/embeds/*/*.html', '../../content/embeds/*/*/*.html'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

let loaded: Promise<Map<ChartId, EmbedVersion[]>> | undefined;

export function getEmbedVersions(): Promise<Map<ChartId, EmbedVersion[]>> {
  loaded ??= (async () => {
    const texts = new Map(Object.entries(files).map(([path, text]) => [path.replace(/^(\.\.\/)+/, ''), text]));
    return checkEmbedVersions(await getCollection('embedVersions'), texts, at);
  })();
  return loaded;
}
