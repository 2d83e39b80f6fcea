// Applies a bad-input fixture to a copy of the project. Every edit is checked against the file
// it changes, so a fixture whose text has left the real file fails loudly instead of testing
// nothing: a find string must occur exactly once, an appended-to file must exist, a created one
// must not.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Edit, Fixture } from './fixtures.ts';

/** The file's new text, or an error saying why the edit no longer fits the file. */
export function applyEdit(name: string, file: string, edit: Edit, current: string | undefined): string {
  if ('create' in edit) {
    if (current !== undefined) throw new Error(`fixture "${name}": ${file} already exists, so creating it tests nothing`);
    return edit.create;
  }
  if (current === undefined) throw new Error(`fixture "${name}": ${file} does not exist`);
  if ('append' in edit) return current + edit.append;
  const count = current.split(edit.find).length - 1;
  if (count !== 1) {
    throw new Error(
      `fixture "${name}": the text to replace occurs ${count} times in ${file} (must be exactly once); update the fixture to the file as it is now:\n${edit.find}`,
    );
  }
  if (edit.replace === edit.find) throw new Error(`fixture "${name}": the replacement changes nothing`);
  return current.replace(edit.find, () => edit.replace);
}

/**
 * The line an edit lands on in the file as it is now (1-based): where the replaced text starts, or
 * the first line after the end for appended text. Messages say `{line}` for it, so a fixture keeps
 * pointing at its edit when content above it moves.
 */
export function editLine(edit: Edit, current: string | undefined): number {
  if ('create' in edit || current === undefined) return 1;
  if ('append' in edit) return current.replace(/\n$/, '').split('\n').length + 1;
  return current.slice(0, current.indexOf(edit.find)).split('\n').length;
}

/**
 * The first line of the YAML list record the edit lands in (messages about a record name where it
 * starts): the record the edit begins, or else the nearest one above the edit.
 */
export function recordLine(edit: Edit, current: string | undefined): number {
  if ('create' in edit || current === undefined) return 1;
  const start = editLine(edit, current);
  const added = 'append' in edit ? edit.append : edit.replace;
  const lines = (current.replace(/\n$/, '') + '\n').split('\n');
  const ownFirst = added.split('\n').findIndex((line) => line.trim() !== '');
  if (ownFirst >= 0 && added.split('\n')[ownFirst]!.startsWith('- ')) return start + ownFirst;
  for (let line = start; line >= 1; line--) if ((lines[line - 1] ?? '').startsWith('- ')) return line;
  return start;
}

/** The message the build must print, with `{line}` (the edit's line) and `{record}` (its record's first line) filled in. */
export function expectedMessage(fixture: Fixture, current: string | undefined): string | RegExp {
  const values = { line: String(editLine(fixture.edit, current)), record: String(recordLine(fixture.edit, current)) };
  const fill = (text: string) => text.replace(/\\?\{(line|record)\\?\}/g, (_, name: 'line' | 'record') => values[name]);
  return typeof fixture.expect === 'string' ? fill(fixture.expect) : new RegExp(fill(fixture.expect.source), fixture.expect.flags);
}

/** Applies the fixture inside `dir` (a scratch copy made by createScratchProject, tools/lib/build.ts). */
export function applyFixture(dir: string, fixture: Fixture): string | RegExp {
  const path = join(dir, fixture.file);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  writeFileSync(path, applyEdit(fixture.name, fixture.file, fixture.edit, current));
  return expectedMessage(fixture, current);
}
