// Edge cases of the contract a merchant's engineer would poke at: name ≤ 40, undefined fields left out,
// message overrides, disabled button, storage unavailable, remembered requests expiring after a day, merchant_uid uniqueness.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BillingKeyButton,
  BillingKeyRedirect,
  IamportProvider,
  type BillingKeyRequest,
  type IamportProviderProps,
} from '../../src';
import { createMerchantUid } from '../../src/core';
import { installMockIamport, type MockIamportOptions } from '../../src/testing';
import { base, renderHook, settle, USER_CODE } from '../support/kit';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

describe('request building', () => {
  it('an order name over 40 characters is INVALID_PARAMS on name (DESIGN: name ≤ 40 chars); 40 is fine', async () => {
    const iamport = installMockIamport();
    const { hook } = renderHook();
    let ok: ReturnType<typeof settle> | undefined;
    await act(async () => {
      ok = settle(hook.current.request({ ...base, name: '가'.repeat(40) }));
    });
    await waitFor(() => expect(ok!.done).toBe(true));
    expect(ok!.error).toBeUndefined();
    let bad: ReturnType<typeof settle> | undefined;
    await act(async () => {
      bad = settle(hook.current.request({ ...base, name: '가'.repeat(41) }));
    });
    await waitFor(() => expect(bad!.done).toBe(true));
    expect(bad!.error).toMatchObject({ code: 'INVALID_PARAMS', field: 'name' });
    expect(iamport.requests).toHaveLength(1);
    iamport.uninstall();
  });

  it('undefined buyer fields, params values and channelKey are left out of the call, not sent as undefined', async () => {
    const iamport = installMockIamport();
    const { hook } = renderHook();
    await act(async () => {
      await hook.current.request({
        ...base,
        channelKey: undefined,
        buyer: { name: '홍길동', email: undefined, tel: undefined },
        params: { notice_url: undefined, custom_data: 'x' },
      } as BillingKeyRequest);
    });
    const params = iamport.lastRequest();
    expect(params).toMatchObject({ pg: base.pg, buyer_name: '홍길동', custom_data: 'x' });
    for (const [key, value] of Object.entries(params)) expect([key, value]).not.toEqual([key, undefined]);
    expect(params).not.toHaveProperty('channelKey');
    expect(params).not.toHaveProperty('buyer_email');
    expect(params).not.toHaveProperty('notice_url');
    iamport.uninstall();
  });
});

describe('locale and messages', () => {
  it('messages overrides replace the button label and an error message; code stays', async () => {
    const iamport = installMockIamport({ outcome: 'cancel' });
    const onFailure = vi.fn();
    const messages = { button: { label: '카드 등록' }, errors: { CANCELLED: '다음에 다시 시도해 주세요' } };
    render(
      <IamportProvider userCode={USER_CODE} messages={messages}>
        <BillingKeyButton {...base} onFailure={onFailure} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '카드 등록' }));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'CANCELLED', message: '다음에 다시 시도해 주세요' });
    iamport.uninstall();
  });

  it('a blank override counts as not given: the button keeps a name, a notice its words, an error its sentence', async () => {
    const iamport = installMockIamport({ outcome: 'failure' });
    const onFailure = vi.fn();
    const messages = {
      button: { label: '' },
      notice: { testCharge: '  ' },
      errors: { PG_FAILED: '' },
    } as unknown as IamportProviderProps['messages'];
    render(
      <IamportProvider userCode={USER_CODE} messages={messages}>
        <BillingKeyButton pg="danal_tpay" customerUid="member_1" buyer={{ tel: '010-1234-5678' }} onFailure={onFailure} />
      </IamportProvider>,
    );
    const button = screen.getByRole('button', { name: '카드 등록하기' });
    expect(screen.getByRole('note')).toHaveTextContent('10원');
    fireEvent.click(button);
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'PG_FAILED' });
    expect(onFailure.mock.calls[0]![0].message).toMatch(/^[^ (]/);
    expect(iamport.requests).toHaveLength(1);
    iamport.uninstall();
  });

  it('the default label is Korean, English with locale="en"', () => {
    render(
      <>
        <IamportProvider userCode={USER_CODE}>
          <BillingKeyButton {...base} notice="none" />
        </IamportProvider>
        <IamportProvider userCode={USER_CODE} locale="en">
          <BillingKeyButton {...base} notice="none" />
        </IamportProvider>
      </>,
    );
    const [ko, en] = screen.getAllByRole('button');
    expect(ko!.textContent).toMatch(/[가-힣]/);
    expect(en!.textContent).toMatch(/[A-Za-z]/);
    expect(en!.textContent).not.toMatch(/[가-힣]/);
  });
});

describe('the button', () => {
  it('disabled: a click opens nothing and reports nothing', async () => {
    const iamport = installMockIamport();
    const onFailure = vi.fn();
    const onSuccess = vi.fn();
    render(
      <IamportProvider userCode={USER_CODE}>
        <BillingKeyButton {...base} disabled onSuccess={onSuccess} onFailure={onFailure} />
      </IamportProvider>,
    );
    const button = screen.getByRole('button');
    expect(button).toBeDisabled();
    fireEvent.click(button);
    await act(async () => {});
    expect(iamport.requests).toHaveLength(0);
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onFailure).not.toHaveBeenCalled();
    iamport.uninstall();
  });

  it('a merchant onClick that calls preventDefault keeps the window closed', () => {
    const iamport = installMockIamport();
    render(
      <IamportProvider userCode={USER_CODE}>
        <BillingKeyButton {...base} onClick={(e) => e.preventDefault()} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    expect(iamport.requests).toHaveLength(0);
    iamport.uninstall();
  });
});

describe('storage', () => {
  it('sessionStorage unavailable (private mode): the callback flow still works', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const iamport = installMockIamport();
    const onSuccess = vi.fn();
    render(
      <IamportProvider userCode={USER_CODE}>
        <BillingKeyButton {...base} onSuccess={onSuccess} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ customerUid: 'member_42_card_1' })));
    iamport.uninstall();
  });

  it('a remembered request expires after a day: a redirect coming back later reports customerUid null', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T09:00:00Z'));
    const go = (url: string) => window.history.pushState(null, '', url);
    const options: MockIamportOptions = { delivery: 'redirect', navigate: go, shape: 'mobile' };
    const iamport = installMockIamport(options);
    go('/checkout');
    const view = render(
      <IamportProvider userCode={USER_CODE}>
        <BillingKeyButton pg="kicc" customerUid="member_3_card_1" />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(window.location.search).toContain('merchant_uid='));
    view.unmount();
    iamport.uninstall();
    vi.setSystemTime(new Date('2026-01-02T10:00:00Z')); // 25 hours later
    const onSuccess = vi.fn();
    render(<BillingKeyRedirect onSuccess={onSuccess} />);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0].customerUid).toBeNull();
  });
});

describe('createMerchantUid', () => {
  it('is new for every call, even many in the same millisecond, and at most 40 characters', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const uids = Array.from({ length: 5000 }, () => createMerchantUid());
    expect(new Set(uids).size).toBe(uids.length);
    for (const uid of uids) expect(uid.length).toBeLessThanOrEqual(40);
  });
});
