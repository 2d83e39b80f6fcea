// Fast checks on the bad-input fixtures, run with the unit tests: every edit still fits the real
// file it changes, so a fixture cannot rot unnoticed between runs of the real builds, and every
// fixture belongs to exactly one tier.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { fixtures, tierOf } from './fixtures.ts';
import { applyEdit, editLine, expectedMessage, recordLine } from './apply.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('bad-input fixtures', () => {
  it('are many, and named uniquely', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(22);
    expect(new Set(fixtures.map((f) => f.name)).size).toBe(fixtures.length);
  });

  it('run mostly in process, and a handful as real builds that each say what wiring they prove', () => {
    const inBuild = fixtures.filter((f) => tierOf(f) === 'build');
    expect(inBuild.length).toBeGreaterThanOrEqual(4);
    expect(inBuild.length).toBeLessThanOrEqual(8);
    for (const fixture of fixtures) expect(Boolean(fixture.proves), fixture.name).toBe(tierOf(fixture) === 'build');
    expect(new Set(inBuild.map((f) => f.proves)).size, 'two real builds prove the same path').toBe(inBuild.length);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: the edit fits the real file and names it in the message', (_, fixture) => {
    const path = join(root, fixture.file);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    expect(applyEdit(fixture.name, fixture.file, fixture.edit, current)).not.toBe(current);
    const expected = typeof fixture.expect === 'string' ? fixture.expect : fixture.expect.source.replaceAll('\\', '');
    expect(expected).toContain(fixture.file.split('/').at(-1));
  });

  it('fills in the line of the edit and of its record, so messages follow the content', () => {
    const text = 'a: 1\n- id: one\n  x: 1\n  y: 2\n- id: two\n  x: 3\n';
    expect(editLine({ find: '  y: 2', replace: '  y: z' }, text)).toBe(4);
    expect(recordLine({ find: '  y: 2', replace: '  y: z' }, text)).toBe(2);
    expect(editLine({ append: '\n- id: three\n' }, text)).toBe(7);
    expect(recordLine({ append: '\n- id: three\n' }, text)).toBe(8);
    const fixture = { name: 'x', file: 'f.yaml', edit: { find: '  y: 2', replace: '  y: z' }, expect: 'f.yaml:{record}, line {line}' };
    expect(expectedMessage(fixture, text)).toBe('f.yaml:2, line 4');
    expect(expectedMessage({ ...fixture, expect: /f\.yaml:{record}/ }, text)).toEqual(/f\.yaml:2/);
  });

  it('refuses an edit whose text has left the file', () => {
    expect(() => applyEdit('x', 'content/a.yaml', { find: 'gone', replace: 'new' }, 'text')).toThrow('occurs 0 times in content/a.yaml');
    expect(() => applyEdit('x', 'content/a.yaml', { find: 'a', replace: 'b' }, 'a a')).toThrow('occurs 2 times');
    expect(() => applyEdit('x', 'content/a.md', { create: 'new' }, 'already here')).toThrow('already exists');
    expect(() => applyEdit('x', 'content/a.yaml', { append: 'more' }, undefined)).toThrow('does not exist');
  });
});
