import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PG_RULES } from '../../src';
import { PG_DOCS } from '../../src/pg-docs';
import {
  findPgMatrixBlock,
  PG_MATRIX_COLUMNS,
  pgMatrixRows,
  renderPgMatrixMarkdown,
  replacePgMatrixBlock,
} from '../../stories/docs/pg-matrix';

const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const rowOf = (pg: string) => pgMatrixRows().find((row) => row.code === `\`${pg}\``)!;

describe('PG matrix in the docs', () => {
  it('README.md holds exactly the matrix generated from PG_RULES and PG_DOCS', () => {
    const block = findPgMatrixBlock(readme);
    expect(block, 'README.md lost its <!-- pg-matrix:start --> … <!-- pg-matrix:end --> markers').not.toBeNull();
    expect(block, 'README.md PG matrix is out of date: run `npm run docs:matrix`').toBe(renderPgMatrixMarkdown());
  });

  it('has one row per PG in the rules table, every column filled', () => {
    const rows = pgMatrixRows();
    expect(rows.map((row) => row.code)).toEqual(Object.keys(PG_RULES).map((pg) => `\`${pg}\``));
    for (const row of rows) for (const { key } of PG_MATRIX_COLUMNS) expect(row[key]).not.toBe('');
    expect(rows.map((row) => row.name)).toEqual(Object.values(PG_DOCS).map((doc) => doc.label));
  });

  it('states each PG behaviour from the rules', () => {
    expect(rowOf('danal_tpay').zeroAmount).toMatch(/10 KRW test charge.*30 minutes/);
    expect(rowOf('jtnet')).toMatchObject({ zeroAmount: 'key only', positiveAmount: 'charged with the key', pc: 'callback' });
    expect(rowOf('jtnet').mobile).toContain('redirect');
    expect(rowOf('html5_inicis').positiveAmount).toContain('/subscribe/payments/again');
    expect(rowOf('chai')).toMatchObject({ payMethod: '`trans`' });
    expect(rowOf('chai').pc).toContain('redirect');
    expect(rowOf('kakaopay').payMethod).toMatch(/^`card` \(ignored/);
    expect(rowOf('danal')).toMatchObject({ payMethod: '`phone`', zeroAmount: expect.stringMatching(/^not allowed/) });
    expect(rowOf('paymentwall').buyerFields).toBe('`buyer.email`');
    expect(rowOf('html5_inicis').unavailableApis).toContain('POST /subscribe/payments/onetime');
    expect(rowOf('payco')).toMatchObject({ buyerFields: '—', unavailableApis: '—', notes: '—' });
  });

  it('renders a Markdown table whose rows have as many cells as the header (pipes in cells escaped)', () => {
    const lines = renderPgMatrixMarkdown()
      .split('\n')
      .filter((line) => line.startsWith('|'));
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    expect(lines).toHaveLength(2 + Object.keys(PG_RULES).length);
    for (const line of lines) expect(cells(line)).toBe(cells(lines[0]!));
    expect(renderPgMatrixMarkdown()).toContain('true\\|false');
  });

  it('replaces only the generated block', () => {
    const stale = 'intro\n<!-- pg-matrix:start -->\nold table\n<!-- pg-matrix:end -->\noutro\n';
    expect(replacePgMatrixBlock(stale)).toBe(`intro\n${renderPgMatrixMarkdown()}\noutro\n`);
    expect(() => replacePgMatrixBlock('no markers')).toThrow(/pg-matrix:start/);
  });
});
