// Copy buttons for the embed code under each chart. Without JavaScript the code is selectable text
// and the buttons stay hidden; with it, a click copies and a status line says so (aloud, too).
// What it says comes with the markup, in the page's language (EmbedCode.astro).
export function enhanceEmbedCode(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-embed-box]')) {
    const status = box.querySelector<HTMLElement>('[data-copy-status]')!;
    for (const button of box.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      const field = box.querySelector<HTMLTextAreaElement>(`#${button.dataset['copy']}`)!;
      button.hidden = false;
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the handler catches its own failures, so nothing is left unhandled
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(field.value);
          status.textContent = button.dataset['copied'] ?? '';
        } catch {
          // No clipboard permission (an old browser, an insecure page): select it for Ctrl+C.
          field.focus();
          field.select();
          status.textContent = status.dataset['selectHint'] ?? '';
        }
      });
    }
    // Selecting everything on focus saves a reader the fiddly drag through long code.
    for (const field of box.querySelectorAll<HTMLTextAreaElement>('[data-embed-code]'))
      field.addEventListener('focus', () => field.select());
  }
}
