// Development and e2e builds only (see main.tsx): a stand-in PortOne SDK (`window.IMP`) from react-billing-key/testing
// with its simulated payment window (승인 / 거절 / 취소), so the whole flow runs without a PortOne account or a network.
import { installMockIamport, installMockPortOne, type MockIamport, type MockPortOne } from 'react-billing-key/testing';

declare global {
  interface Window {
    /** The installed stand-in, for the e2e test to read what the window was asked (`requests`, `lastRequest()`). */
    __billingKeyMock?: MockIamport;
    /** The v2 stand-in (`window.PortOne`), for the v2 page's e2e checks. */
    __portOneMock?: MockPortOne;
  }
}

export function installBillingMock(): void {
  // delivery 'auto' does what each PG does on this device: on a phone, NHN KCP and KICC leave the page for
  // m_redirect_url instead of calling back (so <BillingKeyRedirect> gets exercised), Danal card still calls back.
  window.__billingKeyMock = installMockIamport({ simulateWindow: true, delivery: 'auto' });
  // The v2 page's stand-in: 'auto' does what PortOne does on this device (a redirect on a phone for these channels).
  window.__portOneMock = installMockPortOne({ simulateWindow: true, delivery: 'auto' });
}
