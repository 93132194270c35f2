#!/usr/bin/env node
// `npm run size:app` — what react-billing-key adds to a real app's production JavaScript: the Vite example
// (examples/vite-app, installed from the packed package) built by its own Vite and React plugin in production mode,
// with and without the library's components, in an app that does not use styled-components yet and in one that does.
//
// Four small pages are built next to the example (in examples/vite-app/.size-app/, deleted afterwards), all rendering
// the same shell (a heading, a paragraph, a button with state):
//   react                 the shell, React only
//   react + sc            the shell styled with styled-components (ThemeProvider + styled)
//   react + library       the shell + what examples/vite-app uses: IamportProvider, a controlled CardFilter, two
//                         BillingKeyButtons, PgNotice, BillingKeyRedirect, createBillingTheme in a ThemeProvider
//   react + sc + library  both
// and the library's cost is the difference of the gzip -9 size of all JS chunks: `react + library` − `react` (the app
// gets styled-components with the library) and `react + sc + library` − `react + sc` (the app had it already).
// The example itself (its production build, no stand-in SDK) is measured too, for scale.
//
//   node scripts/size-app.mjs              build the library, pack it, npm ci examples/vite-app, measure
//   node scripts/size-app.mjs --no-install measure with examples/vite-app as installed
//   node scripts/size-app.mjs --json       also print the figures as JSON on the last line
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { exampleDir, installExamples } from './examples.mjs';

const args = process.argv.slice(2);
const app = exampleDir('vite-app');
const work = path.join(app, '.size-app');

if (!args.includes('--no-install')) installExamples({ only: ['vite-app'] });

// The example's own Vite and React plugin, as its `npm run build` uses them.
const requireFromApp = createRequire(path.join(app, 'package.json'));
const { build } = await import(pathToFileURL(requireFromApp.resolve('vite')).href);
const { default: react } = await import(pathToFileURL(requireFromApp.resolve('@vitejs/plugin-react')).href);
const libraryVersion = JSON.parse(readFileSync(path.join(app, 'node_modules/react-billing-key/package.json'), 'utf8')).version;

const SHELL = `
function Shell({ children }: { children?: ReactNode }) {
  const [count, setCount] = useState(0);
  return (
    <Main>
      <h1>월간 구독</h1>
      <p>구독에 사용할 카드를 등록하세요.</p>
      <button type="button" onClick={() => setCount(count + 1)}>{count}</button>
      {children}
    </Main>
  );
}`;

const PLAIN = `const Main = (props: { children?: ReactNode }) => <main {...props} />;`;
const STYLED = `import { styled, ThemeProvider } from 'styled-components';
const Main = styled.main\`
  max-width: 40rem;
  margin: 0 auto;
  padding: 24px 16px;
  color: \${(p) => (p.theme as { text?: string }).text ?? '#17211c'};
\`;`;

// What examples/vite-app/src/Subscription.tsx renders, without the shop's own text and layout.
const LIBRARY = `import {
  BillingKeyButton, BillingKeyRedirect, CardFilter, IamportProvider, PgNotice, createBillingTheme,
  type BillingKeyError, type BillingKeyResult, type CardCode,
} from 'react-billing-key';
import { ThemeProvider as LibraryThemeProvider } from 'styled-components';
const theme = createBillingTheme({ colors: { primary: '#0b6b3a', primaryHover: '#085a30' } });
function Checkout() {
  const [cards, setCards] = useState<CardCode[]>(['366', '381']);
  const [message, setMessage] = useState('');
  const onSuccess = (r: BillingKeyResult) => setMessage(r.customerUid ?? '');
  const onFailure = (e: BillingKeyError) => setMessage(e.message);
  const buyer = { name: '홍길동', email: 'gildong@example.com', tel: '010-1234-5678' };
  return (
    <LibraryThemeProvider theme={theme}>
      <IamportProvider userCode="imp12345678">
        <BillingKeyRedirect onSuccess={onSuccess} onFailure={onFailure} />
        <CardFilter value={cards} onChange={setCards} />
        <BillingKeyButton pg="danal_tpay" customerUid="member_42_trial" amount={0} buyer={buyer} cards={cards} onSuccess={onSuccess} onFailure={onFailure} />
        <PgNotice id="notice" pg="html5_inicis.INIBillTst" amount={9900} />
        <BillingKeyButton pg="html5_inicis.INIBillTst" customerUid="member_42_monthly" amount={9900} buyer={buyer} cards={cards} notice="none" aria-describedby="notice" onSuccess={onSuccess} onFailure={onFailure} />
        <p role="status">{message}</p>
      </IamportProvider>
    </LibraryThemeProvider>
  );
}`;

function page({ sc, library }) {
  const content = library ? '<Checkout />' : null;
  const app = sc
    ? `<ThemeProvider theme={{ text: '#17211c' }}><Shell>${content}</Shell></ThemeProvider>`
    : `<Shell>${content}</Shell>`;
  return `import { StrictMode, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
${sc ? STYLED : PLAIN}
${library ? LIBRARY : ''}
${SHELL}
createRoot(document.getElementById('root')!).render(<StrictMode>${app}</StrictMode>);
`;
}

/** gzip -9 and raw bytes of every .js file under `dir`. */
function measure(dir) {
  let gzip = 0;
  let raw = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const code = readFileSync(path.join(entry.parentPath, entry.name));
    raw += code.length;
    gzip += gzipSync(code, { level: 9 }).length;
  }
  return { gzip, raw };
}

async function buildPage(name, source) {
  const root = path.join(work, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'main.tsx'), source);
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html lang="ko"><body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>\n',
  );
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    mode: 'production',
    plugins: [react()],
    build: { outDir: path.join(root, 'dist'), emptyOutDir: true },
  });
  return measure(path.join(root, 'dist'));
}

const fmt = (n) => `${n.toLocaleString('en-US')} B`;
rmSync(work, { recursive: true, force: true });
try {
  const sizes = {
    react: await buildPage('react', page({ sc: false, library: false })),
    reactSc: await buildPage('react-sc', page({ sc: true, library: false })),
    reactLibrary: await buildPage('react-library', page({ sc: false, library: true })),
    reactScLibrary: await buildPage('react-sc-library', page({ sc: true, library: true })),
  };
  await build({
    root: app,
    configFile: path.join(app, 'vite.config.ts'),
    logLevel: 'error',
    mode: 'production',
    build: { outDir: path.join(work, 'example-dist'), emptyOutDir: true },
  });
  const example = measure(path.join(work, 'example-dist'));
  const withoutSc = sizes.reactLibrary.gzip - sizes.react.gzip;
  const withSc = sizes.reactScLibrary.gzip - sizes.reactSc.gzip;

  console.log(`\nreact-billing-key ${libraryVersion} in the Vite example's production build (gzip -9 of all JS chunks)\n`);
  console.log('| page | JS gzip | JS minified |');
  console.log('| --- | --- | --- |');
  for (const [label, key] of [
    ['react', 'react'],
    ['react + styled-components', 'reactSc'],
    ['react + library', 'reactLibrary'],
    ['react + styled-components + library', 'reactScLibrary'],
  ]) {
    console.log(`| ${label} | ${fmt(sizes[key].gzip)} | ${fmt(sizes[key].raw)} |`);
  }
  console.log(`| examples/vite-app as built (for scale) | ${fmt(example.gzip)} | ${fmt(example.raw)} |`);
  console.log('');
  console.log(`added by the library, app without styled-components (it comes with the library): ${fmt(withoutSc)} gzip`);
  console.log(`added by the library, app already using styled-components: ${fmt(withSc)} gzip`);
  if (args.includes('--json')) console.log(JSON.stringify({ version: libraryVersion, ...sizes, example, withoutSc, withSc }));
} finally {
  rmSync(work, { recursive: true, force: true });
}
