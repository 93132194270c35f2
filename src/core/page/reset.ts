import { resetCompleted } from './completed-ids';
import { resetDevNotes } from './dev-notes';
import { iamportLoader, resetInit } from './v1-sdk';
import { resetPageRestore } from './page-restore';
import { resetPayPalSlot } from './paypal-slot';
import { portOneLoader } from './v2-sdk';
import { resetRedirectClaims } from './redirect-claims';
import { resetShownNotices } from './shown-notices';
import { clearSession } from './session-map';
import { resetWindowLock } from './window-lock';

/**
 * Everything the library keeps once per page, back to a fresh page: both SDK loaders and `IMP.init` memory, the window
 * lock, the PayPal slot, redirect claims, completed ids, back-forward cache listeners (abandoning the requests still waiting),
 * development-warning memory (and the notices it counts), and the library's `sessionStorage` keys. For tests and stories (`resetBillingKeyState()` of `react-billing-key/testing`).
 */
export function resetPageState(): void {
  iamportLoader.reset();
  portOneLoader.reset();
  resetInit();
  resetWindowLock();
  resetPayPalSlot();
  resetRedirectClaims();
  resetCompleted();
  resetPageRestore();
  resetDevNotes();
  resetShownNotices();
  clearSession();
}
