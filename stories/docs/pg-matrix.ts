/**
 * The docs' PG matrix, generated from the rules table (`PG_RULES`, behaviour) and `PG_DOCS` (developer notes), so the
 * README section and the Storybook page cannot drift from the code. Lives outside `src/` so it never ships in the bundle.
 * Cells are plain text with `backtick` code spans; the Markdown renderer and the React table both read {@link pgMatrixRows}.
 */
import { PG_DOCS } from '../../src/core/pg-docs';
import { PG_RULES, type PgCode, type PgRule } from '../../src/core/pg-rules';

/** One column of the matrix: the row field it shows and its header. */
export interface PgMatrixColumn {
  key: keyof PgMatrixRow;
  header: string;
}

/** One PG's row; every cell is text that may contain `code` spans. */
export interface PgMatrixRow {
  code: string;
  name: string;
  payMethod: string;
  zeroAmount: string;
  positiveAmount: string;
  pc: string;
  mobile: string;
  buyerFields: string;
  unavailableApis: string;
  notes: string;
}

/** The matrix columns, in order. */
export const PG_MATRIX_COLUMNS: readonly PgMatrixColumn[] = [
  { key: 'code', header: 'PG code' },
  { key: 'name', header: 'Name' },
  { key: 'payMethod', header: 'pay_method (default first)' },
  { key: 'zeroAmount', header: 'amount 0' },
  { key: 'positiveAmount', header: 'amount > 0' },
  { key: 'pc', header: 'Result on PC' },
  { key: 'mobile', header: 'Result on mobile' },
  { key: 'buyerFields', header: 'Required buyer fields' },
  { key: 'unavailableApis', header: 'REST APIs not usable' },
  { key: 'notes', header: 'Notes' },
];

/** Shown in an empty cell. */
export const NONE = '—';

const code = (text: string) => `\`${text}\``;
const list = (items: readonly string[]) => (items.length === 0 ? NONE : items.join(', '));

function payMethodCell(rule: PgRule): string {
  const methods = list(rule.payMethods.map(code));
  return rule.payMethodChosenByBuyer ? `${methods} (ignored: the buyer chooses in the PG's app)` : methods;
}

function zeroAmountCell(rule: PgRule): string {
  if (rule.zeroAmount === 'not-allowed') return 'not allowed (amount must be > 0)';
  if (rule.zeroAmount === 'test-charge')
    return `key + a ${rule.testChargeAmount ?? '?'} KRW test charge, cancelled about 30 minutes later`;
  return 'key only';
}

function positiveAmountCell(rule: PgRule): string {
  return rule.positiveAmount === 'charged'
    ? 'charged with the key'
    : `shown only; charge it with ${code('POST /subscribe/payments/again')}`;
}

/** The matrix rows, one per PG, in the rules table's order. */
export function pgMatrixRows(): PgMatrixRow[] {
  return (Object.keys(PG_RULES) as PgCode[]).map((pg) => {
    const rule: PgRule = PG_RULES[pg];
    const doc = PG_DOCS[pg];
    const delivery = (how: PgRule['delivery']['pc']) =>
      how === 'redirect' ? `redirect to ${code('m_redirect_url')}` : 'callback';
    return {
      code: code(pg),
      name: doc.label,
      payMethod: payMethodCell(rule),
      zeroAmount: zeroAmountCell(rule),
      positiveAmount: positiveAmountCell(rule),
      pc: delivery(rule.delivery.pc),
      mobile: delivery(rule.delivery.mobile),
      buyerFields: list(rule.requiredBuyerFields.map((field) => code(`buyer.${field}`))),
      unavailableApis: list(doc.unavailableApis.map(code)),
      notes: doc.notes.length === 0 ? NONE : doc.notes.join(' '),
    };
  });
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
