// npm run translation:check -- <lang> [--stamp | --unstamped]: every way a language edition is out of step with
// the English (src/collections/editions.ts), all at once rather than the first, as the build
// would fail on them. With --stamp, records as translated from the English as it is now every text
// that passes every other check (content/<lang>/stamps.yaml): run it once a translation has been
// checked against the English, by someone who did not translate it.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readEditionFiles } from '../../src/collections/collections.ts';
import { currentStamps, stampsPath } from '../../src/collections/editions.ts';
import { languages, defaultLang } from '../../src/i18n/languages.ts';

const [lang, ...flags] = process.argv.slice(2);
const root = process.cwd();
// A language being translated, not yet in `languages`, is checked once its folder content/<lang>/ exists.
if (
  !lang ||
  lang === defaultLang ||
  !((languages as readonly string[]).includes(lang) || existsSync(join(process.cwd(), 'content', lang)))
) {
  console.error(
    `usage: npm run translation:check -- <${languages.filter((l) => l !== defaultLang).join('|')}|a language with content/<lang>/> [--stamp]`,
  );
  process.exit(2);
}
const stamp = flags.includes('--stamp');
// --unstamped: every other check, for a translator at work (texts not yet stamped are not reported).
const problems: Parameters<typeof readEditionFiles>[2] = { problems: [], ignoreStamps: stamp || flags.includes('--unstamped') };
const edition = readEditionFiles(root, lang, problems);
for (const { message } of problems.problems) console.log(message);
if (stamp) {
  const failing = new Set(problems.problems.map((p) => p.text));
  const passing = edition.texts.filter((t) => !failing.has(t.text));
  const stamps = currentStamps({ texts: passing });
  const header = `# Written by npm run translation:check -- ${lang} --stamp: for each translated text, the hash of the\n# English it was translated from. A text whose English changes after this fails the build until\n# it is translated again and stamped. Do not edit by hand.\n`;
  writeFileSync(join(root, stampsPath(lang)), header + stringify(stamps, { sortMapEntries: true }));
  console.log(`translation: stamped ${passing.length} of ${edition.texts.length} texts in ${stampsPath(lang)}`);
}
console.log(`translation: ${problems.problems.length} problem(s) in the ${lang} edition`);
process.exit(problems.problems.length > 0 ? 1 : 0);
