/**
 * The docs' PG matrix, generated from the rules table (`PG_RULES`, behaviour) and `PG_DOCS` (developer notes), so the
 * README section and the Storybook page cannot drift from the code. Lives outside `src/` so it never ships in the bundle.
 * Cells are plain text with `backtick` code spans; the Markdown renderer and the React table both read {@link pgMatrixRows}.
 */
import { NOT_WINDOW_BILLING_PGS } from '../../src/core/rules/v1-not-window';
import { PG_RULES, type MethodRule, type PayMethod, type PgRule } from '../../src';
import type { KnownPgCode } from '../../src/core/rules/v1-pg-lookup';
import { PG_LABELS } from '../../src/core/rules/pg-labels';
import { PG_DOCS } from '../../src/pg-docs/index';

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
  return method.positiveAmount === 'charged'
    ? 'charged with the key'
    : `shown only; charge it with ${code('POST /subscribe/payments/again')}`;
}

function requiredCell(rule: PgRule): string {
  const items = [
    ...(rule.mid === 'required' ? [`${code('pg')} with the MID`] : []),
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

/** First and last line of the generated block in README.md. */
export const PG_MATRIX_START = '<!-- pg-matrix:start -->';
export const PG_MATRIX_END = '<!-- pg-matrix:end -->';

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The matrix as a GitHub-flavoured Markdown table, between the README markers. */
export function renderPgMatrixMarkdown(): string {
  const row = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [
    PG_MATRIX_START,
    '<!-- Generated from PG_RULES and PG_DOCS by `npm run docs:matrix`. Do not edit by hand. -->',
    '',
    row(PG_MATRIX_COLUMNS.map((column) => column.header)),
    row(PG_MATRIX_COLUMNS.map(() => '---')),
    ...pgMatrixRows().map((r) => row(PG_MATRIX_COLUMNS.map((column) => r[column.key]))),
    '',
    'Not through the v1 window (a request for these is `INVALID_PARAMS` on `pg`, with this hint in development):',
    '',
    row(['PG code', 'Why']),
    row(['---', '---']),
    ...notWindowRows().map((r) => row([r.code, r.reason])),
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
