// DESIGN.md "v2 API": outcomes (success, failure, cancel, rejection, NEEDS_CONFIRMATION), the v2 BillingKeyResult,
// useBillingKey statuses, verify, BUSY across generations, the synchronous SDK call and onResult.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BillingKeyButton as V1Button, IamportProvider } from '../../../src';
import { installMockIamport, installMockPortOne } from '../../../src/testing';
import {
  BillingKeyButton,
  PortOneProvider,
  type BillingKeyError,
  type BillingKeyResult,
  type IssueBillingKeyResponse,
} from '../../../src/v2';
import { base, CHANNEL_KEY, holdingPortOne, renderV2Hook, settle, STORE_ID } from '../../support/v2-kit';

async function answerWith(response: IssueBillingKeyResponse, request = base) {
  const portOne = holdingPortOne();
  const { hook, onResult } = renderV2Hook();
  let box!: ReturnType<typeof settle>;
  act(() => {
    box = settle(hook.current.request(request));
  });
  // Called synchronously inside request(): a click handler is still on the stack.
  expect(portOne.requestIssueBillingKey).toHaveBeenCalledTimes(1);
  const sent = portOne.mock.lastRequest();
  await act(async () => portOne.mock.answer(response));
  await waitFor(() => expect(box.done).toBe(true));
  return { box, hook, sent, onResult };
}

describe('v2 outcomes', () => {
  it('billingKey → success with the v2 result; onResult hears it', async () => {
    const response = { transactionType: 'ISSUE_BILLING_KEY', billingKey: 'billing-key-0195' };
    const { box, hook, sent, onResult } = await answerWith(response);
    const result = box.value as BillingKeyResult;
    expect(result).toEqual({
      billingKey: 'billing-key-0195',
      issueId: sent.issueId,
      pg: 'tosspayments',
      verified: false,
      needsConfirmation: false,
      billingIssueToken: null,
      charged: false,
      payment: null,
      response: expect.objectContaining(response) as unknown,
    });
    expect(hook.current).toMatchObject({ status: 'success', result, error: null });
    expect(onResult).toHaveBeenCalledWith({ status: 'success', result });
  });

  it('code → PG_FAILED keeping code, message, pgCode and pgMessage', async () => {
    const response = { code: 'FAILURE_TYPE_PG', message: '[토스페이먼츠] 한도 초과', pgCode: 'EXCEED', pgMessage: '한도 초과' };
    const { box, hook, onResult } = await answerWith(response);
    const error = box.error as BillingKeyError;
    expect(error).toMatchObject({ code: 'PG_FAILED', pgCode: 'EXCEED', pgMessage: '한도 초과' });
    expect(error.response).toMatchObject(response);
    expect(error.message).toContain('한도 초과');
    expect(hook.current).toMatchObject({ status: 'failure', error });
    expect(onResult).toHaveBeenCalledWith({ status: 'failure', error });
  });

  it.each<[string, IssueBillingKeyResponse]>([
    ['PAY_PROCESS_CANCELED', { code: 'FAILURE_TYPE_PG', message: '취소', pgCode: 'PAY_PROCESS_CANCELED' }],
    ['the buyer’s words', { code: 'FAILURE_TYPE_PG', pgMessage: '사용자가 결제를 취소하였습니다' }],
  ])('a buyer cancellation (%s) → CANCELLED', async (_label, response) => {
    const { box } = await answerWith(response);
    expect(box.error).toMatchObject({ code: 'CANCELLED' });
  });

  it('Naver Pay: the buyer reads its pgMessage unmodified', async () => {
    const pgMessage = '네이버페이 결제가 중단되었습니다. 다시 시도해 주세요.';
    const { box } = await answerWith(
      { code: 'FAILURE_TYPE_PG', message: 'PG사 오류', pgCode: 'E', pgMessage },
      { pg: 'naverpay', channelKey: CHANNEL_KEY },
    );
    expect((box.error as BillingKeyError).message).toBe(pgMessage);
  });

  it('Naver Pay: a cancellation is CANCELLED with its pgMessage unmodified too', async () => {
    const pgMessage = '사용자가 결제를 취소하였습니다';
    const { box } = await answerWith(
      { code: 'FAILURE_TYPE_PG', message: pgMessage, pgCode: 'UserCancel', pgMessage },
      { pg: 'naverpay', channelKey: CHANNEL_KEY },
    );
    expect(box.error).toMatchObject({ code: 'CANCELLED', message: pgMessage });
  });

  it('a rejected promise (an error before issuance) → PG_FAILED with its code', async () => {
    const portOne = holdingPortOne();
    portOne.requestIssueBillingKey.mockRejectedValueOnce(
      Object.assign(new Error('채널을 찾을 수 없습니다.'), {
        __portOneErrorType: 'IssueBillingKeyError',
        transactionType: 'ISSUE_BILLING_KEY',
        code: 'ChannelNotFound',
      }),
    );
    const { hook, onResult } = renderV2Hook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    await waitFor(() => expect(box.done).toBe(true));
    expect(box.error).toMatchObject({ code: 'PG_FAILED', pgCode: 'ChannelNotFound', pgMessage: '채널을 찾을 수 없습니다.' });
    expect(onResult).toHaveBeenCalledWith({ status: 'failure', error: box.error });
  });

  it('NEEDS_CONFIRMATION is a success to confirm: billingKey null, the token to verify, never a key', async () => {
    installMockPortOne({ needsConfirmation: true });
    const verify = vi.fn((result: BillingKeyResult) => Promise.resolve(result.billingIssueToken !== null));
    const { hook } = renderV2Hook({ verify });
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    await waitFor(() => expect(box.done).toBe(true));
    const token = (verify.mock.calls[0]![0] as BillingKeyResult).billingIssueToken;
    expect(token).toMatch(/^billing-issue-token-/);
    expect(verify).toHaveBeenCalledWith(expect.objectContaining({ billingKey: null, needsConfirmation: true, verified: false }));
    expect(box.value).toMatchObject({ billingKey: null, needsConfirmation: true, billingIssueToken: token, verified: true });
    // PortOne's placeholder stays only in the raw response, never as the key.
    expect((box.value as BillingKeyResult).response.billingKey).toBe('NEEDS_CONFIRMATION');
  });
});

describe('v2 statuses and verify', () => {
  it('idle → loading (no SDK yet) → pending → success; reset() → idle', async () => {
    const { hook, statuses } = renderV2Hook();
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    expect(hook.current.status).toBe('loading');
    const portOne = holdingPortOne();
    act(() => {
      document.querySelector('script')!.dispatchEvent(new Event('load'));
    });
    await waitFor(() => expect(hook.current.status).toBe('pending'));
    await act(async () => portOne.answer());
    await waitFor(() => expect(box.done).toBe(true));
    expect(statuses).toEqual(['idle', 'loading', 'pending', 'success']);
    act(() => hook.current.reset());
    expect(hook.current).toMatchObject({ status: 'idle', result: null, error: null });
  });

  it.each([
    ['resolves false', () => Promise.resolve(false)],
    ['rejects', () => Promise.reject(new Error('server down'))],
  ])('verify %s → VERIFY_FAILED after verifying', async (_label, verify) => {
    const portOne = holdingPortOne();
    const { hook, statuses } = renderV2Hook({ verify });
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    await act(async () => portOne.answer());
    await waitFor(() => expect(box.done).toBe(true));
    expect(box.error).toMatchObject({ code: 'VERIFY_FAILED' });
    expect(statuses).toEqual(['idle', 'pending', 'verifying', 'failure']);
  });

  it('verify is not called for a failure; the hook’s verify overrides the provider’s', async () => {
    const providerVerify = vi.fn(() => true);
    const hookVerify = vi.fn(() => Promise.resolve(true));
    const portOne = holdingPortOne();
    const { hook } = renderV2Hook({ verify: providerVerify }, { verify: hookVerify });
    let box!: ReturnType<typeof settle>;
    act(() => {
      box = settle(hook.current.request(base));
    });
    await act(async () => portOne.answer({ code: 'FAILURE_TYPE_PG', message: 'no' }));
    await waitFor(() => expect(box.done).toBe(true));
    expect(hookVerify).not.toHaveBeenCalled();
    act(() => {
      box = settle(hook.current.request(base));
    });
    await act(async () => portOne.answer());
    await waitFor(() => expect(box.done).toBe(true));
    expect(box.value).toMatchObject({ verified: true });
    expect(hookVerify).toHaveBeenCalledTimes(1);
    expect(providerVerify).not.toHaveBeenCalled();
  });
});

describe('the v2 button', () => {
  it('opens the window synchronously on click, is busy while it is open, and calls onSuccess with the key', async () => {
    const portOne = holdingPortOne();
    const onSuccess = vi.fn<(r: BillingKeyResult) => void>();
    render(
      <PortOneProvider storeId={STORE_ID}>
        <BillingKeyButton {...base} onSuccess={onSuccess} />
      </PortOneProvider>,
    );
    const button = screen.getByRole('button', { name: '카드 등록하기' });
    fireEvent.click(button);
    expect(portOne.requestIssueBillingKey).toHaveBeenCalledTimes(1);
    expect(button).toHaveAttribute('aria-busy', 'true');
    fireEvent.click(button);
    expect(portOne.requestIssueBillingKey).toHaveBeenCalledTimes(1);
    await act(async () => portOne.answer());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ billingKey: 'billing-key-100', pg: 'tosspayments' });
    expect(button).toHaveAttribute('aria-busy', 'false');
  });

  it('shares the page’s one window with v1: a v1 button gets BUSY while a v2 window is open, and the other way round', async () => {
    const portOne = holdingPortOne();
    const iamport = installMockIamport({ answer: 'manual' });
    const v1Failure = vi.fn<(e: BillingKeyError) => void>();
    const v2Failure = vi.fn<(e: BillingKeyError) => void>();
    render(
      <>
        <PortOneProvider storeId={STORE_ID}>
          <BillingKeyButton {...base} onFailure={v2Failure}>
            v2
          </BillingKeyButton>
        </PortOneProvider>
        <IamportProvider userCode="imp12345678">
          <V1Button pg="kcp_billing" customerUid="member_1_card_1" onFailure={v1Failure}>
            v1
          </V1Button>
        </IamportProvider>
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'v2' }));
    fireEvent.click(screen.getByRole('button', { name: 'v1' }));
    await waitFor(() => expect(v1Failure).toHaveBeenCalledWith(expect.objectContaining({ code: 'BUSY' })));
    expect(iamport.requests).toHaveLength(0);
    await act(async () => portOne.answer());
    fireEvent.click(screen.getByRole('button', { name: 'v1' }));
    expect(iamport.requests).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'v2' }));
    await waitFor(() => expect(v2Failure).toHaveBeenCalledWith(expect.objectContaining({ code: 'BUSY' })));
    expect(portOne.mock.requests).toHaveLength(1);
  });

  it('invalid props fail the click with INVALID_PARAMS naming the field, and open nothing', async () => {
    const portOne = holdingPortOne();
    const onFailure = vi.fn<(e: BillingKeyError) => void>();
    const onResult = vi.fn();
    render(
      <PortOneProvider storeId={STORE_ID} onResult={onResult}>
        <BillingKeyButton pg="smartro_v2" channelKey={CHANNEL_KEY} onFailure={onFailure} />
      </PortOneProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'customer.customerId' });
    expect(onResult).toHaveBeenCalledWith({ status: 'failure', error: onFailure.mock.calls[0]![0] });
    expect(portOne.requestIssueBillingKey).not.toHaveBeenCalled();
    expect(screen.getByRole('button')).toHaveAttribute('aria-busy', 'false');
  });
});
