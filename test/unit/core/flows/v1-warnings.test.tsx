import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BillingKeyButton, IamportProvider, PG_RULES, type BillingKeyRequest, type PgCode } from '../../../../src';
import { CORE_MESSAGES, prepareRequest } from '../../../../src/core';
import { warnAboutRequest } from '../../../../src/core/flows/v1-warnings';
import { noteIssuedKey } from '../../../../src/core/page/dev-notes';
import { resetBillingKeyState } from '../../../../src/testing';
import { stubIamport } from '../../../support/stub-iamport';

// The fields each PG requires, so that requests here are valid and only the warnings differ.
const REQUIRED: Partial<Record<PgCode, Partial<BillingKeyRequest>>> = {
  danal: { params: { digital: true } },
  mobilians: { params: { digital: false } },
  paymentwall: { buyer: { email: 'a@example.com', name: 'Jack Son' }, params: { currency: 'USD' } },
  smartro_v2: { customerId: 'member1' },
  welcome: { buyer: { name: '홍길동', tel: '010-1234-5678' } },
  galaxia: { customerId: 'member1' },
  naverpay: { buyer: { tel: '010-1234-5678' }, params: { naverProductCode: 'plan-pro' } },
  tosspay_v2: { customerId: 'member1', params: { notice_url: 'https://shop.example/hook' } },
  settle_acc: { pg: 'settle_acc.M1' as BillingKeyRequest['pg'], buyer: { tel: '010-1234-5678' } },
  nice_v2: { customerId: 'member1', payMethod: 'kakaopay', buyer: { tel: '010-1234-5678' } },
  danal_tpay: { buyer: { tel: '010-1234-5678' } },
  toss_brandpay: { channelKey: 'channel-key-brandpay', customerId: 'member-1@shop' },
  mobilians_v2: { channelKey: 'channel-key-kgf', customerId: 'member1' },
  payletter_global: { buyer: { email: 'a@example.com' }, params: { notice_url: 'https://shop.example/hook' } },
};

let uid = 0;
function warn(pg: PgCode, amount: number, extra: Partial<BillingKeyRequest> = {}) {
  const request = { pg, customerUid: `member_${++uid}_card_1`, amount, ...REQUIRED[pg], ...extra } as BillingKeyRequest;
  warnAboutRequest(prepareRequest(request, { messages: CORE_MESSAGES.en }), request);
}

const warnings = () => vi.mocked(console.warn).mock.calls.map((call) => String(call[0]));
const codes = Object.keys(PG_RULES) as PgCode[];
const displayOnlyAtAmount = codes.filter((pg) => Object.values(PG_RULES[pg].methods)[0]?.positiveAmount === 'display-only');

beforeEach(() => {
  resetBillingKeyState();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('warnAboutRequest (development builds)', () => {
  it.each(displayOnlyAtAmount.filter((pg) => PG_RULES[pg].status === 'live'))(
    '%s with amount > 0: the amount is not charged; charge it with /subscribe/payments/again',
    (pg) => {
      warn(pg, 9900);
      expect(warnings()).toHaveLength(1);
      expect(warnings()[0]).toContain(pg);
      expect(warnings()[0]).toContain('9900');
      expect(warnings()[0]).toMatch(/not charged/);
      expect(warnings()[0]).toContain('/subscribe/payments/again');
    },
  );

  it.each(codes.filter((pg) => PG_RULES[pg].status === 'live' && pg !== 'nice_v2'))(
    '%s with amount 0 and its recommended fields says nothing',
    (pg) => {
      const zeroAllowed = Object.values(PG_RULES[pg].methods)[0]?.zeroAmount !== 'not-allowed';
      warn(pg, zeroAllowed ? 0 : 1000);
      // Payletter's first payment may stay pending: that warning has its own test.
      expect(warnings().filter((w) => !/charged|pending/.test(w))).toEqual([]);
    },
  );

  it.each(['jtnet', 'chai'] as const)('%s is discontinued: the warning says when it ended and to choose a live PG', (pg) => {
    warn(pg, 0);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/20\d\d-\d\d-\d\d/);
    expect(warnings()[0]).toMatch(/live PG/);
  });

  it.each([
    ['danal_tpay', {}, 'buyer.tel'],
    ['naverpay', { params: {} }, 'params.naverProductCode'],
    ['tosspay_v2', { params: {} }, 'params.notice_url'],
  ] as const)('%s without what the docs recommend names it (%s)', (pg, extra, field) => {
    warn(pg, 0, pg === 'danal_tpay' ? { buyer: {} } : extra);
    expect(warnings().join('\n')).toContain(field);
  });

  it('Kakao Pay with an explicit payMethod: the buyer chooses anyway; the default says nothing', () => {
    warn('kakaopay', 0);
    expect(warnings()).toEqual([]);
    warn('kakaopay', 0, { payMethod: 'card' });
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/buyer chooses the payment method/);
  });

  it('a payMethod on a PG that honours it says nothing', () => {
    warn('html5_inicis', 0, { payMethod: 'card' });
    expect(warnings()).toEqual([]);
  });

  it('a customerUid that already got a key on the page: reusing replaces the card and does not revoke the old key', () => {
    warn('html5_inicis', 0, { customerUid: 'member_7_card_1' });
    warn('html5_inicis', 0, { customerUid: 'member_7_card_1' });
    expect(warnings()).toEqual([]); // Asked again before any key was issued (e.g. after a cancel): nothing to warn about.
    noteIssuedKey('member_7_card_1');
    warn('html5_inicis', 0, { customerUid: 'member_7_card_2' });
    expect(warnings()).toEqual([]);
    warn('danal_tpay', 0, { customerUid: 'member_7_card_1' });
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain('member_7_card_1');
    expect(warnings()[0]).toMatch(/replaces the card/);
    expect(warnings()[0]).toMatch(/not revoked/);
  });

  it('prints each distinct message once per page, and again after resetBillingKeyState()', () => {
    for (let i = 0; i < 3; i += 1) warn('kicc', 5000);
    warn('kicc', 6000);
    expect(warnings()).toHaveLength(2);
    resetBillingKeyState();
    warn('kicc', 5000);
    expect(warnings()).toHaveLength(3);
  });

  it('prefixes every message with the library name', () => {
    warn('payco', 100);
    expect(warnings()[0]).toMatch(/^\[react-billing-key\] /);
  });
});

describe('BillingKeyButton runs the dev warnings, only in development', () => {
  afterEach(() => vi.unstubAllEnvs());

  const click = async (nodeEnv: string) => {
    vi.stubEnv('NODE_ENV', nodeEnv);
    const imp = stubIamport();
    const onSuccess = vi.fn();
    render(
      <IamportProvider userCode="imp12345678">
        <BillingKeyButton pg="kicc" customerUid="member_1_card_1" amount={9900} onSuccess={onSuccess} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(imp.sdk.request_pay).toHaveBeenCalledTimes(1);
  };

  it('warns when a display-only PG is given an amount, and still opens the window', async () => {
    await click('development');
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/kicc: amount 9900 is only shown/);
  });

  it('is silent when NODE_ENV is production', async () => {
    await click('production');
    expect(warnings()).toEqual([]);
  });
});
