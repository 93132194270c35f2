import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { css, styled } from 'styled-components';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { useUiMessages } from '../../src/components/use-ui-messages';
import { installMockPortOne, type MockPortOne } from '../../src/testing';
import { V2_REDIRECT_QUERY_KEYS } from '../../src/core';
import { tokens } from '../../src/theme/theme';
import { BillingKeyButton, BillingKeyRedirect, type BillingKeyError, type BillingKeyResult } from '../../src/v2';
import { V2_CHANNEL_KEY, V2_STORY_TEXT, v2TextsFor, type V2ShowroomParameters } from './support';
import { whenTesting } from '../support/play';

const WORDS = {
  ko: {
    checkout: '결제 페이지 (모바일)',
    back: 'redirectUrl로 돌아온 페이지',
    waiting: '결과 확인 중…',
    query: '주소의 결제 결과 키',
    none: '없음 (정리됨)',
  },
  en: {
    checkout: 'Checkout page (mobile)',
    back: 'The page at redirectUrl',
    waiting: 'Reading the result…',
    query: 'Result keys in the address',
    none: 'none (cleaned up)',
  },
};

const NAVIGATED = 'showroom:v2-navigated';

/** The result keys still in the address bar. */
const keysInUrl = () => V2_REDIRECT_QUERY_KEYS.filter((key) => new URL(window.location.href).searchParams.has(key));

const Line = styled.p.withConfig({ componentId: 'story-v2-redirect-line' })<{ $failed?: boolean }>(({ theme, $failed }) => {
  const { spacing, colors } = tokens(theme);
  return css`
    margin: ${spacing} 0 0;
    color: ${$failed ? colors.danger : colors.text};
  `;
});

interface RedirectFlowProps {
  onSuccess: (result: BillingKeyResult) => void;
  onFailure: (error: BillingKeyError) => void;
}

/**
 * A mobile v2 round trip on one page: the checkout opens the (simulated) Kakao Pay window, which "navigates" to
 * `redirectUrl` with PortOne's answer and the library's `rbk_issue_id` (here `history.pushState`, so the story stays
 * put); the return page renders `<BillingKeyRedirect>` from `react-billing-key/v2`, which reports once and cleans the
 * address.
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
        <BillingKeyButton pg="kakaopay" channelKey={V2_CHANNEL_KEY} issueName="월간 구독" />
      </section>
    );
  }
  return (
    <section aria-label={words.back}>
      <h2>{words.back}</h2>
      <BillingKeyRedirect onSuccess={onSuccess} onFailure={onFailure}>
        {({ status, result, error }) => (
          <>
            <Line role="status" $failed={status === 'failure'}>
              {result ? V2_STORY_TEXT[locale].success(result) : error ? V2_STORY_TEXT[locale].failure(error) : words.waiting}
            </Line>
            {status !== 'idle' && status !== 'verifying' && (
              <Line>
                {words.query}: {keysInUrl().join(', ') || words.none}
              </Line>
            )}
          </>
        )}
      </BillingKeyRedirect>
    </section>
  );
}

let mock: MockPortOne | null = null;

/**
 * The v2 redirect flow (most mobile browsers). Click the button, decide in the simulated window, and the page comes
 * back with the answer in its address; `BillingKeyRedirect` matches it to the request remembered before the window
 * opened (by `rbk_issue_id`), reports it once and removes those keys from the address, keeping the merchant's.
 */
const meta = {
  title: 'V2/Redirect',
  component: RedirectFlow,
  args: { onSuccess: fn(), onFailure: fn() },
  parameters: { portOneProvider: {}, mockPortOne: false } satisfies V2ShowroomParameters,
  beforeEach: ({ globals }) => {
    const start = window.location.href;
    mock = installMockPortOne({
      simulateWindow: true,
      delivery: 'redirect',
      pg: 'kakaopay',
      locale: v2TextsFor(globals).locale,
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

/** Approve in the window: the return page reports the key once, with the request's pg recovered, and cleans the address. */
export const Approved: Story = {
  play: whenTesting(async ({ canvasElement, args, globals }) => {
    const t = v2TextsFor(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: t.ui.button.label }));
    const { issueId, redirectUrl } = mock!.lastRequest();
    await expect(redirectUrl).toContain(`rbk_issue_id=${issueId}`);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: t.approve }));

    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(args.onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ pg: 'kakaopay', issueId, billingKey: expect.stringMatching(/^billing-key-/) }),
    );
    await expect(canvas.getByRole('status')).toHaveTextContent('billing-key-');
    await waitFor(() => expect(keysInUrl()).toEqual([]));
    await expect(canvas.getByText(new RegExp(WORDS[t.locale].none.replace(/[()]/g, '\\$&')))).toBeVisible();
    await expect(args.onFailure).not.toHaveBeenCalled();
  }),
};

/** Cancel in the window: the return page reports `CANCELLED` from PortOne's code and words in the address. */
export const Cancelled: Story = {
  play: whenTesting(async ({ canvasElement, args, globals }) => {
    const t = v2TextsFor(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: t.ui.button.label }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'CANCELLED' })));
    await expect(canvas.getByRole('status')).toHaveTextContent('CANCELLED');
    await waitFor(() => expect(keysInUrl()).toEqual([]));
    await expect(args.onSuccess).not.toHaveBeenCalled();
  }),
};
