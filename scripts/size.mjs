#!/usr/bin/env node
// `npm run size` prints size-limit's figures (.size-limit.mjs: esbuild production bundles, peers external, gzip -9) as one
// table in bytes: every scenario with its ceiling, and react-stripe-js and react-paypal-js from the same run.
// `--guard` (npm run size:guard, CI) also exits 1 when a scenario is over its ceiling. dist/ must be built (the npm
// scripts run `vite build` first).
import { spawnSync } from 'node:child_process';
import config from '../.size-limit.mjs';

const guard = process.argv.includes('--guard');
const run = spawnSync(process.execPath, ['node_modules/size-limit/bin.js', '--json'], { encoding: 'utf8' });
let results;
try {
  results = JSON.parse(run.stdout);
} catch {
  process.stderr.write(run.stdout + run.stderr);
  process.exit(1);
}

const fmt = (n) => n.toLocaleString('en-US');
const rows = results.map(({ name, size, passed }) => {
  const limit = config.find((check) => check.name === name)?.limit;
  const ceiling = limit === undefined ? '' : fmt(Number.parseInt(limit, 10));
  const status = limit === undefined ? 'peer' : passed ? 'ok' : 'OVER';
  return [name, fmt(size), ceiling, status];
});
const table = [['scenario', 'gzip B', 'ceiling B', ''], ...rows];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
for (const row of table) {
  console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
}
const over = rows.filter((row) => row[3] === 'OVER');
if (over.length) console.log(`\n${over.length} scenario(s) over the ceiling: ${over.map((row) => row[0]).join('; ')}`);
process.exit(guard && (over.length || run.status !== 0) ? 1 : 0);
