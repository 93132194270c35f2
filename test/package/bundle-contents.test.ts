// @vitest-environment node
// What a merchant's production bundle must not contain, scenario by scenario: v2 code in a v1 checkout and v1 code in a
// v2 one, developer texts, test doubles, developer notes, React in the framework-free entries. Each scenario is bundled
// from src/ the way `npm run size` bundles dist/ (esbuild, minified ESM for the browser, NODE_ENV=production, peers
// external); the sizes themselves are size-limit's (.size-limit.mjs), not asserted here.
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const ENTRIES = { v1: 'src/index.ts', v2: 'src/v2/index.ts', core: 'src/core/index.ts', testing: 'src/testing/index.ts' };

/** Developer details of INVALID_PARAMS and the development warnings: production builds drop them (`dev && '…'`). */
const DEV_DETAILS = [
  'for this PG',
  '[react-billing-key]',
  'must be an array of card codes',
  'must be a channel key',
  // The SDK loader's English error messages: the request flow words its errors by their code.
  'The PortOne SDK',
  // An id rule's wording, read by the developer's detail only.
  'patternText',
];

interface Forbidden {
  /** Text searched in the minified output (string literals and property names survive minification). */
  strings?: string[];
  /** Bundled files whose path (from the repository) has this at the start of a path segment, or external imports of it. */
  modules?: string[];
}

/** Checking a PG rule's shape is development-only: the built-in tables are checked by tests, a merchant's in development. */
const RULE_VALIDATION = ['rules/v1-validate-rule', 'rules/v2-validate-rule'];
/**
 * Rule fields only development reads (V1_PG_ADVICE, V2_PG_ADVICE: a discontinued PG's end, recommended fields) and
 * their values: the tables stay out of production bundles, and the rows no longer carry them.
 */
const DEV_ADVICE: Required<Forbidden> = {
  strings: ['endedOn', '2023-01-31', 'recommended', 'naverProductCode'],
  modules: ['rules/v1-pg-advice', 'rules/v2-pg-advice'],
};
/** v1 code only: no v2 SDK calls, URLs, query keys or modules, no developer notes, no test doubles. */
const V1_CHECKOUT: Forbidden = {
  strings: [
    'requestIssueBillingKey',
    'cdn.portone.io',
    'rbk_issue_id',
    'billingIssueToken',
    ...DEV_DETAILS,
    ...DEV_ADVICE.strings,
  ],
  modules: [
    'src/v2',
    'react/v2',
    'components/v2',
    'v2-',
    '@portone/browser-sdk',
    'src/pg-docs',
    'src/testing',
    ...RULE_VALIDATION,
    ...DEV_ADVICE.modules,
  ],
};
/** v2 code only: no v1 SDK URL, call or fields, no v1 modules, no developer notes, no test doubles. */
const V2_CHECKOUT: Forbidden = {
  strings: ['cdn.iamport.kr', 'request_pay', 'customer_uid', 'm_redirect_url', ...DEV_DETAILS, ...DEV_ADVICE.strings],
  modules: [
    'v1-',
    'rules/cards',
    'react/IamportProvider',
    'react/iamport-context',
    'react/useBillingKey.ts',
    'react/useIamport',
    'components/BillingKeyButton',
    'components/PgNotice',
    'components/CardFilter',
    '@portone/browser-sdk',
    'src/pg-docs',
    'src/testing',
    ...RULE_VALIDATION,
    ...DEV_ADVICE.modules,
  ],
};
/** Every list in `lists` at once. */
const all = (...lists: Forbidden[]): Forbidden => ({
  strings: lists.flatMap((list) => list.strings ?? []),
  modules: lists.flatMap((list) => list.modules ?? []),
});
const WITHOUT_COMPONENTS: Forbidden = { modules: ['src/components/', 'styled-components'] };
/** CardFilter's own texts (legend, overseas caption, keyboard hint): a page without the filter does not carry them. */
const CARD_FILTER_TEXTS: Forbidden = { strings: ['Overseas cards', 'arrow keys to move between card companies'] };
/** A lean page (one PG, Korean): no other PG's rows (their property names), no English error message. */
const OTHER_PGS_AND_LOCALE: Forbidden = {
  strings: ['html5_inicis', 'danal_tpay', 'naverpay', 'kakaopay', 'inicis_v2', 'Card registration'],
};
/** The payment-method page: a page with only the button (or the hook) pays nothing for it. */
const PAYMENT_METHOD_PAGE: Forbidden = {
  // Its texts too (each locale's texts are one module, texts/ko.ts and texts/en.ts: a page keeps only what it uses).
  strings: ['Saved payment methods', 'I agree to recurring payments'],
  modules: [
    'method-page',
    'components/BillingKeyCheckout',
    'components/BillingMethodPicker',
    'components/RecurringConsent',
    'components/SavedPaymentMethods',
    'rules/method-labels',
    'flows/saved-methods',
    'flows/consent-protocol',
    'request/consent',
    'texts/page-messages',
  ],
};
/**
 * Reading a redirect return is `BillingKeyRedirect`'s (and `useBillingKeyRedirect`'s): a page without it writes the
 * attempt record before the window opens, and reads nothing back.
 */
const RETURN_READING: Forbidden = {
  modules: [
    'flows/v1-return',
    'flows/v2-return',
    'flows/redirect-controller',
    'react/use-redirect-flow',
    'request/v1-attempt',
    'request/v2-attempt',
  ],
};
/** Issue-and-pay's checks (`payment`): a lean v2 page carries them only when given `flows={{ issueAndPay }}`. */
const ISSUE_AND_PAY: Forbidden = {
  strings: ['PRODUCT_TYPE_DIGITAL', 'isCulturalExpense'],
  modules: ['request/v2-first-payment'],
};
/**
 * The list of `requestIssueBillingKey`'s fields (V2_EXTRA_PARAM_KEYS): only the development warning about an unknown
 * `params` key reads it, so a window page does not carry it (PayPal RT's own list names some of them).
 */
const V2_WARNING_DATA: Forbidden = { strings: ['appScheme', 'forceRedirect'] };
const withoutPage = (forbidden: Forbidden): Forbidden => all(forbidden, PAYMENT_METHOD_PAGE);
/** A page with the hook only: no component, no return reading, no payment-method page. */
const HOOK_PAGE = all(WITHOUT_COMPONENTS, RETURN_READING, PAYMENT_METHOD_PAGE);
const NO_REACT: Forbidden = { modules: ['react', 'react-dom', 'styled-components'] };

const scenario = (name: string, entry: keyof typeof ENTRIES, imports: string, ...forbidden: Forbidden[]) => ({
  name,
  entry,
  imports,
  forbidden: all(...forbidden),
});

const SCENARIOS = [
  scenario('v1 whole entry', 'v1', '*', V1_CHECKOUT),
  scenario('v1 provider + hook', 'v1', 'IamportProvider, useBillingKey', V1_CHECKOUT, HOOK_PAGE),
  scenario(
    'v1 provider + button',
    'v1',
    'IamportProvider, BillingKeyButton',
    V1_CHECKOUT,
    CARD_FILTER_TEXTS,
    PAYMENT_METHOD_PAGE,
  ),
  scenario('v1 payment-method page', 'v1', 'IamportProvider, BillingKeyCheckout, SavedPaymentMethods', V1_CHECKOUT),
  scenario(
    'v1 lean provider + button, one PG, one locale',
    'v1',
    'LeanIamportProvider, BillingKeyButton, kcp_billing, KO_TEXTS',
    V1_CHECKOUT,
    OTHER_PGS_AND_LOCALE,
    CARD_FILTER_TEXTS,
    PAYMENT_METHOD_PAGE,
  ),
  scenario(
    'v1 lean provider + hook, one PG, one locale',
    'v1',
    'LeanIamportProvider, useBillingKey, kcp_billing, KO_TEXTS',
    V1_CHECKOUT,
    OTHER_PGS_AND_LOCALE,
    HOOK_PAGE,
  ),
  scenario('v1 CardFilter', 'v1', 'CardFilter', V1_CHECKOUT),
  scenario('v2 whole entry', 'v2', '*', V2_CHECKOUT),
  scenario('v2 provider + hook', 'v2', 'PortOneProvider, useBillingKey', V2_CHECKOUT, V2_WARNING_DATA, HOOK_PAGE),
  scenario('v2 provider + button', 'v2', 'PortOneProvider, BillingKeyButton', V2_CHECKOUT, V2_WARNING_DATA, PAYMENT_METHOD_PAGE),
  scenario('v2 payment-method page', 'v2', 'PortOneProvider, BillingKeyCheckout, SavedPaymentMethods', V2_CHECKOUT),
  scenario(
    'v2 lean provider + button, one PG, one locale, without issue-and-pay',
    'v2',
    'LeanPortOneProvider, BillingKeyButton, tosspayments, KO_TEXTS',
    V2_CHECKOUT,
    OTHER_PGS_AND_LOCALE,
    ISSUE_AND_PAY,
    V2_WARNING_DATA,
    PAYMENT_METHOD_PAGE,
  ),
  scenario(
    'v2 lean provider + hook, one PG, one locale, without issue-and-pay',
    'v2',
    'LeanPortOneProvider, useBillingKey, tosspayments, KO_TEXTS',
    V2_CHECKOUT,
    OTHER_PGS_AND_LOCALE,
    ISSUE_AND_PAY,
    V2_WARNING_DATA,
    HOOK_PAGE,
  ),
  scenario('core entry', 'core', '*', NO_REACT),
  scenario('testing entry', 'testing', '*', NO_REACT),
];

async function bundle(entry: string, imports: string) {
  const file = path.join(root, entry);
  const code =
    imports === '*'
      ? `import * as all from ${JSON.stringify(file)}; console.log(all);`
      : `import { ${imports} } from ${JSON.stringify(file)}; console.log(${imports});`;
  const result = await build({
    stdin: { contents: code, resolveDir: root, sourcefile: 'app.js', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: ['react', 'react-dom', 'styled-components'],
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  return { text: result.outputFiles[0]!.text, meta: result.metafile };
}

/** What the bundle contains of `forbidden`, as readable findings. */
function findings(text: string, meta: Metafile, forbidden: Forbidden): string[] {
  const found = (forbidden.strings ?? []).filter((marker) => text.includes(marker)).map((marker) => `text "${marker}"`);
  const [output] = Object.values(meta.outputs);
  const inputs = Object.entries(output!.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([file]) => path.relative(root, path.resolve(root, file)).split(path.sep).join('/'));
  const externals = output!.imports.filter((item) => item.external).map((item) => item.path);
  for (const module of forbidden.modules ?? []) {
    const atSegment = (file: string) => file.startsWith(module) || file.includes(`/${module}`);
    found.push(...inputs.filter(atSegment).map((file) => `module ${file}`));
    found.push(
      ...externals.filter((spec) => spec === module || spec.startsWith(`${module}/`)).map((spec) => `import of ${spec}`),
    );
  }
  return found;
}

describe('production bundles carry only what the scenario uses', () => {
  it.each(SCENARIOS)('$name', async ({ entry, imports, forbidden }) => {
    const { text, meta } = await bundle(ENTRIES[entry], imports);
    expect(text.length).toBeGreaterThan(1000);
    expect(findings(text, meta, forbidden)).toEqual([]);
  });

  it('the markers are real: a page that uses them carries them', async () => {
    // The default provider always has issue-and-pay; a lean one given flows={{ issueAndPay }} too.
    for (const imports of ['PortOneProvider, useBillingKey', 'LeanPortOneProvider, useBillingKey, tosspayments, issueAndPay']) {
      const { text, meta } = await bundle(ENTRIES.v2, imports);
      expect(findings(text, meta, ISSUE_AND_PAY)).toEqual(
        expect.arrayContaining(['text "PRODUCT_TYPE_DIGITAL"', 'module src/core/request/v2-first-payment.ts']),
      );
    }
    const { text, meta } = await bundle(ENTRIES.v1, 'IamportProvider, BillingKeyRedirect');
    expect(findings(text, meta, RETURN_READING)).toEqual(
      expect.arrayContaining(['module src/core/flows/v1-return.ts', 'module src/core/flows/redirect-controller.ts']),
    );
  });

  it('finds what it looks for: texts, bundled modules and external imports', async () => {
    const { text, meta } = await bundle(ENTRIES.v2, '*');
    const found = findings(text, meta, { strings: ['requestIssueBillingKey'], modules: ['src/v2', 'react'] });
    expect(found).toEqual(
      expect.arrayContaining(['text "requestIssueBillingKey"', 'module src/v2/index.ts', 'import of react/jsx-runtime']),
    );
  });
});

/** PayPal RT (issue 24): its controller, adapters, request checks, page slot, shell, hook, texts and SDK calls. */
const PAYPAL: Forbidden = {
  strings: [
    'loadUI',
    'loadIssueBillingKeyUI',
    'updateLoadUIRequest',
    'PAYPAL_RT',
    'portone-ui-container',
    'Loading the PayPal button',
  ],
  modules: [
    'flows/paypal-controller',
    'flows/v1-paypal',
    'flows/v2-paypal',
    'request/v1-paypal-request',
    'request/v2-paypal-request',
    'rules/paypal-rules',
    'page/paypal-slot',
    'components/paypal-shell',
    'components/PayPalBillingButton',
    'components/v2/PayPalBillingButton',
    'react/use-paypal-button',
    'texts/paypal-messages',
  ],
};
/** The window flow's own pieces: a PayPal-only page does not carry the window button. */
const WINDOW_BUTTON: Forbidden = { modules: ['components/BillingKeyButton', 'components/v2/BillingKeyButton', 'button-shell'] };

describe('PayPal RT is paid for only by a page that uses it', () => {
  it.each([
    { entry: 'v1', imports: 'IamportProvider, useBillingKey' },
    { entry: 'v1', imports: 'IamportProvider, BillingKeyButton' },
    { entry: 'v1', imports: 'IamportProvider, BillingKeyButton, CardFilter, PgNotice, BillingKeyRedirect' },
    { entry: 'v2', imports: 'PortOneProvider, useBillingKey' },
    { entry: 'v2', imports: 'PortOneProvider, BillingKeyButton' },
  ] as const)('$entry $imports: no PayPal code', async ({ entry, imports }) => {
    const { text, meta } = await bundle(ENTRIES[entry], imports);
    expect(findings(text, meta, PAYPAL)).toEqual([]);
  });

  it.each([
    { entry: 'v1', imports: 'IamportProvider, PayPalBillingButton', other: V1_CHECKOUT },
    { entry: 'v2', imports: 'PortOneProvider, PayPalBillingButton', other: V2_CHECKOUT },
  ] as const)('$entry $imports: PayPal, but no window button and nothing of the other generation', async (scenario) => {
    const { text, meta } = await bundle(ENTRIES[scenario.entry], scenario.imports);
    // The markers above are real: the one shared controller is what a PayPal page carries.
    expect(findings(text, meta, PAYPAL)).toContain('module src/core/flows/paypal-controller.ts');
    expect(findings(text, meta, WINDOW_BUTTON)).toEqual([]);
    expect(findings(text, meta, withoutPage(scenario.other))).toEqual([]);
  });
});
