// The payment-method page as a hostile tester uses it: the checkout's own `verify` and `disabled` for PayPal RT, a
// replacement whose new key fails verification, and a method removed while its replacement window is open.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  BillingKeyCheckout,
  BillingKeyError,
  IamportProvider,
  SavedPaymentMethods,
  useSavedPaymentMethods,
  type BillingKeyResult,
  type CheckoutMethod,
  type SavedMethod,
} from '../../src';
import { BillingKeyCheckout as V2Checkout, PortOneProvider } from '../../src/v2';
import { installMockIamport, installMockPortOne } from '../../src/testing';
import { USER_CODE } from '../support/kit';
import { STORE_ID } from '../support/v2-kit';

const METHODS: CheckoutMethod[] = [
  { id: 'card', pg: 'kcp_billing', payMethod: 'card' },
  { id: 'kakao', pg: 'kakaopay', channelKey: 'channel-key-kakao' },
];
const SHARED = { customerUid: 'member_42_2', buyer: { name: '홍길동', tel: '010-1234-5678' } };
const SAVED: SavedMethod[] = [
  { id: 'member_42_1', label: '신한카드', pg: 'kcp_billing' },
  { id: 'member_42_k', label: '카카오페이', pg: 'kakaopay' },
];

const v1Page = (children: ReactNode) =>
  render(
    <IamportProvider userCode={USER_CODE} locale="ko">
      {children}
    </IamportProvider>,
  );

describe('BillingKeyCheckout: PayPal RT under the checkout’s own props', () => {
  const PAYPAL = [{ id: 'pp', pg: 'paypal_v2' as const, channelKey: 'channel-key-pp' }];
  const generations = [
    {
      name: 'v1',
      install: installMockIamport,
      checkout: (props: object) => v1Page(<BillingKeyCheckout methods={PAYPAL} {...SHARED} {...props} />),
    },
    {
      name: 'v2',
      install: installMockPortOne,
      checkout: (props: object) =>
        render(
          <PortOneProvider storeId={STORE_ID}>
            <V2Checkout methods={PAYPAL} customer={{ customerId: 'member_42' }} {...props} />
          </PortOneProvider>,
        ),
    },
  ];

  it.each(generations)(
    "$name: the checkout's verify confirms a PayPal key too; false is VERIFY_FAILED, no success",
    async (g) => {
      const mock = g.install();
      const callbacks = { verify: vi.fn(() => false), onSuccess: vi.fn(), onFailure: vi.fn() };
      g.checkout(callbacks);
      await waitFor(() => expect(mock.paypal.loads).toHaveLength(1));
      act(() => mock.paypal.click());
      await waitFor(() => expect(callbacks.onFailure).toHaveBeenCalledTimes(1));
      expect(callbacks.verify).toHaveBeenCalledTimes(1);
      expect(callbacks.onFailure.mock.calls[0]![0]).toMatchObject({ code: 'VERIFY_FAILED' });
      expect(callbacks.onSuccess).not.toHaveBeenCalled();
    },
  );

  it('a disabled checkout loads no PayPal container (nothing can be registered while disabled)', async () => {
    const iamport = installMockIamport();
    const { rerender } = v1Page(
      <BillingKeyCheckout methods={[{ id: 'pp', pg: 'paypal_v2', channelKey: 'channel-key-pp' }]} {...SHARED} disabled />,
    );
    await act(async () => {});
    expect(document.querySelector('.portone-ui-container')).toBeNull();
    expect(iamport.paypal.loads).toHaveLength(0);
    rerender(
      <IamportProvider userCode={USER_CODE} locale="ko">
        <BillingKeyCheckout methods={[{ id: 'pp', pg: 'paypal_v2', channelKey: 'channel-key-pp' }]} {...SHARED} />
      </IamportProvider>,
    );
    await waitFor(() => expect(iamport.paypal.loads).toHaveLength(1));
  });
});

/** Replaces 신한카드 through the shop's onReplace (a new key not yet verified), with `verify` answering `verdict`. */
async function replaceInShop(verdict: boolean) {
  const calls = {
    onRemove: vi.fn().mockResolvedValue(undefined),
    onSuccess: vi.fn(),
    onFailure: vi.fn(),
    verify: vi.fn().mockResolvedValue(verdict),
  };
  v1Page(
    <SavedPaymentMethods
      load={async () => SAVED}
      {...calls}
      onReplace={async () => ({ customerUid: 'member_42_3', verified: false }) as BillingKeyResult}
    />,
  );
  await userEvent.setup().click(await screen.findByRole('button', { name: '신한카드 변경' }));
  return calls;
}

describe('SavedPaymentMethods: a replacement never reports a key that failed verification', () => {
  it('through onReplace: a new key verify refuses never reaches onSuccess, and the old key stays', async () => {
    const { onRemove, onSuccess, onFailure, verify } = await replaceInShop(false);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('새 결제수단을 등록하지 못했습니다.'));
    expect(verify).toHaveBeenCalledTimes(1);
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onRemove).not.toHaveBeenCalled();
    // The shop hears it, with the refused key (to delete it or retry the check).
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'VERIFY_FAILED', result: { customerUid: 'member_42_3' } });
  });

  it("through onReplace: the shop's cancelled or failed window reaches onFailure; the old key stays", async () => {
    const onFailure = vi.fn();
    const cancelled = new BillingKeyError('CANCELLED', '취소');
    const onRemove = vi.fn();
    v1Page(
      <SavedPaymentMethods
        load={async () => SAVED}
        onRemove={onRemove}
        onFailure={onFailure}
        onReplace={() => Promise.reject(cancelled)}
      />,
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: '신한카드 변경' }));
    await waitFor(() => expect(onFailure).toHaveBeenCalledWith(cancelled));
    expect(onRemove).not.toHaveBeenCalled();
  });

  it('through onReplace: a verified new key reaches onSuccess after verify and before the old one is removed', async () => {
    const { onRemove, onSuccess, onFailure, verify } = await replaceInShop(true);
    await waitFor(() => expect(onRemove).toHaveBeenCalledWith('member_42_1'));
    expect(onFailure).not.toHaveBeenCalled();
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(verify.mock.invocationCallOrder[0]).toBeLessThan(onSuccess.mock.invocationCallOrder[0]!);
    expect(onSuccess.mock.invocationCallOrder[0]).toBeLessThan(onRemove.mock.invocationCallOrder[0]!);
  });
});

describe('SavedPaymentMethods: never stuck, nothing lost', () => {
  it('a method cannot be removed while its replacement window is open; the other methods stay replaceable after', async () => {
    installMockIamport({ answer: 'manual' });
    const onRemove = vi.fn().mockResolvedValue(undefined);
    v1Page(<SavedPaymentMethods load={async () => SAVED} onRemove={onRemove} methods={METHODS} {...SHARED} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '카카오페이 변경' }));
    expect(screen.getByRole('heading', { name: '카카오페이 대신 등록할 결제수단' })).toBeInTheDocument();
    // Removing it now would leave the window's new key without its place (and held every Replace button for good).
    expect(screen.getByRole('button', { name: '카카오페이 삭제' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '신한카드 삭제' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: '변경 취소' }));
    await user.click(screen.getByRole('button', { name: '카카오페이 삭제' }));
    await user.click(screen.getByRole('button', { name: '삭제하기' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(onRemove).toHaveBeenCalledWith('member_42_k');
    const replace = screen.getByRole('button', { name: '신한카드 변경' });
    expect(replace).toBeEnabled();
    await user.click(replace);
    expect(screen.getByRole('heading', { name: '신한카드 대신 등록할 결제수단' })).toBeInTheDocument();
  });

  it('useSavedPaymentMethods: removing the method being replaced ends its replacement (replacing is null again)', async () => {
    const hook = { current: undefined as unknown as ReturnType<typeof useSavedPaymentMethods<BillingKeyResult>> };
    function Probe() {
      hook.current = useSavedPaymentMethods<BillingKeyResult>({ load: async () => SAVED, onRemove: async () => {} });
      return null;
    }
    render(<Probe />);
    await waitFor(() => expect(hook.current.methods).toHaveLength(2));
    act(() => hook.current.openReplace('member_42_k'));
    expect(hook.current.replacing).toBe('member_42_k');
    await act(() => hook.current.remove('member_42_k'));
    expect(hook.current.replacing).toBeNull();
  });

  it('useSavedPaymentMethods: a second replace of the same method while the first runs opens no second window', async () => {
    let finish!: (result: BillingKeyResult) => void;
    const onReplace = vi.fn(() => new Promise<BillingKeyResult>((resolve) => (finish = resolve)));
    const onRemove = vi.fn().mockResolvedValue(undefined);
    const hook = { current: undefined as unknown as ReturnType<typeof useSavedPaymentMethods<BillingKeyResult>> };
    function Probe() {
      hook.current = useSavedPaymentMethods<BillingKeyResult>({ load: async () => SAVED, onRemove, onReplace });
      return null;
    }
    render(<Probe />);
    await waitFor(() => expect(hook.current.methods).toHaveLength(2));
    let first!: Promise<BillingKeyResult | null>;
    let second!: Promise<BillingKeyResult | null>;
    act(() => {
      first = hook.current.replace('member_42_1');
      second = hook.current.replace('member_42_1');
    });
    expect(await second).toBeNull();
    await waitFor(() => expect(onReplace).toHaveBeenCalledTimes(1));
    const result = { customerUid: 'member_42_3', verified: true } as BillingKeyResult;
    await act(async () => finish(result));
    expect(await first).toBe(result);
    expect(onReplace).toHaveBeenCalledTimes(1);
    expect(onRemove).toHaveBeenCalledTimes(1);
  });
});

describe('SavedPaymentMethods: a verify that never answers', () => {
  it('useSavedPaymentMethods: the replacement gives up after the verify time-out (30 s); the old key stays', async () => {
    const onRemove = vi.fn();
    const hook = { current: undefined as unknown as ReturnType<typeof useSavedPaymentMethods<BillingKeyResult>> };
    function Probe() {
      hook.current = useSavedPaymentMethods<BillingKeyResult>({
        load: async () => SAVED,
        onRemove,
        verify: () => new Promise<boolean>(() => {}),
      });
      return null;
    }
    render(<Probe />);
    await waitFor(() => expect(hook.current.methods).toHaveLength(2));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let done: BillingKeyResult | null | undefined;
      act(() => {
        void hook.current
          .replace('member_42_1', Promise.resolve({ customerUid: 'member_42_3', verified: false } as BillingKeyResult))
          .then((r) => (done = r));
      });
      await act(() => vi.advanceTimersByTimeAsync(29_000));
      expect(hook.current.busy).toEqual(['member_42_1']);
      await act(() => vi.advanceTimersByTimeAsync(1_000));
      expect(done).toBeNull();
      expect(hook.current.busy).toEqual([]);
      expect(hook.current.notice).toMatchObject({ kind: 'replaceFailed' });
      expect(onRemove).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('through onReplace: onFailure hears VERIFY_FAILED (with the key) once the time-out passes', async () => {
    const onFailure = vi.fn();
    v1Page(
      <SavedPaymentMethods
        load={async () => SAVED}
        onRemove={vi.fn()}
        onFailure={onFailure}
        verify={() => new Promise<boolean>(() => {})}
        onReplace={async () => ({ customerUid: 'member_42_3', verified: false }) as BillingKeyResult}
      />,
    );
    const replace = await screen.findByRole('button', { name: '신한카드 변경' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      act(() => replace.click());
      await act(() => vi.advanceTimersByTimeAsync(30_000));
      expect(onFailure).toHaveBeenCalledTimes(1);
      expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'VERIFY_FAILED', result: { customerUid: 'member_42_3' } });
      expect(screen.getByRole('button', { name: '신한카드 변경' })).toBeEnabled();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('SavedPaymentMethods: malformed server data', () => {
  it('an issuedAt that is not a date is left out (no "등록" / "Added" without a date); odd items are skipped', async () => {
    const odd = [
      { id: 'a', label: '신한카드', pg: 'kcp_billing', issuedAt: 'garbage' },
      { id: 'b', label: '국민카드', pg: 'kcp_billing', issuedAt: '2026-13-45' },
      { id: 'c', label: 3, maskedNumber: {}, cardName: ['x'] },
      'str',
      null,
      { id: 'd', label: '현대카드', pg: 'kcp_billing', issuedAt: '2026-11-01T00:00:00.000Z' },
    ] as unknown as SavedMethod[];
    v1Page(<SavedPaymentMethods load={async () => odd} onRemove={vi.fn()} />);
    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual(['신한카드', '국민카드', 'c', '현대카드']);
    expect(within(items[0]!).queryByText(/등록/)).toBeNull();
    expect(within(items[1]!).queryByText(/등록/)).toBeNull();
    expect(within(items[3]!).getByText(/2026.*등록/)).toBeInTheDocument();
  });
});
