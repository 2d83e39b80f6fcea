// /manifest.webmanifest: lets a reader add the explainer to a home screen or install it as an
// app, which opens on its own and, once the service worker has its copy, offline (src/offline/).
import type { APIRoute } from 'astro';
import { colour } from '../charts/palette.ts';
import { appIcons, type AppIconName } from '../offline/icons.ts';
import { href, site } from '../lib/site.ts';
import { siteShortTitle } from '../lib/title.ts';
import { languageSpecs } from '../i18n/index.ts';
import { pageLang } from '../i18n/route.ts';

export const GET: APIRoute = ({ url }) => {
  const language = languageSpecs[pageLang(url)];
  // The page background, as the light theme-color meta tag in Page.astro: the splash screen and
  // the app's title bar then match the page that loads into them.
  const background = colour('bg', 'light');
  const manifest = {
    id: href(),
    name: site.title,
    // Home screens show about a dozen characters: the title before its colon ("Russia and Iran").
    short_name: siteShortTitle,
    description: site.description,
    lang: language.tag,
    dir: language.dir,
    start_url: href(),
    scope: href(),
    display: 'standalone',
    background_color: background,
    theme_color: background,
    categories: ['news', 'education'],
    icons: (Object.keys(appIcons) as AppIconName[])
      .filter((name) => name !== 'apple-touch-icon')
      .map((name) => {
        const { size, purpose } = appIcons[name];
        return { src: href(`icons/${name}.png`), sizes: `${size}x${size}`, type: 'image/png', purpose };
      }),
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
};
