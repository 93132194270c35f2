import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import type { BillingKeyError, BillingKeyResult } from '../src';
import { V1_REDIRECT_QUERY_KEYS } from '../src/core';
import { useUiMessages } from '../src/components/use-ui-messages';
import {
  BillingKeyDemo,
  ResultLine,
  ReturnPage,
  requestFor,
  resultLineIn,
  showroomMock,
  showroomNavigate,
  textsFor,
  useNavigated,
  type ShowroomParameters,
} from './support/showroom';
import { whenTesting } from './support/play';

const WORDS = {
  ko: {
    checkout: '결제 페이지 (모바일)',
    query: '주소의 결제 결과 키',
    address: '주소 (경로 제외)',
    none: '없음 (정리됨)',
  },
  en: {
    checkout: 'Checkout page (mobile)',
    query: 'Result keys in the address',
    address: 'Address (without the path)',
    none: 'none (cleaned up)',
  },
};

/** The library's result keys still in the address: in the query string or in a query inside the hash. */
function keysInUrl(): string[] {
  const { search, hash } = window.location;
  const hashQuery = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  return V1_REDIRECT_QUERY_KEYS.filter((key) => new URLSearchParams(search).has(key) || new URLSearchParams(hashQuery).has(key));
}

interface RedirectFlowProps {
  onSuccess: (result: BillingKeyResult) => void;
  onFailure: (error: BillingKeyError) => void;
}

function AddressKeys() {
  const { locale } = useUiMessages();
  const words = WORDS[locale];
  const { search, hash } = window.location;
  return (
    <>
      <ResultLine>
        {words.query}: {keysInUrl().join(', ') || words.none}
      </ResultLine>
      <ResultLine>
        {words.address}: <code data-showroom-address="">{`${search}${hash}` || '—'}</code>
      </ResultLine>
    </>
  );
}

/**
 * A mobile round trip on one page: the checkout opens the (simulated) window, which "navigates" to `m_redirect_url`
 * with PortOne's query keys (here `history.pushState`, so the story stays put); the return page renders
 * `<BillingKeyRedirect>`, which reports once and cleans the address.
 */
function RedirectFlow({ onSuccess, onFailure }: RedirectFlowProps) {
  const { locale } = useUiMessages();
  const navigated = useNavigated();
  // The address is shown once the return page has reported (and cleaned it).
  const [reported, setReported] = useState(false);
  if (navigated) {
    return (
      <ReturnPage
        onSuccess={(result) => {
          setReported(true);
          onSuccess(result);
        }}
        onFailure={(error) => {
          setReported(true);
          onFailure(error);
        }}
      >
        {reported && <AddressKeys />}
      </ReturnPage>
    );
  }
  return (
    <section aria-label={WORDS[locale].checkout}>
      <BillingKeyDemo {...requestFor('kcp_billing')} onSuccess={onSuccess} onFailure={onFailure} />
    </section>
  );
}

/**
 * The redirect flow, as on a phone: NHN KCP (like KICC, Toss Payments, Welcome, Galaxia… on mobile) sends the result to
 * `m_redirect_url` — by default the page with the button. Click the button, decide in the simulated window, and the page
 * comes back with the result in its address; `BillingKeyRedirect` recovers the `customerUid` remembered before the window
 * opened, reports it once and removes PortOne's keys from the address, keeping the merchant's own keys and hash route.
 */
const meta = {
  title: 'Examples/Redirect',
  component: RedirectFlow,
  args: { onSuccess: fn(), onFailure: fn() },
  parameters: { mockIamport: { simulateWindow: true, delivery: 'redirect', shape: 'mobile' } } satisfies ShowroomParameters,
} satisfies Meta<typeof RedirectFlow>;

export default meta;
type Story = StoryObj<typeof meta>;
type Ctx = Parameters<NonNullable<Story['play']>>[0];

/** Clicks the button and answers in the simulated window; returns the `m_redirect_url` the library sent and the page's address. */
async function decide(ctx: Ctx, answer: 'approve' | 'decline'): Promise<{ redirectUrl: string; page: string }> {
  const t = textsFor(ctx.globals);
  const page = window.location.href;
  await userEvent.click(within(ctx.canvasElement).getByRole('button', { name: t.ui.button.label }));
  const redirectUrl = showroomMock().lastRequest().m_redirect_url;
  if (typeof redirectUrl !== 'string') throw new Error('no m_redirect_url was sent');
  const dialog = await screen.findByRole('dialog');
  await userEvent.click(within(dialog).getByRole('button', { name: t.window[answer] }));
  return { redirectUrl, page };
}

/** Approve in the window: the return page reports the key once, with the `customerUid` recovered, and cleans the address. */
export const Approved: Story = {
  play: whenTesting(async (ctx) => {
    const { redirectUrl, page } = await decide(ctx, 'approve');
    // The default m_redirect_url: the page with the button.
    await expect(redirectUrl).toBe(page);

    await waitFor(() => expect(ctx.args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(ctx.args.onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ customerUid: 'member_42_card_1', pg: 'kcp_billing', charged: false }),
    );
    await expect(resultLineIn(ctx.canvasElement)).toHaveTextContent('member_42_card_1');
    await waitFor(() => expect(keysInUrl()).toEqual([]));
    await expect(
      await within(ctx.canvasElement).findByText(WORDS[textsFor(ctx.globals).locale].none, { exact: false }),
    ).toBeVisible();
    await expect(ctx.args.onFailure).not.toHaveBeenCalled();
  }),
};

/** Decline in the window: the return page reports `PG_FAILED` with the PG's message from the address. */
export const Declined: Story = {
  play: whenTesting(async (ctx) => {
    await decide(ctx, 'decline');
    await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'PG_FAILED' })));
    await expect(resultLineIn(ctx.canvasElement)).toHaveTextContent('PG_FAILED');
    await expect(resultLineIn(ctx.canvasElement)).toHaveTextContent('카드 인증에 실패했습니다');
    await waitFor(() => expect(keysInUrl()).toEqual([]));
    await expect(ctx.args.onSuccess).not.toHaveBeenCalled();
  }),
};

// A hash-routed shop: the checkout lives at `#/settings/billing`, with the merchant's own `?plan=premium` in the query.
const HASH_ROUTE = '#/settings/billing';
function onHashRoute() {
  const url = new URL(window.location.href);
  url.searchParams.set('plan', 'premium');
  url.hash = HASH_ROUTE;
  window.history.replaceState(window.history.state, '', url);
}

/** Checks the round trip of a hash-routed page: the key arrives, the address is the route again with the merchant's key. */
async function hashRoundTrip(ctx: Ctx) {
  const { redirectUrl } = await decide(ctx, 'approve');
  // The default m_redirect_url is the page itself, hash route and merchant's key included.
  await expect(new URL(redirectUrl).hash).toBe(HASH_ROUTE);
  await expect(new URL(redirectUrl).searchParams.get('plan')).toBe('premium');

  await waitFor(() => expect(ctx.args.onSuccess).toHaveBeenCalledTimes(1));
  await expect(ctx.args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ customerUid: 'member_42_card_1' }));
  await waitFor(() => expect(keysInUrl()).toEqual([]));
  await expect(window.location.hash).toBe(HASH_ROUTE);
  await expect(new URL(window.location.href).searchParams.get('plan')).toBe('premium');
  const shown = await waitFor(() => {
    const code = ctx.canvasElement.querySelector('[data-showroom-address]');
    if (!code) throw new Error('the return page has not shown the address yet');
    return code;
  });
  await expect(shown).toHaveTextContent(`plan=premium${HASH_ROUTE}`);
  await expect(ctx.args.onFailure).not.toHaveBeenCalled();
}

/**
 * A hash-routed app (`/#/settings/billing`): the window comes back to the same route with the result in the query
 * string; the route and the merchant's `plan=premium` survive the cleanup.
 */
export const HashRoutedPage: Story = {
  beforeEach: onHashRoute,
  play: whenTesting(hashRoundTrip),
};

/**
 * A hash-routed app where the result is appended to the end of `m_redirect_url`, so it lands inside the hash
 * (`#/settings/billing?imp_uid=…`): `BillingKeyRedirect` reads it there and leaves `#/settings/billing`.
 */
export const HashRoutedResultInTheHash: Story = {
  beforeEach: onHashRoute,
  parameters: {
    mockIamport: {
      simulateWindow: true,
      delivery: 'redirect',
      shape: 'mobile',
      // Move the result keys from the query string to a query after the hash route, as a plain string append would.
      navigate: (url) => {
        const target = new URL(url);
        const result = new URLSearchParams();
        for (const key of V1_REDIRECT_QUERY_KEYS) {
          const value = target.searchParams.get(key);
          if (value !== null) result.set(key, value);
          target.searchParams.delete(key);
        }
        showroomNavigate(`${target.toString()}?${result.toString()}`);
      },
    },
  } satisfies ShowroomParameters,
  play: whenTesting(async (ctx) => {
    await hashRoundTrip(ctx);
    await expect(showroomMock().requests).toHaveLength(1);
  }),
};
