// The rules table and pg-facts.md cannot drift: every PG of the facts' tables has its row (or its refusal), with the
// facts the tables state in their own columns. The facts file is the project's docs/pg-facts.md, a copy of the shared
// facts that this test also compares with the shared file when it is there (sessions have it; a bare clone does not).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPgRule, PG_RULES } from '../../../../src';
import { NOT_WINDOW_BILLING_PGS, PG_LABELS } from '../../../../src/core';

const root = path.resolve(__dirname, '../../../..');
const facts = readFileSync(path.join(root, 'docs/pg-facts.md'), 'utf8');
const shared = path.join(root, '../shared/pg-facts.md');

/** The markdown table rows under `heading` (up to the next heading), as arrays of trimmed cells. */
function tableUnder(heading: string): string[][] {
  const start = facts.indexOf(heading);
  expect(start, `pg-facts.md has no "${heading}"`).toBeGreaterThan(-1);
  const section = facts.slice(start + heading.length).split(/\n#{2,3} /)[0]!;
  return section
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}
const codeOf = (cell: string) => cell.match(/`([^`]+)`/)![1]!;

const live = tableUnder('### Live PGs');
const discontinued = tableUnder('### Discontinued');

describe('docs/pg-facts.md', () => {
  it.runIf(existsSync(shared))('is the same as the shared facts (refresh the copy when they change)', () => {
    expect(facts).toBe(readFileSync(shared, 'utf8'));
  });

  it('has the live and discontinued tables this test reads', () => {
    expect(live.length).toBeGreaterThanOrEqual(17);
    expect(discontinued.map((row) => codeOf(row[0]!))).toEqual(['jtnet', 'chai']);
  });
});

describe('the rules table follows the facts', () => {
  const liveCodes = live.map((row) => codeOf(row[0]!));

  it('knows the 19 codes of the live and discontinued tables (PayPal RT aside: it opens through IMP.loadUI)', () => {
    const known = [...liveCodes.filter((code) => code !== 'paypal_v2'), 'jtnet', 'chai'];
    expect(known).toHaveLength(19);
    for (const code of known) expect(getPgRule(code), code).toBeDefined();
    expect(Object.keys(PG_RULES).sort()).toEqual([...known].sort());
    expect(NOT_WINDOW_BILLING_PGS.paypal_v2).toMatch(/loadUI/);
  });

  it.each(live.filter((row) => codeOf(row[0]!) !== 'paypal_v2'))('%s is live, with a name for buyers', (cell) => {
    const code = codeOf(cell) as keyof typeof PG_RULES;
    expect(PG_RULES[code].status).toBe('live');
    expect(PG_LABELS[code].ko).not.toBe('');
  });

  it.each(discontinued)('%s is discontinued, with the day its service ended', (cell, what) => {
    const rule = PG_RULES[codeOf(cell) as 'jtnet' | 'chai'];
    expect(rule.status).toBe('discontinued');
    expect(what).toContain(String(rule.endedOn));
  });

  it('refuses, with a hint, every PG the facts list as not billing through the window', () => {
    const section = facts.slice(facts.indexOf('### Not billing through the window'), facts.indexOf('### Per-PG notes'));
    const listed = [...section.matchAll(/`([a-z_0-9]+)`/g)]
      .map((match) => match[1]!)
      .filter((code) => code !== 'smilepay' && !liveCodes.includes(code)); // the hints name live replacements too
    expect(listed.length).toBeGreaterThanOrEqual(10);
    for (const code of listed) {
      expect(getPgRule(code), code).toBeUndefined();
      expect(NOT_WINDOW_BILLING_PGS[code], code).toMatch(/\w/);
    }
  });

  // The table's pay_method column names the methods in backticks (PAYCO, Kakao Pay and Naver Pay: "chosen … (omit)").
  it.each(live.filter((row) => codeOf(row[0]!) !== 'paypal_v2'))(
    '%s takes the pay methods of its row',
    (cell, _name, methodCell) => {
      const rule = getPgRule(codeOf(cell))!;
      if (/chosen/.test(methodCell!)) {
        expect(rule.payMethodDefault).toBe('omit');
      } else {
        const methods = [...methodCell!.matchAll(/`([a-z_]+)`/g)].map((match) => match[1]);
        expect(Object.keys(rule.methods).sort()).toEqual([...methods].sort());
      }
    },
  );

  // "mobile" column: every PG whose result may come back by redirect on mobile gets a default m_redirect_url.
  it.each(live.filter((row) => codeOf(row[0]!) !== 'paypal_v2'))(
    '%s redirects on mobile exactly when the facts say it may',
    (cell, ...cells) => {
      const rule = getPgRule(codeOf(cell))!;
      const mobile = cells[5]!; // columns: name, pay_method, amount 0, amount > 0, PC, mobile, …
      const mayRedirectOnMobile = /redirect/.test(mobile) || /same rule as PC/.test(mobile);
      expect(rule.delivery.mobile === 'redirect').toBe(mayRedirectOnMobile);
    },
  );

  // "amount = 0" column: "not allowed" where the facts say so (per method where they differ).
  it.each(live.filter((row) => codeOf(row[0]!) !== 'paypal_v2'))(
    '%s refuses amount 0 exactly where the facts say so',
    (cell, ...cells) => {
      const rule = getPgRule(codeOf(cell))!;
      const zero = cells[2]!;
      for (const [method, methodRule] of Object.entries(rule.methods)) {
        const notAllowed = new RegExp(`(^|${method}: )not allowed`).test(zero) || /^not allowed/.test(zero);
        expect(methodRule.zeroAmount === 'not-allowed', `${cell} ${method}`).toBe(notAllowed);
      }
    },
  );
});
