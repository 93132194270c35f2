// Hydration as a merchant's Next.js page does it: the markup comes from a server with no window, document or
// sessionStorage, then React hydrates it in the browser. Every public component and provider, v1 and v2, on a plain URL
// and on a redirect return's URL (whose result the server cannot see), hydrates without a mismatch, warning or error.
import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as v1 from '../../../src';
import * as v2 from '../../../src/v2';

/** The server's HTML for `ui`, rendered with the browser globals gone (styles collected as a server does). */
function serverHtml(ui: ReactElement): string {
  vi.stubGlobal('window', undefined);
  vi.stubGlobal('document', undefined);
  vi.stubGlobal('sessionStorage', undefined);
  const sheet = new ServerStyleSheet();
  try {
    return renderToString(sheet.collectStyles(ui));
  } finally {
    sheet.seal();
    vi.unstubAllGlobals();
  }
}

/** Everything React and the library said while hydrating `ui` over the server's markup. */
function hydrationNotes(ui: ReactElement): string[] {
  const container = document.body.appendChild(document.createElement('div'));
  container.innerHTML = serverHtml(ui);
  const notes: string[] = [];
  const note = (...args: unknown[]) => notes.push(args.map(String).join(' '));
  vi.spyOn(console, 'error').mockImplementation(note);
  vi.spyOn(console, 'warn').mockImplementation(note);
  let root: ReturnType<typeof hydrateRoot> | undefined;
  act(() => {
    root = hydrateRoot(container, ui, { onRecoverableError: (error) => note('recoverable:', error) });
  });
  act(() => root?.unmount());
  container.remove();
  return notes;
}

afterEach(() => window.history.replaceState(null, '', '/'));

const V1_METHODS: v1.CheckoutMethod[] = [
  { id: 'card', pg: 'kcp_billing', payMethod: 'card' },
  { id: 'kakao', pg: 'kakaopay' },
];
const V2_METHODS: v2.CheckoutMethod[] = [
  { id: 'card', pg: 'tosspayments', channelKey: 'channel-key-1', billingKeyMethod: 'CARD' },
  { id: 'kakao', pg: 'kakaopay', channelKey: 'channel-key-2' },
];
const CONSENT = { terms: '정기결제 약관', version: '2026-12' };

const V1: Record<string, ReactElement> = {
  BillingKeyButton: <v1.BillingKeyButton pg="danal_tpay" customerUid="member_1" />,
  CardFilter: <v1.CardFilter />,
  PgNotice: <v1.PgNotice pg="kakaopay" />,
  BillingKeyRedirect: <v1.BillingKeyRedirect>{(state) => <p>{state.status}</p>}</v1.BillingKeyRedirect>,
  PayPalBillingButton: <v1.PayPalBillingButton channelKey="channel-key-1" customerUid="member_1" />,
  BillingKeyCheckout: <v1.BillingKeyCheckout methods={V1_METHODS} customerUid="member_1" consent={CONSENT} />,
  BillingMethodPicker: <v1.BillingMethodPicker methods={V1_METHODS} />,
  SavedPaymentMethods: <v1.SavedPaymentMethods load={async () => []} onRemove={async () => {}} />,
  RecurringConsent: <v1.RecurringConsent terms="정기결제 약관" version="2026-12" />,
};
const V2: Record<string, ReactElement> = {
  BillingKeyButton: <v2.BillingKeyButton pg="tosspayments" channelKey="channel-key-1" />,
  PgNotice: <v2.PgNotice pg="kakaopay" />,
  BillingKeyRedirect: <v2.BillingKeyRedirect>{(state) => <p>{state.status}</p>}</v2.BillingKeyRedirect>,
  PayPalBillingButton: <v2.PayPalBillingButton channelKey="channel-key-1" />,
  BillingKeyCheckout: <v2.BillingKeyCheckout methods={V2_METHODS} customer={{ customerId: 'member_1' }} consent={CONSENT} />,
  BillingMethodPicker: <v2.BillingMethodPicker methods={V2_METHODS} />,
  SavedPaymentMethods: <v2.SavedPaymentMethods load={async () => []} onRemove={async () => {}} />,
};
const URLS = [
  '/',
  '/?imp_uid=imp_1&merchant_uid=order_1&imp_success=true',
  '/?transactionType=ISSUE_BILLING_KEY&billingKey=bk_1',
];

describe.each(URLS)('hydrating the server markup at %s', (url) => {
  it.each(Object.entries(V1))('v1 %s', (_name, ui) => {
    window.history.replaceState(null, '', url);
    expect(hydrationNotes(<v1.IamportProvider userCode="imp12345678">{ui}</v1.IamportProvider>)).toEqual([]);
  });

  it.each(Object.entries(V2))('v2 %s', (_name, ui) => {
    window.history.replaceState(null, '', url);
    const storeId = 'store-00000000-0000-0000-0000-000000000000';
    expect(hydrationNotes(<v2.PortOneProvider storeId={storeId}>{ui}</v2.PortOneProvider>)).toEqual([]);
  });
});
