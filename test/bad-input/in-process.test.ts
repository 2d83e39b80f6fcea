// The bad-input fixtures in process: each breaks one content file in a copy of content/ and runs
// the build's own readers and checks over it (src/collections/check.ts), expecting the message the
// build would fail with. The fixtures marked `tier: 'build'` run as real builds instead
// (real-build.build.ts); together the two tiers run every fixture once.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../src/collections/check.ts';
import { applyFixture } from './apply.ts';
import type { Fixture } from './fixtures.ts';
import { expectNoFixtureMessage, projectRoot, shows, tier } from './run.ts';

/** A copy of the project's content (all the check reads), broken by the fixture if one is given. */
function contentCopy(fixture?: Fixture): { dir: string; expected: string | RegExp | undefined } {
  const dir = mkdtempSync(join(tmpdir(), 'russia-iran-content-'));
  cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
  return { dir, expected: fixture ? applyFixture(dir, fixture) : undefined };
}

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** What the check throws, or undefined; and what it wrote to the console meanwhile. */
function run(dir: string): { error?: Error; output: string } {
  const written: string[] = [];
  const capture = (...args: unknown[]) => void written.push(args.map(String).join(' '));
  const spies = [vi.spyOn(console, 'warn').mockImplementation(capture), vi.spyOn(console, 'log').mockImplementation(capture)];
  try {
    checkContent(dir);
    return { output: written.join('\n') };
  } catch (error) {
    return { error: error as Error, output: written.join('\n') };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

const inProcess = tier('process');

// The first check also loads the modules, which takes seconds on a busy machine.
describe('bad input fails the content check, naming the file, the line or row and the field', { timeout: 30_000 }, () => {
  it('an unedited copy passes, and prints none of the expected messages', () => {
    const { dir } = contentCopy();
    copies.push(dir);
    const { error, output } = run(dir);
    expect(error?.message).toBeUndefined();
    expectNoFixtureMessage(output);
  });

  for (const fixture of inProcess.fixtures) {
    it(`${fixture.name} (${fixture.file})`, () => {
      const { dir, expected } = contentCopy(fixture);
      copies.push(dir);
      const { error } = run(dir);
      expect(error, 'the content check passed').toBeDefined();
      expect(shows(error!.message, expected!), `expected the message to show ${String(expected)}\n--- message ---\n${error!.message}`).toBe(
        true,
      );
      inProcess.ran(fixture);
    });
  }
  inProcess.expectAllRan();
});
