// What both tiers share: the fixtures of a tier, how a failure is matched and shown, and the
// check that a tier ran every one of its fixtures (none skipped, none run twice).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';
import { fixtures, tierOf, type Fixture, type Tier } from './fixtures.ts';
import { expectedMessage } from './apply.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const currentText = (file: string) => (existsSync(join(projectRoot, file)) ? readFileSync(join(projectRoot, file), 'utf8') : undefined);

/** The message a fixture expects, filled in from the real file as it is now. */
export const expectedFor = (fixture: Fixture) => expectedMessage(fixture, currentText(fixture.file));

export const shows = (output: string, expected: string | RegExp) =>
  typeof expected === 'string' ? output.includes(expected) : expected.test(output);

/**
 * The fixtures of one tier, and a check after the tier's tests that each of them ran exactly once
 * (a filtered or skipped run fails it too). Call `ran` from a fixture's test once it has seen its message.
 */
export function tier(name: Tier): { fixtures: Fixture[]; ran: (fixture: Fixture) => void; expectAllRan: () => void } {
  const mine = fixtures.filter((f) => tierOf(f) === name);
  const done: string[] = [];
  return {
    fixtures: mine,
    ran: (fixture) => void done.push(fixture.name),
    expectAllRan: () =>
      afterAll(() => {
        expect([...done].sort(), `the ${name} tier must run each of its ${mine.length} fixtures once`).toEqual(
          mine.map((f) => f.name).sort(),
        );
      }),
  };
}

/** Good content must print none of the messages any fixture expects. */
export function expectNoFixtureMessage(output: string): void {
  for (const fixture of fixtures)
    expect(shows(output, expectedFor(fixture)), `${fixture.name}'s message appears for good content`).toBe(false);
}
