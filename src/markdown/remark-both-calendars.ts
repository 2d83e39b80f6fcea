// In a Persian document (content/fa/…), each full Gregorian day of the text is written in both
// calendars, Solar Hijri first (src/i18n/dates-in-text.ts); other languages' documents are left alone.
import type { Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { editionLang } from './remark-citations.ts';
import { datesInBothCalendars } from '../i18n/dates-in-text.ts';

export function remarkBothCalendars() {
  return (tree: Root, file: VFile) => {
    const lang = editionLang(file.path ?? '');
    if (!lang) return;
    visit(tree, 'text', (node: Text) => {
      node.value = datesInBothCalendars(node.value, lang);
    });
  };
}
