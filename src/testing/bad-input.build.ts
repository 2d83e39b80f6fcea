// The bad-input release gate: each fixture breaks one content file in a scratch copy of the
// project, runs a real `astro build` and expects it to fail with a message that names the file,
// the line or row, and the field. Slow (one build per fixture), so it is not a unit test:
// `npm run test:bad-input` runs it (vitest.bad-input.config.ts), two builds at a time.
import { describe, expect, it } from 'vitest';
import { createScratchProject, type BuildResult } from './scratch-project.ts';
import { fixtures, type Fixture } from './bad-input/fixtures.ts';
import { applyFixture, expectedMessage } from './bad-input/apply.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

async function buildWith(fixture?: Fixture): Promise<BuildResult & { expected: string | RegExp | undefined }> {
  const project = createScratchProject(root);
  try {
    const expected = fixture ? applyFixture(project.dir, fixture) : undefined;
    const result = await project.build();
    // Vite's own warnings are coloured even with NO_COLOR set.
    return { ...result, expected, output: result.output.replace(/\x1b\[[0-9;]*m/g, '') };
  } finally {
    project.remove();
  }
}

const currentText = (file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined);
const shows = (output: string, expected: string | RegExp) =>
  typeof expected === 'string' ? output.includes(expected) : expected.test(output);
/** The end of a build's output, where its error is, for a failure message that can be read. */
const tail = (output: string) =>
  output
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .slice(-30)
    .join('\n');

describe.concurrent('bad input fails the build, naming the file, the line or row and the field', () => {
  it('the unedited copy builds, and prints none of the expected messages', async () => {
    const { code, output } = await buildWith();
    expect(code, tail(output)).toBe(0);
    for (const fixture of fixtures)
      expect(shows(output, expectedMessage(fixture, currentText(fixture.file))), `${fixture.name}'s message appears in a good build`).toBe(
        false,
      );
  });

  for (const fixture of fixtures) {
    it(`${fixture.name} (${fixture.file})`, async () => {
      const { code, output, expected } = await buildWith(fixture);
      expect(code, `the build passed:\n${tail(output)}`).not.toBe(0);
      expect(shows(output, expected!), `expected the output to show ${String(expected)}\n--- build output (end) ---\n${tail(output)}`).toBe(
        true,
      );
    });
  }
});
