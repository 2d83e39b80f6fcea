// Copy buttons for the embed code under each chart. Without JavaScript the code is selectable text
// and the buttons stay hidden; with it, a click copies and a status line says so (aloud, too).
export function enhanceEmbedCode(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-embed-box]')) {
    const status = box.querySelector<HTMLElement>('[data-copy-status]')!;
    for (const button of box.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      const field = box.querySelector<HTMLTextAreaElement>(`#${button.dataset['copy']}`)!;
      button.hidden = false;
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the handler catches its own failures, so nothing is left unhandled
      button.addEventListener('click', async () => {
        const label = field.labels?.[0]?.textContent ?? 'Embed code';
        try {
          await navigator.clipboard.writeText(field.value);
          status.textContent = `Copied: ${label}.`;
        } catch {
          // No clipboard permission (an old browser, an insecure page): select it for Ctrl+C.
          field.focus();
          field.select();
          status.textContent = 'The code is selected: press Ctrl+C (or Cmd+C) to copy it.';
        }
      });
    }
    // Selecting everything on focus saves a reader the fiddly drag through long code.
    for (const field of box.querySelectorAll<HTMLTextAreaElement>('[data-embed-code]'))
      field.addEventListener('focus', () => field.select());
  }
}
