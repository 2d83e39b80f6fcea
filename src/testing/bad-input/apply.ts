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
    throw new Error(`fixture "${name}": the text to replace occurs ${count} times in ${file} (must be exactly once); update the fixture to the file as it is now:\n${edit.find}`);
  }
  if (edit.replace === edit.find) throw new Error(`fixture "${name}": the replacement changes nothing`);
  return current.replace(edit.find, () => edit.replace);
}

/** Applies the fixture inside `dir` (a scratch copy made by createScratchProject). */
export function applyFixture(dir: string, fixture: Fixture): void {
  const path = join(dir, fixture.file);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  writeFileSync(path, applyEdit(fixture.name, fixture.file, fixture.edit, current));
}
