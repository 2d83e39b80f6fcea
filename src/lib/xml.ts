// Characters and escaping for every text the build writes into HTML, SVG, Atom or XHTML. One
// place, so the content schemas refuse exactly what the escaping helpers could not write.

/** Characters XML 1.0 cannot carry at all, escaped or not: C0 controls other than tab, newline and carriage return; lone surrogates; U+FFFE and U+FFFF. */
export const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Refused in content: the C0 controls (but tab, newline, carriage return), DEL and the C1 controls. XML allows the last two, but no reader wants them and some renderers choke. */
export const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** "U+0001": how a message names a character. */
export function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text for an element's content or a quoted attribute, in HTML, SVG or XML. Characters XML cannot
 * carry are dropped rather than written: content refuses them with its file and field, so this is
 * the last line, and it never emits a document a parser rejects. `apos` is how to write "'".
 */
export function escapeXml(value: string | number, apos = '&#39;'): string {
  return String(value)
    .replace(notXml, '')
    .replace(/[&<>"']/g, (c) => entities[c] ?? apos);
}
