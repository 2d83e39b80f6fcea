// `npm test`: every gate the project has, each started as soon as what it reads exists, so the
// machine's cores are not left idle while one tool waits on one thread. Each gate is the same
// npm script a person runs alone (README, "Commands"); nothing is skipped or shortened here.
//
// What may run beside what: the unit tests, the formatter and the real-build tier of the
// bad-input tests read only the sources (the real builds work in scratch copies of the project).
// The export and the base-path build write the project's own build state (.astro/, dist/,
// dist-base/), and `astro check` writes .astro/ too, so those three run one after another. The
// browser tests read the two builds; the linter reads the types `astro check` writes.
//
// A gate's output is printed whole when it ends, so two gates never interleave their lines; a
// gate whose inputs failed is reported as not run; the exit code is 1 if any gate failed or did
// not run. The table at the end gives each gate's time.
import { spawn } from 'node:child_process';

interface Gate {
  name: string;
  script: string;
  after: string[];
}

const gates: Gate[] = [
  { name: 'format', script: 'format:check', after: [] },
  { name: 'unit tests', script: 'test:unit', after: [] },
  { name: 'bad input, real builds', script: 'test:bad-input:build', after: [] },
  { name: 'build and export', script: 'export', after: [] },
  { name: 'build under a base path', script: 'build:base', after: ['build and export'] },
  { name: 'types', script: 'types', after: ['build under a base path'] },
  { name: 'lint', script: 'lint', after: ['types'] },
  { name: 'browser tests', script: 'test:e2e', after: ['build and export', 'build under a base path'] },
];

type Outcome = { status: 'passed' | 'failed'; seconds: number } | { status: 'not run'; because: string };

const started = Date.now();
const outcomes = new Map<string, Outcome>();
const running = new Map<string, Promise<void>>();
const seconds = (since: number) => (Date.now() - since) / 1000;

function run(gate: Gate): Promise<void> {
  const start = Date.now();
  console.log(`▶ ${gate.name} (npm run ${gate.script})`);
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', gate.script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code, signal) => {
      const outcome: Outcome = { status: code === 0 ? 'passed' : 'failed', seconds: seconds(start) };
      outcomes.set(gate.name, outcome);
      const verdict = code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`;
      console.log(`\n── ${gate.name}: ${verdict} in ${outcome.seconds.toFixed(1)} s ──`);
      process.stdout.write(Buffer.concat(output));
      resolve();
    });
  });
}

/** Starts every gate whose inputs are all done; skips those whose inputs failed. */
function startReady(): void {
  for (const gate of gates) {
    if (outcomes.has(gate.name) || running.has(gate.name)) continue;
    const failed = gate.after.find((name) => outcomes.has(name) && outcomes.get(name)!.status !== 'passed');
    if (failed) {
      outcomes.set(gate.name, { status: 'not run', because: `${failed} did not pass` });
      continue;
    }
    if (gate.after.every((name) => outcomes.get(name)?.status === 'passed')) {
      running.set(
        gate.name,
        run(gate).then(() => {
          running.delete(gate.name);
          startReady();
        }),
      );
    }
  }
}

startReady();
while (running.size > 0) await Promise.race(running.values());

const rows = gates.map((gate) => {
  const outcome = outcomes.get(gate.name)!;
  return `  ${gate.name.padEnd(26)} ${outcome.status === 'not run' ? `not run: ${outcome.because}` : `${outcome.status.padEnd(7)} ${outcome.seconds.toFixed(1).padStart(6)} s`}`;
});
console.log(`\nnpm test, ${seconds(started).toFixed(1)} s in all:\n${rows.join('\n')}`);
process.exit([...outcomes.values()].every((o) => o.status === 'passed') ? 0 : 1);
