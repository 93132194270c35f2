// pg-facts.md rows and notes marked 2026-12, each as a merchant meets it: what is sent, what is refused, what the buyer
// is told and what the developer is warned about.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BillingKeyButton, IamportProvider, PgNotice, type BillingKeyRequest, type PgId } from '../../src';
import { CORE_MESSAGES, prepareRequest, prepareV2Request, type V2BillingKeyRequest } from '../../src/core';
import { warnAboutRequest } from '../../src/core/flows/v1-warnings';
import { warnAboutV2Request } from '../../src/core/flows/v2-warnings';
import { V1_SERVER_NOTES, PG_DOCS } from '../../src/pg-docs';
import * as V2 from '../../src/v2';
import { installMockIamport, installMockPortOne, resetBillingKeyState } from '../../src/testing';
import { expectRefused, expectSent, USER_CODE } from '../support/kit';
import { mobile, pc, VALID } from '../support/v2-fixtures';
import { CHANNEL_KEY, STORE_ID } from '../support/v2-kit';

const BRANDPAY_CHANNEL = 'channel-key-brandpay-1';
const brandpay: BillingKeyRequest = {
  pg: 'toss_brandpay',
  payMethod: 'toss_brandpay',
  channelKey: BRANDPAY_CHANNEL,
  customerUid: 'member_42_brandpay',
  customerId: 'member-42@shop',
};
const kgFinancial: BillingKeyRequest = {
  pg: 'mobilians_v2',
  channelKey: 'channel-key-kgf-1',
  customerUid: 'member_42_kgf',
  customerId: 'member42',
};
const payletter: BillingKeyRequest = {
  pg: 'payletter_global',
  customerUid: 'member_42_payletter',
  amount: 1000,
  buyer: { email: 'buyer@example.com' },
};

const warnings = () => vi.mocked(console.warn).mock.calls.map((call) => String(call[0]));
function v1Warnings(request: BillingKeyRequest): string[] {
  warnAboutRequest(prepareRequest(request, { messages: CORE_MESSAGES.en }), request);
  return warnings();
}
function v2Warnings(request: V2BillingKeyRequest, context = pc): string[] {
  warnAboutV2Request(prepareV2Request(request, context));
  return warnings();
}

beforeEach(() => {
  resetBillingKeyState();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('v1 toss_brandpay (BrandPay issues keys through the window since 2026-09)', () => {
  it('is sent with its channel key only (no pg), pay_method toss_brandpay and customer_id', async () => {
    const sent = await expectSent(brandpay);
    expect(sent).toMatchObject({
      channelKey: BRANDPAY_CHANNEL,
      pay_method: 'toss_brandpay',
      customer_uid: 'member_42_brandpay',
      customer_id: 'member-42@shop',
      amount: 0,
    });
    expect(sent).not.toHaveProperty('pg');
    // An iframe on PC and phone: no m_redirect_url needed.
    expect(sent).not.toHaveProperty('m_redirect_url');
  });

  it.each<[string, Partial<BillingKeyRequest>, string]>([
    ['without channelKey', { channelKey: undefined }, 'channelKey'],
    ['without customerId', { customerId: undefined }, 'customerId'],
    ['with a 1-character customerId', { customerId: 'a' }, 'customerId'],
    ['with a 51-character customerId', { customerId: 'a'.repeat(51) }, 'customerId'],
    ['with a customerId outside A-Za-z0-9-_=.@', { customerId: 'member#42' }, 'customerId'],
    ['with pay method card', { payMethod: 'card' }, 'payMethod'],
  ])('is refused %s', async (_, change, field) => {
    await expectRefused({ ...brandpay, ...change }, field);
  });

  it('tells the buyer nothing is charged, never an amount; an amount is a development warning', () => {
    render(<PgNotice pg="toss_brandpay" amount={9900} />);
    expect(screen.getByRole('note')).toHaveTextContent('지금은 결제되지 않고 결제수단만 등록됩니다.');
    expect(screen.getByRole('note')).not.toHaveTextContent('9,900');
    expect(v1Warnings({ ...brandpay, amount: 9900 }).join('\n')).toMatch(/neither shown in the window nor charged/);
  });

  it("the test kit's window shows no amount for it, and names the PG behind the channel key", async () => {
    const iamport = installMockIamport({ simulateWindow: true, channels: { [BRANDPAY_CHANNEL]: 'toss_brandpay' } });
    render(
      <IamportProvider userCode={USER_CODE}>
        <BillingKeyButton {...brandpay} amount={9900} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    const dialog = await screen.findByRole('dialog', { name: '토스페이먼츠 브랜드페이 결제창 (테스트)' });
    expect(dialog).not.toHaveTextContent('결제창 표시 금액');
    iamport.uninstall();
  });
});

describe('v1 mobilians_v2 (KG파이낸셜 new module: rule name only)', () => {
  it('is sent with its channel key only; card at amount 0 issues the key only', async () => {
    const sent = await expectSent(kgFinancial);
    expect(sent).toMatchObject({ channelKey: 'channel-key-kgf-1', pay_method: 'card', amount: 0, customer_id: 'member42' });
    expect(sent).not.toHaveProperty('pg');
  });

  it.each<[string, Partial<BillingKeyRequest>, string]>([
    ['without channelKey', { channelKey: undefined }, 'channelKey'],
    ['card at amount 0 without customerId', { customerId: undefined }, 'customerId'],
    ['phone at amount 0', { payMethod: 'phone' }, 'amount'],
    ['with a 3-character merchantUid', { merchantUid: 'abc' }, 'merchantUid'],
  ])('is refused %s', async (_, change, field) => {
    await expectRefused({ ...kgFinancial, ...change }, field);
  });

  it('any amount > 0 is charged with the key (card or phone), customerId then optional', async () => {
    for (const payMethod of ['card', 'phone'] as const) {
      const request = { ...kgFinancial, customerId: undefined, payMethod, amount: 1000, merchantUid: `kgf_${payMethod}` };
      expect(await expectSent(request)).toMatchObject({ pay_method: payMethod, amount: 1000 });
    }
    render(<PgNotice pg="mobilians_v2" payMethod="phone" amount={1000} />);
    expect(screen.getByRole('note')).toHaveTextContent('1,000원이 지금 결제됩니다');
  });
});

describe('v1 payletter_global (issue + first payment, may stay pending)', () => {
  it('sends no pay_method, and refuses one', async () => {
    const sent = await expectSent(payletter);
    expect(sent).toMatchObject({ pg: 'payletter_global', amount: 1000, buyer_email: 'buyer@example.com' });
    expect(sent).not.toHaveProperty('pay_method');
    expect(sent.merchant_uid).toMatch(/^[A-Za-z0-9]+$/);
    await expectRefused({ ...payletter, payMethod: 'card' }, 'payMethod');
  });

  it.each(['KRW', 'USD', 'JPY'])("takes its cards' currency %s", async (currency) => {
    expect(await expectSent({ ...payletter, params: { currency } })).toMatchObject({ currency });
  });

  it.each<[string, Partial<BillingKeyRequest>, string]>([
    ['at amount 0', { amount: 0 }, 'amount'],
    ['without buyer.email', { buyer: {} }, 'buyer.email'],
    ['with a merchantUid that is not letters and digits', { merchantUid: 'order-1' }, 'merchantUid'],
    ['in a currency its cards do not take (EUR; cards: KRW, USD, JPY)', { params: { currency: 'EUR' } }, 'params.currency'],
  ])('is refused %s', async (_, change, field) => {
    await expectRefused({ ...payletter, ...change }, field);
  });

  it('tells the buyer the payment may be confirmed later, and the developer to confirm it on the server', () => {
    render(<PgNotice pg="payletter_global" amount={1000} />);
    expect(screen.getByRole('note')).toHaveTextContent('1,000원이 지금 결제됩니다');
    expect(screen.getByRole('note')).toHaveTextContent('잠시 뒤 확정될 수 있습니다');
    const text = v1Warnings(payletter).join('\n');
    expect(text).toMatch(/may stay pending/);
    expect(text).toContain('GET /payments/{imp_uid}');
    expect(text).toContain('include_sandbox=true');
  });
});

describe('v1 kcp_quick and the server notes', () => {
  it('kcp_quick is refused with a hint (its own auto-pay key, not a PortOne billing key)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const iamport = installMockIamport();
    const onFailure = vi.fn();
    render(
      <IamportProvider userCode={USER_CODE}>
        <BillingKeyButton pg={'kcp_quick' as PgId} customerUid="member_1" onFailure={onFailure} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'pg' });
    expect(String(onFailure.mock.calls[0]![0].message)).toMatch(/registerAutoPay.*kcp_billing/s);
    expect(iamport.requests).toHaveLength(0);
  });

  it('verify on the server: customers API first, include_sandbox for test payments, sandbox keys refused in production, name for every charge', () => {
    const notes = V1_SERVER_NOTES.join('\n');
    expect(notes).toContain('GET /subscribe/customers/{customer_uid}');
    expect(notes).toContain('include_sandbox=true');
    expect(notes).toMatch(/in production refuse a key whose `sandbox` is true/);
    expect(notes).toMatch(/POST \/subscribe\/payments\/again requires `name`.*every PG/);
    // No PG note still sends a developer to GET /payments/{imp_uid} alone to confirm a key.
    for (const [pg, doc] of Object.entries(PG_DOCS)) {
      for (const note of doc.notes) {
        if (note.includes('GET /payments/{imp_uid}')) expect(note, pg).toContain('include_sandbox=true');
      }
    }
    expect(PG_DOCS.toss_brandpay.notes.join(' ')).toMatch(/pg_provider === 'toss_brandpay'.*pg_id/);
  });
});

describe('v2 Toss Payments TRANSFER (퀵계좌이체, since 2026-06-23)', () => {
  it('BillingKeyButton billingKeyMethod="TRANSFER" opens the window with TRANSFER', async () => {
    const portOne = installMockPortOne();
    const onSuccess = vi.fn();
    render(
      <V2.PortOneProvider storeId={STORE_ID}>
        <V2.BillingKeyButton pg="tosspayments" channelKey={CHANNEL_KEY} billingKeyMethod="TRANSFER" onSuccess={onSuccess} />
      </V2.PortOneProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(portOne.lastRequest()).toMatchObject({ billingKeyMethod: 'TRANSFER' });
    portOne.uninstall();
  });
});

describe('v2 locale: ignored where the page says so (warned, never refused); refused where PortOne errors', () => {
  it.each(['tosspayments', 'kakaopay', 'naverpay'] as const)('%s takes EN_US, sends it and warns', (pg) => {
    const prepared = prepareV2Request({ ...VALID[pg], params: { locale: 'EN_US' } }, pc);
    expect(prepared.params.locale).toBe('EN_US');
    warnAboutV2Request(prepared);
    expect(warnings().join('\n')).toMatch(new RegExp(`${pg}: params.locale EN_US is ignored`));
  });

  it.each(['inicis_v2', 'welcome'] as const)('%s ignores locale on mobile (warned), and refuses one it lacks on PC', (pg) => {
    expect(v2Warnings({ ...VALID[pg], params: { ...VALID[pg].params, locale: 'EN_US' } }, mobile).join('\n')).toMatch(
      /ignored .* on mobile/,
    );
    expect(() => prepareV2Request({ ...VALID[pg], params: { ...VALID[pg].params, locale: 'JA_JP' } }, pc)).toThrow(
      expect.objectContaining({ field: 'params.locale' }),
    );
  });

  it.each<[keyof typeof VALID, Partial<V2BillingKeyRequest>, string]>([
    ['naverpay', { displayAmount: 100, currency: 'USD' }, 'currency'],
    ['tosspayments', { params: { windowType: { pc: 'POPUP' } } }, 'params.windowType.pc'],
    ['kakaopay', { params: { windowType: { mobile: 'IFRAME' } } }, 'params.windowType.mobile'],
  ])('%s still refuses %j (the page says PortOne returns an error)', (pg, change, field) => {
    expect(() => prepareV2Request({ ...VALID[pg], ...change }, pc)).toThrow(expect.objectContaining({ field }));
  });
});

describe('v2 displayAmount: told to the buyer only where the window shows it', () => {
  const showing = ['inicis_v2', 'welcome', 'naverpay', 'galaxia'] as const;
  const notShowing = ['tosspayments', 'kcp_v2', 'kpn', 'kakaopay', 'tosspay_v2', 'smartro_v2', 'nice_v2'] as const;

  it.each(showing)('%s: the notice says the amount shown is not charged now', (pg) => {
    render(<V2.PgNotice pg={pg} displayAmount={9900} />);
    expect(screen.getByRole('note')).toHaveTextContent('결제창에 표시되는 9,900원은 지금 결제되지 않습니다');
  });

  it.each(notShowing)('%s: no word to the buyer about the amount; the developer hears it is not shown', (pg) => {
    render(<V2.PgNotice pg={pg} displayAmount={9900} />);
    expect(screen.queryByRole('note')?.textContent ?? '').not.toContain('9,900');
    expect(v2Warnings({ ...VALID[pg], displayAmount: 9900 }).join('\n')).toMatch(/is not shown in this PG's billing window/);
  });

  it("the test kit's window shows the amount only where the window shows it", async () => {
    for (const [pg, shows] of [
      ['naverpay', true],
      ['tosspayments', false],
    ] as const) {
      // The stand-in learns the PG behind the channel key from its `pg` option, as PortOne knows it from the console.
      const portOne = installMockPortOne({ simulateWindow: true, pg });
      const view = render(
        <V2.PortOneProvider storeId={STORE_ID}>
          <V2.BillingKeyButton {...VALID[pg]} displayAmount={9900} />
        </V2.PortOneProvider>,
      );
      fireEvent.click(screen.getByRole('button'));
      const dialog = await screen.findByRole('dialog');
      if (shows) expect(dialog).toHaveTextContent('9,900원');
      else expect(dialog).not.toHaveTextContent('9,900원');
      fireEvent.click(screen.getByRole('button', { name: '취소' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      view.unmount();
      portOne.uninstall();
    }
  });
});

describe('v2 card.cardCompany and NICE + Naver Pay', () => {
  it.each(['inicis_v2', 'kcp_v2', 'kpn'] as const)('%s: card.cardCompany is warned as having no effect', (pg) => {
    const text = v2Warnings({ ...VALID[pg], params: { ...VALID[pg].params, card: { cardCompany: 'SHINHAN_CARD' } } });
    expect(text.join('\n')).toMatch(/card.cardCompany has no effect/);
  });

  it('tosspayments: card.cardCompany is not warned about', () => {
    expect(v2Warnings({ ...VALID.tosspayments, params: { card: { cardCompany: 'SHINHAN_CARD' } } })).toEqual([]);
  });

  it.each([undefined, [], ['CARD', 'CHARGE'], ['MONEY']] as const)(
    'nice_v2 with Naver Pay and availablePayMethods %j is refused: choose card or point',
    (availablePayMethods) => {
      const easyPay = { easyPayProvider: 'NAVERPAY' as const, availablePayMethods: availablePayMethods as never };
      expect(() => prepareV2Request({ ...VALID.nice_v2, params: { easyPay } }, pc)).toThrow(
        expect.objectContaining({ field: 'params.easyPay.availablePayMethods' }),
      );
    },
  );

  it.each(['CARD', 'CHARGE'] as const)('nice_v2 with Naver Pay and [%s] is sent', (method) => {
    const easyPay = { easyPayProvider: 'NAVERPAY' as const, availablePayMethods: [method] };
    expect(prepareV2Request({ ...VALID.nice_v2, params: { easyPay } }, pc).params.easyPay).toEqual(easyPay);
    // Kakao Pay through NICE needs no choice.
    expect(() => prepareV2Request(VALID.nice_v2, pc)).not.toThrow();
  });
});
