// `npm run size` / `npm run size:guard` (size-limit): what react-billing-key costs in a merchant's production bundle,
// beside react-stripe-js and react-paypal-js, measured in one run with one method: esbuild (bundle, minify, ESM, browser,
// process.env.NODE_ENV = "production") of a scenario's import line, with the peers (react, react-dom, styled-components)
// external, then gzip -9 (size-limit's file plugin). Ours are measured against the BUILT package (dist/).
//
// `limit` is a scenario's ceiling (measured + about 1 %): size-limit fails when a bundle is over it. A commit that raises
// one says why. Issue 23's targets and where they stand: docs/pay-for-what-you-use.md.
// What a bundle must not contain (v2 code in a v1 checkout, developer texts in production…) is checked by
// test/package/bundle-contents.test.ts.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const dist = (file) => path.join(root, 'dist', file);
// size-limit writes `import { … } from "<key>"` into a file in the temporary directory: keys are absolute paths.
const peer = (specifier) => require.resolve(specifier);

/** The same esbuild settings for every check, ours and the peers'. */
const production = (config) => ({
  ...config,
  format: 'esm',
  platform: 'browser',
  define: { 'process.env.NODE_ENV': '"production"' },
  // react, react-dom and styled-components stay outside every bundle, ours and the peers'.
  external: ['react', 'react-dom', 'styled-components'],
  logLevel: 'silent',
});

const check = (name, imports, limit) => ({
  name,
  import: imports,
  limit: limit === undefined ? undefined : `${limit} B`,
  gzip: true,
  modifyEsbuildConfig: production,
});

export default [
  // The default entries: every PG, both locales.
  check('v1 provider + hook, all PGs, ko + en', { [dist('index.js')]: '{ IamportProvider, useBillingKey }' }, 10090),
  check('v2 provider + hook, all PGs, ko + en', { [dist('v2.js')]: '{ PortOneProvider, useBillingKey }' }, 11190),
  check('v1 provider + button, all PGs, ko + en', { [dist('index.js')]: '{ IamportProvider, BillingKeyButton }' }, 13910),
  check('v2 provider + button, all PGs, ko + en', { [dist('v2.js')]: '{ PortOneProvider, BillingKeyButton }' }, 15030),
  check(
    'a Korean checkout page with two PGs (button, card filter, notices, redirect)',
    { [dist('index.js')]: '{ IamportProvider, BillingKeyButton, CardFilter, PgNotice, BillingKeyRedirect }' },
    17430,
  ),
  // One PG, one locale: the lean providers with one PG's rules and the Korean texts (docs/pay-for-what-you-use.md).
  check(
    'v1 provider + hook, one PG, one locale',
    { [dist('index.js')]: '{ LeanIamportProvider, useBillingKey, kcp_billing, KO_TEXTS }' },
    8970,
  ),
  check(
    'v1 provider + button, one PG, one locale',
    { [dist('index.js')]: '{ LeanIamportProvider, BillingKeyButton, kcp_billing, KO_TEXTS }' },
    12810,
  ),
  check(
    'v2 provider + hook, one PG, one locale',
    { [dist('v2.js')]: '{ LeanPortOneProvider, useBillingKey, tosspayments, KO_TEXTS }' },
    9710,
  ),
  check(
    'v2 provider + button, one PG, one locale',
    { [dist('v2.js')]: '{ LeanPortOneProvider, BillingKeyButton, tosspayments, KO_TEXTS }' },
    13550,
  ),
  // The same with issue-and-pay opted into (LeanPortOneProvider's flows={{ issueAndPay }}) for a PG that needs it.
  check(
    'v2 provider + button, one PG, one locale, issue-and-pay',
    { [dist('v2.js')]: '{ LeanPortOneProvider, BillingKeyButton, inicis_v2, issueAndPay, KO_TEXTS }' },
    14180,
  ),
  // PayPal RT (issue 24): a page with PayPal's button alone; the scenarios above carry none of it (bundle-contents test).
  check('v1 provider + PayPalBillingButton', { [dist('index.js')]: '{ IamportProvider, PayPalBillingButton }' }, 11550),
  check('v2 provider + PayPalBillingButton', { [dist('v2.js')]: '{ PortOneProvider, PayPalBillingButton }' }, 12680),
  check('v1 CardFilter only', { [dist('index.js')]: '{ CardFilter }' }, 3670),
  check('v1 whole entry (import *)', { [dist('index.js')]: '*' }, 28930),
  check('v2 whole entry (import *)', { [dist('v2.js')]: '*' }, 28640),
  check('core entry (import *)', { [dist('core.js')]: '*' }, 19460),
  check('testing entry (import *)', { [dist('testing.js')]: '*' }, 12170),
  // The peers, measured the same way in the same run (no limit: for comparison).
  check('react-stripe-js: Elements, useStripe, useElements + loadStripe', {
    [peer('@stripe/react-stripe-js')]: '{ Elements, useStripe, useElements }',
    [peer('@stripe/stripe-js')]: '{ loadStripe }',
  }),
  check('react-paypal-js: PayPalScriptProvider, PayPalButtons', {
    [peer('@paypal/react-paypal-js')]: '{ PayPalScriptProvider, PayPalButtons }',
  }),
];
