// The browser side of the language switcher (Page.astro): on the way to the other language, the
// link takes the anchor of the section the reader is in (the last section heading above the top
// of the screen), or the address's own anchor. Without JavaScript the link goes to the page's top.

/** The id of the section heading the reader has scrolled past last, if any. */
export function currentSection(root: Document, offset = 80): string | undefined {
  let current: string | undefined;
  for (const heading of root.querySelectorAll<HTMLElement>('main h2[id], main h3[id]')) {
    if (heading.getBoundingClientRect().top - offset > 0) break;
    current = heading.id;
  }
  return current;
}

export function followReader(root: Document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
    const go = () => {
      const section = currentSection(root) ?? root.location.hash.slice(1);
      link.hash = section ? `#${section}` : '';
    };
    link.addEventListener('click', go);
    // A reader who opens it in a new tab, or by keyboard, gets the same.
    link.addEventListener('focus', go);
    link.addEventListener('pointerenter', go);
  }
}
