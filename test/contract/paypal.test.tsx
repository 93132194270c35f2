// DESIGN.md "Every billing flow PortOne has" — PayPal RT, v1 (`IMP.loadUI('paypal-rt')`) and v2
// (`PortOne.loadIssueBillingKeyUI({ uiType: 'PAYPAL_RT' })`): the same contract for both generations, tested from
// outside through the public entries and the test kit, as a merchant would.
import { act, render, screen, waitFor } from '@testing-library/react';
import { StrictMode, useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import * as v1 from '../../src';
import { installMockIamport, installMockPortOne, type MockOutcome } from '../../src/testing';
import * as v2 from '../../src/v2';
import { USER_CODE } from '../support/kit';
import { CHANNEL_KEY, STORE_ID } from '../support/v2-kit';

type AnyProps = Record<string, unknown> & {
  onSuccess?: (result: never) => void;
  onFailure?: (error: v1.BillingKeyError) => void;
};

interface Generation {
  name: 'v1' | 'v2';
  /** The mock, installed with these options; `paypal` is its PayPal handle. */
  install: (options?: { outcome?: MockOutcome; answer?: 'auto' | 'manual' }) => {
    paypal: { loads: readonly object[]; updates: readonly object[]; click(): void };
    answer: (answer?: MockOutcome | Record<string, unknown>) => void;
    sdk: object;
  };
  Provider: (props: { children: ReactNode; onResult?: (outcome: unknown) => void; verify?: () => boolean }) => ReactNode;
  Button: (props: AnyProps) => ReactNode;
  /** Valid props for this generation. */
  props: Record<string, unknown>;
  /** The attempt id in what was sent. */
  idOf: (params: object) => unknown;
  /** What every load carries. */
  sent: Record<string, unknown>;
  /** A prop change and where it shows in what is sent. */
  change: [prop: Record<string, unknown>, sent: Record<string, unknown>];
  /** An invalid prop and the field named. */
  invalid: [prop: Record<string, unknown>, field: string];
  loadName: string;
}

const GENERATIONS: Generation[] = [
  {
    name: 'v1',
    install: (options) => installMockIamport(options),
    Provider: ({ children, onResult, verify }) => (
      <v1.IamportProvider userCode={USER_CODE} onResult={onResult} verify={verify}>
        {children}
      </v1.IamportProvider>
    ),
    Button: (props) => <v1.PayPalBillingButton {...(props as unknown as v1.PayPalBillingButtonProps)} />,
    props: { channelKey: CHANNEL_KEY, customerUid: 'member_42_paypal' },
    idOf: (params) => (params as { merchant_uid?: unknown }).merchant_uid,
    sent: { channelKey: CHANNEL_KEY, pay_method: 'paypal', customer_uid: 'member_42_paypal' },
    change: [{ name: '연간 구독' }, { name: '연간 구독' }],
    invalid: [{ customerUid: 'has space' }, 'customerUid'],
    loadName: 'loadUI',
  },
  {
    name: 'v2',
    install: (options) => installMockPortOne(options),
    Provider: ({ children, onResult, verify }) => (
      <v2.PortOneProvider storeId={STORE_ID} onResult={onResult} verify={verify}>
        {children}
      </v2.PortOneProvider>
    ),
    Button: (props) => <v2.PayPalBillingButton {...(props as unknown as v2.PayPalBillingButtonProps)} />,
    props: { channelKey: CHANNEL_KEY },
    idOf: (params) => (params as { issueId?: unknown }).issueId,
    sent: { uiType: 'PAYPAL_RT', storeId: STORE_ID, channelKey: CHANNEL_KEY, billingKeyMethod: 'PAYPAL' },
    change: [{ issueName: '연간 구독' }, { issueName: '연간 구독' }],
    invalid: [{ displayAmount: -1 }, 'displayAmount'],
    loadName: 'loadIssueBillingKeyUI',
  },
];

const container = () => document.querySelector('.portone-ui-container');

function renderPayPal(g: Generation, extra: Record<string, unknown> = {}, provider: { verify?: () => boolean } = {}) {
  const onSuccess = vi.fn();
  const onFailure = vi.fn<(e: v1.BillingKeyError) => void>();
  const onResult = vi.fn();
  const ui = (more: Record<string, unknown>) => (
    <g.Provider onResult={onResult} {...provider}>
      <g.Button {...g.props} {...more} onSuccess={onSuccess} onFailure={onFailure} />
    </g.Provider>
  );
  const view = render(ui(extra));
  return { onSuccess, onFailure, onResult, view, rerender: (more: Record<string, unknown>) => view.rerender(ui(more)) };
}

describe.each(GENERATIONS)('PayPalBillingButton ($name)', (g) => {
  it('renders PortOne’s container and loads PayPal’s button once, with the full request', async () => {
    const mock = g.install();
    renderPayPal(g);
    await waitFor(() => expect(mock.paypal.loads).toHaveLength(1));
    expect(container()).toHaveAttribute('data-portone-ui-type', 'paypal-rt');
    expect(mock.paypal.loads[0]).toMatchObject(g.sent);
    expect(g.idOf(mock.paypal.loads[0]!)).toEqual(expect.any(String));
    expect(screen.getByRole('button', { name: 'PayPal' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'PayPal로 결제수단 등록' })).toHaveAttribute('aria-busy', 'false');
  });

  it('nothing answers before the buyer clicks; a click is an attempt, answered once', async () => {
    const mock = g.install();
    const { onSuccess, onResult } = renderPayPal(g);
    await waitFor(() => expect(mock.paypal.loads).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onSuccess).not.toHaveBeenCalled();
    act(() => screen.getByRole('button', { name: 'PayPal' }).click());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(onResult).toHaveBeenCalledWith({ status: 'success', result: onSuccess.mock.calls[0]![0] });
  });

  it('a prop change is pushed with the full request, keeping the attempt id', async () => {
    const mock = g.install();
    const { rerender } = renderPayPal(g);
    await waitFor(() => expect(mock.paypal.loads).toHaveLength(1));
    rerender(g.change[0]);
    await waitFor(() => expect(mock.paypal.updates).toHaveLength(1));
    expect(mock.paypal.updates[0]).toMatchObject({ ...g.sent, ...g.change[1] });
    expect(g.idOf(mock.paypal.updates[0]!)).toBe(g.idOf(mock.paypal.loads[0]!));
    rerender(g.change[0]);
    await act(async () => {});
    expect(mock.paypal.updates).toHaveLength(1);
    expect(mock.paypal.loads).toHaveLength(1);
  });

  it('every answer pushes a new attempt id (the next click is a new attempt), success or not', async () => {
    const mock = g.install({ answer: 'manual' });
    const { onSuccess, onFailure } = renderPayPal(g);
    await waitFor(() => expect(mock.paypal.loads).toHaveLength(1));
    const first = g.idOf(mock.paypal.loads[0]!);
    mock.paypal.click();
    act(() => mock.answer('cancel'));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'CANCELLED' });
    const second = g.idOf(mock.paypal.updates.at(-1)!);
    expect(second).not.toBe(first);
    mock.paypal.click();
    act(() => mock.answer('success'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    const third = g.idOf(mock.paypal.updates.at(-1)!);
    expect(new Set([first, second, third]).size).toBe(3);
  });

  it('a refusal is PG_FAILED, with the PG’s words kept', async () => {
    const mock = g.install({ answer: 'manual' });
    const { onSuccess, onFailure } = renderPayPal(g);
    await waitFor(() => expect(mock.paypal.loads).toHaveLength(1));
    mock.paypal.click();
    act(() => mock.answer('failure'));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'PG_FAILED' });
    expect(onFailure.mock.calls[0]![0].message).toContain('카드 인증에 실패했습니다');
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('verify confirms the key before success; false is VERIFY_FAILED', async () => {
    const mock = g.install();
    const verify = vi.fn(() => false);
    const { onSuccess, onFailure } = renderPayPal(g, {}, { verify });
    await waitFor(() => expect(mock.paypal.loads).toHaveLength(1));
    act(() => mock.paypal.click());
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(verify).toHaveBeenCalledTimes(1);
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'VERIFY_FAILED' });
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('bad props: INVALID_PARAMS through onFailure at mount, nothing reaches the SDK', async () => {
    const mock = g.install();
    const { onFailure, onResult } = renderPayPal(g, g.invalid[0]);
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: g.invalid[1] });
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(mock.paypal.loads).toHaveLength(0);
  });

  it('props turning bad hide PayPal’s button (reported once) and push nothing; fixing them shows it again', async () => {
    const mock = g.install();
    const { onFailure, rerender } = renderPayPal(g);
    await waitFor(() => expect(mock.paypal.loads).toHaveLength(1));
    rerender(g.invalid[0]);
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    rerender({ ...g.invalid[0], title: 'same error, other render' });
    await act(async () => {});
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(container()).not.toBeVisible();
    expect(mock.paypal.updates).toHaveLength(0);
    rerender(g.change[0]);
    await waitFor(() => expect(mock.paypal.updates).toHaveLength(1));
    expect(container()).toBeVisible();
  });

  it('a second button is refused through its own onFailure (and a development error), renders nothing, breaks nothing', async () => {
    const mock = g.install();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const first = vi.fn();
    const second = vi.fn();
    render(
      <g.Provider>
        <g.Button {...g.props} onFailure={first} />
        <g.Button {...g.props} onFailure={second} data-testid="second" />
      </g.Provider>,
    );
    await waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    expect(second.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'container' });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('second PayPalBillingButton'));
    await waitFor(() => expect(mock.paypal.loads).toHaveLength(1));
    expect(document.querySelectorAll('.portone-ui-container')).toHaveLength(1);
    expect(screen.queryByTestId('second')).toBeNull();
    expect(first).not.toHaveBeenCalled();
  });

  it('StrictMode’s double mount is not a second button', async () => {
    const mock = g.install();
    const error = vi.spyOn(console, 'error');
    const onFailure = vi.fn();
    render(
      <StrictMode>
        <g.Provider>
          <g.Button {...g.props} onFailure={onFailure} />
        </g.Provider>
      </StrictMode>,
    );
    await waitFor(() => expect(mock.paypal.loads).toHaveLength(1));
    await act(async () => {});
    expect(mock.paypal.loads).toHaveLength(1);
    expect(onFailure).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalledWith(expect.stringContaining('second PayPalBillingButton'));
  });

  it('unmounting frees the page: a route change that swaps one for another in one render works', async () => {
    const mock = g.install();
    const onFailure = vi.fn();
    let swap!: () => void;
    function Routes() {
      const [route, setRoute] = useState('a');
      swap = () => setRoute('b');
      return route === 'a' ? (
        <g.Button key="a" {...g.props} onFailure={onFailure} />
      ) : (
        <g.Button key="b" {...g.props} {...g.change[0]} onFailure={onFailure} />
      );
    }
    render(
      <g.Provider>
        <Routes />
      </g.Provider>,
    );
    await waitFor(() => expect(mock.paypal.loads).toHaveLength(1));
    act(() => swap());
    await waitFor(() => expect(mock.paypal.loads).toHaveLength(2));
    expect(mock.paypal.loads[1]).toMatchObject(g.change[1]);
    expect(onFailure).not.toHaveBeenCalled();
  });

  it('an answer after unmount still reaches the provider’s onResult once, not the button’s callbacks', async () => {
    const mock = g.install({ answer: 'manual' });
    const { onSuccess, onResult, view } = renderPayPal(g);
    await waitFor(() => expect(mock.paypal.loads).toHaveLength(1));
    mock.paypal.click();
    view.rerender(<g.Provider onResult={onResult}>{null}</g.Provider>);
    act(() => mock.answer('success'));
    await waitFor(() => expect(onResult).toHaveBeenCalledTimes(1));
    expect(onResult.mock.calls[0]![0]).toMatchObject({ status: 'success' });
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it(`an SDK without ${'loadUI'} fails this flow alone (SDK_LOAD_FAILED)`, async () => {
    const mock = g.install();
    delete (mock.sdk as Record<string, unknown>)[g.loadName];
    const { onFailure } = renderPayPal(g);
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'SDK_LOAD_FAILED' });
  });

  it('speaks the provider’s locale, and shows its status while the SDK loads', async () => {
    render(
      g.name === 'v1' ? (
        <v1.IamportProvider userCode={USER_CODE} locale="en" sdkUrl="/__offline__/iamport.js">
          <g.Button {...g.props} />
        </v1.IamportProvider>
      ) : (
        <v2.PortOneProvider storeId={STORE_ID} locale="en" sdkUrl="/__offline__/portone.js">
          <g.Button {...g.props} />
        </v2.PortOneProvider>
      ),
    );
    const group = await screen.findByRole('group', { name: 'Register with PayPal' });
    await waitFor(() => expect(group).toHaveAttribute('aria-busy', 'true'));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the PayPal button…');
  });
});

describe('PayPal in the window flows', () => {
  it.each([
    ['v1', () => <v1.BillingKeyButton pg={'paypal_v2' as v1.PgCode} customerUid="member_1" />, () => installMockIamport()],
    ['v2', () => <v2.BillingKeyButton pg={'paypal_v2' as v2.PgCode} channelKey={CHANNEL_KEY} />, () => installMockPortOne()],
  ] as const)('%s BillingKeyButton pg="paypal_v2" stays refused, naming PayPalBillingButton', async (name, Button, install) => {
    install();
    const onFailure = vi.fn<(e: v1.BillingKeyError) => void>();
    const element = Button();
    render(
      name === 'v1' ? (
        <v1.IamportProvider userCode={USER_CODE}>
          <v1.BillingKeyButton {...(element.props as v1.BillingKeyButtonProps)} onFailure={onFailure} />
        </v1.IamportProvider>
      ) : (
        <v2.PortOneProvider storeId={STORE_ID}>
          <v2.BillingKeyButton {...(element.props as v2.BillingKeyButtonProps)} onFailure={onFailure} />
        </v2.PortOneProvider>
      ),
    );
    act(() => screen.getByRole('button').click());
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'pg' });
    expect(onFailure.mock.calls[0]![0].message).toContain('PayPalBillingButton');
  });
});
