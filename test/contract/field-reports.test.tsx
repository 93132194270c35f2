// The faults merchants hit (issue 14), one describe per kind: each given input, its siblings, and the right values.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BillingKeyButton,
  BillingKeyRedirect,
  IamportProvider,
  PgNotice,
  type BillingKeyError,
  type BillingKeyRequest,
  type IamportResponse,
  type PgId,
  type PgNoticeProps,
} from '../../src';
import { installMockIamport } from '../../src/testing';
import { expectRefused, expectSent, holdingIamport, renderHook, settle, USER_CODE } from '../support/kit';

afterEach(() => {
  window.history.replaceState(null, '', '/');
  vi.unstubAllEnvs();
});

/** Sends `request` through the hook with a window that answers `response`; returns the error (or the result). */
async function answered(request: BillingKeyRequest, response: IamportResponse) {
  const imp = holdingIamport();
  const { hook, onResult } = renderHook();
  let box!: ReturnType<typeof settle>;
  act(() => {
    box = settle(hook.current.request(request));
  });
  await act(async () => imp.answer({ merchant_uid: imp.open[0]!.params.merchant_uid, ...response }));
  await waitFor(() => expect(box.done).toBe(true));
  return { error: box.error as BillingKeyError | undefined, value: box.value, onResult };
}

describe('1. outcomes: structured signals first, then the table of cancellation wordings, PG_FAILED last', () => {
  it('success: true with status "failed" and a cancel reason (Kakao Pay, amount 1000) is a failure, not a charged success', async () => {
    const { error, value, onResult } = await answered(
      { pg: 'kakaopay', customerUid: 'member_1_card_1', amount: 1000 },
      { success: true, status: 'failed', fail_reason: '사용자가 결제를 취소함', error_code: null, imp_uid: 'imp_1' },
    );
    expect(value).toBeUndefined();
    expect(error).toMatchObject({ code: 'CANCELLED', pgMessage: '사용자가 결제를 취소함' });
    expect(onResult).toHaveBeenCalledWith({ status: 'failure', error });
  });

  it('KG Inicis mobile X button (F400 "사용자에 의한 취소입니다.(091)") is CANCELLED', async () => {
    const { error } = await answered(
      { pg: 'html5_inicis', customerUid: 'member_1_card_1' },
      { success: false, error_code: 'F400', error_msg: '사용자에 의한 취소입니다.(091)' },
    );
    expect(error).toMatchObject({ code: 'CANCELLED', pgCode: 'F400' });
  });

  it.each([
    ['status "cancelled" with success: true', { success: true, status: 'cancelled', error_code: null }, 'PG_FAILED'],
    ['status "failed" with a refusal reason', { success: true, status: 'failed', fail_reason: '카드 한도 초과' }, 'PG_FAILED'],
    ['KCP 3001 "사용자 취소"', { error_code: '3001', error_msg: '사용자 취소' }, 'CANCELLED'],
    ['Toss S053 wording', { error_code: 'S053', error_msg: '[S053] 사용자가 결제를 취소하였습니다' }, 'CANCELLED'],
    ['Toss: the buyer closed the browser', { error_code: '401', error_msg: '사용자가 browser 연결을 끊었습니다.' }, 'CANCELLED'],
    ['Danal wording', { imp_success: 'false', error_msg: '사용자가 취소한 거래입니다.' }, 'CANCELLED'],
    ['an English USER_CANCEL code', { error_code: 'USER_CANCEL', error_msg: 'User cancelled' }, 'CANCELLED'],
    [
      'a reused merchant_uid (F1002) is no cancellation',
      { error_code: 'F1002', error_msg: '이미 결제가 이루어진 거래건입니다' },
      'PG_FAILED',
    ],
    ['a cancelled card is no cancellation by the buyer', { error_code: 'F400', error_msg: '취소된 카드입니다' }, 'PG_FAILED'],
  ] as [string, IamportResponse, string][])('%s → %s', async (_label, response, code) => {
    const { error } = await answered({ pg: 'kcp_billing', customerUid: 'member_1_card_1' }, response);
    expect(error?.code).toBe(code);
  });

  it("keeps the PG's own error_msg in a PG_FAILED message (after the locale's sentence)", async () => {
    const { error } = await answered(
      { pg: 'kcp_billing', customerUid: 'member_1_card_1' },
      { error_code: 'F400', error_msg: '[카드사] 한도가 초과되었습니다' },
    );
    expect(error).toMatchObject({ code: 'PG_FAILED', pgCode: 'F400', pgMessage: '[카드사] 한도가 초과되었습니다' });
    expect(error!.message.split('\n')[0]).toBe('카드 등록에 실패했습니다. ([카드사] 한도가 초과되었습니다)');
  });

  it("shows Naver Pay's error_msg unmodified (its review rule)", async () => {
    const { error } = await answered(
      { pg: 'naverpay', customerUid: 'member_1_card_1', buyer: { tel: '010-1234-5678' }, params: { naverProductCode: 'p' } },
      { error_code: 'F400', error_msg: '잔액이 부족합니다.' },
    );
    expect(error).toMatchObject({ code: 'PG_FAILED', message: '잔액이 부족합니다.' });
  });

  it("a Naver Pay cancellation is CANCELLED and still shows Naver's words unmodified (the review rule covers the cancel button)", async () => {
    const { error } = await answered(
      { pg: 'naverpay', customerUid: 'member_1_card_1', buyer: { tel: '010-1234-5678' }, params: { naverProductCode: 'p' } },
      { error_code: 'F400', error_msg: '사용자가 결제를 취소하였습니다' },
    );
    expect(error).toMatchObject({ code: 'CANCELLED', message: '사용자가 결제를 취소하였습니다' });
  });

  it('a callback with only an error_msg and no imp_uid is a failure, not a success without a payment', async () => {
    const { error } = await answered(
      { pg: 'html5_inicis', customerUid: 'member_1_card_1' },
      { imp_uid: null, error_code: null, error_msg: '[결제포기] 사용자가 결제를 취소하셨습니다' },
    );
    expect(error).toMatchObject({ code: 'CANCELLED' });
  });
});

describe('2. render never throws, whatever the props (bad props fail the click instead)', () => {
  it('<BillingKeyButton pg={undefined}> renders, and its click is INVALID_PARAMS on pg with no window', async () => {
    const iamport = installMockIamport();
    const onFailure = vi.fn();
    const props = { pg: undefined, customerUid: 'member_8_card_4', onFailure } as unknown as BillingKeyRequest;
    render(
      <IamportProvider userCode={USER_CODE}>
        <BillingKeyButton {...props} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'pg' });
    expect(iamport.requests).toHaveLength(0);
  });

  it.each([
    ['pg undefined', { pg: undefined, amount: 0 }],
    ['a channelKey-only caller', { pg: undefined, channelKey: 'channel-key-1', amount: 0 }],
    ['pg a number', { pg: 42, amount: 0 }],
    ['amount a string', { pg: 'danal_tpay', amount: '1000' }],
    ['payMethod an object', { pg: 'welcome', amount: 0, payMethod: { card: true } }],
  ])('<PgNotice> with %s renders (nothing) instead of throwing', (_label, props) => {
    const { container } = render(<PgNotice {...(props as unknown as PgNoticeProps)} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('3. a URL is a redirect result only when it carries imp_uid or a failure signal with merchant_uid', () => {
  it.each([
    '/?merchant_uid=order_1&tab=receipt',
    '/?merchant_uid=order_1&imp_success=true',
    '/?imp_uid=imp_1&tab=receipt',
    '/app/#/orders?merchant_uid=order_1',
  ])('%s is the merchant’s own link: nothing is reported and the address stays as it is', async (url) => {
    window.history.replaceState(null, '', url);
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    const onResult = vi.fn();
    render(
      <IamportProvider userCode={USER_CODE} onResult={onResult}>
        <BillingKeyRedirect onSuccess={onSuccess} onFailure={onFailure} />
      </IamportProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onFailure).not.toHaveBeenCalled();
    expect(onResult).not.toHaveBeenCalled();
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(url);
  });
});

describe('4. values PortOne or the PG refuse are INVALID_PARAMS before any window opens', () => {
  // With the phone number Danal's docs recommend, so only the e-mail is in question.
  const danal = (buyer: BillingKeyRequest['buyer']): BillingKeyRequest => ({
    pg: 'danal_tpay',
    customerUid: 'member_1',
    buyer: { tel: '010-1234-5678', ...buyer },
  });

  it('buyer.email "1234" with Danal is refused; its buyer-facing message says to check the e-mail', async () => {
    await expectRefused(danal({ email: '1234' }), 'buyer.email');
  });

  it.each(['name@', '@example.com', 'a@b', 'a b@example.com', 'a@@example.com', `${'a'.repeat(60)}@example.com`])(
    'buyer.email %j is refused',
    async (email) => expectRefused(danal({ email }), 'buyer.email'),
  );
  it.each(['gildong@example.com', 'a.b+tag@shop.co.kr'])('buyer.email %j is sent', async (email) => {
    expect((await expectSent(danal({ email }))).buyer_email).toBe(email);
  });

  it.each([
    [{ tel: 'abc' }, 'buyer.tel'],
    [{ tel: '12' }, 'buyer.tel'],
    [{ tel: '010-1234-5678-9999-0' }, 'buyer.tel'],
    [{ name: '가'.repeat(17) }, 'buyer.name'],
    [{ addr: 'a'.repeat(129) }, 'buyer.addr'],
    [{ postcode: '123456789' }, 'buyer.postcode'],
    [{ name: 42 as unknown as string }, 'buyer.name'],
  ])('buyer %j is refused on %s (PortOne’s field limits)', async (buyer, field) => expectRefused(danal(buyer), field));

  it.each([
    ['customerUid of 81 characters', { customerUid: 'c'.repeat(81) }, 'customerUid'],
    ['customerUid with a slash (a REST path segment)', { customerUid: 'member/1' }, 'customerUid'],
    ['customerUid with ? # or %', { customerUid: 'member?1#%' }, 'customerUid'],
    ['a channelKey that is not one', { channelKey: 'my-channel' }, 'channelKey'],
    ['a channelKey over 55 characters', { channelKey: `channel-key-${'0'.repeat(44)}` }, 'channelKey'],
    ['a redirectUrl that is not http(s)', { redirectUrl: 'javascript:alert(1)' }, 'redirectUrl'],
    ['a relative redirectUrl', { redirectUrl: '/back' }, 'redirectUrl'],
    ['customer_id built by the library in params', { params: { customer_id: 'x' } }, 'params.customer_id'],
  ] as [string, Partial<BillingKeyRequest>, string][])('%s is refused', async (_label, extra, field) =>
    expectRefused({ pg: 'html5_inicis', customerUid: 'member_1', ...extra }, field),
  );

  it('customerUid of exactly 80 URL-safe characters is sent', async () => {
    expect((await expectSent({ pg: 'html5_inicis', customerUid: 'c'.repeat(80) })).customer_uid).toHaveLength(80);
  });

  it('a merchantUid that completed on this page is refused (PortOne would answer F1002); a new one is sent', async () => {
    await expectSent({ pg: 'html5_inicis', customerUid: 'member_1', merchantUid: 'order_1' });
    await expectRefused({ pg: 'html5_inicis', customerUid: 'member_1', merchantUid: 'order_1' }, 'merchantUid');
    await expectSent({ pg: 'html5_inicis', customerUid: 'member_1', merchantUid: 'order_2' });
  });

  it('a merchantUid whose key was issued but not confirmed by verify (VERIFY_FAILED) is refused too: the PG completed it', async () => {
    const iamport = installMockIamport();
    const { hook } = renderHook({ verify: () => false });
    let error: unknown;
    await act(async () => {
      await hook.current
        .request({ pg: 'html5_inicis', customerUid: 'member_1', merchantUid: 'order_8' })
        .catch((e) => (error = e));
    });
    expect(error).toMatchObject({ code: 'VERIFY_FAILED' });
    iamport.uninstall();
    await expectRefused({ pg: 'html5_inicis', customerUid: 'member_1', merchantUid: 'order_8' }, 'merchantUid');
  });

  it('a merchantUid whose window failed may be tried again', async () => {
    const iamport = installMockIamport({ outcome: 'failure' });
    const { hook } = renderHook();
    await act(async () => {
      await hook.current.request({ pg: 'html5_inicis', customerUid: 'member_1', merchantUid: 'order_9' }).catch(() => {});
    });
    iamport.uninstall();
    await expectSent({ pg: 'html5_inicis', customerUid: 'member_1', merchantUid: 'order_9' });
  });
});

describe('5. hash-routed apps', () => {
  it('the default m_redirect_url keeps the hash route, so the BillingKeyRedirect on that route runs', async () => {
    window.history.replaceState(null, '', '/app/#/settings/billing');
    const iamport = installMockIamport();
    const { hook } = renderHook();
    await act(async () => {
      await hook.current.request({ pg: 'kcp_billing', customerUid: 'member_1' });
    });
    expect(iamport.lastRequest().m_redirect_url).toBe(`${window.location.origin}/app/#/settings/billing`);
  });

  it('a result in a query inside the hash is read, reported once, and removed keeping the route', async () => {
    window.history.replaceState(null, '', '/app/#/settings/billing?tab=cards&imp_uid=imp_7&merchant_uid=order_7');
    const onSuccess = vi.fn();
    render(<BillingKeyRedirect onSuccess={onSuccess} />);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ impUid: 'imp_7', merchantUid: 'order_7' });
    await waitFor(() => expect(window.location.hash).toBe('#/settings/billing?tab=cards'));
  });
});

describe('6. what the buyer and the developer see', () => {
  it('a custom label stays while busy, beside a visible spinner, with aria-busy and an announced status', async () => {
    installMockIamport({ answer: 'manual' });
    render(
      <IamportProvider userCode={USER_CODE}>
        <BillingKeyButton pg="html5_inicis" customerUid="member_1">
          월 9,900원으로 구독하기
        </BillingKeyButton>
      </IamportProvider>,
    );
    const button = screen.getByRole('button', { name: '월 9,900원으로 구독하기' });
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveTextContent('월 9,900원으로 구독하기');
    expect(button.querySelector('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('결제창에서 진행 중…');
  });

  it.each([
    [{ cards: [] as never[] }, 'cards', '카드사를 하나 이상 선택해 주세요.'],
    [{ buyer: { email: '1234' } }, 'buyer.email', '이메일 주소를 확인해 주세요.'],
    [{ amount: -1 }, 'amount', '결제 요청 정보가 올바르지 않아 결제창을 열 수 없습니다. 고객센터에 문의해 주세요.'],
  ] as [Partial<BillingKeyRequest>, string, string][])(
    'in production, INVALID_PARAMS on %j tells the buyer a sentence without field names; error.field names it',
    async (extra, field, sentence) => {
      vi.stubEnv('NODE_ENV', 'production');
      installMockIamport();
      const { hook } = renderHook();
      let error: BillingKeyError | undefined;
      await act(async () => {
        await hook.current
          .request({ pg: 'danal_tpay', customerUid: 'member_1', ...extra })
          .catch((e: BillingKeyError) => (error = e));
      });
      expect(error).toMatchObject({ code: 'INVALID_PARAMS', field, message: sentence });
    },
  );

  it('in development the developer also gets the field and what is wrong, on the line after the sentence', async () => {
    installMockIamport();
    const { hook } = renderHook();
    let error: BillingKeyError | undefined;
    await act(async () => {
      await hook.current
        .request({ pg: 'danal_tpay', customerUid: 'member_1', buyer: { email: '1234' } })
        .catch((e: BillingKeyError) => (error = e));
    });
    expect(error!.message).toBe('이메일 주소를 확인해 주세요.\n[react-billing-key] buyer.email must be an e-mail address');
  });

  it("a development warning does not leak into the next test: the mock's uninstall() forgets it", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const once = async () => {
      const iamport = installMockIamport();
      const { hook, unmount } = renderHook();
      await act(async () => {
        await hook.current.request({ pg: 'kicc', customerUid: 'member_1', amount: 9900 });
      });
      unmount();
      iamport.uninstall();
    };
    await once();
    await once();
    expect(warn.mock.calls.filter(([text]) => String(text).includes('kicc: amount 9900'))).toHaveLength(2);
  });

  it.each<[PgId, number]>([
    ['welcome', 0],
    ['galaxia', 0],
  ])('%s amount %i: the notice and the request agree on the pay method', (pg, amount) => {
    render(<PgNotice pg={pg} amount={amount} payMethod="phone" />);
    expect(screen.queryByRole('note')).toBeNull(); // phone at 0 is not allowed: nothing to announce
  });
});
