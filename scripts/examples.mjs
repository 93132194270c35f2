#!/usr/bin/env node
// `npm run examples:install` — installs the example storefronts (examples/next-app, examples/vite-app) the way a merchant
// installs an unpublished package: `npm run build`, `npm pack` into .pack/ (git-ignored), then `npm ci` in each example,
// whose package.json depends on "react-billing-key": "file:../../.pack/react-billing-key.tgz".
//
// The examples commit their lockfiles (reproducible installs of Next, Vite, React…), but the tarball is rebuilt from the
// source on every run, so its lockfile entry must carry no `integrity`: with one, `npm ci` fails with EINTEGRITY on a
// fresh machine once the library changes, and on a machine whose npm cache has the old tarball it silently installs the
// old library. `npm install` inside an example writes the integrity back; `node scripts/examples.mjs --fix-locks`
// (npm run examples:fix-locks) takes it out again, and this script refuses to install while it is there.
//
//   node scripts/examples.mjs               build, pack, npm ci in every example
//   node scripts/examples.mjs --no-build    pack dist/ as it is
//   node scripts/examples.mjs --fix-locks   only remove the library's integrity from the examples' lockfiles
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXAMPLES = ['next-app', 'vite-app'];
export const exampleDir = (name) => path.join(root, 'examples', name);
const packDir = path.join(root, '.pack');
export const tarball = path.join(packDir, 'react-billing-key.tgz');
const LOCK_KEY = 'node_modules/react-billing-key';

/** Runs a command, echoing it; throws when it fails. */
export function run(cmd, args, options = {}) {
  console.log(`$ ${[cmd, ...args].join(' ')}${options.cwd ? `   (in ${path.relative(root, options.cwd) || '.'})` : ''}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

/** The examples whose lockfile pins the tarball's integrity (see the header); fixes them when `fix` is true. */
export function checkLocks(fix = false) {
  const pinned = [];
  for (const name of EXAMPLES) {
    const file = path.join(exampleDir(name), 'package-lock.json');
    const lock = JSON.parse(readFileSync(file, 'utf8'));
    const entry = lock.packages?.[LOCK_KEY];
    if (!entry) throw new Error(`${path.relative(root, file)} has no ${LOCK_KEY} entry`);
    if (entry.resolved !== 'file:../../.pack/react-billing-key.tgz') {
      throw new Error(`${path.relative(root, file)}: react-billing-key must resolve to file:../../.pack/react-billing-key.tgz`);
    }
    if (!('integrity' in entry)) continue;
    pinned.push(name);
    if (fix) {
      delete entry.integrity;
      writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
    }
  }
  return pinned;
}

/** `npm pack` of the repository into .pack/react-billing-key.tgz (a stable name, whatever the version). */
export function pack() {
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  run('npm', ['pack', '--silent', '--pack-destination', packDir]);
  const [file, ...more] = readdirSync(packDir).filter((f) => f.endsWith('.tgz'));
  if (!file || more.length) throw new Error(`expected one tarball in .pack/, found ${readdirSync(packDir).join(', ')}`);
  renameSync(path.join(packDir, file), tarball);
  console.log(`packed ${file} → ${path.relative(root, tarball)}`);
}

/** Build (unless `build` is false), pack, and `npm ci` the examples (`only`: some of them). */
export function installExamples({ build = true, only = EXAMPLES } = {}) {
  const pinned = checkLocks();
  if (pinned.length) {
    throw new Error(
      `the lockfile of ${pinned.join(', ')} pins the library tarball's integrity, so npm ci would fail once the library ` +
        'changes: run `npm run examples:fix-locks` and commit the lockfile',
    );
  }
  if (build) run('npm', ['run', 'build']);
  pack();
  for (const name of only) {
    run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: exampleDir(name) });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  try {
    if (args.includes('--fix-locks')) {
      const fixed = checkLocks(true);
      console.log(fixed.length ? `removed the tarball's integrity from: ${fixed.join(', ')}` : 'lockfiles are fine');
    } else {
      installExamples({ build: !args.includes('--no-build') });
    }
  } catch (error) {
    console.error(`examples: ${error.message}`);
    process.exit(1);
  }
}
