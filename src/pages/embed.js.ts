// /embed.js: the loader host pages include with our embed code (src/embed/loader.ts).
import type { APIRoute } from 'astro';
import { bundledScript } from '../embed/bundle.ts';

export const GET: APIRoute = async () =>
  new Response(`${await bundledScript('loader')}\n`, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
