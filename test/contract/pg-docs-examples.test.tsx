// Issue 15, tests from the facts: for every live PG, the billing example of PortOne's current docs page (quoted in the
// comments' paths under developers.portone.io src/routes/(root)/opi/ko/integration/pg/v1/), sent through the button, is
// the request the docs show; `charged`, the default m_redirect_url, the notice and the validation failures follow the
// rules. Placeholders of the docs ("{콘솔 내 연동 정보의 채널키}", "{…리디렉션 될 URL}") are replaced by real values.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BillingKeyButton,
  IamportProvider,
  PgNotice,
  type BillingKeyError,
  type BillingKeyRequest,
  type BillingKeyResult,
  type PayMethod,
  type PgId,
} from '../../src';
import { installMockIamport } from '../../src/testing';
import { expectDevWarning } from '../support/dev-warnings';
import { expectRefused, renderHook, USER_CODE } from '../support/kit';

const CHANNEL = 'channel-key-3b37819a-1c72-4deb-a245-8c810af5403d';
const BACK = 'https://shop.example/billing/complete';
const portone = { email: 'test@portone.io', name: '포트원', tel: '02-1234-1234' };
const portoneParams = { buyer_email: 'test@portone.io', buyer_name: '포트원', buyer_tel: '02-1234-1234' };

interface Example {
  /** Where the example is. */
  source: string;
  request: BillingKeyRequest;
  /** The docs' object (what request_pay must get). */
  params: Record<string, unknown>;
  /** `charged` for the example's amount, from the facts. */
  charged: boolean;
}

const EXAMPLES: Record<string, Example> = {
  html5_inicis: {
    source: 'inicis.mdx',
    request: {
      pg: 'html5_inicis',
      channelKey: CHANNEL,
      merchantUid: 'order_monthly_0001',
      name: '최초인증결제',
      amount: 0,
      customerUid: 'your-customer-unique-id',
      buyer: portone,
      redirectUrl: BACK,
    },
    params: {
      channelKey: CHANNEL,
      pay_method: 'card',
      merchant_uid: 'order_monthly_0001',
      name: '최초인증결제',
      amount: 0,
      customer_uid: 'your-customer-unique-id',
      ...portoneParams,
      m_redirect_url: BACK,
    },
    charged: false,
  },
  danal_tpay: {
    source: 'danal.mdx',
    request: {
      pg: 'danal_tpay',
      channelKey: CHANNEL,
      merchantUid: 'order_monthly_0001',
      name: '최초인증결제',
      amount: 0,
      customerUid: 'your-customer-unique-id',
      buyer: { ...portone, addr: '서울특별시 강남구 삼성동' },
      params: { period: { from: '20200101', to: '20201231' } },
    },
    params: {
      channelKey: CHANNEL,
      pay_method: 'card',
      merchant_uid: 'order_monthly_0001',
      name: '최초인증결제',
      amount: 0,
      customer_uid: 'your-customer-unique-id',
      ...portoneParams,
      buyer_addr: '서울특별시 강남구 삼성동',
      period: { from: '20200101', to: '20201231' },
    },
    charged: false,
  },
  kcp_billing: {
    source: 'nhn-kcp/readme.mdx',
    request: {
      pg: 'kcp_billing',
      channelKey: CHANNEL,
      merchantUid: 'order_monthly_0001',
      name: '정기결제',
      amount: 0,
      customerUid: 'your-customer-unique-id',
      buyer: portone,
      redirectUrl: 'https://testtest.test',
    },
    params: {
      channelKey: CHANNEL,
      pay_method: 'card',
      merchant_uid: 'order_monthly_0001',
      name: '정기결제',
      amount: 0,
      customer_uid: 'your-customer-unique-id',
      ...portoneParams,
      m_redirect_url: 'https://testtest.test',
    },
    charged: false,
  },
  kicc: {
    source: 'kicc.mdx',
    request: {
      pg: 'kicc',
      channelKey: CHANNEL,
      merchantUid: 'order_monthly_0001',
      name: '최초인증결제',
      amount: 1004,
      customerUid: 'your-customer-unique-id',
      buyer: portone,
      redirectUrl: BACK,
    },
    params: {
      channelKey: CHANNEL,
      pay_method: 'card',
      merchant_uid: 'order_monthly_0001',
      name: '최초인증결제',
      amount: 1004,
      customer_uid: 'your-customer-unique-id',
      ...portoneParams,
      m_redirect_url: BACK,
    },
    charged: false,
  },
  payco: {
    source: 'payco.mdx (no pay_method: the buyer chooses in PAYCO)',
    request: {
      pg: 'payco',
      channelKey: CHANNEL,
      merchantUid: 'order_monthly_0001',
      name: 'PAYCO 자동결제 등록',
      amount: 1000,
      customerUid: 'your-customer-unique-id',
      buyer: portone,
    },
    params: {
      channelKey: CHANNEL,
      merchant_uid: 'order_monthly_0001',
      name: 'PAYCO 자동결제 등록',
      amount: 1000,
      customer_uid: 'your-customer-unique-id',
      ...portoneParams,
    },
    charged: false,
  },
  kakaopay: {
    source: 'kakaopay.mdx (no pay_method: the buyer chooses in the app)',
    request: {
      pg: 'kakaopay',
      channelKey: CHANNEL,
      merchantUid: 'order_monthly_0001',
      name: '최초인증결제',
      amount: 0,
      customerUid: 'your-customer-unique-id',
      buyer: portone,
      redirectUrl: BACK,
    },
    params: {
      channelKey: CHANNEL,
      merchant_uid: 'order_monthly_0001',
      name: '최초인증결제',
      amount: 0,
      customer_uid: 'your-customer-unique-id',
      ...portoneParams,
      m_redirect_url: BACK,
    },
    charged: false,
  },
  danal: {
    source: 'the old manual (no current page); payrq.mdx: digital is required for phone payments',
    request: {
      pg: 'danal',
      merchantUid: 'merchant_1700000000000',
      name: '최초인증결제',
      amount: 10000,
      customerUid: 'your-customer-unique-id',
      buyer: { email: 'iamport@siot.do', name: '아임포트', tel: '02-1234-1234' },
      params: { digital: true },
    },
    params: {
      pg: 'danal',
      pay_method: 'phone',
      merchant_uid: 'merchant_1700000000000',
      name: '최초인증결제',
      amount: 10000,
      customer_uid: 'your-customer-unique-id',
      buyer_email: 'iamport@siot.do',
      buyer_name: '아임포트',
      buyer_tel: '02-1234-1234',
      digital: true,
    },
    charged: true,
  },
  mobilians: {
    source: 'kg.mdx; payrq.mdx: digital is required for phone payments',
    request: {
      pg: 'mobilians',
      channelKey: CHANNEL,
      merchantUid: 'order_monthly_0001',
      name: '최초인증결제',
      amount: 1004,
      customerUid: 'your-customer-unique-id',
      buyer: portone,
      redirectUrl: BACK,
      params: { digital: false },
    },
    params: {
      channelKey: CHANNEL,
      pay_method: 'phone',
      merchant_uid: 'order_monthly_0001',
      name: '최초인증결제',
      amount: 1004,
      customer_uid: 'your-customer-unique-id',
      ...portoneParams,
      m_redirect_url: BACK,
      digital: false,
    },
    charged: true,
  },
  paymentwall: {
    source: 'paymentwall.mdx',
    request: {
      pg: 'paymentwall',
      channelKey: CHANNEL,
      merchantUid: 'order_monthly_0001',
      name: '최초인증결제',
      amount: 20,
      customerUid: 'your-customer-unique-id',
      buyer: { email: 'test@portone.io', name: 'Jack Son', tel: '02-1234-1234' },
      redirectUrl: BACK,
      params: { currency: 'USD' },
    },
    params: {
      channelKey: CHANNEL,
      pay_method: 'card',
      merchant_uid: 'order_monthly_0001',
      name: '최초인증결제',
      amount: 20,
      currency: 'USD',
      customer_uid: 'your-customer-unique-id',
      buyer_email: 'test@portone.io',
      buyer_name: 'Jack Son',
      buyer_tel: '02-1234-1234',
      m_redirect_url: BACK,
    },
    charged: true,
  },
  tosspayments: {
    source: 'newtoss/readme.mdx',
    request: {
      pg: 'tosspayments',
      channelKey: CHANNEL,
      merchantUid: 'order_monthly_0001',
      name: '최초인증결제',
      amount: 0,
      customerUid: 'your-customer-unique-id',
      customerId: 'matthew',
      buyer: portone,
      redirectUrl: BACK,
    },
    params: {
      channelKey: CHANNEL,
      pay_method: 'card',
      merchant_uid: 'order_monthly_0001',
      name: '최초인증결제',
      amount: 0,
      customer_uid: 'your-customer-unique-id',
      ...portoneParams,
      m_redirect_url: BACK,
      customer_id: 'matthew',
    },
    charged: false,
  },
  smartro_v2: {
    source: 'smartro-v2/readme.mdx',
    request: {
      pg: 'smartro_v2',
      channelKey: CHANNEL,
      merchantUid: 'orderMonthly0001',
      name: '최초인증결제',
      amount: 1000,
      customerUid: 'your-customer-unique-id',
      customerId: 'matthew',
      buyer: portone,
      redirectUrl: BACK,
    },
    params: {
      channelKey: CHANNEL,
      pay_method: 'card',
      merchant_uid: 'orderMonthly0001',
      name: '최초인증결제',
      amount: 1000,
      customer_uid: 'your-customer-unique-id',
      ...portoneParams,
      m_redirect_url: BACK,
      customer_id: 'matthew',
    },
    charged: false,
  },
  welcome: {
    source: 'welcome/readme.mdx, card window',
    request: {
      pg: 'welcome',
      channelKey: CHANNEL,
      payMethod: 'card',
      merchantUid: 'orderMonthly0001',
      name: '빌링키 발급',
      amount: 1000,
      customerUid: 'your-customer-unique-id',
      customerId: 'matthew',
      buyer: portone,
      redirectUrl: BACK,
    },
    params: {
      channelKey: CHANNEL,
      pay_method: 'card',
      merchant_uid: 'orderMonthly0001',
      name: '빌링키 발급',
      amount: 1000,
      customer_uid: 'your-customer-unique-id',
      customer_id: 'matthew',
      ...portoneParams,
      m_redirect_url: BACK,
    },
    charged: false,
  },
  'welcome phone': {
    source: 'welcome/readme.mdx, issue-and-pay window (caution.mdx: digital is required for phone)',
    request: {
      pg: 'welcome',
      channelKey: CHANNEL,
      payMethod: 'phone',
      merchantUid: 'orderNo0001',
      name: '주문명:결제테스트',
      amount: 1000,
      customerUid: 'your-customer-unique-id',
      customerId: 'matthew',
      buyer: { email: 'test@portone.io', name: '구매자이름', tel: '010-1234-5678' },
      redirectUrl: BACK,
      params: { digital: true },
    },
    params: {
      channelKey: CHANNEL,
      pay_method: 'phone',
      merchant_uid: 'orderNo0001',
      name: '주문명:결제테스트',
      amount: 1000,
      customer_uid: 'your-customer-unique-id',
      customer_id: 'matthew',
      buyer_email: 'test@portone.io',
      buyer_name: '구매자이름',
      buyer_tel: '010-1234-5678',
      m_redirect_url: BACK,
      digital: true,
    },
    charged: true,
  },
  galaxia: {
    source: 'galaxia.mdx, card window',
    request: {
      pg: 'galaxia',
      channelKey: CHANNEL,
      payMethod: 'card',
      merchantUid: 'orderMonthly0001',
      name: '빌링키 발급',
      amount: 1000,
      customerId: 'matthew',
      customerUid: 'your-customer-unique-id',
      redirectUrl: BACK,
    },
    params: {
      channelKey: CHANNEL,
      pay_method: 'card',
      merchant_uid: 'orderMonthly0001',
      name: '빌링키 발급',
      amount: 1000,
      customer_id: 'matthew',
      customer_uid: 'your-customer-unique-id',
      m_redirect_url: BACK,
    },
    charged: false,
  },
  'galaxia phone': {
    source: 'galaxia.mdx, issue-and-pay window',
    request: {
      pg: 'galaxia',
      channelKey: CHANNEL,
      payMethod: 'phone',
      merchantUid: 'orderNo0001',
      name: '주문명:결제테스트',
      amount: 1000,
      customerId: 'matthew',
      customerUid: 'your-customer-unique-id',
      redirectUrl: BACK,
    },
    params: {
      channelKey: CHANNEL,
      pay_method: 'phone',
      merchant_uid: 'orderNo0001',
      name: '주문명:결제테스트',
      amount: 1000,
      customer_id: 'matthew',
      customer_uid: 'your-customer-unique-id',
      m_redirect_url: BACK,
    },
    charged: true,
  },
  naverpay: {
    source: 'naver.mdx (no pay_method)',
    request: {
      pg: 'naverpay',
      channelKey: CHANNEL,
      customerUid: 'gildong_0001_1234',
      merchantUid: 'order_monthly_0001',
      name: 'Slim 요금제(1개월 단위)',
      amount: 1004,
      buyer: {
        email: 'test@portone.io',
        name: '구매자이름',
        tel: '010-1234-5678',
        addr: '서울특별시 강남구 삼성동',
        postcode: '123-456',
      },
      params: { naverProductCode: '반복결제 상품코드', naverProductCount: 5, naverPopupMode: true },
      redirectUrl: BACK,
    },
    params: {
      channelKey: CHANNEL,
      customer_uid: 'gildong_0001_1234',
      merchant_uid: 'order_monthly_0001',
      name: 'Slim 요금제(1개월 단위)',
      amount: 1004,
      buyer_email: 'test@portone.io',
      buyer_name: '구매자이름',
      buyer_tel: '010-1234-5678',
      buyer_addr: '서울특별시 강남구 삼성동',
      buyer_postcode: '123-456',
      naverProductCode: '반복결제 상품코드',
      naverProductCount: 5,
      naverPopupMode: true,
      m_redirect_url: BACK,
    },
    charged: false,
  },
  tosspay_v2: {
    source: 'tosspay-v2/readme.mdx (the docs send no amount; the library always sends one, 0 by default)',
    request: {
      pg: 'tosspay_v2',
      channelKey: CHANNEL,
      merchantUid: 'orderMonthly0001',
      name: '최초인증결제',
      customerId: 'matthew',
      customerUid: 'your-customer-unique-id',
      buyer: portone,
      redirectUrl: BACK,
      params: { notice_url: 'https://shop.example/hooks/portone' },
    },
    params: {
      channelKey: CHANNEL,
      pay_method: 'tosspay',
      merchant_uid: 'orderMonthly0001',
      name: '최초인증결제',
      amount: 0,
      customer_id: 'matthew',
      customer_uid: 'your-customer-unique-id',
      ...portoneParams,
      m_redirect_url: BACK,
      notice_url: 'https://shop.example/hooks/portone',
    },
    charged: false,
  },
  settle_acc: {
    source: 'settle/mybank.mdx',
    request: {
      pg: 'settle_acc',
      channelKey: CHANNEL,
      merchantUid: 'ORD20180131-0000011',
      name: '노르웨이 회전 의자',
      customerUid: 'A00001-001',
      amount: 1000,
      buyer: { email: 'gildong@gmail.com', name: '홍길동', tel: '010-1234-5678', addr: '서울특별시 강남구 삼성동' },
      redirectUrl: BACK,
      params: { bypass: { settle: { addDeductionYn: 'N', criPsblYn: 'N', custCi: '<CI>' } } },
    },
    params: {
      channelKey: CHANNEL,
      pay_method: 'trans',
      merchant_uid: 'ORD20180131-0000011',
      name: '노르웨이 회전 의자',
      buyer_email: 'gildong@gmail.com',
      buyer_name: '홍길동',
      buyer_tel: '010-1234-5678',
      buyer_addr: '서울특별시 강남구 삼성동',
      m_redirect_url: BACK,
      customer_uid: 'A00001-001',
      amount: 1000,
      bypass: { settle: { addDeductionYn: 'N', criPsblYn: 'N', custCi: '<CI>' } },
    },
    charged: true,
  },
  nice_v2: {
    source: 'nice-v2/readme.mdx',
    request: {
      pg: 'nice_v2',
      channelKey: CHANNEL,
      payMethod: 'kakaopay',
      merchantUid: 'orderNo0001',
      name: '주문명:결제테스트',
      amount: 0,
      buyer: {
        email: 'test@portone.io',
        name: '구매자이름',
        tel: '010-1234-5678',
        addr: '서울특별시 강남구 삼성동',
        postcode: '123-456',
      },
      redirectUrl: BACK,
      customerUid: 'your-customer-unique-id',
      customerId: 'your-customer-id',
    },
    params: {
      channelKey: CHANNEL,
      pay_method: 'kakaopay',
      merchant_uid: 'orderNo0001',
      name: '주문명:결제테스트',
      amount: 0,
      buyer_email: 'test@portone.io',
      buyer_name: '구매자이름',
      buyer_tel: '010-1234-5678',
      buyer_addr: '서울특별시 강남구 삼성동',
      buyer_postcode: '123-456',
      m_redirect_url: BACK,
      customer_uid: 'your-customer-unique-id',
      customer_id: 'your-customer-id',
    },
    charged: false,
  },
};

async function click(request: BillingKeyRequest) {
  const iamport = installMockIamport();
  const onSuccess = vi.fn<(result: BillingKeyResult) => void>();
  const onFailure = vi.fn<(error: BillingKeyError) => void>();
  const view = render(
    <IamportProvider userCode={USER_CODE}>
      <BillingKeyButton {...request} onSuccess={onSuccess} onFailure={onFailure} notice="none" />
    </IamportProvider>,
  );
  fireEvent.click(screen.getByRole('button'));
  await waitFor(() => expect(onSuccess.mock.calls.length + onFailure.mock.calls.length).toBe(1));
  view.unmount();
  iamport.uninstall();
  return { iamport, result: onSuccess.mock.calls[0]?.[0], error: onFailure.mock.calls[0]?.[0] };
}

afterEach(() => window.history.replaceState(null, '', '/'));

/** A docs example with an amount its PG only shows: the library tells the developer to charge it from the server. */
function expectAmountNote({ request, charged }: Example) {
  if (!charged && (request.amount ?? 0) > 0) expectDevWarning(`amount ${request.amount} is only shown in the window`);
}

describe("each live PG's docs example, field for field", () => {
  it.each(Object.entries(EXAMPLES))('%s (%s)', async (_label, example) => {
    const { request, params, charged } = example;
    expectAmountNote(example);
    const { iamport, result, error } = await click(request);
    expect(error).toBeUndefined();
    expect(iamport.lastRequest()).toEqual(params);
    expect(result).toMatchObject({ charged, amount: request.amount ?? 0, customerUid: request.customerUid, verified: false });
  });
});

describe('the default m_redirect_url: the current page for every PG that may redirect, nothing for the others', () => {
  const CALLBACK_ONLY = ['danal_tpay', 'payco', 'danal'];
  it.each(Object.entries(EXAMPLES))('%s', async (_label, example) => {
    const { request } = example;
    expectAmountNote(example);
    window.history.replaceState(null, '', '/account/billing?plan=pro');
    const withoutRedirect = { ...request, redirectUrl: undefined, channelKey: request.channelKey };
    // Naver Pay calls back in popup mode: the redirect default applies to its redirect mode.
    if (request.pg === 'naverpay') withoutRedirect.params = { ...request.params, naverPopupMode: false };
    const { iamport } = await click(withoutRedirect);
    const sent = iamport.lastRequest().m_redirect_url;
    if (CALLBACK_ONLY.includes(request.pg)) expect(sent).toBeUndefined();
    else expect(sent).toBe(`${window.location.origin}/account/billing?plan=pro`);
  });

  it('Naver Pay in popup mode (naverPopupMode: true) still gets the default m_redirect_url, as PortOne’s example sends it (issue 22)', async () => {
    const { request } = EXAMPLES.naverpay!;
    expectAmountNote(EXAMPLES.naverpay!);
    const { iamport } = await click({ ...request, redirectUrl: undefined });
    expect(iamport.lastRequest()).toHaveProperty('m_redirect_url', window.location.href.split('#')[0]);
  });
});

describe('what the buyer is told, per PG, pay method and amount', () => {
  const note = (pg: PgId, amount: number, payMethod?: PayMethod) => {
    const view = render(<PgNotice pg={pg} amount={amount} payMethod={payMethod} />);
    const text = screen.queryByRole('note')?.textContent ?? '';
    view.unmount();
    return text;
  };

  it.each([
    ['galaxia', 0, 'card', '결제창에 1,000원이 표시되지만'],
    ['galaxia', 9900, 'phone', '9,900원이 지금 결제됩니다'],
    ['galaxia', 9900, 'card', '9,900원은 지금 결제되지 않습니다'],
    ['welcome', 9900, 'phone', '9,900원이 지금 결제됩니다'],
    ['welcome', 9900, 'card', '9,900원은 지금 결제되지 않습니다'],
    ['smartro_v2', 0, undefined, '본인인증'],
    ['tosspayments', 1000, undefined, '1,000원은 지금 결제되지 않습니다'],
    ['naverpay', 1004, undefined, '결제수단은 결제창에서 직접 고르며'],
    ['settle_acc', 1000, undefined, '1,000원이 지금 결제됩니다'],
    ['nice_v2', 1000, 'kakaopay', '1,000원은 지금 결제되지 않습니다'],
    ['danal_tpay', 0, undefined, '10원이 결제되었다가 약 30분 뒤 자동으로 취소됩니다'],
  ] as [PgId, number, PayMethod | undefined, string][])('%s, amount %i, %s: “%s”', (pg, amount, payMethod, text) => {
    expect(note(pg, amount, payMethod)).toContain(text);
  });
});

describe('what each PG refuses before its window opens', () => {
  const without = (label: string, field: keyof BillingKeyRequest): BillingKeyRequest => ({
    ...EXAMPLES[label]!.request,
    [field]: undefined,
  });
  const withBuyer = (label: string, buyer: BillingKeyRequest['buyer']): BillingKeyRequest => ({
    ...EXAMPLES[label]!.request,
    buyer,
  });
  const withParams = (label: string, params: BillingKeyRequest['params']): BillingKeyRequest => ({
    ...EXAMPLES[label]!.request,
    params,
  });

  it.each([
    ['smartro_v2 without customerId', without('smartro_v2', 'customerId'), 'customerId'],
    [
      'smartro_v2 with a customerId of 21 characters',
      { ...EXAMPLES.smartro_v2!.request, customerId: 'm'.repeat(21) },
      'customerId',
    ],
    [
      'smartro_v2 with a customerId that is not letters and digits',
      { ...EXAMPLES.smartro_v2!.request, customerId: 'mat-thew' },
      'customerId',
    ],
    [
      'smartro_v2 with a merchantUid that is not letters and digits',
      { ...EXAMPLES.smartro_v2!.request, merchantUid: 'order_1' },
      'merchantUid',
    ],
    ['galaxia without customerId', without('galaxia', 'customerId'), 'customerId'],
    ['galaxia with a customerId of 21 characters', { ...EXAMPLES.galaxia!.request, customerId: 'm'.repeat(21) }, 'customerId'],
    ['tosspay_v2 without customerId', without('tosspay_v2', 'customerId'), 'customerId'],
    [
      'tosspay_v2 with a customerId of 51 characters',
      { ...EXAMPLES.tosspay_v2!.request, customerId: 'm'.repeat(51) },
      'customerId',
    ],
    ['tosspayments with a 1-character customerId', { ...EXAMPLES.tosspayments!.request, customerId: 'm' }, 'customerId'],
    ['tosspayments with a customerId containing #', { ...EXAMPLES.tosspayments!.request, customerId: 'mat#thew' }, 'customerId'],
    ['nice_v2 without payMethod', without('nice_v2', 'payMethod'), 'payMethod'],
    ['nice_v2 with card (no card window billing)', { ...EXAMPLES.nice_v2!.request, payMethod: 'card' }, 'payMethod'],
    ['nice_v2 without customerId', without('nice_v2', 'customerId'), 'customerId'],
    ['nice_v2 without buyer.tel', withBuyer('nice_v2', { name: '구매자이름' }), 'buyer.tel'],
    ['nice_v2 with a name over 40 bytes', { ...EXAMPLES.nice_v2!.request, name: '가'.repeat(14) }, 'name'],
    ['nice_v2 with & in the name', { ...EXAMPLES.nice_v2!.request, name: '요금제 A&B' }, 'name'],
    ['welcome without buyer.name', withBuyer('welcome', { tel: '010-1234-5678' }), 'buyer.name'],
    ['welcome without buyer.tel', withBuyer('welcome', { name: '포트원' }), 'buyer.tel'],
    ['welcome phone without params.digital', withParams('welcome phone', {}), 'params.digital'],
    ['welcome phone with amount 0', { ...EXAMPLES['welcome phone']!.request, amount: 0 }, 'amount'],
    ['galaxia phone with amount 0', { ...EXAMPLES['galaxia phone']!.request, amount: 0 }, 'amount'],
    ['naverpay without buyer.tel', withBuyer('naverpay', { name: '구매자이름' }), 'buyer.tel'],
    ['settle_acc without buyer.tel', withBuyer('settle_acc', { name: '홍길동' }), 'buyer.tel'],
    ['settle_acc selected by pg without the MID', { ...EXAMPLES.settle_acc!.request, channelKey: undefined }, 'pg'],
    ['paymentwall without buyer.email', withBuyer('paymentwall', { name: 'Jack Son' }), 'buyer.email'],
    [
      'paymentwall with a one-word buyer.name',
      withBuyer('paymentwall', { email: 'test@portone.io', name: 'Jack' }),
      'buyer.name',
    ],
    ['paymentwall without params.currency', withParams('paymentwall', {}), 'params.currency'],
    ['paymentwall with amount 0', { ...EXAMPLES.paymentwall!.request, amount: 0 }, 'amount'],
    ['danal without params.digital', withParams('danal', {}), 'params.digital'],
    ['mobilians with params.digital "false" (a string)', withParams('mobilians', { digital: 'false' }), 'params.digital'],
  ] as [string, BillingKeyRequest, string][])('%s → INVALID_PARAMS on %s', async (_label, request, field) =>
    expectRefused(request, field),
  );

  it('settle_acc selected by pg with its MID is sent', async () => {
    const { iamport } = await click({ ...EXAMPLES.settle_acc!.request, channelKey: undefined, pg: 'settle_acc.M2103142' });
    expect(iamport.lastRequest().pg).toBe('settle_acc.M2103142');
  });

  it('smartro_v2 generates a merchantUid of letters and digits only', async () => {
    expectAmountNote(EXAMPLES.smartro_v2!);
    const { iamport } = await click({ ...EXAMPLES.smartro_v2!.request, merchantUid: undefined });
    expect(iamport.lastRequest().merchant_uid).toMatch(/^[A-Za-z0-9]{1,40}$/);
  });

  it.each(['paypal_v2', 'nice', 'ksnet', 'daou', 'settle', 'uplus', 'eximbay', 'tosspay', 'kpn'])(
    '%s does not issue billing keys through the v1 window: INVALID_PARAMS on pg with a development hint',
    async (pg) => {
      const iamport = installMockIamport();
      const { hook } = renderHook();
      let error: BillingKeyError | undefined;
      await act(async () => {
        await hook.current.request({ pg: pg as PgId, customerUid: 'member_1' }).catch((e: BillingKeyError) => (error = e));
      });
      expect(error).toMatchObject({ code: 'INVALID_PARAMS', field: 'pg' });
      expect(error!.message).toMatch(/does not issue billing keys through the v1 window/);
      expect(iamport.requests).toHaveLength(0);
    },
  );
});
