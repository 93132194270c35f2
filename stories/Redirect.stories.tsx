import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { BillingKeyButton, BillingKeyRedirect, type BillingKeyError, type BillingKeyResult } from '../src';
import { useUiMessages } from '../src/components/use-ui-messages';
import { installMockIamport, type MockIamport } from '../src/testing';
import { BUYER, ResultLine, STORY_TEXT, textsFor, type ShowroomParameters } from './support/showroom';

const WORDS = {
  ko: {
    checkout: '결제 페이지 (모바일)',
    back: 'm_redirect_url로 돌아온 페이지',
    waiting: '결과 확인 중…',
    query: '주소의 결제 결과 키',
    none: '없음 (정리됨)',
  },
  en: {
    checkout: 'Checkout page (mobile)',
    back: 'The page at m_redirect_url',
    waiting: 'Reading the result…',
    query: 'Result keys in the address',
    none: 'none (cleaned up)',
  },
};

const RESULT_KEYS = ['imp_uid', 'merchant_uid', 'imp_success', 'error_code', 'error_msg'];
const NAVIGATED = 'showroom:navigated';

/** The result keys still in the address bar. */
const keysInUrl = () => RESULT_KEYS.filter((key) => new URL(window.location.href).searchParams.has(key));

interface RedirectFlowProps {
  onSuccess: (result: BillingKeyResult) => void;
  onFailure: (error: BillingKeyError) => void;
}

/**
 * A mobile round trip on one page: the checkout opens the (simulated) window, which "navigates" to `m_redirect_url`
 * with PortOne's query keys (here `history.pushState`, so the story stays put); the return page renders
 * `<BillingKeyRedirect>`, which reports once and cleans the address.
 */
function RedirectFlow({ onSuccess, onFailure }: RedirectFlowProps) {
  const { locale } = useUiMessages();
  const words = WORDS[locale];
  const [returned, setReturned] = useState(false);
  useEffect(() => {
    const onNavigate = () => setReturned(true);
    window.addEventListener(NAVIGATED, onNavigate);
    return () => window.removeEventListener(NAVIGATED, onNavigate);
  }, []);

  if (!returned) {
    return (
      <section aria-label={words.checkout}>
        <h2>{words.checkout}</h2>
        <BillingKeyButton pg="jtnet" customerUid="member_42_card_1" buyer={BUYER} />
      </section>
    );
  }
  return (
    <section aria-label={words.back}>
      <h2>{words.back}</h2>
      <BillingKeyRedirect onSuccess={onSuccess} onFailure={onFailure}>
        {({ status, result, error }) => (
          <>
            <ResultLine role="status" $failed={status === 'failure'}>
              {result ? STORY_TEXT[locale].success(result) : error ? STORY_TEXT[locale].failure(error) : words.waiting}
            </ResultLine>
            {status !== 'idle' && status !== 'verifying' && (
              <ResultLine>
                {words.query}: {keysInUrl().join(', ') || words.none}
              </ResultLine>
            )}
          </>
        )}
      </BillingKeyRedirect>
    </section>
  );
}

let mock: MockIamport | null = null;

/**
 * The redirect flow (mobile JTNet, KCP, KICC, Paymentwall; CHAI everywhere). Click the button, decide in the simulated
 * window, and the page comes back with the result in its address; `BillingKeyRedirect` recovers the `customerUid` remembered
 * before the window opened, reports it once and removes PortOne's keys from the address.
 */
const meta = {
  title: 'Examples/Redirect',
  component: RedirectFlow,
  args: { onSuccess: fn(), onFailure: fn() },
  parameters: { mockIamport: false } satisfies ShowroomParameters,
  beforeEach: ({ globals }) => {
    const start = window.location.href;
    mock = installMockIamport({
      simulateWindow: true,
      delivery: 'redirect',
      shape: 'mobile',
      locale: textsFor(globals).locale,
      navigate: (url) => {
        window.history.pushState(window.history.state, '', url);
        window.dispatchEvent(new Event(NAVIGATED));
      },
    });
    return () => {
      mock?.uninstall();
      mock = null;
      window.history.replaceState(window.history.state, '', start);
    };
  },
} satisfies Meta<typeof RedirectFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Approve in the window: the return page reports the key once, with the `customerUid` recovered, and cleans the address. */
export const Approved: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const t = textsFor(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: t.ui.button.label }));
    await expect(mock!.lastRequest().m_redirect_url).toBeTruthy();
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: t.approve }));

    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ customerUid: 'member_42_card_1' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('member_42_card_1');
    await waitFor(() => expect(keysInUrl()).toEqual([]));
    await expect(canvas.getByText(new RegExp(WORDS[t.locale].none.replace(/[()]/g, '\\$&')))).toBeVisible();
    await expect(args.onFailure).not.toHaveBeenCalled();
  },
};

/** Decline in the window: the return page reports `PG_FAILED` with the PG's message from the address. */
export const Declined: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const t = textsFor(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: t.ui.button.label }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: t.decline }));

    await waitFor(() => expect(args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'PG_FAILED' })));
    await expect(canvas.getByRole('status')).toHaveTextContent('PG_FAILED');
    await waitFor(() => expect(keysInUrl()).toEqual([]));
    await expect(args.onSuccess).not.toHaveBeenCalled();
  },
};
