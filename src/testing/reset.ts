import { resetPageState } from '../core/page/reset';
import { closeSimulatedWindows } from './simulated-window';
import { dropWaitingAnswers } from './stand-in';

/**
 * Back to a fresh page, as far as the library is concerned: both SDK loaders (and their failed script tags), the
 * `IMP.init` memory, the page's window lock, redirect claims, completed ids, back-forward cache listeners,
 * development-warning memory, open simulated windows, and every `sessionStorage` key the library wrote. A request still
 * waiting on a mounted hook or button is abandoned (its promise rejects `CANCELLED`, the hook is `'idle'` again).
 * Installed mocks stay installed (with their `requests` and `inits`), but drop the answers they still owe. For `beforeEach` / `afterEach` in merchants' tests and for Storybook.
 */
export function resetBillingKeyState(): void {
  dropWaitingAnswers();
  closeSimulatedWindows();
  resetPageState();
  if (typeof document !== 'undefined') {
    for (const script of document.querySelectorAll('script[data-react-billing-key]')) script.remove();
  }
}
