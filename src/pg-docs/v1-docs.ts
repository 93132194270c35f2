import type { KnownPgCode } from '../core/rules/v1-pg-lookup';

/**
 * What PortOne's docs say about one PG, for merchants' developers (English). Published as `react-billing-key/pg-docs`,
 * not from the main entry, so checkout bundles never carry it.
 */
export interface PgDoc {
  /** PortOne REST APIs that cannot be used with a window-configured MID of this PG. */
  readonly unavailableApis: readonly string[];
  /** Notes shown in the PG matrix. */
  readonly notes: readonly string[];
  /** Where the facts come from (`seed:NNN`, `docs:<page>`, `manual`; see pg-facts.md). */
  readonly sources: string;
}

const CUSTOMERS_API = 'POST /subscribe/customers/{customer_uid}';
const ONETIME_API = 'POST /subscribe/payments/onetime';
const SAME_AMOUNT = 'Later charges must be the same amount on the same day each month.';
const SERVER_CHECK =
  "The callback may carry only imp_uid and merchant_uid: confirm the key on your server (IamportProvider's verify) with GET /subscribe/customers/{customer_uid}.";

/**
 * What holds for every v1 PG when the merchant's server confirms and charges a key (docs: the v1 REST spec,
 * `src/schema/v1.openapi.json`, PR #982): shown above the docs' PG matrix.
 */
export const V1_SERVER_NOTES: readonly string[] = [
  'Confirm a key with GET /subscribe/customers/{customer_uid} first. Since 2026-01-26 GET /payments/{imp_uid} leaves out payments made on a test channel unless you pass include_sandbox=true.',
  'Key and payment records carry a required `sandbox` flag (issued on a test channel): in production refuse a key whose `sandbox` is true.',
  'POST /subscribe/payments/again requires `name` (≤ 40 characters) for every PG.',
];

/** Developer documentation per PG, keyed like `PG_RULES`; the docs' PG matrix is generated from both. */
export const PG_DOCS: { readonly [code in KnownPgCode]: PgDoc } = {
  html5_inicis: {
    unavailableApis: [ONETIME_API, CUSTOMERS_API],
    notes: [
      'The amount is only shown (not at all on mobile): charge it with POST /subscribe/payments/again right after issuance.',
      "Mobile-only `bypass: { inicis: { authtype: '01' } }` asks only card number, expiry and birth date. Test MID: INIBillTst.",
    ],
    sources: 'seed:002, docs:v1/inicis',
  },
  danal_tpay: {
    unavailableApis: [CUSTOMERS_API, ONETIME_API],
    notes: [
      'Amount 0 shows a 10 KRW test charge that Danal cancels about 30 minutes later; the buyer is told first.',
      "Optional `period: { from: 'YYYYMMDD', to: 'YYYYMMDD' }` is shown as the service period. Send buyer.tel: the window may fail without it.",
    ],
    sources: 'seed:003, docs:v1/danal',
  },
  kcp_billing: {
    unavailableApis: [],
    notes: ["`kcp_billing.<site code>`; `bypass: { site_logo }` and `bypass: { batch_birth_day_yn: 'Y' }` (PC only)."],
    sources: 'manual, docs:v1/nhn-kcp',
  },
  kicc: {
    unavailableApis: [CUSTOMERS_API, ONETIME_API],
    notes: ['`kicc.<MID>` agreed with KICC for billing; no API billing through PortOne.'],
    sources: 'manual, docs:v1/kicc',
  },
  payco: {
    unavailableApis: [CUSTOMERS_API, ONETIME_API],
    notes: ['The buyer chooses the payment method in PAYCO; `popup: true` opens a popup instead of the mobile iframe.'],
    sources: 'manual, docs:v1/payco',
  },
  kakaopay: {
    unavailableApis: [],
    notes: [
      'The buyer picks card or Kakao Money in the app, and that choice sticks for later charges (bypass.kakaopay.payment_method_type limits it).',
      'The old manual mentions a monthly charge cap per key.',
    ],
    sources: 'manual, docs:v1/kakaopay',
  },
  danal: {
    unavailableApis: [],
    notes: [SAME_AMOUNT, '`digital: true|false` is required for phone payments; `period.text` is shown as the period wording.'],
    sources: 'manual, docs:payrq',
  },
  mobilians: {
    unavailableApis: [CUSTOMERS_API, ONETIME_API],
    notes: [SAME_AMOUNT, '`digital: true|false` is required for phone payments; `mobilians.<MID>` for several MIDs.'],
    sources: 'manual, docs:v1/kg',
  },
  paymentwall: {
    unavailableApis: [],
    notes: [
      '`buyer.email` (the same one when charging later), `buyer.name` as "First Last" and `params.currency` are required; charging later also needs the buyer\'s `browser_ip`.',
      'A failure like "(PG사 결제 장애) Internal error" can turn into a paid result later (pingback): wait for the webhook before you give up.',
    ],
    sources: 'manual, docs:v1/paymentwall, docs:webhook/readme-v1',
  },
  tosspayments: {
    unavailableApis: [],
    notes: [
      'Nothing is charged at issuance whatever the amount. Without `customerId` PortOne makes a random one, and the buyer cannot be matched to the key later.',
      'REST issuance needs a Toss MID with API version 1.4.',
      SERVER_CHECK,
    ],
    sources: 'docs:v1/newtoss, docs:schema/browser-sdk.yml (customerId characters)',
  },
  smartro_v2: {
    unavailableApis: [CUSTOMERS_API],
    notes: [
      'The first issuance for a new `customerId` includes mobile identity verification; reusing the `customerId` skips it. The window is Korean only.',
      "`bypass.smartro_v2.SkinColor` (RED | GREEN | BLUE | PURPLE), `IsPwdPass: 'Y'`.",
      SERVER_CHECK,
    ],
    sources: 'docs:v1/smartro-v2',
  },
  welcome: {
    unavailableApis: [],
    notes: [
      "Card issues the key only (the amount is shown); phone charges the amount with the key. `period` is `{ from, to }` or `{ interval: '1m' | '1y' }`.",
      SERVER_CHECK,
    ],
    sources: 'docs:v1/welcome',
  },
  galaxia: {
    unavailableApis: [],
    notes: ['A key-only card window shows 1,000 KRW although nothing is charged; the buyer is told.', SERVER_CHECK],
    sources: 'docs:v1/galaxia',
  },
  naverpay: {
    unavailableApis: [],
    notes: [
      '`naverPopupMode: true` calls back; otherwise the window redirects. Send `naverProductCode` so a buyer cannot register the same product twice.',
      'The PG\'s error_msg is shown to the buyer unmodified (Naver\'s review rule); before the review the live window says "API 호출 권한이 없습니다".',
    ],
    sources: 'docs:v1/naver',
  },
  tosspay_v2: {
    unavailableApis: [],
    notes: [
      'A callback can be lost when the buyer closes the popup: set `params.notice_url` and map merchant_uid → customer_uid on your server.',
      'Reusing a customerUid makes the previous method unusable; the buyer can change the method in the Toss app.',
    ],
    sources: 'docs:v1/tosspay-v2',
  },
  settle_acc: {
    unavailableApis: [],
    notes: [
      "`pg` must be `settle_acc.<MID>`. `bypass.settle.custCi` (the buyer's encrypted CI) must match or the payment stops.",
    ],
    sources: 'docs:v1/settle/mybank',
  },
  nice_v2: {
    unavailableApis: [],
    notes: [
      'Easy pay only: `payMethod` is `naverpay_card`, `naverpay_point` or `kakaopay`. Easy-pay keys take no installments.',
      '`name` is at most 40 bytes (counted here in UTF-8, the stricter count) without % & | $ - + = [ ].',
      SERVER_CHECK,
    ],
    sources: 'docs:v1/nice-v2',
  },
  toss_brandpay: {
    unavailableApis: [],
    notes: [
      "No public pg code: pass `channelKey` (pg='toss_brandpay' only selects the rules). `customerId` is BrandPay's customerKey: 2–50 of A-Za-z0-9 - _ = . @, the same value for the same buyer (a random id stored with the member).",
      "The buyer picks a saved card or bank account in BrandPay; nothing is charged at issuance. Needs Toss's risk review and an extra contract; later charges are KRW only.",
      "Verify on your server with GET /subscribe/customers/{customer_uid}: check customer_uid, customer_id, pg_provider === 'toss_brandpay' and pg_id (the BrandPay MID). A buyer who leaves BrandPay or deletes the method makes the key unusable.",
    ],
    sources: 'docs:v1/toss-brandpay/billing (PR #1125)',
  },
  mobilians_v2: {
    unavailableApis: [],
    notes: [
      "KG파이낸셜's new module: no public pg code, pass `channelKey` (pg='mobilians_v2' only selects the rules). The old `mobilians` code stays the phone-only old module.",
      'Card with amount 0 issues the key only and needs `customerId`; any amount > 0 (card or phone) is charged with the key. `merchant_uid` is 4–40 characters.',
      "The channel's service ID must be enabled for billing, or the window only pays. Test-channel card keys cannot be charged; charges take no VAT / tax-free amounts. `bypass.mobilians_v2` (cp_logo, css_type, hidden_options).",
    ],
    sources: 'docs:v1/kg-mobilians-v2',
  },
  payletter_global: {
    unavailableApis: [],
    notes: [
      'Issues the key only with a first payment (amount > 0), which may stay pending: read `status` on your server with GET /payments/{imp_uid} (include_sandbox=true on test channels) and take the webhook (`notice_url`) for the later approval.',
      'Takes no pay_method; narrow the methods with `bypass.payletter_global.pginfo` (PLCreditCard, PLCreditCardMpi, PLUnionPay_HC). `buyer.email` is required, `merchant_uid` letters and digits only, `currency` KRW, USD or JPY. SDK ≥ 1.3.0.',
    ],
    sources: 'docs:v1/payletter-global',
  },
  jtnet: {
    unavailableApis: [CUSTOMERS_API],
    notes: ['Discontinued: the JTNet service ended on 2023-01-31 (merged into NICE; window billing not carried over).'],
    sources: 'seed:000, seed:001, seed:004, notice',
  },
  chai: {
    unavailableApis: [],
    notes: ['Discontinued: CHAI payments stopped on 2024-11-01. It redirected on PC too.'],
    sources: 'manual',
  },
};
