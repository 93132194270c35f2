'use client';
import { Suspense, use, type ReactNode } from 'react';
import type { MockIamport, MockPortOne } from 'react-billing-key/testing';

declare global {
  interface Window {
    /** The installed stand-in, for the e2e test to read what the window was asked (`requests`, `lastRequest()`). */
    __billingKeyMock?: MockIamport;
    /** The v2 stand-in (`window.PortOne`), for the v2 page's e2e checks. */
    __portOneMock?: MockPortOne;
  }
}

// `next dev`, and a build made with BILLING_MOCK=1 (the e2e test's), get a stand-in PortOne SDK (`window.IMP`) from
// react-billing-key/testing with its simulated payment window (승인 / 거절 / 취소). Next inlines both values at build
// time (BILLING_MOCK through `env` in next.config.ts): in a normal `next build` the condition is false and the import,
// with the whole testing entry, is left out of the bundle.
const enabled = process.env.NODE_ENV === 'development' || process.env.BILLING_MOCK === '1';

const mockInstalled =
  enabled && typeof window !== 'undefined'
    ? import('react-billing-key/testing').then(({ installMockIamport, installMockPortOne }) => {
        // delivery 'auto' does what each PG does on this device: on a phone, NHN KCP and KICC leave the page for
        // m_redirect_url instead of calling back (so <BillingKeyRedirect> gets exercised); Danal card still calls back.
        window.__billingKeyMock = installMockIamport({ simulateWindow: true, delivery: 'auto' });
        // The v2 page's stand-in (app/v2): 'auto' does what PortOne does on this device.
        window.__portOneMock = installMockPortOne({ simulateWindow: true, delivery: 'auto' });
      })
    : null;

function WaitForMock({ children }: { children: ReactNode }) {
  if (mockInstalled) use(mockInstalled);
  return children;
}

/**
 * Holds back hydration of the page until the stand-in is installed, so that when IamportProvider mounts, window.IMP is
 * already there and it loads no SDK. The server renders the same tree without waiting, so the HTML is complete.
 */
export function BillingMock({ children }: { children: ReactNode }) {
  if (!enabled) return children;
  return (
    <Suspense>
      <WaitForMock>{children}</WaitForMock>
    </Suspense>
  );
}
