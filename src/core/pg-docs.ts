import type { PgCode } from './pg-rules';

/** What the docs say about one PG, for merchants' developers (English). Published as `react-billing-key/pg-docs`, not from the main entry, so checkout bundles never carry it. */
export interface PgDoc {
  /** Brand name. */
  readonly label: string;
  /** PortOne REST APIs that cannot be used with a window-configured MID of this PG. */
  readonly unavailableApis: readonly string[];
  /** Notes shown in the PG matrix. */
  readonly notes: readonly string[];
  /** Where the facts come from (`seed:NNN`, `manual`, `docs`: see pg-facts.md). */
  readonly sources: string;
}

const SAME_AMOUNT = 'Later charges must be the same amount, every month on the same day (within 5 days).';
const CUSTOMERS_API = 'POST /subscribe/customers/{customer_uid}';
const ONETIME_API = 'POST /subscribe/payments/onetime';

/** Developer documentation per PG, keyed like {@link PG_RULES}; the docs' PG matrix is generated from both. */
export const PG_DOCS: { readonly [code in PgCode]: PgDoc } = {
  jtnet: {
    label: 'JTNet (tPay)',
    unavailableApis: [CUSTOMERS_API],
    notes: [`Keys for a window-configured MID come only through the window; ${ONETIME_API} still works.`],
    sources: 'seed:000, seed:001, seed:004',
  },
  html5_inicis: {
    label: 'KG Inicis',
    unavailableApis: [ONETIME_API, CUSTOMERS_API],
    notes: [
      'The amount is only shown (not at all on mobile): charge it with POST /subscribe/payments/again right after issuance.',
      "Mobile-only `bypass: { inicis: { authtype: '01' } }` asks only card number, expiry and birth date.",
    ],
    sources: 'seed:002, docs',
  },
  danal_tpay: {
    label: 'Danal (card)',
    unavailableApis: [CUSTOMERS_API, ONETIME_API],
    notes: [
      'Amount 0 shows a 10 KRW test charge that Danal cancels about 30 minutes later; tell the buyer first.',
      "Optional `period: { from: 'YYYYMMDD', to: 'YYYYMMDD' }` is shown as the service period.",
    ],
    sources: 'seed:003, docs',
  },
  kcp_billing: {
    label: 'NHN KCP',
    unavailableApis: [],
    notes: ["Optional `bypass: { site_logo: '<url>' }` (GIF/JPG under 150×50) shows your logo."],
    sources: 'manual',
  },
  kicc: {
    label: 'KICC (EasyPay)',
    unavailableApis: [],
    notes: ['Use `kicc.<MID>` when you have several KICC MIDs.'],
    sources: 'manual',
  },
  payco: { label: 'PAYCO', unavailableApis: [], notes: [], sources: 'manual' },
  kakaopay: {
    label: 'Kakao Pay',
    unavailableApis: [],
    notes: [
      'The buyer picks card or Kakao Money in the app, and that choice sticks for later charges.',
      'Kakao Pay caps how many times one key can be charged per month.',
    ],
    sources: 'manual',
  },
  chai: {
    label: 'CHAI',
    unavailableApis: [],
    notes: [
      'Redirects on PC too: `m_redirect_url` is always needed; the callback only reports errors raised before the redirect.',
      'Use `chai.<public_key>` when you have several CHAI MIDs.',
    ],
    sources: 'manual',
  },
  danal: {
    label: 'Danal (phone)',
    unavailableApis: [],
    notes: [SAME_AMOUNT, 'The SDK docs ask for `digital: true|false`; `period.text` is shown as the period wording.'],
    sources: 'manual, docs',
  },
  mobilians: {
    label: 'KG Mobilians (phone)',
    unavailableApis: [],
    notes: [SAME_AMOUNT, 'The SDK docs ask for `digital: true|false`.'],
    sources: 'manual, docs',
  },
  paymentwall: {
    label: 'Paymentwall',
    unavailableApis: [],
    notes: ["`buyer.email` is required. Examples use `currency: 'USD'`, `language: 'en'` and `bypass: { widget_code: 't3_1' }`."],
    sources: 'manual',
  },
};
