// The README's sections on Next.js and Vite show code from the example shops. Each code block right after
// `<!-- from examples/… -->` must be that file as it is; each block after `<!-- excerpt from examples/… -->` must be
// lines of that file in the same order (indentation aside; the placeholder lines `// …` and `{/* … */}` skipped).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const README_SECTIONS = ['## Install before publication', '## Use in Next.js', '## Use in Vite'];
const PLACEHOLDER = /^(\/\/ …|\{\/\* … \*\/\})$/;

/** What does not match, as messages; empty when the README and the examples agree. */
export function readmeDrift(root) {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const problems = README_SECTIONS.filter((heading) => !readme.includes(`\n${heading}\n`)).map((h) => `no "${h}" section`);
  const blocks = [...readme.matchAll(/<!-- (from|excerpt from) (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)];
  if (blocks.length === 0) problems.push('no code taken from the examples');
  for (const [, kind, file, code] of blocks) {
    const source = path.join(root, file);
    if (!existsSync(source)) {
      problems.push(`${file}: no such file`);
      continue;
    }
    const text = readFileSync(source, 'utf8').trimEnd();
    if (kind === 'from') {
      if (code !== text) problems.push(`${file}: the README's copy differs from the file`);
      continue;
    }
    const lines = text.split('\n').map((line) => line.trim());
    let at = 0;
    for (const line of code.split('\n').map((l) => l.trim())) {
      if (line === '' || PLACEHOLDER.test(line)) continue;
      const found = lines.indexOf(line, at);
      if (found === -1) {
        problems.push(`${file}: the README's excerpt has "${line}", which the file does not have (in this order)`);
        break;
      }
      at = found + 1;
    }
  }
  return problems;
}
