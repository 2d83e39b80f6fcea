// Where the built site is and where it will live, read from the environment as astro.config.mjs
// reads it: OUT_DIR, BASE_PATH, SITE_URL. Plain Node (type stripping): tools/serve.ts imports it.

/** The build's output folder (OUT_DIR, default dist). */
export function outDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['OUT_DIR'] ?? 'dist';
}

/** BASE_PATH with one slash at each end: '/' or '/projects/russia-iran/'. */
export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  return `/${(env['BASE_PATH'] ?? '/').replace(/^\/|\/$/g, '')}/`.replace('//', '/');
}

/** The site's public address, SITE_URL plus the base path (astro.config.mjs's default origin). */
export function publicBase(env: NodeJS.ProcessEnv = process.env): string {
  return new URL(basePath(env), env['SITE_URL'] ?? 'http://localhost:4321').href;
}
