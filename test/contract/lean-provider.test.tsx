// The lean providers (docs/pay-for-what-you-use.md): LeanIamportProvider / LeanPortOneProvider know only the PGs in
// `rules` and speak only the locale of `texts`; everything else is the default provider's behaviour.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  BillingKeyButton,
  EN_TEXTS,
  PgNotice,
  IamportProvider,
  kcp_billing,
  KO_TEXTS,
  LeanIamportProvider,
  PG_RULES,
  useBillingKey,
  type BillingKeyError,
  type LocaleTexts,
  type PgId,
  type PgRules,
} from '../../src';
import * as V2 from '../../src/v2';
import { installMockIamport, installMockPortOne } from '../../src/testing';
import { expectDevWarning } from '../support/dev-warnings';
import { USER_CODE } from '../support/kit';
import { VALID } from '../support/v2-fixtures';
import { CHANNEL_KEY, STORE_ID } from '../support/v2-kit';

const v1Rules = { kcp_billing };

function Start({ request }: { request: Parameters<ReturnType<typeof useBillingKey>['request']>[0] }) {
  const { request: send, error } = useBillingKey();
  return (
    <>
      <button type="button" onClick={() => void send(request).catch(() => {})}>
        start
      </button>
      <p data-testid="error">{error ? `${error.code} ${error.field} ${error.message}` : ''}</p>
    </>
  );
}

describe('LeanIamportProvider', () => {
  it('is the same row as PG_RULES: each PG export is the table entry', () => {
    expect(kcp_billing).toBe(PG_RULES.kcp_billing);
  });

  it("issues through a PG of its rules, with the button's notice from those rules", async () => {
    expectDevWarning('kcp_billing: amount 9900 is only shown in the window');
    const iamport = installMockIamport();
    const onSuccess = vi.fn();
    render(
      <LeanIamportProvider userCode={USER_CODE} rules={v1Rules} texts={KO_TEXTS}>
        <BillingKeyButton pg="kcp_billing" customerUid="member_1" amount={9900} onSuccess={onSuccess} />
      </LeanIamportProvider>,
    );
    expect(screen.getByRole('note')).toHaveTextContent('9,900원은 지금 결제되지 않습니다');
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(iamport.lastRequest()).toMatchObject({ pg: 'kcp_billing', customer_uid: 'member_1', amount: 9900 });
  });

  it('refuses a PG it was not given (INVALID_PARAMS on pg, nothing opened), and its button shows no notice', async () => {
    const iamport = installMockIamport();
    render(
      <LeanIamportProvider userCode={USER_CODE} rules={v1Rules} texts={KO_TEXTS}>
        <Start request={{ pg: 'html5_inicis', customerUid: 'member_1' }} />
        <BillingKeyButton pg="danal_tpay" customerUid="member_2" />
      </LeanIamportProvider>,
    );
    expect(screen.queryByRole('note')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'start' }));
    await waitFor(() => expect(screen.getByTestId('error')).toHaveTextContent('INVALID_PARAMS pg'));
    expect(screen.getByTestId('error')).toHaveTextContent('known: kcp_billing');
    expect(iamport.requests).toHaveLength(0);
  });

  it("PgNotice inside it reads its rules too: no notice for a PG it was not given, the PG's notice for one it was", () => {
    const { unmount } = render(<PgNotice pg="danal_tpay" />);
    expect(screen.getByRole('note')).toHaveTextContent('10원');
    unmount();
    render(
      <LeanIamportProvider userCode={USER_CODE} rules={v1Rules} texts={KO_TEXTS}>
        <PgNotice pg="danal_tpay" />
        <PgNotice pg="kcp_billing" amount={9900} />
      </LeanIamportProvider>,
    );
    expect(screen.getAllByRole('note')).toHaveLength(1);
    expect(screen.getByRole('note')).toHaveTextContent('9,900원은 지금 결제되지 않습니다');
  });

  it('speaks the locale of its texts, with messages overriding them', async () => {
    installMockIamport();
    const { unmount } = render(
      <LeanIamportProvider userCode={USER_CODE} rules={v1Rules} texts={EN_TEXTS}>
        <Start request={{ pg: 'html5_inicis', customerUid: 'member_1' }} />
        <BillingKeyButton pg="kcp_billing" customerUid="member_2" />
      </LeanIamportProvider>,
    );
    expect(screen.getByRole('button', { name: 'Register card' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'start' }));
    await waitFor(() => expect(screen.getByTestId('error')).toHaveTextContent(EN_TEXTS.core.errors.INVALID_PARAMS));
    unmount();

    render(
      <LeanIamportProvider
        userCode={USER_CODE}
        rules={v1Rules}
        texts={EN_TEXTS}
        messages={{ errors: { INVALID_PARAMS: 'Try again later.' } }}
      >
        <Start request={{ pg: 'html5_inicis', customerUid: 'member_1' }} />
      </LeanIamportProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'start' }));
    await waitFor(() => expect(screen.getByTestId('error')).toHaveTextContent('Try again later.'));
  });

  it.each([undefined, null, 'en', { locale: 'fr', core: {} }])(
    'texts of %j are Korean (a JS caller may pass anything)',
    async (texts) => {
      installMockIamport();
      render(
        <LeanIamportProvider userCode={USER_CODE} rules={v1Rules} texts={texts as unknown as LocaleTexts}>
          <Start request={{ pg: 'html5_inicis', customerUid: 'member_1' }} />
        </LeanIamportProvider>,
      );
      fireEvent.click(screen.getByRole('button', { name: 'start' }));
      await waitFor(() => expect(screen.getByTestId('error')).toHaveTextContent(KO_TEXTS.core.errors.INVALID_PARAMS));
    },
  );

  it('refuses every PG when its rules are not an object, and renders', async () => {
    const iamport = installMockIamport();
    let failure: BillingKeyError | undefined;
    function Probe() {
      const { request } = useBillingKey();
      return (
        <button
          type="button"
          onClick={() =>
            void request({ pg: 'kcp_billing', customerUid: 'member_1' }).catch((e: BillingKeyError) => (failure = e))
          }
        >
          start
        </button>
      );
    }
    render(
      <LeanIamportProvider userCode={USER_CODE} rules={undefined as unknown as PgRules}>
        <Probe />
        <BillingKeyButton pg="kcp_billing" customerUid="member_1" amount={9900} />
      </LeanIamportProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'start' }));
    await waitFor(() => expect(failure).toMatchObject({ code: 'INVALID_PARAMS', field: 'pg' }));
    expect(iamport.requests).toHaveLength(0);
  });

  it.each([
    ['true', true],
    ['an empty object', {}],
    ['a row without methods', { ...kcp_billing, methods: null }],
    ['a row with a notice nobody can word', { ...kcp_billing, notices: ['nope'] }],
  ])(
    'a row of rules that is %s (a JS caller may pass anything): renders, the click is INVALID_PARAMS on pg, nothing opens',
    async (_, row) => {
      const iamport = installMockIamport();
      const onFailure = vi.fn<(error: BillingKeyError) => void>();
      render(
        <LeanIamportProvider userCode={USER_CODE} rules={{ kcp_billing: row } as unknown as PgRules} texts={KO_TEXTS}>
          <BillingKeyButton pg="kcp_billing" customerUid="member_1" amount={9900} onFailure={onFailure} />
          <PgNotice pg="kcp_billing" amount={9900} />
        </LeanIamportProvider>,
      );
      expect(screen.queryByRole('note')).toBeNull();
      fireEvent.click(screen.getByRole('button'));
      await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
      expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'pg' });
      expect(onFailure.mock.calls[0]![0].message).toContain('rules.kcp_billing is not');
      expect(iamport.requests).toHaveLength(0);
    },
  );

  it("adds a merchant's pgRules to its rules, checked as with IamportProvider", async () => {
    const iamport = installMockIamport();
    const onSuccess = vi.fn();
    const pgRules = { my_pg: { ...kcp_billing, delivery: { pc: 'callback', mobile: 'callback' } } } as PgRules;
    render(
      <LeanIamportProvider userCode={USER_CODE} rules={v1Rules} texts={KO_TEXTS} pgRules={pgRules}>
        <BillingKeyButton pg={'my_pg' as PgId} customerUid="member_1" onSuccess={onSuccess} />
      </LeanIamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(iamport.lastRequest()).toMatchObject({ pg: 'my_pg' });
  });
});

describe('LeanPortOneProvider', () => {
  const v2Rules = { tosspayments: V2.tosspayments, naverpay: V2.naverpay };

  it('is the same row as PG_RULES: each PG export is the table entry', () => {
    expect(V2.tosspayments).toBe(V2.PG_RULES.tosspayments);
  });

  it("issues through a PG of its rules, with the button's notice from those rules", async () => {
    const portOne = installMockPortOne();
    const onSuccess = vi.fn();
    render(
      <V2.LeanPortOneProvider storeId={STORE_ID} rules={v2Rules} texts={KO_TEXTS}>
        <V2.BillingKeyButton pg="tosspayments" channelKey={CHANNEL_KEY} onSuccess={onSuccess} />
        <V2.BillingKeyButton pg="naverpay" channelKey={CHANNEL_KEY} displayAmount={9900} />
      </V2.LeanPortOneProvider>,
    );
    expect(screen.getByRole('note')).toHaveTextContent('9,900원은 지금 결제되지 않습니다');
    fireEvent.click(screen.getAllByRole('button')[0]!);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(portOne.lastRequest()).toMatchObject({ storeId: STORE_ID, channelKey: CHANNEL_KEY, billingKeyMethod: 'CARD' });
  });

  it("PgNotice inside it reads its rules too: no notice for a PG it was not given, the PG's notice for one it was", () => {
    const { unmount } = render(<V2.PgNotice pg="inicis_v2" displayAmount={9900} />);
    expect(screen.getByRole('note')).toHaveTextContent('9,900원은 지금 결제되지 않습니다');
    unmount();
    render(
      <V2.LeanPortOneProvider storeId={STORE_ID} rules={v2Rules} texts={KO_TEXTS}>
        <V2.PgNotice pg="inicis_v2" displayAmount={9900} />
        <V2.PgNotice pg="naverpay" displayAmount={5000} />
      </V2.LeanPortOneProvider>,
    );
    expect(screen.getAllByRole('note')).toHaveLength(1);
    expect(screen.getByRole('note')).toHaveTextContent('5,000원은 지금 결제되지 않습니다');
  });

  it.each([
    ['true', true],
    ['an empty object', {}],
    ['a row whose required is not a list', { ...V2.tosspayments, required: 'issueName' }],
    ['a row without methods', { ...V2.tosspayments, methods: 5 }],
  ])(
    'a row of rules that is %s (a JS caller may pass anything): renders, the click is INVALID_PARAMS on pg, nothing opens',
    async (_, row) => {
      const portOne = installMockPortOne();
      const onFailure = vi.fn<(error: BillingKeyError) => void>();
      render(
        <V2.LeanPortOneProvider storeId={STORE_ID} rules={{ tosspayments: row } as unknown as V2.PgRules} texts={KO_TEXTS}>
          <V2.BillingKeyButton pg="tosspayments" channelKey={CHANNEL_KEY} onFailure={onFailure} />
        </V2.LeanPortOneProvider>,
      );
      fireEvent.click(screen.getByRole('button'));
      await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
      expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'pg' });
      expect(onFailure.mock.calls[0]![0].message).toContain('rules.tosspayments is not');
      expect(portOne.requests).toHaveLength(0);
    },
  );

  it('refuses a PG it was not given, in the locale of its texts', async () => {
    const portOne = installMockPortOne();
    const onFailure = vi.fn();
    render(
      <V2.LeanPortOneProvider storeId={STORE_ID} rules={v2Rules} texts={EN_TEXTS}>
        <V2.BillingKeyButton pg="kcp_v2" channelKey={CHANNEL_KEY} displayAmount={9900} onFailure={onFailure} />
      </V2.LeanPortOneProvider>,
    );
    expect(screen.queryByRole('note')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Register card' }));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({
      code: 'INVALID_PARAMS',
      field: 'pg',
      message: expect.stringContaining(EN_TEXTS.core.errors.INVALID_PARAMS) as unknown,
    });
    expect(portOne.requests).toHaveLength(0);
  });
});

describe('LeanPortOneProvider: issue-and-pay only when given (flows={{ issueAndPay }})', () => {
  const payment = { orderName: '월간 이용권 정기결제', totalAmount: 1000 };
  /** KG Inicis issues phone-billing (MOBILE) keys only with a first payment, which needs a productType. */
  const INICIS_PHONE: V2.BillingKeyRequest = {
    ...VALID.inicis_v2,
    billingKeyMethod: 'MOBILE',
    payment,
    params: { ...VALID.inicis_v2.params, productType: 'PRODUCT_TYPE_DIGITAL' },
  };
  const rules = { tosspayments: V2.tosspayments, inicis_v2: V2.inicis_v2 };
  const flows = { issueAndPay: V2.issueAndPay };

  function renderButton(request: V2.BillingKeyRequest, given?: V2.Flows) {
    const onSuccess = vi.fn();
    const onFailure = vi.fn<(error: BillingKeyError) => void>();
    render(
      <V2.LeanPortOneProvider storeId={STORE_ID} rules={rules} texts={KO_TEXTS} flows={given}>
        <V2.BillingKeyButton {...request} onSuccess={onSuccess} onFailure={onFailure} />
      </V2.LeanPortOneProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    return { onSuccess, onFailure };
  }

  it.each([
    ['with payment', INICIS_PHONE],
    ['without payment', { ...INICIS_PHONE, payment: undefined }],
  ])(
    'without it, a PG and method that issue only with a first payment are refused %s: INVALID_PARAMS on payment naming the opt-in, nothing opened',
    async (_, request) => {
      const portOne = installMockPortOne();
      const { onFailure, onSuccess } = renderButton(request);
      await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
      expect(onFailure.mock.calls[0]![0]).toMatchObject({
        code: 'INVALID_PARAMS',
        field: 'payment',
        message: expect.stringContaining('flows={{ issueAndPay }}') as unknown,
      });
      expect(onSuccess).not.toHaveBeenCalled();
      expect(portOne.requests).toHaveLength(0);
      expect(portOne.andPayRequests).toHaveLength(0);
    },
  );

  it('without it, the button says nothing about a charge its click refuses; with it, the charge is announced', async () => {
    const portOne = installMockPortOne();
    const { onFailure } = renderButton(INICIS_PHONE);
    expect(screen.getByRole('button')).not.toHaveAccessibleDescription(
      expect.stringContaining('결제됩니다') as unknown as string,
    );
    expect(screen.queryByRole('note')?.textContent ?? '').not.toContain('결제됩니다');
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(portOne.andPayRequests).toHaveLength(0);
    cleanup();

    const paid = renderButton(INICIS_PHONE, flows);
    expect(screen.getByRole('note')).toHaveTextContent('1,000원이 지금 결제됩니다');
    await waitFor(() => expect(paid.onSuccess).toHaveBeenCalledTimes(1));
    expect(portOne.andPayRequests).toHaveLength(1);
  });

  it.each([null, 'issueAndPay', { issueAndPay: undefined }])(
    'flows of %j open nothing for payment either, and render (a JS caller may pass anything)',
    async (given) => {
      const portOne = installMockPortOne();
      const { onFailure } = renderButton(INICIS_PHONE, given as unknown as V2.Flows);
      await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
      expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'payment' });
      expect(portOne.andPayRequests).toHaveLength(0);
    },
  );

  it.each([true, 'yes', {}, { checkPayment: 1 }])(
    'flows={{ issueAndPay: %j }} is not the flow: a plain issuance still opens, payment is refused on payment',
    async (junk) => {
      const portOne = installMockPortOne();
      const given = { issueAndPay: junk } as unknown as V2.Flows;
      const plain = renderButton({ pg: 'tosspayments', channelKey: CHANNEL_KEY }, given);
      await waitFor(() => expect(plain.onSuccess).toHaveBeenCalledTimes(1));
      expect(portOne.requests).toHaveLength(1);
      cleanup();

      const { onFailure } = renderButton(INICIS_PHONE, given);
      await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
      expect(onFailure.mock.calls[0]![0]).toMatchObject({
        code: 'INVALID_PARAMS',
        field: 'payment',
        message: expect.stringContaining('flows={{ issueAndPay }}') as unknown,
      });
      expect(portOne.andPayRequests).toHaveLength(0);
    },
  );

  it('without it, an issue-and-pay redirect return is still read: the key issued and the payment made are not lost', async () => {
    window.history.pushState(
      null,
      '',
      '/?rbk_issue_id=pay_1&transactionType=ISSUE_BILLING_KEY_AND_PAY&billingKey=billing-key-9&paymentId=pay_1&txId=tx-9',
    );
    try {
      installMockPortOne();
      const onSuccess = vi.fn();
      const onResult = vi.fn();
      render(
        <V2.LeanPortOneProvider storeId={STORE_ID} rules={rules} texts={KO_TEXTS} onResult={onResult}>
          <V2.BillingKeyRedirect onSuccess={onSuccess}>
            <p>back on the page</p>
          </V2.BillingKeyRedirect>
        </V2.LeanPortOneProvider>,
      );
      expect(screen.getByText('back on the page')).toBeInTheDocument();
      await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
      expect(onSuccess.mock.calls[0]![0]).toMatchObject({
        billingKey: 'billing-key-9',
        charged: true,
        payment: { paymentId: 'pay_1', txId: 'tx-9' },
      });
      expect(onResult).toHaveBeenCalledTimes(1);
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('a polluted Object.prototype opts nothing in', async () => {
    const portOne = installMockPortOne();
    Object.defineProperty(Object.prototype, 'issueAndPay', { value: V2.issueAndPay, configurable: true });
    try {
      const { onFailure } = renderButton(INICIS_PHONE);
      await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
      expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'payment' });
      expect(portOne.andPayRequests).toHaveLength(0);
    } finally {
      delete (Object.prototype as Record<string, unknown>).issueAndPay;
    }
  });

  it('with it, issues and pays as PortOneProvider does: requestIssueBillingKeyAndPay with the payment', async () => {
    const portOne = installMockPortOne();
    const { onSuccess } = renderButton(INICIS_PHONE, flows);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(portOne.requests).toHaveLength(0);
    expect(portOne.lastAndPayRequest()).toMatchObject({
      storeId: STORE_ID,
      billingKeyAndPayMethod: 'MOBILE',
      orderName: payment.orderName,
      totalAmount: 1000,
      currency: 'KRW',
    });
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ charged: true });
  });

  it('without it, payment where the PG issues without one is refused as by PortOneProvider', async () => {
    const portOne = installMockPortOne();
    const { onFailure } = renderButton({ pg: 'tosspayments', channelKey: CHANNEL_KEY, payment });
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'payment' });
    expect(onFailure.mock.calls[0]![0].message).toContain('issues them without a payment');
    expect(portOne.requests).toHaveLength(0);
  });

  it('with it, a plain issuance is unchanged, and payment where the PG issues without one is refused as by PortOneProvider', async () => {
    const portOne = installMockPortOne();
    const { onSuccess } = renderButton({ pg: 'tosspayments', channelKey: CHANNEL_KEY }, flows);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(portOne.lastRequest()).toMatchObject({ billingKeyMethod: 'CARD' });
    cleanup();

    const { onFailure } = renderButton({ pg: 'tosspayments', channelKey: CHANNEL_KEY, payment }, flows);
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'payment' });
    expect(onFailure.mock.calls[0]![0].message).not.toContain('issueAndPay');
    expect(portOne.andPayRequests).toHaveLength(0);
  });
});

describe('development errors name the provider the merchant rendered', () => {
  it.each([
    ['LeanIamportProvider', () => <LeanIamportProvider userCode=" " rules={v1Rules} texts={KO_TEXTS} />],
    ['IamportProvider', () => <IamportProvider userCode=" " />],
  ])('a bad userCode under %s', (name, Provider) => {
    const seen = expectDevWarning('userCode must be your PortOne merchant code');
    render(<Provider />);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain(`${name} userCode`);
  });

  it.each([
    ['LeanPortOneProvider', () => <V2.LeanPortOneProvider storeId="imp123" rules={{}} texts={KO_TEXTS} />],
    ['PortOneProvider', () => <V2.PortOneProvider storeId="imp123" />],
  ])('a bad storeId under %s', (name, Provider) => {
    const seen = expectDevWarning('storeId must be your PortOne store id');
    render(<Provider />);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain(`${name} storeId`);
  });

  it("a PG a lean provider was not given: the developer is told to add the library's rule to rules", async () => {
    installMockIamport();
    render(
      <LeanIamportProvider userCode={USER_CODE} rules={v1Rules} texts={KO_TEXTS}>
        <Start request={{ pg: 'html5_inicis', customerUid: 'member_1' }} />
      </LeanIamportProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'start' }));
    await waitFor(() => expect(screen.getByTestId('error')).toHaveTextContent('INVALID_PARAMS pg'));
    expect(screen.getByTestId('error')).toHaveTextContent("a lean provider takes the library's rule in rules");
    expect(screen.getByTestId('error')).not.toHaveTextContent('IamportProvider');
  });
});
