import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BillingKeyButton, IamportProvider, PG_RULES, type PgCode, type RequestPayParams } from '../../src';
import { noteIssuedKey, resetDevWarnings, warnAboutRequest } from '../../src/core/dev-warnings';
import type { PreparedRequest } from '../../src/core/request';
import { stubIamport } from '../helpers';

let uid = 0;
/** A validated request as prepareRequest returns it; a fresh customerUid unless one is given. */
function prepared(
  pg: PgCode,
  amount: number,
  params: Partial<RequestPayParams> = {},
  customerUid = `member_${++uid}_card_1`,
): PreparedRequest {
  const rule = PG_RULES[pg];
  return {
    rule,
    pg,
    amount,
    customerUid,
    merchantUid: `order_${uid}`,
    params: {
      pg,
      pay_method: rule.payMethods[0]!,
      merchant_uid: `order_${uid}`,
      customer_uid: customerUid,
      name: 'n',
      amount,
      ...params,
    },
  };
}

const warnings = () => (console.warn as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((call) => String(call[0]));

beforeEach(() => {
  resetDevWarnings();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('warnAboutRequest (development builds)', () => {
  const displayOnly = (Object.keys(PG_RULES) as PgCode[]).filter((pg) => PG_RULES[pg].positiveAmount === 'display-only');
  const charged = (Object.keys(PG_RULES) as PgCode[]).filter((pg) => PG_RULES[pg].positiveAmount === 'charged');

  it('covers the display-only PGs of the facts table', () => {
    expect(displayOnly.sort()).toEqual(['chai', 'html5_inicis', 'kcp_billing', 'kicc', 'payco']);
  });

  it.each(displayOnly)('%s with amount > 0: the amount is not charged; charge it with /subscribe/payments/again', (pg) => {
    warnAboutRequest(prepared(pg, 9900));
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain(pg);
    expect(warnings()[0]).toContain('9900');
    expect(warnings()[0]).toMatch(/not charged/);
    expect(warnings()[0]).toContain('/subscribe/payments/again');
  });

  it.each(displayOnly)('%s with amount 0 says nothing', (pg) => {
    warnAboutRequest(prepared(pg, 0));
    expect(warnings()).toEqual([]);
  });

  it.each(charged.filter((pg) => !PG_RULES[pg].expectsDigitalFlag))('%s charges amount > 0 itself: no warning', (pg) => {
    warnAboutRequest(prepared(pg, 9900));
    expect(warnings()).toEqual([]);
  });

  it.each(['danal', 'mobilians'] as const)('%s without params.digital asks for it; with it, silent', (pg) => {
    warnAboutRequest(prepared(pg, 1000));
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain('digital');
    resetDevWarnings();
    vi.mocked(console.warn).mockClear();
    warnAboutRequest(prepared(pg, 1000, { digital: false }));
    expect(warnings()).toEqual([]);
  });

  it('Kakao Pay with an explicit payMethod: it is ignored; the default says nothing', () => {
    warnAboutRequest(prepared('kakaopay', 0));
    expect(warnings()).toEqual([]);
    warnAboutRequest(prepared('kakaopay', 0), { payMethod: 'card' });
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/payMethod "card" is ignored/);
  });

  it('a payMethod on a PG that honours it says nothing', () => {
    warnAboutRequest(prepared('jtnet', 0), { payMethod: 'card' });
    expect(warnings()).toEqual([]);
  });

  it('a customerUid that already got a key on the page: reusing replaces the card and does not revoke the old key', () => {
    warnAboutRequest(prepared('jtnet', 0, {}, 'member_7_card_1'));
    warnAboutRequest(prepared('jtnet', 0, {}, 'member_7_card_1'));
    expect(warnings()).toEqual([]); // Asked again before any key was issued (e.g. after a cancel): nothing to warn about.
    noteIssuedKey('member_7_card_1');
    warnAboutRequest(prepared('jtnet', 0, {}, 'member_7_card_2'));
    expect(warnings()).toEqual([]);
    warnAboutRequest(prepared('danal_tpay', 0, {}, 'member_7_card_1'));
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain('member_7_card_1');
    expect(warnings()[0]).toMatch(/replaces the card/);
    expect(warnings()[0]).toMatch(/not revoked/);
  });

  it('prints each distinct message once per page, and again after resetDevWarnings', () => {
    for (let i = 0; i < 3; i += 1) warnAboutRequest(prepared('kicc', 5000));
    warnAboutRequest(prepared('kicc', 6000));
    expect(warnings()).toHaveLength(2);
    resetDevWarnings();
    warnAboutRequest(prepared('kicc', 5000));
    expect(warnings()).toHaveLength(3);
  });

  it('prefixes every message with the library name', () => {
    warnAboutRequest(prepared('payco', 100));
    expect(warnings()[0]).toMatch(/^\[react-billing-key\] /);
  });
});

describe('warnAboutRequest in production', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is silent when NODE_ENV is production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    warnAboutRequest(prepared('html5_inicis', 9900));
    warnAboutRequest(prepared('danal', 1000));
    warnAboutRequest(prepared('kakaopay', 0), { payMethod: 'card' });
    expect(warnings()).toEqual([]);
  });
});

describe('BillingKeyButton runs the dev warnings', () => {
  it('warns when a display-only PG is given an amount, and still opens the window', async () => {
    const imp = stubIamport();
    const onSuccess = vi.fn();
    render(
      <IamportProvider userCode="imp12345678">
        <BillingKeyButton pg="html5_inicis.INIBillTst" customerUid="member_1_card_1" amount={9900} onSuccess={onSuccess} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(imp.sdk.request_pay).toHaveBeenCalledTimes(1);
    expect(warnings().some((w) => w.includes('/subscribe/payments/again'))).toBe(true);
  });
});
