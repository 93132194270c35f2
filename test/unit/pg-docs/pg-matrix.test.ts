import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PG_RULES } from '../../../src';
import { PG_DOCS } from '../../../src/pg-docs/index';
import {
  findPgMatrixBlock,
  PG_MATRIX_COLUMNS,
  pgMatrixRows,
  renderPgMatrixMarkdown,
  replacePgMatrixBlock,
} from '../../../stories/docs/pg-matrix';

const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
const rowOf = (pg: string) => pgMatrixRows().find((row) => row.code === `\`${pg}\``)!;

describe('PG matrix in the docs', () => {
  it('README.md holds exactly the matrix generated from PG_RULES and PG_DOCS', () => {
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
    const block = renderPgMatrixMarkdown();
    for (const pg of ['nice', 'ksnet', 'daou', 'settle', 'uplus', 'eximbay', 'tosspay', 'kpn', 'paypal_v2']) {
      expect(block).toContain(`| \`${pg}\` |`);
    }
  });

  it('renders a Markdown table whose rows have as many cells as the header (pipes in cells escaped)', () => {
    const lines = renderPgMatrixMarkdown()
      .split('\n')
      .filter((line) => line.startsWith('|'));
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    const main = lines.slice(0, 2 + Object.keys(PG_RULES).length);
    for (const line of main) expect(cells(line)).toBe(cells(main[0]!));
  });

  it('replaces only the generated block', () => {
    const stale = 'intro\n<!-- pg-matrix:start -->\nold table\n<!-- pg-matrix:end -->\noutro\n';
    expect(replacePgMatrixBlock(stale)).toBe(`intro\n${renderPgMatrixMarkdown()}\noutro\n`);
    expect(() => replacePgMatrixBlock('no markers')).toThrow(/pg-matrix:start/);
  });
});
