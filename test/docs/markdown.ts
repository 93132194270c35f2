// Reads the guides a newcomer reads (README, docs/, examples/README, CONTRIBUTING, CHANGELOG) for the docs tests:
// their fenced code blocks, links and headings.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/** Every Markdown file a reader of the repository meets, relative to the root. */
export const DOC_FILES: readonly string[] = [
  'README.md',
  'README.ko.md',
  'CONTRIBUTING.md',
  'CHANGELOG.md',
  'examples/README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
  ...readdirSync(path.join(ROOT, 'docs/ko'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/ko/${name}`),
];

export const readDoc = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

export interface CodeBlock {
  /** The Markdown file, relative to the root. */
  file: string;
  /** The line of the opening fence, 1-based. */
  line: number;
  /** The fence's info string (`ts`, `tsx`, `sh`, or empty). */
  lang: string;
  /** The block's text, without the fence's indentation. */
  code: string;
  /** `<!-- from path -->` (the whole file) or `<!-- excerpt from path -->` (its lines, in order) right above the fence. */
  copiedFrom?: { path: string; excerpt: boolean };
}

const FENCE = /^( *)```(\S*)\s*$/;
const COPIED_FROM = /^<!-- (excerpt from|from) (\S+) -->$/;

/** The fenced code blocks of a Markdown file, in order; a fence indented inside a list item counts too. */
export function codeBlocks(file: string): CodeBlock[] {
  const lines = readDoc(file).split('\n');
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !/^ *```\s*$/.test(lines[end]!)) body.push(lines[end++]!.slice(indent));
    const marker = COPIED_FROM.exec(lines[index - 1]?.trim() ?? '');
    blocks.push({
      file,
      line: index + 1,
      lang: open[2]!,
      code: body.join('\n'),
      ...(marker ? { copiedFrom: { path: marker[2]!, excerpt: marker[1] === 'excerpt from' } } : {}),
    });
    index = end;
  }
  return blocks;
}
