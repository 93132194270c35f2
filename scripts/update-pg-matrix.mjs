// Rewrites docs/pg-matrix.md (the v1 and v2 PG matrices) and the README's generated pointer to it, from PG_RULES,
// V2_PG_RULES and PG_DOCS (stories/docs/pg-matrix.ts).
// Usage: node scripts/update-pg-matrix.mjs          rewrite them
//        node scripts/update-pg-matrix.mjs --check  exit 1 when either is out of date (for CI)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = path.join(root, 'README.md');

// The generator is TypeScript that imports the rules table: bundle it in memory and import the result.
const bundle = await build({
  entryPoints: [path.join(root, 'stories/docs/pg-matrix.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
});
const source = bundle.outputFiles[0].text;
const { replacePgMatrixBlock, renderPgMatrixDocument, PG_MATRIX_FILE } = await import(
  `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
);

const outputs = [
  { file: readmePath, render: (current) => replacePgMatrixBlock(current) },
  { file: path.join(root, PG_MATRIX_FILE), render: () => renderPgMatrixDocument() },
];
let stale = false;
for (const { file, render } of outputs) {
  const current = await readFile(file, 'utf8').catch(() => '');
  const updated = render(current);
  const name = path.relative(root, file);
  if (updated === current) console.log(`${name}: up to date.`);
  else if (process.argv.includes('--check')) {
    console.error(`${name} is out of date: run \`npm run docs:matrix\`.`);
    stale = true;
  } else {
    await writeFile(file, updated);
    console.log(`${name}: updated.`);
  }
}
if (stale) process.exit(1);
