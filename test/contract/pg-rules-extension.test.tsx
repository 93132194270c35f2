// DESIGN.md IamportProvider `pgRules`: a merchant adds (or overrides) a PG before the library knows it; the rule is
// validated when the provider mounts (a development error names what is wrong), and a bad rule never builds a request.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  BillingKeyButton,
  getPgRule,
  IamportProvider,
  PgNotice,
  useBillingKey,
  type BillingKeyError,
  type PgId,
  type PgRule,
  type PgRules,
} from '../../src';
import * as V2 from '../../src/v2';
import { installMockIamport, installMockPortOne } from '../../src/testing';
import { expectDevWarning } from '../support/dev-warnings';
import { USER_CODE } from '../support/kit';
import { CHANNEL_KEY, STORE_ID } from '../support/v2-kit';

const newPg: PgRule = {
  status: 'live',
  methods: { card: { zeroAmount: 'key-only', positiveAmount: 'display-only' } },
  payMethodDefault: 'first',
  delivery: { pc: 'callback', mobile: 'redirect' },
  mid: 'optional',
  customerId: { required: true, maxLength: 10 },
  requiredBuyerFields: ['tel'],
};
const rules: PgRules = { new_pg: newPg };
const pg = 'new_pg' as PgId;

function Start({ request }: { request: Parameters<ReturnType<typeof useBillingKey>['request']>[0] }) {
  const { request: send, error } = useBillingKey();
  return (
    <>
      <button type="button" onClick={() => void send(request).catch(() => {})}>
        start
      </button>
      <output>{error ? `${error.code} ${error.field}` : ''}</output>
    </>
  );
}

describe('pgRules', () => {
  it('adds a PG: its rules validate, build and decide charged / notices like a row of PG_RULES', async () => {
    // Like a built-in display-only PG, the added one gets the development note about the amount too.
    expectDevWarning('new_pg: amount 5000 is only shown in the window');
    const iamport = installMockIamport();
    const onSuccess = vi.fn();
    render(
      <IamportProvider userCode={USER_CODE} pgRules={rules}>
        <BillingKeyButton
          pg={pg}
          customerUid="member_1"
          customerId="m1"
          amount={5000}
          buyer={{ tel: '010-1234-5678' }}
          onSuccess={onSuccess}
        />
      </IamportProvider>,
    );
    expect(screen.getByRole('note')).toHaveTextContent('5,000원은 지금 결제되지 않습니다');
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(iamport.lastRequest()).toMatchObject({ pg: 'new_pg', pay_method: 'card', customer_id: 'm1', amount: 5000 });
    expect(iamport.lastRequest().m_redirect_url).toBe(window.location.href.split(/[?#]/)[0]);
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ charged: false });
  });

  it("refuses what the added PG's rule refuses", async () => {
    const iamport = installMockIamport();
    render(
      <IamportProvider userCode={USER_CODE} pgRules={rules}>
        <Start request={{ pg, customerUid: 'member_1', customerId: 'm1' }} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('INVALID_PARAMS buyer.tel'));
    expect(iamport.requests).toHaveLength(0);
  });

  it('overrides a known PG for this provider only', () => {
    const override = { ...newPg, payMethodDefault: 'omit' } as const;
    expect(getPgRule('kicc', { kicc: override })).toBe(override);
    expect(getPgRule('kicc')?.payMethodDefault).toBe('first');
  });

  it('a malformed rule is a development error at mount, and its requests are INVALID_PARAMS on pg with the problems', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const iamport = installMockIamport();
    const broken = {
      broken_pg: {
        ...newPg,
        methods: { card: { zeroAmount: 'maybe', positiveAmount: 'display-only' } },
        delivery: { pc: 'popup' },
      },
    };
    let failure: BillingKeyError | undefined;
    function Probe() {
      const { request } = useBillingKey();
      return (
        <button
          type="button"
          onClick={() =>
            void request({ pg: 'broken_pg' as PgId, customerUid: 'member_1' }).catch((e: BillingKeyError) => (failure = e))
          }
        >
          start
        </button>
      );
    }
    render(
      <IamportProvider userCode={USER_CODE} pgRules={broken as unknown as PgRules}>
        <Probe />
        <PgNotice pg={'broken_pg' as PgId} amount={1000} />
      </IamportProvider>,
    );
    const logged = error.mock.calls.map(([text]) => String(text)).join('\n');
    expect(logged).toContain('pgRules.broken_pg is invalid');
    expect(logged).toContain("methods.card.zeroAmount must be 'key-only' | 'test-charge' | 'not-allowed'");
    expect(logged).toContain("delivery.pc must be 'callback' | 'redirect'");
    await act(async () => {
      fireEvent.click(screen.getByRole('button'));
    });
    expect(failure).toMatchObject({ code: 'INVALID_PARAMS', field: 'pg' });
    expect(failure!.message).toContain('has invalid pgRules.broken_pg');
    expect(iamport.requests).toHaveLength(0);
  });

  it.each([null, 42, 'rule', [], { methods: {} }, { methods: { card: null }, delivery: {} }])(
    'a rule of %j is unknown, never a crash at render',
    (rule) => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(getPgRule('odd_pg', { odd_pg: rule } as unknown as PgRules)).toBeUndefined();
      expect(() =>
        render(
          <IamportProvider userCode={USER_CODE} pgRules={{ odd_pg: rule } as unknown as PgRules}>
            <PgNotice pg={'odd_pg' as PgId} amount={1000} />
            <BillingKeyButton pg={'odd_pg' as PgId} customerUid="member_1" />
          </IamportProvider>,
        ),
      ).not.toThrow();
    },
  );
});

// DESIGN.md "Rules the merchant can extend": pay methods and billingKeyMethods are open vocabularies, so a merchant
// adds a PG — or a method PortOne documents for a known PG — with pgRules alone, in both generations.
describe('pgRules alone add a made-up PG and a new method of a known PG', () => {
  it('v1: a made-up PG with a pay_method the library has never heard of', async () => {
    const iamport = installMockIamport();
    const onSuccess = vi.fn();
    const madeUp: PgRules = {
      made_up_pay: {
        ...newPg,
        methods: { made_up_wallet: { zeroAmount: 'not-allowed', positiveAmount: 'charged' } },
        customerId: undefined,
        requiredBuyerFields: [],
      },
    };
    render(
      <IamportProvider userCode={USER_CODE} pgRules={madeUp}>
        <BillingKeyButton pg={'made_up_pay' as PgId} customerUid="member_1" amount={1200} onSuccess={onSuccess} />
      </IamportProvider>,
    );
    expect(screen.getByRole('note')).toHaveTextContent('1,200원이 지금 결제됩니다');
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(iamport.lastRequest()).toMatchObject({ pg: 'made_up_pay', pay_method: 'made_up_wallet', amount: 1200 });
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ charged: true });
  });

  it('v1: a new pay_method for a known PG (KICC bank account), the card rules kept', async () => {
    const iamport = installMockIamport();
    const onSuccess = vi.fn();
    const kicc = getPgRule('kicc')!;
    const withTrans: PgRules = {
      kicc: { ...kicc, methods: { ...kicc.methods, trans: { zeroAmount: 'key-only', positiveAmount: 'charged' } } },
    };
    render(
      <IamportProvider userCode={USER_CODE} pgRules={withTrans}>
        <BillingKeyButton pg="kicc" payMethod="trans" customerUid="member_1" onSuccess={onSuccess} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(iamport.lastRequest()).toMatchObject({ pg: 'kicc', pay_method: 'trans' });
    // Without the provider's rule the library's own row still refuses it.
    expect(getPgRule('kicc')!.methods.trans).toBeUndefined();
  });

  it('v1: a pay method key that is not a pay_method string is named at mount', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const odd = { odd_pg: { ...newPg, methods: { 'Card Pay': newPg.methods.card } } } as unknown as PgRules;
    render(<IamportProvider userCode={USER_CODE} pgRules={odd} />);
    expect(error.mock.calls.map(([text]) => String(text)).join('\n')).toContain('methods.Card Pay (its key) must be');
  });

  const v2Base = { channelKey: CHANNEL_KEY } as const;
  // A PG the library does not know, added through PortOneProvider's pgRules: its window shows displayAmount.
  const madeUp: V2.PgRules = {
    made_up_v2: {
      methods: ['MADE_UP_WALLET'],
      required: ['customer.customerId'],
      delivery: { pc: 'callback', mobile: 'redirect' },
      showsDisplayAmount: true,
    },
  };

  it('v2: a made-up PG through PortOneProvider pgRules, its notice and its window', async () => {
    expectDevWarning(/made_up_v2: displayAmount 4900 is only shown in the window/);
    const portOne = installMockPortOne();
    const onSuccess = vi.fn();
    render(
      <V2.PortOneProvider storeId={STORE_ID} pgRules={madeUp}>
        <V2.BillingKeyButton
          pg={'made_up_v2' as V2.PgCode}
          {...v2Base}
          customer={{ customerId: 'member_1' }}
          displayAmount={4900}
          onSuccess={onSuccess}
        />
      </V2.PortOneProvider>,
    );
    expect(screen.getByRole('note')).toHaveTextContent('4,900원은 지금 결제되지 않습니다');
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(portOne.lastRequest()).toMatchObject({ billingKeyMethod: 'MADE_UP_WALLET', displayAmount: 4900 });
  });

  it('v2: a checkout method for a made-up PG tells the buyer what its button would (the provider pgRules)', () => {
    const method = { id: 'wallet', label: 'Wallet', pg: 'made_up_v2' as V2.PgCode, ...v2Base };
    render(
      <V2.PortOneProvider storeId={STORE_ID} pgRules={madeUp}>
        <V2.BillingKeyCheckout methods={[method]} customer={{ customerId: 'member_1' }} displayAmount={4900} />
      </V2.PortOneProvider>,
    );
    expect(screen.getByRole('note')).toHaveTextContent('4,900원은 지금 결제되지 않습니다');
    expect(screen.getByRole('button', { name: 'Wallet 등록하기' })).toHaveAccessibleDescription(
      /4,900원은 지금 결제되지 않습니다/,
    );
  });

  it('v2: a new billingKeyMethod for a known PG (KCP), refused without the rule', async () => {
    const portOne = installMockPortOne();
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    const kcp = V2.getPgRule('kcp_v2')!;
    const withEasyPay: V2.PgRules = { kcp_v2: { ...kcp, methods: [...kcp.methods, 'EASY_PAY'] } };
    const view = render(
      <V2.PortOneProvider storeId={STORE_ID}>
        <V2.BillingKeyButton pg="kcp_v2" {...v2Base} billingKeyMethod="EASY_PAY" onFailure={onFailure} />
      </V2.PortOneProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ field: 'billingKeyMethod' })));
    view.unmount();
    render(
      <V2.PortOneProvider storeId={STORE_ID} pgRules={withEasyPay}>
        <V2.BillingKeyButton pg="kcp_v2" {...v2Base} billingKeyMethod="EASY_PAY" onSuccess={onSuccess} />
      </V2.PortOneProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(portOne.requests.map((r) => r.billingKeyMethod)).toEqual(['EASY_PAY']);
  });

  it('v2: a malformed rule names every problem at mount, renders, and its requests are INVALID_PARAMS on pg', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const portOne = installMockPortOne();
    const onFailure = vi.fn();
    const broken = {
      broken_v2: { methods: ['card'], required: ['customer.nickname'], delivery: { pc: 'popup' }, notices: ['loud'] },
    } as unknown as V2.PgRules;
    expect(() =>
      render(
        <V2.PortOneProvider storeId={STORE_ID} pgRules={broken}>
          <V2.PgNotice pg={'broken_v2' as V2.PgCode} displayAmount={1000} />
          <V2.BillingKeyButton pg={'broken_v2' as V2.PgCode} {...v2Base} onFailure={onFailure} />
        </V2.PortOneProvider>,
      ),
    ).not.toThrow();
    const logged = error.mock.calls.map(([text]) => String(text)).join('\n');
    expect(logged).toContain('pgRules.broken_v2 is invalid');
    for (const where of [
      'methods must be',
      'required must be',
      'delivery.pc must be',
      'delivery.mobile must be',
      'notices must be',
    ])
      expect(logged).toContain(where);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'INVALID_PARAMS', field: 'pg' })));
    expect(String(onFailure.mock.calls[0]![0].message)).toContain('has invalid pgRules.broken_v2');
    expect(portOne.requests).toHaveLength(0);
  });

  it.each([null, 42, 'rules', []])('v2: pgRules of %j is a development error, never a crash', (rules) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      render(
        <V2.PortOneProvider storeId={STORE_ID} pgRules={rules as unknown as V2.PgRules}>
          <V2.BillingKeyButton pg="tosspayments" {...v2Base} />
        </V2.PortOneProvider>,
      ),
    ).not.toThrow();
    if (rules !== null) expect(error.mock.calls.map(([text]) => String(text)).join('\n')).toContain('pgRules must be an object');
  });
});
