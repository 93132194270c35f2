// Rewrites the generated PG matrix block in README.md from PG_RULES + PG_DOCS (stories/docs/pg-matrix.ts).
// Usage: node scripts/update-pg-matrix.mjs          rewrite README.md
//        node scripts/update-pg-matrix.mjs --check  exit 1 when README.md is out of date (for CI)
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
const { replacePgMatrixBlock } = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);

const readme = await readFile(readmePath, 'utf8');
const updated = replacePgMatrixBlock(readme);
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md PG matrix is out of date: run `npm run docs:matrix`.');
    process.exit(1);
  }
  console.log('README.md PG matrix is up to date.');
} else if (updated === readme) {
  console.log('README.md PG matrix already up to date.');
} else {
  await writeFile(readmePath, updated);
  console.log('README.md PG matrix updated.');
}
