// DESIGN.md "The payment-method page", v1 entry, tested from outside: the checkout over several methods, the picker,
// the recurring-payment consent, the saved-methods list with remove and replace.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  BillingKeyCheckout,
  BillingKeyError,
  BillingMethodPicker,
  IamportProvider,
  RecurringConsent,
  SavedPaymentMethods,
  useBillingKeyCheckout,
  type BillingKeyResult,
  type CheckoutMethod,
  type PayPalButtonProps,
  type SavedMethod,
  type UseBillingKeyCheckoutValue,
} from '../../src';
import { installMockIamport } from '../../src/testing';
import { USER_CODE } from '../support/kit';

const METHODS: CheckoutMethod[] = [
  { id: 'card', pg: 'kcp_billing', payMethod: 'card' },
  { id: 'kakao', pg: 'kakaopay', channelKey: 'channel-key-kakao' },
  { id: 'naver', pg: 'naverpay' },
];
const SHARED = { customerUid: 'member_42_2', buyer: { name: '홍길동', tel: '010-1234-5678' } };
const TERMS = { terms: '매월 9,900원이 자동 결제됩니다.', version: '2026-12' };
/** A checkout whose only method is PayPal RT, with an amount (PayPal's button takes none) and a required consent. */
const PAYPAL_CHECKOUT = {
  methods: [{ id: 'pp', pg: 'paypal_v2', channelKey: 'channel-key-pp' }] as CheckoutMethod[],
  ...SHARED,
  amount: 1000,
  consent: TERMS,
};

function page(children: ReactNode, locale: 'ko' | 'en' = 'ko', verify?: (r: BillingKeyResult) => boolean) {
  const onResult = vi.fn();
  const view = render(
    <IamportProvider userCode={USER_CODE} locale={locale} onResult={onResult} verify={verify}>
      {children}
    </IamportProvider>,
  );
  return { ...view, onResult };
}

const radios = () => screen.getAllByRole('radio');
const register = () => screen.getByRole('button', { name: /등록하기|Register/ });

describe('BillingMethodPicker (v1)', () => {
  it('names methods without a label by what they pay with or by their brand, in the locale', () => {
    const { unmount } = page(<BillingMethodPicker methods={METHODS} />);
    expect(radios().map((radio) => radio.textContent)).toEqual(['카드', '카카오페이', '네이버페이']);
    unmount();
    page(
      <BillingMethodPicker
        methods={[
          ...METHODS,
          { id: 'toss', pg: 'tosspay_v2' },
          { id: 'pp', pg: 'paypal_v2' },
          { id: 'x', label: '법인카드', pg: 'kicc' },
        ]}
      />,
      'en',
    );
    expect(radios().map((radio) => radio.textContent)).toEqual([
      'Card',
      'Kakao Pay',
      'Naver Pay',
      'Toss Pay',
      'PayPal',
      '법인카드',
    ]);
  }, 15_000); // the file's first render (styled-components warming up) is slow on a loaded machine

  it('is one radio group with one Tab stop; arrow keys, Home and End move and choose', async () => {
    const onChange = vi.fn();
    page(<BillingMethodPicker methods={METHODS} defaultValue="kakao" onChange={onChange} />);
    expect(screen.getByRole('radiogroup', { name: '결제수단' })).toBeInTheDocument();
    expect(radios().map((radio) => radio.tabIndex)).toEqual([-1, 0, -1]);
    const user = userEvent.setup();
    await user.tab();
    expect(radios()[1]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(radios()[2]).toHaveFocus();
    expect(radios()[2]).toHaveAttribute('aria-checked', 'true');
    expect(onChange).toHaveBeenLastCalledWith('naver', METHODS[2]);
    await user.keyboard('{ArrowDown}');
    expect(radios()[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(onChange).toHaveBeenLastCalledWith('naver', METHODS[2]);
    await user.keyboard('{Home}{ArrowLeft}');
    expect(onChange).toHaveBeenLastCalledWith('naver', METHODS[2]);
    expect(radios().map((radio) => radio.tabIndex)).toEqual([-1, -1, 0]);
  });

  it('follows a controlled value and never throws on odd methods', () => {
    const odd = [null, 3, { pg: 'kicc' }, { id: '' }, METHODS[0], METHODS[0]] as unknown as CheckoutMethod[];
    const { rerender } = page(<BillingMethodPicker methods={odd} value="card" />);
    expect(radios()).toHaveLength(1);
    rerender(<BillingMethodPicker methods={undefined as unknown as CheckoutMethod[]} value={7 as unknown as string} />);
    expect(screen.getByRole('radiogroup')).toBeInTheDocument();
  });
});

describe('BillingKeyCheckout (v1)', () => {
  it('opens the chosen method with the shared props; result.pg is that method’s PG, with the consent given', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const onSuccess = vi.fn();
    page(<BillingKeyCheckout methods={METHODS} {...SHARED} amount={0} consent={TERMS} onSuccess={onSuccess} />);
    const user = userEvent.setup();
    await user.click(radios()[1]!);
    expect(register()).toBeDisabled();
    expect(register()).toHaveAccessibleDescription(/정기결제에 동의해야/);
    await user.click(screen.getByRole('checkbox', { name: /정기결제에 동의합니다 \(필수\)/ }));
    expect(register()).toBeEnabled();
    expect(register()).toHaveTextContent('카카오페이 등록하기');
    await user.click(register());
    expect(iamport.requests).toHaveLength(1);
    expect(iamport.lastRequest()).toMatchObject({
      channelKey: 'channel-key-kakao',
      customer_uid: 'member_42_2',
      buyer_name: '홍길동',
    });
    act(() => iamport.answer({ imp_uid: 'imp_1' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    const [result, method] = onSuccess.mock.calls[0]!;
    expect(result).toMatchObject({ pg: 'kakaopay', customerUid: 'member_42_2', consent: { version: '2026-12' } });
    expect(new Date(result.consent.agreedAt).toISOString()).toBe(result.consent.agreedAt);
    expect(method).toBe(METHODS[1]);
  });

  it('takes the consent as a <RecurringConsent> element or child, and announces why the button waits', async () => {
    installMockIamport({ answer: 'manual' });
    const { unmount } = page(
      <BillingKeyCheckout methods={METHODS} {...SHARED} consent={<RecurringConsent terms="약관" version="v3" />} />,
    );
    expect(register()).toBeDisabled();
    unmount();
    page(
      <BillingKeyCheckout methods={METHODS} {...SHARED}>
        <RecurringConsent terms={<a href="/terms">약관 보기</a>} version="v4" />
      </BillingKeyCheckout>,
    );
    expect(register()).toBeDisabled();
    const reason = screen.getByText('정기결제에 동의해야 결제수단을 등록할 수 있습니다.');
    expect(reason).toHaveAttribute('role', 'status');
    await userEvent.setup().click(screen.getByRole('checkbox'));
    expect(register()).toBeEnabled();
    expect(reason).toBeEmptyDOMElement();
  });

  it('an optional consent does not hold the button; an unticked one adds no consent to the result', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const onSuccess = vi.fn();
    page(<BillingKeyCheckout methods={METHODS} {...SHARED} consent={{ ...TERMS, required: false }} onSuccess={onSuccess} />);
    expect(screen.getByRole('checkbox', { name: /\(선택\)/ })).not.toBeChecked();
    await userEvent.setup().click(register());
    act(() => iamport.answer({ imp_uid: 'imp_2' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(onSuccess.mock.calls[0]![0]).not.toHaveProperty('consent');
  });

  it('switching methods while a window is open starts no second request and does not mix the results', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const onSuccess = vi.fn();
    const { rerender } = page(<BillingKeyCheckout methods={METHODS} value="card" {...SHARED} onSuccess={onSuccess} />);
    const user = userEvent.setup();
    await user.click(register());
    expect(screen.getByRole('radiogroup')).toHaveAttribute('aria-disabled', 'true');
    radios()[0]!.focus();
    await user.keyboard('{ArrowRight}');
    await user.click(radios()[2]!);
    expect(radios()[0]).toHaveAttribute('aria-checked', 'true');
    // The shop moves its controlled value anyway: the open window still belongs to the card method.
    rerender(
      <IamportProvider userCode={USER_CODE}>
        <BillingKeyCheckout methods={METHODS} value="naver" {...SHARED} onSuccess={onSuccess} />
      </IamportProvider>,
    );
    await user.click(register());
    expect(iamport.requests).toHaveLength(1);
    act(() => iamport.answer({ imp_uid: 'imp_3' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ pg: 'kcp_billing' });
    expect(onSuccess.mock.calls[0]![1]).toBe(METHODS[0]);
  });

  it('a PayPal RT method loads no PayPal container while a required consent is unticked, and says why', () => {
    installMockIamport({ answer: 'manual' });
    page(<BillingKeyCheckout {...PAYPAL_CHECKOUT} />);
    expect(document.querySelector('.portone-ui-container')).toBeNull();
    expect(screen.getByText('정기결제에 동의하면 PayPal 버튼이 나타납니다.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('a PayPal RT method renders the given PayPal button with only the props it takes, once the consent is ticked', async () => {
    installMockIamport({ answer: 'manual' });
    const seen: Record<string, unknown>[] = [];
    const onSuccess = vi.fn();
    const PayPal = (props: PayPalButtonProps<BillingKeyResult>) => {
      seen.push(props);
      return (
        <button
          type="button"
          onClick={() => props.onSuccess({ customerUid: 'member_42_2', pg: 'paypal_v2' } as BillingKeyResult)}
        >
          PayPal
        </button>
      );
    };
    page(<BillingKeyCheckout {...PAYPAL_CHECKOUT} payPalButton={PayPal} onSuccess={onSuccess} />);
    expect(seen).toHaveLength(0);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox'));
    expect(Object.keys(seen.at(-1)!).sort()).toEqual(['buyer', 'channelKey', 'customerUid', 'onFailure', 'onSuccess', 'pg']);
    await user.click(screen.getByRole('button', { name: 'PayPal' }));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ pg: 'paypal_v2', consent: { version: '2026-12' } });
  });

  it("a PayPal RT method renders the entry's PayPalBillingButton by default: its container loads once the consent is ticked", async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    page(<BillingKeyCheckout {...PAYPAL_CHECKOUT} />);
    expect(iamport.paypal.loads).toHaveLength(0);
    await userEvent.setup().click(screen.getByRole('checkbox'));
    await waitFor(() => expect(iamport.paypal.loads).toHaveLength(1));
    expect(document.querySelector('.portone-ui-container[data-portone-ui-type="paypal-rt"]')).not.toBeNull();
    expect(iamport.paypal.loads[0]).toMatchObject({
      channelKey: 'channel-key-pp',
      customer_uid: 'member_42_2',
      pay_method: 'paypal',
    });
    // The checkout's amount (1,000) is not PayPal's: RT registers without a charge.
    expect(iamport.paypal.loads[0]).toMatchObject({ amount: 0 });
  });

  it('never throws on odd props: no methods reads as nothing to register', () => {
    page(<BillingKeyCheckout methods={'x' as unknown as CheckoutMethod[]} consent={42 as never} />);
    expect(screen.getByText('지금 등록할 수 있는 결제수단이 없습니다.')).toBeInTheDocument();
  });
});

describe('useBillingKeyCheckout (v1)', () => {
  it('a request forced while a required consent is unticked is INVALID_PARAMS on consent; nothing opens', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const hook = { current: undefined as unknown as UseBillingKeyCheckoutValue };
    function Probe() {
      hook.current = useBillingKeyCheckout({ methods: METHODS, ...SHARED, consent: { version: '2026-12' } });
      return null;
    }
    const { onResult } = page(<Probe />);
    let error: unknown;
    await act(async () => {
      await hook.current.request().catch((e: unknown) => (error = e));
    });
    expect(error).toBeInstanceOf(BillingKeyError);
    expect(error).toMatchObject({ code: 'INVALID_PARAMS', field: 'consent' });
    expect(iamport.requests).toHaveLength(0);
    expect(onResult).toHaveBeenCalledWith({ status: 'failure', error });
    act(() => hook.current.consent!.setChecked(true));
    let done: unknown;
    act(() => {
      void hook.current.request().then((r) => (done = r));
    });
    expect(iamport.requests).toHaveLength(1);
    act(() => iamport.answer({ imp_uid: 'imp_4' }));
    await waitFor(() => expect(done).toMatchObject({ pg: 'kcp_billing', consent: { version: '2026-12' } }));
  });
});

const SAVED: SavedMethod[] = [
  { id: 'member_42_1', label: '신한카드', pg: 'kcp_billing', maskedNumber: '1234-****-****-5678', isDefault: true },
  { id: 'member_42_k', label: '카카오페이', pg: 'kakaopay', issuedAt: '2026-11-01T00:00:00.000Z' },
];

describe('SavedPaymentMethods (v1)', () => {
  it('announces loading, then lists; an empty list says so', async () => {
    let resolve!: (methods: SavedMethod[]) => void;
    const { unmount } = page(<SavedPaymentMethods load={() => new Promise((r) => (resolve = r))} onRemove={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('등록된 결제수단을 불러오는 중…');
    await act(async () => resolve(SAVED));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('heading', { name: '등록된 결제수단' })).toBeInTheDocument();
    unmount();
    page(<SavedPaymentMethods load={async () => []} onRemove={vi.fn()} />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('등록된 결제수단이 없습니다.'));
  });

  it('a load error shows an alert with a retry that calls load() again', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('503')).mockResolvedValueOnce(SAVED);
    page(<SavedPaymentMethods load={load} onRemove={vi.fn()} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('등록된 결제수단을 불러오지 못했습니다.');
    await userEvent.setup().click(within(alert).getByRole('button', { name: '다시 불러오기' }));
    expect(load).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
  });

  it('remove asks in a dialog that keeps focus and returns it; confirming calls onRemove(id)', async () => {
    const onRemove = vi.fn().mockResolvedValue(undefined);
    page(<SavedPaymentMethods load={async () => SAVED} onRemove={onRemove} />);
    const user = userEvent.setup();
    const remove = await screen.findByRole('button', { name: '신한카드 삭제' });
    await user.click(remove);
    const dialog = screen.getByRole('alertdialog', { name: '결제수단을 삭제할까요?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('button', { name: '취소' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: '삭제하기' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: '취소' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(remove).toHaveFocus();
    expect(onRemove).not.toHaveBeenCalled();
    await user.click(remove);
    await user.click(screen.getByRole('button', { name: '삭제하기' }));
    expect(onRemove).toHaveBeenCalledWith('member_42_1');
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByRole('status')).toHaveTextContent('삭제했습니다: 신한카드');
    expect(screen.getByRole('heading', { name: '등록된 결제수단' })).toHaveFocus();
  });

  it('a removal that fails on the server keeps the item and says so', async () => {
    page(<SavedPaymentMethods load={async () => SAVED} onRemove={() => Promise.reject(new Error('500'))} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '카카오페이 삭제' }));
    await user.click(screen.getByRole('button', { name: '삭제하기' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('삭제하지 못했습니다: 카카오페이'));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('replace through onReplace removes the old key only after the new one; a cancelled one keeps it', async () => {
    const onRemove = vi.fn().mockResolvedValue(undefined);
    const result = { customerUid: 'member_42_3', verified: true } as BillingKeyResult;
    const onReplace = vi.fn().mockRejectedValueOnce(new BillingKeyError('CANCELLED', '취소')).mockResolvedValueOnce(result);
    const onSuccess = vi.fn();
    page(<SavedPaymentMethods load={async () => SAVED} onRemove={onRemove} onReplace={onReplace} onSuccess={onSuccess} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '신한카드 변경' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('결제수단 변경을 취소했습니다. 신한카드은 그대로'));
    expect(onRemove).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: '신한카드 변경' }));
    await waitFor(() => expect(onRemove).toHaveBeenCalledWith('member_42_1'));
    expect(onSuccess).toHaveBeenCalledWith(result);
    expect(onSuccess.mock.invocationCallOrder[0]).toBeLessThan(onRemove.mock.invocationCallOrder[0]!);
  });

  it('an unverified new key leaves the old one and tells the buyer', async () => {
    const onRemove = vi.fn();
    const verify = vi.fn().mockResolvedValue(false);
    page(
      <SavedPaymentMethods
        load={async () => SAVED}
        onRemove={onRemove}
        verify={verify}
        onReplace={async () => ({ customerUid: 'member_42_3', verified: false }) as BillingKeyResult}
      />,
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: '신한카드 변경' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('새 결제수단을 등록하지 못했습니다. 신한카드은 그대로'),
    );
    expect(verify).toHaveBeenCalled();
    expect(onRemove).not.toHaveBeenCalled();
  });

  it('given methods, replace runs a checkout in the library, then removes the old key without asking again', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const onRemove = vi.fn().mockResolvedValue(undefined);
    const onReplace = vi.fn();
    const onSuccess = vi.fn();
    const verify = vi.fn().mockResolvedValue(true);
    page(
      <SavedPaymentMethods
        load={async () => SAVED}
        onRemove={onRemove}
        onReplace={onReplace}
        onSuccess={onSuccess}
        methods={METHODS}
        {...SHARED}
        consent={TERMS}
      />,
      'ko',
      verify,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '카카오페이 변경' }));
    expect(screen.getByRole('heading', { name: '카카오페이 대신 등록할 결제수단' })).toHaveFocus();
    await user.click(screen.getByRole('checkbox'));
    await user.click(register());
    expect(onRemove).not.toHaveBeenCalled();
    act(() => iamport.answer({ imp_uid: 'imp_5' }));
    await waitFor(() => expect(onRemove).toHaveBeenCalledWith('member_42_k'));
    expect(verify).toHaveBeenCalledTimes(1);
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({
      customerUid: 'member_42_2',
      verified: true,
      consent: { version: '2026-12' },
    });
    expect(onReplace).toHaveBeenCalledWith(SAVED[1], onSuccess.mock.calls[0]![0]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('새 결제수단으로 바꿨습니다.'));
  });

  it('a new key that fails in the library checkout leaves the old one', async () => {
    const iamport = installMockIamport({ answer: 'manual' });
    const onRemove = vi.fn();
    const onFailure = vi.fn();
    page(
      <SavedPaymentMethods load={async () => SAVED} onRemove={onRemove} onFailure={onFailure} methods={METHODS} {...SHARED} />,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '신한카드 변경' }));
    await user.click(register());
    act(() => iamport.answer({ imp_uid: null, error_code: 'F400', error_msg: '한도 초과' }));
    await waitFor(() => expect(onFailure).toHaveBeenCalled());
    expect(onRemove).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('새 결제수단을 등록하지 못했습니다.'));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });
});
