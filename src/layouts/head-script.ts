// The one inline script of every site page, run in <head> before first paint: it applies a saved
// theme, so a dark-mode reader never sees a light flash, and marks that scripts run, so controls
// that need them (the theme switch, chart filters) hold their place from the first paint rather
// than shifting the page when they appear. Kept as text here so the Content-Security-Policy
// (src/security/) knows it as one of the scripts the site ships.
export const pageHeadScript = [
  "document.documentElement.dataset.scripts = '';",
  'try {',
  "  const saved = localStorage.getItem('theme');",
  "  if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;",
  '} catch {}',
].join('\n');
