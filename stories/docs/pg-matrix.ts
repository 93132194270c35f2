/**
 * The docs' PG matrices, v1 and v2, generated from the rules tables (`PG_RULES`, `V2_PG_RULES`: behaviour) and
 * `PG_DOCS` (developer notes), so docs/pg-matrix.md and the Storybook page cannot drift from the code. Lives outside
 * `src/` so it never ships in the bundle. Cells are plain text with `backtick` code spans; the Markdown renderer and the
 * React tables both read {@link pgMatrixRows} and {@link v2PgMatrixRows}.
 */
import { NOT_WINDOW_BILLING_PGS } from '../../src/core/rules/v1-not-window';
import { PG_RULES, type MethodRule, type PayMethod, type PgRule } from '../../src';
import type { KnownPgCode } from '../../src/core/rules/v1-pg-lookup';
import { PG_LABELS } from '../../src/core/rules/pg-labels';
import { PG_DOCS, V1_SERVER_NOTES } from '../../src/pg-docs/index';
import { V2_PG_RULES, V2_REFUSED_PGS, type KnownV2PgCode } from '../../src/core/rules/v2-pg-rules';
import { V2_DEFAULT_DELIVERY, type V2PgRule, type V2RequiredField } from '../../src/core/rules/v2-pg-rule';
import { V2_PG_ADVICE, type V2PgAdvice } from '../../src/core/rules/v2-pg-advice';
import { V2_PG_LABELS } from '../../src/core/rules/pg-labels';
import { PAYPAL_PG, PAYPAL_RT_RULE, V2_PAYPAL_RT_RULE } from '../../src/core/rules/paypal-rules';

/** One column of the matrix: the row field it shows and its header. */
export interface PgMatrixColumn {
  key: keyof PgMatrixRow;
  header: string;
}

/** One PG's row; every cell is text that may contain `code` spans. */
export interface PgMatrixRow {
  code: string;
  name: string;
  status: string;
  payMethod: string;
  zeroAmount: string;
  positiveAmount: string;
  pc: string;
  mobile: string;
  required: string;
  unavailableApis: string;
  notes: string;
}

/** The matrix columns, in order. */
export const PG_MATRIX_COLUMNS: readonly PgMatrixColumn[] = [
  { key: 'code', header: 'PG code' },
  { key: 'name', header: 'Name' },
  { key: 'status', header: 'Status' },
  { key: 'payMethod', header: 'pay_method (default first)' },
  { key: 'zeroAmount', header: 'amount 0' },
  { key: 'positiveAmount', header: 'amount > 0' },
  { key: 'pc', header: 'Result on PC' },
  { key: 'mobile', header: 'Result on mobile' },
  { key: 'required', header: 'Required besides the basics' },
  { key: 'unavailableApis', header: 'REST APIs not usable' },
  { key: 'notes', header: 'Notes' },
];

/** Shown in an empty cell. */
export const NONE = '—';

const code = (text: string) => `\`${text}\``;
const list = (items: readonly string[]) => (items.length === 0 ? NONE : items.join(', '));
const methodsOf = (rule: PgRule) => Object.entries(rule.methods) as [PayMethod, MethodRule][];

// One text per method, prefixed with the method when the PG's rules differ by method (Welcome, Galaxia).
function perMethod(rule: PgRule, describe: (method: MethodRule) => string): string {
  const methods = methodsOf(rule);
  const texts = methods.map(([, method]) => describe(method));
  if (new Set(texts).size === 1) return texts[0]!;
  return methods.map(([name], i) => `${code(name)}: ${texts[i]}`).join(' · ');
}

function payMethodCell(rule: PgRule): string {
  const methods = list(methodsOf(rule).map(([name]) => code(name)));
  if (rule.payMethodDefault === 'never') return 'none: never sent (the buyer picks in the window)';
  if (rule.payMethodDefault === 'omit') return `left out (the buyer chooses in the PG); may be ${methods}`;
  if (rule.payMethodDefault === 'required') return `one of ${methods}, required`;
  return methods;
}

function zeroAmountCell(method: MethodRule): string {
  if (method.zeroAmount === 'not-allowed') return 'not allowed (amount must be > 0)';
  if (method.zeroAmount === 'test-charge') {
    return `key + a ${method.testChargeAmount ?? '?'} KRW test charge, cancelled about 30 minutes later`;
  }
  return method.windowAmountAtZero ? `key only (the window shows ${method.windowAmountAtZero} KRW)` : 'key only';
}

function positiveAmountCell(method: MethodRule): string {
  if (method.positiveAmount === 'charged') {
    return method.mayStayPending ? 'charged with the key; may stay pending (confirm on your server)' : 'charged with the key';
  }
  if (method.positiveAmount === 'not-used') return 'not shown, not charged (key only)';
  return `shown only; charge it with ${code('POST /subscribe/payments/again')}`;
}

function requiredCell(rule: PgRule): string {
  const items = [
    ...(rule.mid === 'required' ? [`${code('pg')} with the MID`] : []),
    ...(rule.channelKeyOnly ? [`${code('channelKey')} (no public pg code: never sent)`] : []),
    ...(rule.merchantUidCharset === 'alphanumeric' ? [`${code('merchantUid')} letters and digits`] : []),
    ...(rule.merchantUidMinLength ? [`${code('merchantUid')} ≥ ${rule.merchantUidMinLength} characters`] : []),
    ...rule.requiredBuyerFields.map(
      (field) => code(`buyer.${field}`) + (field === 'name' && rule.buyerNameFormat ? ' ("First Last")' : ''),
    ),
    ...(rule.customerId?.required
      ? [`${code('customerId')}${rule.customerId.maxLength ? ` (≤ ${rule.customerId.maxLength})` : ''}`]
      : []),
    ...(rule.payMethodDefault === 'required' ? [code('payMethod')] : []),
    ...(rule.requiredParams ?? []).map((param) => code(`params.${param.key}`)),
    ...methodsOf(rule).flatMap(([name, method]) =>
      (method.requiredParams ?? []).map((param) => `${code(`params.${param.key}`)} (${name})`),
    ),
    ...methodsOf(rule)
      .filter(([, method]) => method.customerIdRequiredAtZero)
      .map(([name]) => `${code('customerId')} (${name} at amount 0)`),
  ];
  return list(items);
}

/** The matrix rows, one per PG, in the rules table's order: live PGs first, then the discontinued ones. */
export function pgMatrixRows(): PgMatrixRow[] {
  const codes = (Object.keys(PG_RULES) as KnownPgCode[]).sort(
    (a, b) => Number(PG_RULES[a].status === 'discontinued') - Number(PG_RULES[b].status === 'discontinued'),
  );
  return codes.map((pg) => {
    const rule: PgRule = PG_RULES[pg];
    const doc = PG_DOCS[pg];
    const delivery = (how: PgRule['delivery']['pc']) => {
      const text = how === 'redirect' ? `redirect to ${code('m_redirect_url')}` : 'callback';
      const when = rule.callbackWhenParam;
      return how === 'redirect' && when ? `${text} (callback with ${code(`${when.key}: ${String(when.value)}`)})` : text;
    };
    return {
      code: code(pg),
      name: PG_LABELS[pg].en,
      status: rule.status === 'live' ? 'live' : 'discontinued',
      payMethod: payMethodCell(rule),
      zeroAmount: perMethod(rule, zeroAmountCell),
      positiveAmount: perMethod(rule, positiveAmountCell),
      pc: delivery(rule.delivery.pc),
      mobile: delivery(rule.delivery.mobile),
      required: requiredCell(rule),
      unavailableApis: list(doc.unavailableApis.map(code)),
      notes: doc.notes.length === 0 ? NONE : doc.notes.join(' '),
    };
  });
}

/** PG codes PortOne knows that do not issue v1 billing keys through the window, with the reason. */
export function notWindowRows(): { code: string; reason: string }[] {
  return Object.entries(NOT_WINDOW_BILLING_PGS).map(([pg, reason]) => ({ code: code(pg), reason }));
}

/** One v2 PG's row (`react-billing-key/v2`); every cell is text that may contain `code` spans. */
export interface V2PgMatrixRow {
  code: string;
  name: string;
  methods: string;
  displayAmount: string;
  locale: string;
  required: string;
  pc: string;
  mobile: string;
  notes: string;
}

/** The v2 matrix columns, in order. */
export const V2_PG_MATRIX_COLUMNS: readonly { key: keyof V2PgMatrixRow; header: string }[] = [
  { key: 'code', header: 'pg' },
  { key: 'name', header: 'Name' },
  { key: 'methods', header: 'billingKeyMethod (default first)' },
  { key: 'displayAmount', header: 'displayAmount' },
  { key: 'locale', header: 'params.locale' },
  { key: 'required', header: 'Required besides the basics' },
  { key: 'pc', header: 'Result on PC' },
  { key: 'mobile', header: 'Result on mobile' },
  { key: 'notes', header: 'Notes' },
];

const V2_FIELD_TEXT: Record<V2RequiredField, string> = {
  issueName: 'issueName',
  'customer.customerId': 'customer.customerId',
  'customer.name': 'customer.fullName',
  'customer.phoneNumber': 'customer.phoneNumber',
  'customer.email': 'customer.email',
  productType: 'params.productType',
  offerPeriod: 'params.offerPeriod',
  redirectUrl: 'redirectUrl',
  'easyPay.easyPayProvider': 'params.easyPay.easyPayProvider',
};

function v2DisplayAmountCell(rule: V2PgRule): string {
  const zero = rule.windowAmountAtZero ? `; at 0 the window shows ${rule.windowAmountAtZero} KRW` : '';
  const currencies = rule.currencies ? ` (${rule.currencies.map(code).join(', ')})` : '';
  return rule.showsDisplayAmount
    ? `shown, not charged${currencies}${zero}`
    : 'not shown (a development warning; the buyer hears nothing)';
}

function v2LocaleCell(rule: V2PgRule): string {
  if (!rule.locales) return 'any';
  const shown = rule.locales.map(code).join(', ');
  const other = rule.otherLocales === 'ignored' ? 'others ignored (warned)' : 'others refused';
  const ignoredOn = rule.localeIgnoredOn?.length ? `; ignored on ${rule.localeIgnoredOn.join(' and ')} (warned)` : '';
  return `${shown}; ${other}${ignoredOn}`;
}

function v2RequiredCell(rule: V2PgRule): string {
  const items = [
    ...rule.required.filter((field) => field !== 'issueName').map((field) => code(V2_FIELD_TEXT[field])),
    ...(['pc', 'mobile'] as const).flatMap((device) =>
      (rule.requiredOn?.[device] ?? []).map((field) => `${code(V2_FIELD_TEXT[field])} (${device === 'pc' ? 'PC' : 'mobile'})`),
    ),
    ...(rule.customerId?.maxLength ? [`${code('customer.customerId')} ≤ ${rule.customerId.maxLength}`] : []),
  ];
  return list(items);
}

function v2NotesCell(rule: V2PgRule, advice: V2PgAdvice | undefined): string {
  const notes = [
    ...(rule.firstPayment?.methods.length
      ? [`${rule.firstPayment.methods.map(code).join(', ')} only with a first payment (issue-and-pay: \`payment\`).`]
      : []),
    ...(rule.cardCompanyIgnored ? [`${code('card.cardCompany')} has no effect (warned).`] : []),
    ...(rule.easyPayMethodChoice
      ? [
          `${code(rule.easyPayMethodChoice.provider)} needs ${code('easyPay.availablePayMethods')} of exactly one of ` +
            `${rule.easyPayMethodChoice.oneOf.map(code).join(', ')}.`,
        ]
      : []),
    ...(rule.windowTypes
      ? [`Window: PC ${rule.windowTypes.pc.map(code).join(', ')}, mobile ${rule.windowTypes.mobile.map(code).join(', ')}.`]
      : []),
    ...(advice?.recommendedParams?.length
      ? [`Recommended: ${advice.recommendedParams.map((p) => code(`params.${p}`)).join(', ')}.`]
      : []),
    ...(rule.pgMessageVerbatim ? ['The PG’s message reaches the buyer unmodified.'] : []),
  ];
  return notes.length === 0 ? NONE : notes.join(' ');
}

/** The v2 matrix rows, one per PG of `V2_PG_RULES`, in the table's order. */
export function v2PgMatrixRows(): V2PgMatrixRow[] {
  return (Object.keys(V2_PG_RULES) as KnownV2PgCode[]).map((pg) => {
    const rule: V2PgRule = V2_PG_RULES[pg];
    const delivery = (how: 'callback' | 'redirect') => (how === 'redirect' ? `redirect to ${code('redirectUrl')}` : 'promise');
    return {
      code: code(pg),
      name: V2_PG_LABELS[pg].en,
      methods:
        rule.methods.map(code).join(', ') ||
        `none through the window (${(rule.firstPayment?.methods ?? []).map(code).join(', ')} with \`payment\`)`,
      displayAmount: v2DisplayAmountCell(rule),
      locale: v2LocaleCell(rule),
      required: v2RequiredCell(rule),
      pc: delivery((rule.delivery ?? V2_DEFAULT_DELIVERY).pc),
      mobile: delivery((rule.delivery ?? V2_DEFAULT_DELIVERY).mobile),
      notes: v2NotesCell(rule, V2_PG_ADVICE[pg]),
    };
  });
}

/** v2 PG names that do not issue keys through a `requestIssueBillingKey` window, with the reason. */
export function v2RefusedRows(): { code: string; reason: string }[] {
  return Object.entries(V2_REFUSED_PGS).map(([pg, reason]) => ({ code: code(pg), reason }));
}

/** One way PortOne issues billing keys, and what the library offers for it; every cell may contain `code` spans. */
export interface FlowRow {
  flow: string;
  call: string;
  library: string;
  charged: string;
  pgs: string;
}

/** The flows table's columns, in order. */
export const FLOW_COLUMNS: readonly { key: keyof FlowRow; header: string }[] = [
  { key: 'flow', header: 'Flow' },
  { key: 'call', header: 'PortOne call' },
  { key: 'library', header: 'In the library' },
  { key: 'charged', header: 'Charged at issuance' },
  { key: 'pgs', header: 'PGs (from the rules)' },
];

/**
 * Every billing flow, both generations (docs/flows.md): the window, issue-and-pay and PayPal RT, with the PGs each
 * serves read from the rules tables (a v1 method that charges a positive amount, a v2 rule's `firstPayment`, the PayPal
 * RT rules).
 */
export function flowRows(): FlowRow[] {
  const live = (Object.keys(PG_RULES) as KnownPgCode[]).filter((pg) => PG_RULES[pg].status === 'live');
  const v1Charging = live.flatMap((pg) => {
    const charging = methodsOf(PG_RULES[pg]).filter(([, method]) => method.positiveAmount === 'charged');
    if (charging.length === 0) return [];
    const all = charging.length === methodsOf(PG_RULES[pg]).length;
    return [all ? code(pg) : `${code(pg)} (${charging.map(([name]) => code(name)).join(', ')})`];
  });
  const v2 = Object.keys(V2_PG_RULES) as KnownV2PgCode[];
  const v2AndPay = v2.flatMap((pg) => {
    const first = (V2_PG_RULES[pg] as V2PgRule).firstPayment;
    return first?.methods.length ? [`${code(pg)} (${first.methods.map(code).join(', ')})`] : [];
  });
  return [
    {
      flow: 'Window (v1)',
      call: code('IMP.request_pay'),
      library: `${code('BillingKeyButton')}, ${code('useBillingKey')} (${code('react-billing-key')})`,
      charged: 'no, at amount 0 (see the v1 table for what each PG does with an amount)',
      pgs: `every live PG of the v1 table (${live.length})`,
    },
    {
      flow: 'Issue and pay (v1)',
      call: `${code('IMP.request_pay')} with ${code('amount')} > 0`,
      library: `${code('BillingKeyButton')} with ${code('amount')}`,
      charged: `yes: ${code('amount')} (${code('result.charged')})`,
      pgs: list(v1Charging),
    },
    {
      flow: 'Window (v2)',
      call: code('PortOne.requestIssueBillingKey'),
      library: `${code('BillingKeyButton')}, ${code('useBillingKey')} (${code('react-billing-key/v2')})`,
      charged: `no (${code('displayAmount')} is at most shown)`,
      pgs: list(v2.filter((pg) => V2_PG_RULES[pg].methods.length > 0).map(code)),
    },
    {
      flow: 'Issue and pay (v2)',
      call: code('PortOne.requestIssueBillingKeyAndPay'),
      library: `${code('BillingKeyButton')} / ${code('useBillingKey().request')} with ${code('payment')}`,
      charged: `yes: ${code('payment.totalAmount')} (${code('result.charged')}, ${code('result.payment')})`,
      pgs: list(v2AndPay),
    },
    {
      flow: 'PayPal RT (v1)',
      call: code("IMP.loadUI('paypal-rt', …)"),
      library: `${code('PayPalBillingButton')} (${code('react-billing-key')})`,
      charged: 'no',
      pgs: `${code(PAYPAL_PG)} (${Object.keys(PAYPAL_RT_RULE.methods).map(code).join(', ')}; ${code('channelKey')})`,
    },
    {
      flow: 'PayPal RT (v2)',
      call: code("PortOne.loadIssueBillingKeyUI({ uiType: 'PAYPAL_RT' })"),
      library: `${code('PayPalBillingButton')} (${code('react-billing-key/v2')})`,
      charged: 'no',
      pgs: `${code(PAYPAL_PG)} (${V2_PAYPAL_RT_RULE.methods.map(code).join(', ')})`,
    },
  ];
}

const markdownRow = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
function markdownTable<K extends string>(
  columns: readonly { key: K; header: string }[],
  rows: readonly Record<K, string>[],
): string[] {
  return [
    markdownRow(columns.map((column) => column.header)),
    markdownRow(columns.map(() => '---')),
    ...rows.map((r) => markdownRow(columns.map((column) => r[column.key]))),
  ];
}

/** Where the generated matrices live (relative to the repository root). */
export const PG_MATRIX_FILE = 'docs/pg-matrix.md';

/** docs/pg-matrix.md: both generations' matrices, their refusals and the server notes, generated. */
export function renderPgMatrixDocument(): string {
  const reasons = (rows: { code: string; reason: string }[]) =>
    markdownTable(
      [
        { key: 'code', header: 'PG' },
        { key: 'reason', header: 'Why' },
      ] as const,
      rows,
    );
  return [
    '# PG matrix',
    '',
    '<!-- Generated from PG_RULES, V2_PG_RULES and PG_DOCS by `npm run docs:matrix`. Do not edit by hand. -->',
    '',
    'What each PG does when a billing key is issued through its window, generated from the rules tables the library',
    'validates with (facts and sources: [pg-facts.md](pg-facts.md)). A merchant adds or overrides a row with the',
    "provider's `pgRules`.",
    '',
    '## Flows',
    '',
    'Besides the window, PortOne issues keys together with a first payment (issue-and-pay) and through PayPal RT',
    "(PayPal's own button in a container on your page); both come with the window's guarantees ([flows.md](flows.md)).",
    '',
    ...markdownTable(FLOW_COLUMNS, flowRows()),
    '',
    '## PortOne v1 (`react-billing-key`, `IMP.request_pay`)',
    '',
    ...markdownTable(PG_MATRIX_COLUMNS, pgMatrixRows()),
    '',
    'Not through the v1 window (a request for these is `INVALID_PARAMS` on `pg`, with this hint in development):',
    '',
    ...reasons(notWindowRows()),
    '',
    'On your server, for every v1 PG:',
    '',
    ...V1_SERVER_NOTES.map((note) => `- ${note}`),
    '',
    '## PortOne v2 (`react-billing-key/v2`, `PortOne.requestIssueBillingKey`)',
    '',
    '`requestIssueBillingKey` charges nothing: `displayAmount` is at most shown. The buyer is told about it only where',
    "the PG's window shows it; elsewhere the developer is warned.",
    '',
    ...markdownTable(V2_PG_MATRIX_COLUMNS, v2PgMatrixRows()),
    '',
    'Not through a v2 `requestIssueBillingKey` window (`INVALID_PARAMS` on `pg`, with this hint in development):',
    '',
    ...reasons(v2RefusedRows()),
    '',
  ].join('\n');
}

/** First and last line of the generated block in README.md. */
export const PG_MATRIX_START = '<!-- pg-matrix:start -->';
export const PG_MATRIX_END = '<!-- pg-matrix:end -->';

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The README's generated block: a pointer to the matrices' own file, with the PGs each generation covers. */
export function renderPgMatrixMarkdown(): string {
  const names = (codes: readonly string[]) => codes.map(code).join(', ');
  return [
    PG_MATRIX_START,
    '<!-- Generated from PG_RULES and V2_PG_RULES by `npm run docs:matrix`. Do not edit by hand. -->',
    '',
    `The PG matrix, v1 and v2, is generated into [${PG_MATRIX_FILE}](${PG_MATRIX_FILE}) (and shown by Storybook's`,
    '"Docs/PG matrix" page).',
    '',
    `- v1 (${pgMatrixRows().length} PGs): ${names(Object.keys(PG_RULES))}`,
    `- v2 (${v2PgMatrixRows().length} PGs): ${names(Object.keys(V2_PG_RULES))}`,
    '',
    PG_MATRIX_END,
  ].join('\n');
}

/** The generated block currently in `readme` (markers included), or `null` when the markers are missing. */
export function findPgMatrixBlock(readme: string): string | null {
  const start = readme.indexOf(PG_MATRIX_START);
  const end = readme.indexOf(PG_MATRIX_END, start);
  return start === -1 || end === -1 ? null : readme.slice(start, end + PG_MATRIX_END.length);
}

/** `readme` with its generated block replaced by a fresh one. Throws when the markers are missing. */
export function replacePgMatrixBlock(readme: string): string {
  const current = findPgMatrixBlock(readme);
  if (current === null) throw new Error(`README.md has no ${PG_MATRIX_START} … ${PG_MATRIX_END} block`);
  return readme.replace(current, () => renderPgMatrixMarkdown());
}
