import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PG_RULES } from '../../../src';
import { PG_DOCS } from '../../../src/pg-docs/index';
import { PG_RULES as V2_PG_RULES } from '../../../src/v2';
import {
  findPgMatrixBlock,
  flowRows,
  PG_MATRIX_COLUMNS,
  PG_MATRIX_FILE,
  pgMatrixRows,
  renderPgMatrixDocument,
  renderPgMatrixMarkdown,
  replacePgMatrixBlock,
  V2_PG_MATRIX_COLUMNS,
  v2PgMatrixRows,
} from '../../../stories/docs/pg-matrix';

const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
const matrixFile = readFileSync(path.resolve(__dirname, '../../..', PG_MATRIX_FILE), 'utf8');
const v2RowOf = (pg: string) => v2PgMatrixRows().find((row) => row.code === `\`${pg}\``)!;
const rowOf = (pg: string) => pgMatrixRows().find((row) => row.code === `\`${pg}\``)!;

describe('PG matrix in the docs', () => {
  it('docs/pg-matrix.md holds exactly the v1 and v2 matrices generated from the rules', () => {
    expect(matrixFile, 'docs/pg-matrix.md is out of date: run `npm run docs:matrix`').toBe(renderPgMatrixDocument());
  });

  it('the v2 matrix has one row per V2_PG_RULES entry and states what each window shows (2026-12)', () => {
    expect(v2PgMatrixRows().map((row) => row.code)).toEqual(Object.keys(V2_PG_RULES).map((pg) => `\`${pg}\``));
    for (const row of v2PgMatrixRows()) for (const { key } of V2_PG_MATRIX_COLUMNS) expect(row[key]).not.toBe('');
    expect(v2RowOf('tosspayments').methods).toBe('`CARD`, `TRANSFER`');
    expect(v2RowOf('tosspayments').displayAmount).toMatch(/^not shown/);
    expect(v2RowOf('tosspayments').locale).toMatch(/others ignored/);
    for (const pg of ['inicis_v2', 'welcome', 'naverpay', 'galaxia']) expect(v2RowOf(pg).displayAmount).toMatch(/^shown/);
    expect(v2RowOf('galaxia').displayAmount).toContain('1000 KRW');
    expect(v2RowOf('inicis_v2').locale).toMatch(/ignored on mobile/);
    for (const pg of ['inicis_v2', 'kcp_v2', 'kpn']) expect(v2RowOf(pg).notes).toContain('`card.cardCompany` has no effect');
    expect(v2RowOf('nice_v2').notes).toMatch(/`NAVERPAY` needs `easyPay.availablePayMethods` of exactly one of `CARD`, `CHARGE`/);
    expect(matrixFile).toContain('| `payletter_global` |');
  });

  it('lists every billing flow with the PGs the rules give it: window, issue-and-pay, PayPal RT (issue 24)', () => {
    const flow = (name: string) => flowRows().find((row) => row.flow === name)!;
    expect(flowRows().map((row) => row.flow)).toEqual([
      'Window (v1)',
      'Issue and pay (v1)',
      'Window (v2)',
      'Issue and pay (v2)',
      'PayPal RT (v1)',
      'PayPal RT (v2)',
    ]);
    expect(flow('Issue and pay (v2)').pgs).toBe(
      '`inicis_v2` (`MOBILE`), `welcome` (`MOBILE`), `galaxia` (`MOBILE`), `eximbay_v2` (`CARD`), `payletter_global` (`CARD`)',
    );
    expect(flow('Issue and pay (v2)').call).toBe('`PortOne.requestIssueBillingKeyAndPay`');
    expect(flow('Window (v2)').pgs).not.toContain('eximbay_v2');
    expect(flow('Issue and pay (v1)').pgs).toContain('`welcome` (`phone`)');
    expect(flow('Issue and pay (v1)').pgs).not.toContain('`tosspayments`');
    expect(flow('PayPal RT (v1)').call).toContain("IMP.loadUI('paypal-rt'");
    expect(flow('PayPal RT (v2)').pgs).toBe('`paypal_v2` (`PAYPAL`)');
    expect(matrixFile).toContain('## Flows');
  });

  it('the new v1 rows (2026-12) read as the facts say', () => {
    expect(rowOf('toss_brandpay')).toMatchObject({ pc: 'callback', mobile: 'callback', payMethod: '`toss_brandpay`' });
    expect(rowOf('toss_brandpay').required).toContain('`channelKey` (no public pg code: never sent)');
    expect(rowOf('mobilians_v2').required).toMatch(/`merchantUid` ≥ 4 characters.*`customerId` \(card at amount 0\)/);
    expect(rowOf('payletter_global').payMethod).toMatch(/^none/);
    expect(rowOf('payletter_global').positiveAmount).toMatch(/may stay pending/);
    expect(matrixFile).toContain('include_sandbox=true');
  });

  it('README.md holds exactly the generated pointer to the matrices', () => {
    const block = findPgMatrixBlock(readme);
    expect(block, 'README.md lost its <!-- pg-matrix:start --> … <!-- pg-matrix:end --> markers').not.toBeNull();
    expect(block, 'README.md PG matrix is out of date: run `npm run docs:matrix`').toBe(renderPgMatrixMarkdown());
  });

  it('has one row per PG in the rules table (live first, then discontinued), every column filled', () => {
    const rows = pgMatrixRows();
    expect(rows.map((row) => row.code).sort()).toEqual(
      Object.keys(PG_RULES)
        .map((pg) => `\`${pg}\``)
        .sort(),
    );
    for (const row of rows) for (const { key } of PG_MATRIX_COLUMNS) expect(row[key]).not.toBe('');
    expect(rows.slice(-2).map((row) => row.status)).toEqual(['discontinued', 'discontinued']);
    expect(Object.keys(PG_DOCS).sort()).toEqual(Object.keys(PG_RULES).sort());
  });

  it('states each PG behaviour from the rules', () => {
    expect(rowOf('danal_tpay').zeroAmount).toMatch(/10 KRW test charge.*30 minutes/);
    expect(rowOf('jtnet')).toMatchObject({
      status: 'discontinued',
      zeroAmount: 'key only',
      positiveAmount: 'charged with the key',
      pc: 'callback',
    });
    expect(rowOf('jtnet').mobile).toContain('redirect');
    expect(rowOf('html5_inicis').positiveAmount).toContain('/subscribe/payments/again');
    expect(rowOf('chai')).toMatchObject({ payMethod: '`trans`', status: 'discontinued' });
    expect(rowOf('chai').pc).toContain('redirect');
    expect(rowOf('kakaopay').payMethod).toMatch(/^left out/);
    expect(rowOf('danal')).toMatchObject({ payMethod: '`phone`', zeroAmount: expect.stringMatching(/^not allowed/) });
    expect(rowOf('danal').required).toContain('params.digital');
    expect(rowOf('paymentwall').required).toContain('`buyer.email`');
    expect(rowOf('welcome').positiveAmount).toMatch(/`card`: shown only.*`phone`: charged/);
    expect(rowOf('galaxia').zeroAmount).toContain('1000 KRW');
    expect(rowOf('naverpay').pc).toContain('naverPopupMode: true');
    expect(rowOf('settle_acc').required).toContain('MID');
    expect(rowOf('html5_inicis').unavailableApis).toContain('POST /subscribe/payments/onetime');
    expect(rowOf('kcp_billing')).toMatchObject({ required: '—', unavailableApis: '—' });
  });

  it('lists the PGs that do not bill through the v1 window, with the reason', () => {
    const block = renderPgMatrixDocument();
    for (const pg of ['nice', 'ksnet', 'daou', 'settle', 'uplus', 'eximbay', 'tosspay', 'kpn', 'paypal_v2']) {
      expect(block).toContain(`| \`${pg}\` |`);
    }
  });

  it('renders Markdown tables whose rows have as many cells as their header (pipes in cells escaped)', () => {
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    for (const table of renderPgMatrixDocument()
      .split(/\n\n+/)
      .filter((block) => block.startsWith('|'))) {
      const lines = table.split('\n').filter((line) => line !== '');
      for (const line of lines) expect(cells(line)).toBe(cells(lines[0]!));
    }
  });

  it('replaces only the generated block', () => {
    const stale = 'intro\n<!-- pg-matrix:start -->\nold table\n<!-- pg-matrix:end -->\noutro\n';
    expect(replacePgMatrixBlock(stale)).toBe(`intro\n${renderPgMatrixMarkdown()}\noutro\n`);
    expect(() => replacePgMatrixBlock('no markers')).toThrow(/pg-matrix:start/);
  });
});
