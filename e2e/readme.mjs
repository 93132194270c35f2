// The Next.js and Vite guides (docs/nextjs.md, docs/vite.md) show code from the example shops. Each code block right after
// `<!-- from examples/… -->` must be that file as it is; each block after `<!-- excerpt from examples/… -->` must be
// lines of that file in the same order (indentation aside; the placeholder lines `// …` and `{/* … */}` skipped).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The guides that quote the shops, and the heading each must keep; the README must keep its install section. */
export const GUIDES = [
  ['README.md', '## Install'],
  ['docs/nextjs.md', '# Use in Next.js'],
  ['docs/vite.md', '# Use in Vite'],
];
const PLACEHOLDER = /^(\/\/ …|\{\/\* … \*\/\})$/;

/** What does not match, as messages; empty when the README and the examples agree. */
export function readmeDrift(root) {
  const problems = [];
  const blocks = [];
  for (const [guide, heading] of GUIDES) {
    const text = readFileSync(path.join(root, guide), 'utf8');
    if (!`\n${text}`.includes(`\n${heading}\n`)) problems.push(`${guide}: no "${heading}" section`);
    blocks.push(...text.matchAll(/<!-- (from|excerpt from) (\S+) -->\n```\w*\n([\s\S]*?)\n```/g));
  }
  if (blocks.length === 0) problems.push('no code taken from the examples');
  for (const [, kind, file, code] of blocks) {
    const source = path.join(root, file);
    if (!existsSync(source)) {
      problems.push(`${file}: no such file`);
      continue;
    }
    const text = readFileSync(source, 'utf8').trimEnd();
    if (kind === 'from') {
      if (code !== text) problems.push(`${file}: the guide's copy differs from the file`);
      continue;
    }
    const lines = text.split('\n').map((line) => line.trim());
    let at = 0;
    for (const line of code.split('\n').map((l) => l.trim())) {
      if (line === '' || PLACEHOLDER.test(line)) continue;
      const found = lines.indexOf(line, at);
      if (found === -1) {
        problems.push(`${file}: the guide's excerpt has "${line}", which the file does not have (in this order)`);
        break;
      }
      at = found + 1;
    }
  }
  return problems;
}
