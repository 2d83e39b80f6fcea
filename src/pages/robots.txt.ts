import type { APIRoute } from 'astro';
import { href } from '../lib/site.ts';

// Embeds and exports may be added later; for now everything is public and listed in the sitemap.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
