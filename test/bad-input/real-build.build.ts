// The bad-input fixtures as real builds: each fixture marked `tier: 'build'` breaks one content
// file in a scratch copy of the project, runs `astro build` and expects it to fail with its
// message. One fixture per way a file reaches the build (a CSV row, a YAML record, front matter,
// a citation, a chart cross-check, code in content, a frozen embed); the rest run in process
// (in-process.test.ts). Slow, so not a unit test: `npm run test:bad-input` runs it
// (vitest.bad-input.config.ts), two builds at a time.
import { describe, expect, it } from 'vitest';
import { createScratchProject, type BuildResult } from '../../tools/lib/build.ts';
import type { Fixture } from './fixtures.ts';
import { applyFixture } from './apply.ts';
import { expectNoFixtureMessage, projectRoot, shows, tier } from './run.ts';

async function buildWith(fixture?: Fixture): Promise<BuildResult & { expected: string | RegExp | undefined }> {
  const project = createScratchProject(projectRoot);
  try {
    const expected = fixture ? applyFixture(project.dir, fixture) : undefined;
    const result = await project.build();
    // Vite's own warnings are coloured even with NO_COLOR set.
    return { ...result, expected, output: result.output.replace(/\x1b\[[0-9;]*m/g, '') };
  } finally {
    project.remove();
  }
}

/** The end of a build's output, where its error is, for a failure message that can be read. */
const tail = (output: string) =>
  output
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .slice(-30)
    .join('\n');

const inBuild = tier('build');

describe.concurrent('bad input fails the build, naming the file, the line or row and the field', () => {
  it('the unedited copy builds, and prints none of the expected messages', async () => {
    const { code, output } = await buildWith();
    expect(code, tail(output)).toBe(0);
    expectNoFixtureMessage(output);
  });

  for (const fixture of inBuild.fixtures) {
    it(`${fixture.name} (${fixture.file}): ${fixture.proves}`, async () => {
      const { code, output, expected } = await buildWith(fixture);
      expect(code, `the build passed:\n${tail(output)}`).not.toBe(0);
      expect(shows(output, expected!), `expected the output to show ${String(expected)}\n--- build output (end) ---\n${tail(output)}`).toBe(
        true,
      );
      inBuild.ran(fixture);
    });
  }
  inBuild.expectAllRan();
});
