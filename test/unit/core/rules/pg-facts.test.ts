// The rules table and pg-facts.md cannot drift: every PG of the facts' tables has its row (or its refusal), with the
// facts the tables state in their own columns. The facts file is the project's docs/pg-facts.md, a copy of the shared
// facts that this test also compares with the shared file when it is there (sessions have it; a bare clone does not).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPgRule, PG_RULES } from '../../../../src';
import { NOT_WINDOW_BILLING_PGS, PG_LABELS } from '../../../../src/core';
import { V1_PG_ADVICE } from '../../../../src/core/rules/v1-pg-advice';

const root = path.resolve(__dirname, '../../../..');
const facts = readFileSync(path.join(root, 'docs/pg-facts.md'), 'utf8');
const shared = path.join(root, '../shared/pg-facts.md');

/** The markdown table rows under `heading` (up to the next heading), as arrays of trimmed cells. */
function tableUnder(heading: string): string[][] {
  const start = facts.indexOf(heading);
  expect(start, `pg-facts.md has no "${heading}"`).toBeGreaterThan(-1);
  const section = facts.slice(start + heading.length).split(/\n#{2,3} /)[0]!;
  return (
    section
      .split('\n')
      // A row starts with its code, or (2026-12) "(no public code; rule name `…`)" for PGs selected by channel key only.
      .filter((line) => /^\| (`|\(no public code)/.test(line))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      )
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

  it('knows the 22 codes of the live and discontinued tables (PayPal RT aside: it opens through IMP.loadUI)', () => {
    const known = [...liveCodes.filter((code) => code !== 'paypal_v2'), 'jtnet', 'chai'];
    // 2026-12: toss_brandpay, mobilians_v2 (KG파이낸셜's new module, a rule name) and payletter_global joined the table.
    for (const code of ['toss_brandpay', 'mobilians_v2', 'payletter_global']) expect(liveCodes).toContain(code);
    expect(known).toHaveLength(22);
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
    const code = codeOf(cell) as 'jtnet' | 'chai';
    expect(PG_RULES[code].status).toBe('discontinued');
    expect(V1_PG_ADVICE[code]?.endedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(what).toContain(V1_PG_ADVICE[code]!.endedOn);
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
      } else if (/^none: the PG takes no `pay_method`/.test(methodCell!)) {
        // Payletter: never sent, and a request naming one is refused.
        expect(rule.payMethodDefault).toBe('never');
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
      const mayRedirectOnMobile = /(?<!no )redirect/.test(mobile) || /same rule as PC/.test(mobile);
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

// The 2026-12 rows state what a request needs in their own words; each is read here and compared with the rule.
describe('the 2026-12 rows, read from the facts', () => {
  const rowOf = (code: string) => live.find((row) => codeOf(row[0]!) === code)!;

  it('PGs without a public pg code (BrandPay, KG파이낸셜 new module) are selected by channelKey only', () => {
    for (const code of ['toss_brandpay', 'mobilians_v2']) {
      expect(rowOf(code).join(' ')).toMatch(/no `pg` code is documented|documents no `pg` code/);
      expect(getPgRule(code)!.channelKeyOnly, code).toBe(true);
    }
  });

  it('toss_brandpay: customer_id required, 2–50 of A-Za-z0-9 - _ = . @; key only; callback (iframe) everywhere', () => {
    const [, , , zero, positive, pc, mobile, required] = rowOf('toss_brandpay');
    const rule = getPgRule('toss_brandpay')!;
    expect(required).toMatch(/`customer_id` \*\*required\*\*.*2–50 of `A-Za-z0-9 - _ = \. @`/);
    expect(rule.customerId).toMatchObject({ required: true, minLength: 2, maxLength: 50 });
    for (const ok of ['ab', 'a-b_c=d.e@f', 'x'.repeat(50)]) expect(rule.customerId!.pattern!.test(ok)).toBe(true);
    expect(rule.customerId!.pattern!.test('a b')).toBe(false);
    expect(zero).toMatch(/^key only/);
    expect(positive).toMatch(/nothing charged; `amount` not used/);
    expect(rule.methods.toss_brandpay).toMatchObject({ zeroAmount: 'key-only', positiveAmount: 'not-used' });
    expect([pc, mobile].every((cell) => /callback \(\*\*iframe\*\*/.test(cell!))).toBe(true);
    expect(rule.delivery).toEqual({ pc: 'callback', mobile: 'callback' });
  });

  it('mobilians_v2: card key-only needs customer_id, amounts > 0 are charged, merchant_uid 4–40', () => {
    const [, , , zero, positive, , , required] = rowOf('mobilians_v2');
    const rule = getPgRule('mobilians_v2')!;
    expect(zero).toMatch(/card: key only, \*\*`customer_id` required\*\*/);
    expect(rule.methods.card).toMatchObject({
      zeroAmount: 'key-only',
      positiveAmount: 'charged',
      customerIdRequiredAtZero: true,
    });
    expect(positive).toMatch(/card: \*\*charged\*\*.*phone: \*\*charged\*\*/);
    expect(rule.methods.phone).toMatchObject({ zeroAmount: 'not-allowed', positiveAmount: 'charged' });
    expect(required).toMatch(/`merchant_uid` 4–40 characters/);
    expect(rule.merchantUidMinLength).toBe(4);
  });

  it('payletter_global: issue + first payment that may stay pending; buyer_email required; merchant_uid letters and digits', () => {
    const [, , , , positive, , , required] = rowOf('payletter_global');
    const rule = getPgRule('payletter_global')!;
    expect(positive).toMatch(/\*\*charged\*\*.*may stay \*\*pending\*\*/);
    expect(rule.methods.card).toMatchObject({ zeroAmount: 'not-allowed', positiveAmount: 'charged', mayStayPending: true });
    expect(required).toMatch(/`buyer_email` \*\*required\*\*/);
    expect(rule.requiredBuyerFields).toContain('email');
    expect(required).toMatch(/`merchant_uid` letters and digits only/);
    expect(rule.merchantUidCharset).toBe('alphanumeric');
  });

  it('kcp_quick is not a PortOne billing key: refused with a hint naming kcp_billing', () => {
    expect(facts).toMatch(/`kcp_quick` \(KCP 퀵페이 `registerAutoPay`\).*not a PortOne billing key/s);
    expect(getPgRule('kcp_quick')).toBeUndefined();
    expect(NOT_WINDOW_BILLING_PGS.kcp_quick).toMatch(/kcp_billing/);
    expect(NOT_WINDOW_BILLING_PGS.toss_brandpay).toBeUndefined();
  });
});
