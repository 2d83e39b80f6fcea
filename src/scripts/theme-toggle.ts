// Light/dark switch. The choice persists in localStorage; the inline script in Page.astro applies
// it before first paint. aria-pressed reports whether the dark theme is on.
const STORAGE_KEY = 'theme';

function currentTheme(root: HTMLElement): 'light' | 'dark' {
  const chosen = root.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function initThemeToggle(): void {
  const root = document.documentElement;
  for (const button of document.querySelectorAll<HTMLButtonElement>('.theme-toggle')) {
    const sync = () => button.setAttribute('aria-pressed', String(currentTheme(root) === 'dark'));
    button.addEventListener('click', () => {
      const next = currentTheme(root) === 'dark' ? 'light' : 'dark';
      root.dataset['theme'] = next;
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Storage can be blocked (private mode, sandboxed frames): the switch still works for this page.
      }
      sync();
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
    sync();
    button.hidden = false;
  }
}
