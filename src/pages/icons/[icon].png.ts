// /icons/<name>.png: the app icons of the web app manifest and the iOS home screen (src/offline/icons.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { appIcons, renderIcon, type AppIconName } from '../../offline/icons.ts';

export const getStaticPaths = (() =>
  (Object.keys(appIcons) as AppIconName[]).map((icon) => ({ params: { icon }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIconName }> = ({ props }) =>
  new Response(renderIcon(props.icon), { headers: { 'Content-Type': 'image/png' } });
